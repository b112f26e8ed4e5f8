import { readFileSync } from "node:fs";
import path from "node:path";
import { cprCentury, findCprNumbers, isCprNumber } from "../../../src/advisor/cpr";

const fixture = JSON.parse(
  readFileSync(path.join(__dirname, "../../fixtures/advisor/cpr.json"), "utf8"),
) as {
  positives: { text: string; found: string[] }[];
  negatives: { text: string; why: string }[];
};

describe("CPR numbers", () => {
  it.each(fixture.positives.map((c) => [c.text, c.found] as const))(
    "finds in %j",
    (text, found) => {
      expect(findCprNumbers(text, "body").map((f) => f.masked)).toEqual(found);
    },
  );

  it.each(fixture.negatives.map((c) => [c.why, c.text] as const))(
    "no false alarm: %s",
    (_why, text) => {
      expect(findCprNumbers(text, "body")).toEqual([]);
    },
  );

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

  it("reports the field it was found in", () => {
    expect(findCprNumbers("010270-1234", "subject")).toEqual([
      { kind: "cpr", field: "subject", masked: "010270-****" },
    ]);
  });
});
