import {
  decodeEntities,
  hiddenHtmlText,
  htmlToText,
  mappedHiddenHtmlText,
  mappedHtmlText,
  tokenizeHtml,
} from "../../../src/advisor/html";

/**
 * The one HTML reader at the edges mutation testing found untested: every form of character
 * reference, what hides an element and what does not, tag names with punctuation, self-closed
 * and raw-text elements, and the hidden text's comments.
 */

describe("character references", () => {
  it.each([
    ["&#X41;", "A"],
    ["&#x4a;", "J"],
    ["&#x4A;", "J"],
    ["&#xfe;", "þ"],
    ["&#xFE;", "þ"],
    ["&#65;", "A"],
    ["&#x10FFFF;", "\u{10ffff}"],
    ["&#xD7FF;", "\ud7ff"],
    ["&#xDFFF;", "\ufffd"],
    ["&#xE000;", "\ue000"],
    ["&Aelig;", "æ"],
    ["&amp;&amp;", "&&"],
    ["&&amp;", "&&"],
    ["a &x &amp; b", "a &x & b"],
  ])("decodes %j", (source, decoded) => {
    expect(decodeEntities(source)).toBe(decoded);
  });

  it.each(["&#;", "&#x;", "&#X;", "&constructor;", "&toString;", "&__proto__;", "&#65", "&;"])(
    "leaves %j as written",
    (source) => {
      expect(decodeEntities(source)).toBe(source);
    },
  );

  it("reads no reference longer than the longest known one", () => {
    const long = `&#${"0".repeat(40)}65;`;
    expect(decodeEntities(long)).toBe(long);
    expect(decodeEntities(`&#${"0".repeat(20)}65;`)).toBe("A");
  });
});

describe("what hides an element", () => {
  it.each([
    ["<div style='visibility:hidden'>skjult</div>synlig", "synlig"],
    ["<div style=display:none>skjult</div>synlig", "synlig"],
    ['<div style="color:red; display : none">skjult</div>synlig', "synlig"],
    ['<div style="display&#58;none">skjult</div>synlig', "synlig"],
    ["<div hidden=hidden>skjult</div>synlig", "synlig"],
    ["<div class=x hidden>skjult</div>synlig", "synlig"],
    ["<DIV HIDDEN>skjult</DIV>synlig", "synlig"],
  ])("hides %j", (html, text) => {
    expect(htmlToText(html).trim()).toBe(text);
  });

  it.each([
    ['<div style="x-display:none">vist</div>', "vist"],
    ['<div style="display:block">vist</div>', "vist"],
    ["<div data-hidden>vist</div>", "vist"],
    ["<div title=hidden>vist</div>", "vist"],
    ['<div class="hiddenish">vist</div>', "vist"],
    ["<div stylex='display:none'>vist</div>", "vist"],
    ["<div style>vist</div>", "vist"],
  ])("does not hide %j", (html, text) => {
    expect(htmlToText(html).trim()).toBe(text);
  });

  it("a self-closed hiding element hides nothing after it", () => {
    expect(htmlToText("<div style='display:none'/>synlig").trim()).toBe("synlig");
    expect(htmlToText("<div hidden />synlig").trim()).toBe("synlig");
  });

  it("an element closed around a hidden one ends the hiding", () => {
    expect(htmlToText("<div><span hidden>x</div>y")).toBe("\ny");
    expect(htmlToText("<p><i hidden><b>x</p>y</i>z")).toBe("\nyz");
  });

  it("a stray end tag inside hidden content does not end it", () => {
    expect(htmlToText("<div hidden>a</span>b</p>c</div>d")).toBe("d");
  });
});

describe("tags", () => {
  it.each([
    ["a<b-x>b</b-x>c", "a\nb\nc"],
    ["a<b:x>b</b:x>c", "a\nb\nc"],
    ["a<b_x>b</b_x>c", "a\nb\nc"],
    ["a<b.x>b</b.x>c", "a\nb\nc"],
    ["a<b1>b</b1>c", "a\nb\nc"],
    ["01<o:p>01</o:p>90", "010190"],
  ])("reads the whole tag name of %j", (html, text) => {
    expect(htmlToText(html)).toBe(text);
  });

  it("honours either kind of quote in a tag", () => {
    expect(htmlToText('<p title="it\'s > this">x</p>y')).toBe("\nx\ny");
    expect(htmlToText("<p title='say \"a > b\"'>x</p>y")).toBe("\nx\ny");
  });

  it("reads doctypes and processing instructions as markup, not text", () => {
    expect(htmlToText('<!DOCTYPE html><?xml version="1.0"?>Tekst')).toBe("Tekst");
    expect(tokenizeHtml("<?xml a?>x").map((t) => t.kind)).toEqual(["other", "text"]);
  });

  it("ends raw text only at its own end tag", () => {
    expect(htmlToText("<title>a</titlex>b</title>c")).toBe("c");
    expect(htmlToText("<script>a</SCRIPT>b")).toBe("b");
    expect(htmlToText("<style>a</style >b")).toBe("b");
    // A self-closed raw-text element has no content: what follows is read.
    expect(htmlToText("<script/>synlig")).toBe("\nsynlig");
  });

  it("a raw-text element never closed runs to the end", () => {
    expect(htmlToText("a<script>b<p>c</p>")).toBe("a");
  });
});

describe("mapped text", () => {
  it("maps an astral character to both its code units' source", () => {
    const html = "a😀b";
    const mapped = mappedHtmlText(html);
    expect(mapped.text).toBe(html);
    expect(mapped.from).toEqual([0, 1, 1, 3]);
    expect(mapped.to).toEqual([1, 3, 3, 4]);
  });

  it("maps a tag's break to an empty range at the tag", () => {
    const html = "a<br>b<td>c";
    const mapped = mappedHtmlText(html);
    expect(mapped.text).toBe("a\nb c");
    expect(mapped.from).toEqual([0, 1, 5, 6, 10]);
    expect(mapped.to).toEqual([1, 1, 6, 6, 11]);
  });
});

describe("hidden text", () => {
  it.each([
    ["<!---->", "\n\n"],
    ["<!--x-->", "\nx\n"],
    ["<!--x--", "\nx--\n"],
    ["<script>a &amp; b</script>", "\na & b\n"],
    ["<script>a", "\na\n"],
    ["<!DOCTYPE html>", "\n\n"],
    ["<div hidden>a<br>b<td>c</div>", "\na\nb c\n"],
    ["<div hidden>a<b>b</b></div>", "\nab\n"],
  ])("reads %j as %j", (html, text) => {
    expect(hiddenHtmlText(html)).toBe(text);
    expect(mappedHiddenHtmlText(html).text).toBe(text);
  });

  it("maps a comment's characters to their source", () => {
    const html = "x<!--ab-->y";
    const mapped = mappedHiddenHtmlText(html);
    expect(mapped.text).toBe("\nab\n");
    expect(mapped.from).toEqual([1, 5, 6, 10]);
    expect(mapped.to).toEqual([1, 6, 7, 10]);
  });
});
