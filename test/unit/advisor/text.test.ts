import {
  bodyText,
  decodeEntities,
  foldKey,
  foldTerm,
  foldText,
  htmlToText,
} from "../../../src/advisor/text";

describe("HTML reduced to text", () => {
  it.each([
    ["<p>Hej</p><p>alle</p>", "\nHej\n\nalle\n"],
    ["a<br>b<br/>c", "a\nb\nc"],
    ["<span>sam</span><span>men</span>", "sammen"],
    ["<td>a</td><td>b</td>", " a  b "],
    ["<head><style>p { color: red }</style><title>T</title></head><body>Tekst</body>", "Tekst"],
    ["<!-- skjult --><p>synlig</p>", "\nsynlig\n"],
    ["<script>alert(1)</script>ok", "ok"],
    // &nbsp; is read as the no-break space it is (U+00A0), as everywhere the product reads markup.
    ["R&oslash;ntgen &amp; CT&nbsp;i dag &#8211; &#x2013;", "Røntgen & CT\u00a0i dag – –"],
    ["a < b og c > d", "a < b og c > d"],
    ["<p>ikke lukket", "\nikke lukket"],
    ["<o:p></o:p>Outlook", "Outlook"],
  ])("%j", (html, text) => {
    expect(htmlToText(html)).toBe(text);
  });

  it("leaves unknown entities and stray ampersands alone", () => {
    expect(decodeEntities("Q&A &nope; &#xZZ; &")).toBe("Q&A &nope; &#xZZ; &");
  });

  it("reads a text body as text, and an HTML-looking body without a type as HTML", () => {
    expect(bodyText("<b>fed</b>", "text")).toBe("<b>fed</b>");
    expect(bodyText("<div>Hej</div>", undefined)).toBe("\nHej\n");
    expect(bodyText("<div>Hej</div>", "html")).toBe("\nHej\n");
  });
});

describe("folding", () => {
  it.each([
    ["Statusmøde", "statusmode"],
    ["STATUSMOEDE", "statusmode"],
    ["statusmode", "statusmode"],
    ["Sjælland", "sjalland"],
    ["Sjaelland", "sjalland"],
    ["Nykøbing F.", "nykobing f"],
    ["Åbenrå", "abenra"],
    ["Aabenraa", "abenra"],
    ["Idé-møde", "ide mode"],
    ["Ide\u0301mo\u0308de", "idemode"],
  ])("%j folds to %j", (text, key) => {
    expect(foldKey(text)).toBe(key);
  });
});

describe("a term folded", () => {
  it("has the symbols of the same text folded, whatever length of term came before", () => {
    // foldTerm reuses its scratch space: long after short, short after long, and longer than any.
    const terms = [
      "MUS",
      "Statusmøde på tværs",
      "ø",
      "æ".repeat(200),
      "Å-ben",
      "",
      "aa ae oe",
      "x",
    ];
    for (const term of terms) {
      expect(Array.from(foldTerm(term))).toEqual(Array.from(foldText(term).symbols));
    }
  });

  it("is a copy: folding the next term does not change it", () => {
    const first = foldTerm("statusmøde");
    foldTerm("zzzzzzzzzzzzzzzzzzzz");
    expect(Array.from(first)).toEqual(Array.from(foldText("statusmøde").symbols));
  });
});
