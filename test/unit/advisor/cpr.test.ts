import { readFileSync } from "node:fs";
import path from "node:path";
import {
  cprCentury,
  findCprNumbers,
  isCprNumber,
  locateCprInHtml,
  locateCprNumbers,
  maskCprInHtml,
  maskCprInText,
  maskCprNumbers,
} from "../../../src/advisor/cpr";
import { hiddenHtmlText, htmlToText } from "../../../src/advisor/html";
import { advise } from "../../../src/advisor";
import { draft } from "./draftBuilder";
import { DEFAULT_POLICY } from "../../../src/policy/defaultPolicy";

const fixture = JSON.parse(
  readFileSync(path.join(__dirname, "../../fixtures/advisor/cpr.json"), "utf8"),
) as {
  positives: { text: string; found: string[]; context?: boolean[]; why?: string }[];
  negatives: { text: string; why: string }[];
  html: { html: string; body: string[]; hidden: string[]; why: string }[];
};

/** Whether a text still shows four digits right after a masked number's date. */
const digitsAfterDate = (text: string, masked: string): RegExp =>
  new RegExp(`${masked.slice(0, 6)}\\D{0,3}\\d`);

describe("CPR numbers", () => {
  it.each(fixture.positives.map((c) => [c.why ?? c.text, c] as const))("finds: %s", (_why, c) => {
    const findings = findCprNumbers(c.text, "body");
    expect(findings.map((f) => f.masked)).toEqual(c.found);
    if (c.context) expect(findings.map((f) => f.context)).toEqual(c.context);
  });

  it.each(fixture.negatives.map((c) => [c.why, c.text] as const))(
    "no false alarm: %s",
    (_why, text) => {
      expect(findCprNumbers(text, "body")).toEqual([]);
      expect(maskCprNumbers(text)).toBe(text);
      expect(maskCprInText(text)).toEqual({ text, count: 0 });
    },
  );

  it.each(fixture.html.map((c) => [c.why, c] as const))("in markup: %s", (_why, c) => {
    const located = locateCprInHtml(c.html);
    expect(located.filter((f) => f.field === "body").map((f) => f.match.masked)).toEqual(c.body);
    expect(located.filter((f) => f.field === "hidden").map((f) => f.match.masked)).toEqual(
      c.hidden,
    );
    // The advisor reads the same text through the one HTML reader: it finds the same numbers.
    expect(findCprNumbers(htmlToText(c.html), "body").map((f) => f.masked)).toEqual(c.body);
    expect(findCprNumbers(hiddenHtmlText(c.html), "hidden").map((f) => f.masked)).toEqual(c.hidden);
  });

  it.each([
    [0, 70, 1900],
    [3, 99, 1900],
    [4, 36, 2000],
    [4, 37, 1900],
    [9, 36, 2000],
    [9, 37, 1900],
    [5, 57, 2000],
    [8, 58, 1800],
  ])("7th digit %i with year %i is born in the %i century", (seventh, yy, century) => {
    expect(cprCentury(seventh, yy)).toBe(century);
  });

  it("checks the date, not modulus 11", () => {
    expect(isCprNumber("0102701234")).toBe(true);
    expect(isCprNumber("3102701234")).toBe(false); // 31 February
    expect(isCprNumber("010270123")).toBe(false);
  });

  it("reports the field it was found in, and whether context stands before it", () => {
    expect(findCprNumbers("010270-1234", "subject")).toEqual([
      { kind: "cpr", field: "subject", masked: "010270-****", context: false },
    ]);
    expect(findCprNumbers("CPR 010270-1234", "hidden")).toEqual([
      { kind: "cpr", field: "hidden", masked: "010270-****", context: true },
    ]);
  });

  it("locates the four digits after the date where they are written", () => {
    const text = "pt. 01.01.90\u00a0\uff11\u200b234 ok";
    const [m] = locateCprNumbers(text);
    expect(m).toBeDefined();
    expect(m!.digits).toBe("0101901234");
    expect(m!.serial.map((k) => text[k])).toEqual(["\uff11", "2", "3", "4"]);
    expect(text.slice(m!.start, m!.end)).toBe("01.01.90\u00a0\uff11\u200b234");
  });
});

describe("maskCprNumbers (for printing and showing meeting text)", () => {
  it.each(fixture.positives.map((c) => [c.why ?? c.text, c] as const))("masks: %s", (_why, c) => {
    const shown = maskCprNumbers(c.text);
    for (const masked of c.found) {
      expect(shown).toContain(masked);
      expect(shown).not.toMatch(digitsAfterDate(shown, masked));
    }
    expect(findCprNumbers(shown, "body")).toEqual([]);
  });

  it("leaves the text around a number as it was", () => {
    expect(maskCprNumbers("Sag 0101901234, CPR: 020290\u20131234.")).toBe(
      "Sag 010190-****, CPR: 020290-****.",
    );
  });
});

describe("masking in place", () => {
  it("replaces only the four digits after the date, in plain text", () => {
    const text = "Vedr. cpr.nr.0101901234 og borger 02.02.90 1234 – ring 12345678.";
    const masked = maskCprInText(text);
    expect(masked).toEqual({
      text: "Vedr. cpr.nr.010190**** og borger 02.02.90 **** – ring 12345678.",
      count: 2,
    });
  });

  it("masks only the numbers asked for", () => {
    const text = "0101901234 og 0202901234";
    expect(maskCprInText(text, new Set(["020290-****"]))).toEqual({
      text: "0101901234 og 020290****",
      count: 1,
    });
    expect(maskCprInText(text, new Set(["030390-****"]))).toEqual({ text, count: 0 });
  });

  it.each(fixture.html.map((c) => [c.why, c] as const))(
    "changes only the digits in markup: %s",
    (_why, c) => {
      const { text: masked, count } = maskCprInHtml(c.html);
      expect(count).toBe(c.body.length + c.hidden.length);
      expect(locateCprInHtml(masked)).toEqual([]);
      // Character by character: the same markup except digits (or references) now "*".
      const kept = c.html.replace(/&#?\w+;|\d/g, "#");
      const after = masked.replace(/&#?\w+;|\d|\*/g, "#");
      if (count === 0) expect(masked).toBe(c.html);
      else expect(after.replace(/#+/g, "#")).toBe(kept.replace(/#+/g, "#"));
      expect((masked.match(/\*/g) ?? []).length).toBe(4 * count);
    },
  );

  it("keeps tags, entities and text around the digits exactly", () => {
    const html =
      '<html><head><title>Pt. 010190-1234</title></head><body><p class="x">CPR&nbsp;02<b>02</b>90&#8209;12<i>3</i>4 &amp; mere</p><!-- 0303901234 --></body></html>';
    expect(maskCprInHtml(html).text).toBe(
      '<html><head><title>Pt. 010190-****</title></head><body><p class="x">CPR&nbsp;02<b>02</b>90&#8209;**<i>*</i>* &amp; mere</p><!-- 030390**** --></body></html>',
    );
  });

  it("masks a digit written as a reference as one character", () => {
    expect(maskCprInHtml("<p>CPR 010190-123&#52;</p>").text).toBe("<p>CPR 010190-****</p>");
  });
});

describe("the advisor's findings", () => {
  it("say where each number is: subject, location, the invitation's text and hidden text", () => {
    const advice = advise(
      draft({
        subject: "Opfølgning pt. 0101901234",
        location: "Stue 3, 020290-1234",
        bodyType: "html",
        body: "<html><head><title>Sag 050590-1234</title></head><body><p>Sag 030390&nbsp;1234</p><!-- cpr 040490-1234 --></body></html>",
      }),
      { policy: DEFAULT_POLICY },
    );
    expect(advice.personalData).toEqual([
      { kind: "cpr", field: "subject", masked: "010190-****", context: true },
      { kind: "cpr", field: "body", masked: "030390-****", context: false },
      { kind: "cpr", field: "location", masked: "020290-****", context: false },
      { kind: "cpr", field: "hidden", masked: "050590-****", context: false },
      { kind: "cpr", field: "hidden", masked: "040490-****", context: true },
    ]);
    const reminder = advice.reminders.find((r) => r.code === "personal-data");
    expect(reminder?.message).toContain("040490-**** i skjult tekst i invitationen");
    expect(reminder?.message).not.toMatch(/\d{6}-?\d{4}/);
  });

  it("reads no hidden text in a plain-text body", () => {
    const advice = advise(draft({ bodyType: "text", body: "<!-- 0101901234 -->" }), {
      policy: DEFAULT_POLICY,
    });
    expect(advice.personalData.map((f) => f.field)).toEqual(["body"]);
  });
});
