// The pane's catalogue (src/i18n/pane.ts): both languages complete and consistent.
import { REMINDER_CODES } from "../../../src/advisor/types";
import {
  paneMessages,
  previewMessages,
  providerList,
  reminderTitleKey,
} from "../../../src/i18n/pane";

const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string).sort();

const sets: Array<[string, { da: Record<string, string>; en: Record<string, string> }]> = [
  ["pane", paneMessages],
  ["preview", previewMessages],
];

describe.each(sets)("%s messages", (_name, set) => {
  const keys = Object.keys(set.da);

  it("has the same keys in Danish and English", () => {
    expect(Object.keys(set.en).sort()).toEqual([...keys].sort());
  });

  it.each(keys)("%s is written in both languages with the same placeholders", (key) => {
    const da = set.da[key] ?? "";
    const en = set.en[key] ?? "";
    expect(da.trim()).not.toBe("");
    expect(en.trim()).not.toBe("");
    expect(placeholders(da)).toEqual(placeholders(en));
  });
});

describe("reminderTitleKey", () => {
  it.each(REMINDER_CODES)("has a checklist title for %s", (code) => {
    const key = reminderTitleKey(code);
    expect(paneMessages.da[key]).toBeTruthy();
    expect(paneMessages.en[key]).toBeTruthy();
  });
});

describe("providerList", () => {
  it.each([
    [["teams"], "da", "Microsoft Teams"],
    [["teams", "zoom"], "da", "Microsoft Teams og Zoom"],
    [["teams", "zoom"], "en", "Microsoft Teams and Zoom"],
    [["webex", "meet", "webex"], "en", "Webex and Google Meet"],
  ] as const)("names %j in %s as %j", (providers, locale, expected) => {
    expect(providerList(providers, locale)).toBe(expected);
  });
});
