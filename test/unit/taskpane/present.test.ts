import type { Advice, Reminder, Travel } from "../../../src/advisor/types";
import type { Locale } from "../../../src/i18n/catalogue";
import { OfficeCallError } from "../../../src/office/async";
import { MaskPersonalDataError } from "../../../src/office/maskPersonalData";
import {
  attendeeReminders,
  confidenceLevel,
  confidenceText,
  isSafeLink,
  maskButtonLabel,
  maskFailureText,
  reminderDescription,
  reminderDetails,
  subjectLine,
  travelText,
  type TravelContext,
  type TravelText,
} from "../../../src/taskpane/present";
import cases from "../../fixtures/taskpane/travel-text.json";

interface TravelCase {
  name: string;
  locale: Locale;
  travel: Travel | null;
  headline: string;
  basis: string | null;
  unknown: string | null;
  context: TravelContext;
  missing: TravelText["missing"];
}

describe("travelText", () => {
  it.each((cases as TravelCase[]).map((c) => [c.name, c] as const))("%s", (_name, c) => {
    expect(travelText(c.travel, c.locale, c.context)).toEqual({
      headline: c.headline,
      basis: c.basis,
      unknown: c.unknown,
      missing: c.missing,
    });
  });
});

describe("confidence in plain words", () => {
  it.each([
    [1, "high", "Vurderingen er sikker", "The assessment is sure"],
    [0.75, "high", "Vurderingen er sikker", "The assessment is sure"],
    [0.74, "medium", "Vurderingen er nogenlunde sikker", "The assessment is fairly sure"],
    [0.45, "medium", "Vurderingen er nogenlunde sikker", "The assessment is fairly sure"],
    [0.44, "low", "Vurderingen er usikker", "The assessment is unsure"],
    [0, "low", "Vurderingen er usikker", "The assessment is unsure"],
  ] as const)("%d is %s", (confidence, level, danish, english) => {
    expect(confidenceLevel(confidence)).toBe(level);
    expect(confidenceText(confidence, "da")).toBe(danish);
    expect(confidenceText(confidence, "en")).toBe(english);
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
    { kind: "cpr", field: "body", masked: "010270-****", context: true },
    { kind: "cpr", field: "subject", masked: "311299-****", context: false },
    { kind: "cpr", field: "location", masked: "020290-****", context: false },
    { kind: "cpr", field: "hidden", masked: "030390-****", context: true },
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

describe("reminderDescription", () => {
  it("names the unit above the list of its local guidelines, instead of repeating them", () => {
    expect(reminderDescription(reminder("local-guideline"), baseAdvice, "da")).toBe(
      "De lokale retningslinjer for Akutafdelingen, som gælder for dette møde:",
    );
    expect(reminderDescription(reminder("local-guideline"), baseAdvice, "en")).toBe(
      "The local guidelines of Akutafdelingen that apply to this meeting:",
    );
  });

  it("keeps the advisor's message for every other reminder", () => {
    expect(reminderDescription(reminder("headset"), baseAdvice, "da")).toBe("…");
    const none = { ...baseAdvice, localGuidelines: [] };
    expect(reminderDescription(reminder("local-guideline"), none, "da")).toBe("…");
  });
});

describe("reminderDetails", () => {
  it("says what personal data to remove, and from where", () => {
    expect(reminderDetails(reminder("personal-data"), baseAdvice, "da")).toEqual([
      "Fjern CPR-nummeret 010270-**** fra invitationens tekst",
      "Fjern CPR-nummeret 311299-**** fra emnet",
      "Fjern CPR-nummeret 020290-**** fra feltet Placering",
      "Fjern CPR-nummeret 030390-**** fra skjult tekst i invitationen",
    ]);
    expect(reminderDetails(reminder("personal-data"), baseAdvice, "en")).toEqual([
      "Remove the CPR number 010270-**** from the invitation's text",
      "Remove the CPR number 311299-**** from the subject",
      "Remove the CPR number 020290-**** from the Location field",
      "Remove the CPR number 030390-**** from hidden text in the invitation",
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

describe("the header line", () => {
  it.each([
    ["Opfølgning på patient 010190-1234", "da", "Mødet: Opfølgning på patient 010190-****"],
    ["Sag 01.01.90\u20131234 ", "da", "Mødet: Sag 010190-****"],
    ["CPR:0101901234", "en", "Meeting: CPR:010190-****"],
    ["Statusmøde 2027", "da", "Mødet: Statusmøde 2027"],
    ["  ", "da", "Mødet: (intet emne)"],
  ] as const)("%j shows as %j", (subject, locale, shown) => {
    expect(subjectLine(subject, locale)).toBe(shown);
  });

  it("never shows the four digits after the date", () => {
    expect(subjectLine("Pt. 0101\u200b901234", "da")).not.toMatch(/1234/);
  });
});

describe("the mask button", () => {
  const finding = (masked: string, field: "body" | "hidden" = "body") => ({
    kind: "cpr" as const,
    field,
    masked,
    context: true,
  });
  it("speaks of one number, or of several", () => {
    expect(maskButtonLabel([finding("010190-****")], "da")).toBe("Maskér CPR-nummeret");
    // One number in the text and in hidden text is still one number.
    expect(maskButtonLabel([finding("010190-****"), finding("010190-****", "hidden")], "da")).toBe(
      "Maskér CPR-nummeret",
    );
    expect(maskButtonLabel([finding("010190-****"), finding("020290-****")], "en")).toBe(
      "Mask the CPR numbers",
    );
  });
});

describe("when masking fails", () => {
  it("says the body is too long, and what to do, in Danish", () => {
    const error = new MaskPersonalDataError("body", true, []);
    expect(maskFailureText(error, "da").message).toBe(
      "Invitationens tekst er for lang til, at Outlook kan gemme den igen, så CPR-nummeret er ikke maskeret. Erstat selv de sidste fire cifre med ****.",
    );
  });

  it("names the field, keeps Office's words for Detaljer, and masks any number in them", () => {
    const cause = new OfficeCallError("Kan ikke gemme 0101901234", "GenericResponseError", 9020);
    const failure = maskFailureText(new MaskPersonalDataError("location", false, [], cause), "da");
    expect(failure.message).toBe(
      "Mødeguide kunne ikke maskere CPR-nummeret i feltet Placering. Prøv igen, eller erstat selv de sidste fire cifre med ****.",
    );
    expect(failure.detail).toBe("Kan ikke gemme 010190-****; GenericResponseError 9020");
    expect(maskFailureText(new Error("x 010190-1234"), "en")).toEqual({
      message:
        "Mødeguide could not mask the CPR number in the invitation's text. Try again, or replace the last four digits with **** yourself.",
      detail: "x 010190-****",
    });
  });
});

describe("attendeeReminders", () => {
  const VIDEO = ["headset", "video-consent", "screen-sharing"];
  it.each([
    [
      "the provider's meeting",
      { present: true, url: "https://video.example/m/1", others: [] },
      VIDEO,
    ],
    [
      "another provider's meeting",
      { present: false, others: [{ provider: "teams", url: "https://teams.microsoft.com/l/x" }] },
      VIDEO,
    ],
    ["no online meeting (advised as video all the same)", { present: false, others: [] }, []],
  ] as const)("%s", (_name, meetingLink, expected) => {
    const advice: Advice = {
      ...baseAdvice,
      recommendation: "virtual",
      videoMeeting: true,
      meetingLink: { ...meetingLink, others: [...meetingLink.others] },
    };
    expect(attendeeReminders(advice)).toEqual(expected);
  });
});
