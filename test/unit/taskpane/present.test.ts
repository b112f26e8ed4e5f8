import type { Advice, Reminder, Travel } from "../../../src/advisor/types";
import type { Locale } from "../../../src/i18n/catalogue";
import {
  confidenceLevel,
  confidenceText,
  isSafeLink,
  reminderDetails,
  travelText,
} from "../../../src/taskpane/present";
import cases from "../../fixtures/taskpane/travel-text.json";

interface TravelCase {
  name: string;
  locale: Locale;
  travel: Travel | null;
  headline: string;
  basis: string | null;
  unknown: string | null;
}

describe("travelText", () => {
  it.each((cases as TravelCase[]).map((c) => [c.name, c] as const))("%s", (_name, c) => {
    expect(travelText(c.travel, c.locale)).toEqual({
      headline: c.headline,
      basis: c.basis,
      unknown: c.unknown,
    });
  });
});

describe("confidence in plain words", () => {
  it.each([
    [1, "high", "høj"],
    [0.75, "high", "høj"],
    [0.74, "medium", "middel"],
    [0.45, "medium", "middel"],
    [0.44, "low", "lav"],
    [0, "low", "lav"],
  ] as const)("%d is %s", (confidence, level, danish) => {
    expect(confidenceLevel(confidence)).toBe(level);
    expect(confidenceText(confidence, "da")).toBe(danish);
    expect(confidenceText(confidence, "en")).toBe(level);
  });
});

const baseAdvice: Advice = {
  recommendation: "virtual",
  purpose: "clinical",
  confidence: 0.8,
  reasons: [],
  reminders: [],
  travel: null,
  meetingLink: { present: false, others: [] },
  personalData: [
    { kind: "cpr", field: "body", masked: "010270-****" },
    { kind: "cpr", field: "subject", masked: "311299-****" },
  ],
  localGuidelines: [
    {
      unit: "Akutafdelingen",
      area: "virtual-meeting",
      situation: "Tavlemøder",
      guideline: "Holdes stående ved tavlen",
    },
  ],
  videoMeeting: true,
};

const reminder = (code: Reminder["code"]): Reminder => ({
  code,
  guideline: "legal",
  message: "…",
  severity: "warning",
});

describe("reminderDetails", () => {
  it("says what personal data to remove, and from where", () => {
    expect(reminderDetails(reminder("personal-data"), baseAdvice, "da")).toEqual([
      "Fjern CPR-nummeret 010270-**** fra brødteksten",
      "Fjern CPR-nummeret 311299-**** fra emnet",
    ]);
    expect(reminderDetails(reminder("personal-data"), baseAdvice, "en")).toEqual([
      "Remove the CPR number 010270-**** from the body",
      "Remove the CPR number 311299-**** from the subject",
    ]);
  });

  it("lists the unit's local guidelines with their area", () => {
    expect(reminderDetails(reminder("local-guideline"), baseAdvice, "da")).toEqual([
      "Virtuelt møde, Tavlemøder: Holdes stående ved tavlen",
    ]);
    expect(reminderDetails(reminder("local-guideline"), baseAdvice, "en")).toEqual([
      "Virtual meeting, Tavlemøder: Holdes stående ved tavlen",
    ]);
  });

  it("adds nothing to the other reminders", () => {
    for (const code of [
      "headset",
      "video-consent",
      "screen-sharing",
      "agenda",
      "show-as-free",
    ] as const) {
      expect(reminderDetails(reminder(code), baseAdvice, "da")).toEqual([]);
    }
  });
});

describe("isSafeLink", () => {
  it.each([
    ["https://video.regionsjaelland.dk/meeting/1234567890", true],
    ["http://video.regionsjaelland.dk/meeting/1", false],
    ["javascript:alert(1)", false],
    ['https://x.dk/"><img src=x>', false],
    ["", false],
    [undefined, false],
  ])("%j is %s", (url, safe) => {
    expect(isSafeLink(url)).toBe(safe);
  });
});
