// The availability catalogue (src/i18n/availability.ts): both languages complete, and the
// statuses named exactly as the issue and the guidance name them.
import { AVAILABILITY_STATUSES, FREE_BUSY_STATUSES } from "../../../src/availability/types";
import {
  availabilityMessages,
  detailName,
  problemText,
  statusName,
} from "../../../src/i18n/availability";

const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string).sort();

describe("availability messages", () => {
  const keys = Object.keys(availabilityMessages.da) as (keyof typeof availabilityMessages.da)[];

  it("has the same keys in Danish and English", () => {
    expect(Object.keys(availabilityMessages.en).sort()).toEqual([...keys].sort());
  });

  it.each(keys)("%s is written in both languages with the same placeholders", (key) => {
    const da = availabilityMessages.da[key];
    const en = availabilityMessages.en[key];
    expect(da.trim()).not.toBe("");
    expect(en.trim()).not.toBe("");
    expect(placeholders(da)).toEqual(placeholders(en));
  });

  it("names the five statuses exactly as the issue does", () => {
    expect(AVAILABILITY_STATUSES.map((s) => statusName(s, "da"))).toEqual([
      "Ledig",
      "Foreløbig / arbejder andetsteds",
      "Optaget",
      "Fraværende",
      "Ukendt",
    ]);
    expect(AVAILABILITY_STATUSES.map((s) => statusName(s, "en"))).toEqual([
      "Free",
      "Tentative / working elsewhere",
      "Busy",
      "Out of office",
      "Unknown",
    ]);
  });

  it("names every Graph status and every problem", () => {
    for (const detail of FREE_BUSY_STATUSES)
      expect(detailName(detail, "da")).not.toMatch(/detail_/);
    expect(detailName("workingElsewhere", "da")).toBe("Arbejder andetsteds");
    expect(problemText("no-access", "en")).toBe("Does not share their calendar with you");
  });
});
