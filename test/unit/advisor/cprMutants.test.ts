import {
  findCprNumbers,
  locateCprNumbers,
  maskCprInHtml,
  maskCprInText,
  maskCprNumbers,
} from "../../../src/advisor/cpr";

/**
 * CPR detection at the edges mutation testing found untested: each character that joins a number
 * to something longer, each kind of space and dash the scanner reads, the width of the gap, and
 * how far back a label counts as context.
 */

const found = (text: string): string[] => findCprNumbers(text, "body").map((f) => f.masked);
const context = (text: string): boolean[] => findCprNumbers(text, "body").map((f) => f.context);

describe("what joins a number to something else", () => {
  it.each([
    "a_0101901234",
    "#0101901234",
    "a&0101901234",
    "x@0101901234",
    "/0101901234",
    "+0101901234",
    "3,0101901234",
    "3.0101901234",
    "%2f0101901234",
    "%2F0101901234",
    "%3a0101901234",
    "0101901234:1",
    "0101901234/2",
    "0101901234-5",
    "0101901234,5",
    "0101901234@x",
  ])("%j holds no CPR number", (text) => {
    expect(found(text)).toEqual([]);
  });

  it.each([
    ["Sag.0101901234", "010190-****"],
    ["Sag,0101901234", "010190-****"],
    ["-0101901234", "010190-****"],
    ["%GG0101901234", "010190-****"],
    ["%2G0101901234", "010190-****"],
    ["0101901234- ok", "010190-****"],
    ["0101901234:", "010190-****"],
    ["0101901234/", "010190-****"],
    ["(0101901234)", "010190-****"],
  ])("%j holds %s", (text, masked) => {
    expect(found(text)).toEqual([masked]);
  });

  it("reads a number after a link on the same line, and after two links", () => {
    expect(found("https://a.dk/x https://b.dk/y 0101901234")).toEqual(["010190-****"]);
    expect(found("sip:1@x.dk,0101901234")).toEqual([]);
    expect(found("sip:1@x.dk 0101901234")).toEqual(["010190-****"]);
  });
});

describe("the separators the scanner reads", () => {
  it.each([
    ["010190\u00a01234", "a no-break space"],
    ["010190\u20021234", "an en space"],
    ["010190\u200a1234", "a hair space"],
    ["010190\u202f1234", "a narrow no-break space"],
    ["010190\u205f1234", "a medium mathematical space"],
    ["010190\u30001234", "an ideographic space"],
    ["010190\u20101234", "a hyphen"],
    ["010190\u20151234", "a horizontal bar"],
    ["010190\ufe581234", "a small em dash"],
    ["010190\ufe631234", "a small hyphen-minus"],
    ["010190\uff0d1234", "a full-width hyphen"],
    ["01\uff0e01\uff0e90-1234", "full-width full stops in the date"],
    ["0101\u206190-1234", "an invisible times"],
    ["0101\u206490-1234", "an invisible plus"],
    ["0101\ufeff90-1234", "a zero-width no-break space"],
    ["0101\u200b90-1234", "a zero-width space"],
    ["0101\u200d90-1234", "a zero-width joiner"],
    ["\uff10\uff11\uff10\uff11\uff19\uff10\uff11\uff12\uff13\uff14", "full-width digits"],
    ["010190   1234", "three spaces"],
    ["010190 -1234", "a space and a hyphen"],
    ["010190 - 1234", "a hyphen between spaces"],
  ])("%j: %s", (text) => {
    expect(found(text)).toEqual(["010190-****"]);
    // Masking keeps every character but the four digits.
    const masked = maskCprInText(text);
    expect(masked.count).toBe(1);
    expect(masked.text.length).toBe(text.length);
    expect(masked.text.endsWith("****")).toBe(true);
  });

  it.each([
    ["010190   -1234", "three spaces and a hyphen"],
    ["010190-- 1234", "two hyphens"],
    ["010190\u00a1" + "1234", "a character that is no space"],
    ["010190\u20161234", "a double vertical line"],
    ["010190\u20281234", "a line separator"],
    ["01-01.90-1234", "two kinds of separator in the date"],
    ["0101.90-1234", "a separator after the month only"],
  ])("%j: %s is no CPR number", (text) => {
    expect(found(text)).toEqual([]);
  });

  it("reads a line or paragraph separator as the end of a line for context", () => {
    expect(context("CPR\u20280101901234")).toEqual([false]);
    expect(context("CPR\u20290101901234")).toEqual([false]);
    expect(context("CPR\u00a00101901234")).toEqual([true]);
  });

  it("maps the masked digits back through characters the scanner dropped", () => {
    expect(maskCprInText("01\u00ad01\u00ad90\u00ad12\u00ad34").text).toBe(
      "01\u00ad01\u00ad90\u00ad**\u00ad**",
    );
    expect(maskCprNumbers("Sag 0101\u200b901234 slut")).toBe("Sag 010190-**** slut");
  });
});

describe("context", () => {
  it("counts a label up to four words before the number", () => {
    expect(context("CPR er her nu 0101901234")).toEqual([true]);
    expect(context("CPR er her og nu 0101901234")).toEqual([false]);
  });

  it("counts a label up to 48 characters before the number", () => {
    expect(context(`CPR${" ".repeat(44)}0101901234`)).toEqual([true]);
    expect(context(`CPR${" ".repeat(46)}0101901234`)).toEqual([false]);
  });

  it.each([
    ["pt: 0101901234", true],
    ["personnr 0101901234", true],
    ["personnummer 0101901234", true],
    ["Apt. 0101901234", false],
    ["Ptx 0101901234", false],
    ["øcpr 0101901234", false],
    ["(cpr) 0101901234", true],
  ])("%j: context %s", (text, expected) => {
    expect(context(text)).toEqual([expected]);
  });

  it("a number repeated keeps the context of any of its occurrences", () => {
    expect(context("cpr 0101901234 og sag 0101901234")).toEqual([true]);
    expect(context("sag 0101901234 og sag 0101901234")).toEqual([false]);
  });
});

describe("dates", () => {
  it.each([
    ["290204-1234", true],
    ["290296-4123", true],
    ["290200-1234", false],
    ["290200-4123", true],
    ["290200-5123", true],
    ["290256-5123", true],
    ["290258-5123", false],
    ["290240-4123", true],
    ["290241-4123", false],
    ["310490-1234", false],
    ["300490-1234", true],
    ["311290-1234", true],
    ["011390-1234", false],
    ["000190-1234", false],
    ["010090-1234", false],
  ])("%s is a CPR number: %s", (text, expected) => {
    expect(found(text)).toHaveLength(expected ? 1 : 0);
  });
});

describe("where each number is", () => {
  it("gives the start, end and serial positions as written", () => {
    const [m] = locateCprNumbers("ab 01.01.90 - 1234 cd");
    expect(m).toMatchObject({ digits: "0101901234", start: 3, end: 18, serial: [14, 15, 16, 17] });
  });

  it("masks several numbers, each where it is", () => {
    expect(maskCprNumbers("a 0101901234 b 020290-1234 c")).toBe("a 010190-**** b 020290-**** c");
    expect(maskCprInText("a 0101901234 b 020290-1234 c").text).toBe("a 010190**** b 020290-**** c");
  });

  it("masks only the numbers asked for, in markup too", () => {
    const html = "<p>0101901234</p><p>0202901234</p>";
    const masked = maskCprInHtml(html, new Set(["020290-****"]));
    expect(masked).toEqual({ text: "<p>0101901234</p><p>020290****</p>", count: 1 });
  });
});
