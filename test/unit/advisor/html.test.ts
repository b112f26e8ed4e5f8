import {
  decodeEntities,
  entityAt,
  hiddenHtmlText,
  htmlToText,
  mappedHtmlText,
  NAMED_ENTITIES,
  tokenizeHtml,
} from "../../../src/advisor/html";

describe("the one HTML reader", () => {
  it.each([
    ["&nbsp;", "\u00a0"],
    ["&NBSP;", "\u00a0"],
    ["&shy;", "\u00ad"],
    ["&#8209;", "\u2011"],
    ["&#x2011;", "\u2011"],
    ["&#65297;", "１"],
    ["&zwsp;", "\u200b"],
    ["&ZeroWidthSpace;", "\u200b"],
    ["&AElig;&aelig;", "Ææ"],
    ["&#0;", "\ufffd"],
    ["&#xD800;", "\ufffd"],
    ["&#x110000;", "\ufffd"],
    ["&#99999999999999999999;", "\ufffd"],
  ])("decodes %j", (source, decoded) => {
    expect(decodeEntities(source)).toBe(decoded);
  });

  it("leaves what is no reference as it is", () => {
    expect(decodeEntities("Q&A &nope; &#xZZ; &# &; &amp")).toBe("Q&A &nope; &#xZZ; &# &; &amp");
    expect(entityAt("x&amp;", 0)).toBeNull();
    expect(entityAt("x&amp;", 1)).toEqual({ char: "&", length: 5 });
  });

  it("has one entity table with every name the old readers knew", () => {
    for (const name of ["nbsp", "shy", "ndash", "mdash", "hyphen", "zwsp", "zwnj", "zwj"]) {
      expect(NAMED_ENTITIES[name]).toBeDefined();
    }
    expect(Object.keys(NAMED_ENTITIES).length).toBeGreaterThanOrEqual(42);
  });

  it.each([
    ["<p>a</p><p>b</p>", "\na\n\nb\n"],
    ["<td>a</td><td>b</td>", " a  b "],
    ["01<b>01</b>90<span>-</span>1234", "010190-1234"],
    ["<html><body>Tekst</body></html>", "Tekst"],
    ["<div style='display:none'>skjult</div>synlig", "synlig"],
    ['<div style="DISPLAY: NONE">skjult</div>synlig', "synlig"],
    ["<span hidden>skjult</span>synlig", "synlig"],
    ['<p style="mso-hide:all">skjult</p>synlig', "synlig"],
    ["<div style='display:none'><p>skjult<br>x</p></div>synlig", "synlig"],
    ["<textarea><p>ikke markup</p></textarea>ok", "ok"],
    ["<script>if (a < b) {}</script>ok", "ok"],
    ["a < b, 3 <4, <3", "a < b, 3 <4, <3"],
    ["<!-- ikke lukket <p>x</p>", ""],
    ["<head><title>T</title></head>Tekst", "Tekst"],
    ["</div>stray</span> end", "\nstray end"],
  ])("reads %j as the visible text", (html, text) => {
    expect(htmlToText(html)).toBe(text);
  });

  it("gives the hidden text separately", () => {
    const hidden = hiddenHtmlText(
      "<head><title>Titel</title></head><!-- note 1 --><div style='display:none'>skjult</div>synlig",
    );
    expect(hidden).toContain("Titel");
    expect(hidden).toContain("note 1");
    expect(hidden).toContain("skjult");
    expect(hidden).not.toContain("synlig");
  });

  it("closes a hiding element with its own end tag, whatever was left open inside it", () => {
    expect(htmlToText("<div style='display:none'><b><i>skjult</div>synlig")).toBe("synlig");
    expect(htmlToText("<div hidden><div>skjult</div>stadig skjult</div>synlig")).toBe("synlig");
  });

  it("maps every character of the visible text back to the source", () => {
    const html = "<p>CPR:&nbsp;01<b>01</b>90&#8209;1234</p>";
    const mapped = mappedHtmlText(html);
    expect(mapped.text).toBe("\nCPR:\u00a0010190\u20111234\n");
    expect(mapped.from.length).toBe(mapped.text.length);
    const nbsp = mapped.text.indexOf("\u00a0");
    expect(html.slice(mapped.from[nbsp], mapped.to[nbsp])).toBe("&nbsp;");
    const hyphen = mapped.text.indexOf("\u2011");
    expect(html.slice(mapped.from[hyphen], mapped.to[hyphen])).toBe("&#8209;");
    for (let i = 0; i < mapped.text.length; i++) {
      const source = html.slice(mapped.from[i], mapped.to[i]);
      if (source !== "") expect(decodeEntities(source)).toBe(mapped.text[i]);
    }
  });

  it("reads 200,000 nested elements without recursion", () => {
    const depth = 200_000;
    const html = "<div>".repeat(depth) + "Dybt inde 0101901234" + "</div>".repeat(depth);
    const tokens = tokenizeHtml(html);
    expect(tokens).toHaveLength(depth * 2 + 1);
    expect(htmlToText(html).trim()).toBe("Dybt inde 0101901234");
    expect(mappedHtmlText(html, tokens).text.trim()).toBe("Dybt inde 0101901234");
  });

  it("tokenizes in one pass: tokens are ordered, disjoint and cover tags and text", () => {
    const html = '<p class="a>b">x</p><br/><!--c-->y<img src=">">';
    const tokens = tokenizeHtml(html);
    expect(tokens.map((t) => [t.kind, t.name])).toEqual([
      ["open", "p"],
      ["text", ""],
      ["close", "p"],
      ["void", "br"],
      ["other", ""],
      ["text", ""],
      ["void", "img"],
    ]);
    for (let i = 1; i < tokens.length; i++) {
      expect(tokens[i]!.start).toBe(tokens[i - 1]!.end);
    }
  });
});
