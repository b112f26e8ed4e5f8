import { readFileSync } from "node:fs";
import path from "node:path";
import { advise } from "../../../src/advisor";
import type { MeetingDraft, ReminderCode, Severity } from "../../../src/advisor/types";
import { DEFAULT_POLICY } from "../../../src/policy/defaultPolicy";
import type { Policy } from "../../../src/policy/types";
import { buildJabberBlock, buildJabberBlockText } from "../../../src/office/jabberBlock";
import { draft } from "./draftBuilder";

interface ReminderCase {
  name: string;
  draft: Partial<MeetingDraft>;
  reminders: ReminderCode[];
  severity?: Partial<Record<ReminderCode, Severity>>;
}

const fixture = JSON.parse(
  readFileSync(path.join(__dirname, "../../fixtures/advisor/reminders.json"), "utf8"),
) as { cases: ReminderCase[] };

/** The base: one attendee in Køge, so that a video meeting saves travel and is advised as one. */
const BASE: Partial<MeetingDraft> = {
  attendees: [{ email: "a@regionsjaelland.dk", name: "A", site: "Køge" }],
};

describe("reminders", () => {
  it.each(fixture.cases.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    const advice = advise(draft({ ...BASE, ...c.draft }), { policy: DEFAULT_POLICY });
    expect(advice.reminders.map((r) => r.code).sort()).toEqual([...c.reminders].sort());
    for (const [code, severity] of Object.entries(c.severity ?? {})) {
      expect(advice.reminders.find((r) => r.code === code)?.severity).toBe(severity);
    }
    // Each code at most once; each reminder cites the guidance.
    const codes = advice.reminders.map((r) => r.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it("say what personal data to remove, masked, and where it is", () => {
    const advice = advise(
      draft({ subject: "Opfølgning", body: "Borger 0102701234 og 150385-2345 (igen 0102701234)." }),
      { policy: DEFAULT_POLICY },
    );
    expect(advice.personalData).toEqual([
      { kind: "cpr", field: "body", masked: "010270-****", context: true },
      { kind: "cpr", field: "body", masked: "150385-****", context: true },
    ]);
    const reminder = advice.reminders.find((r) => r.code === "personal-data");
    expect(reminder?.message).toContain("010270-**** i invitationens tekst");
    expect(reminder?.message).not.toContain("1234");
    expect(reminder?.guideline).toBe("legal");
  });

  describe("local guidelines of the organizer's unit", () => {
    const policy: Policy = {
      ...DEFAULT_POLICY,
      localGuidelines: [
        {
          unit: "Akutafdelingen Køge",
          guidelines: [
            {
              area: "virtual-meeting",
              situation: "Videomøder fra skranken",
              guideline: "Brug mødelokale 2, ikke skranken.",
            },
            {
              area: "screen-sharing",
              situation: "Patientjournal",
              guideline: "Del aldrig journalen (Sundhedsplatformen).",
            },
            {
              area: "presence",
              situation: "Egne opgaver",
              guideline: "Vis som ledig, når du kan kaldes.",
            },
            { area: "chat", situation: "Chat", guideline: "Svar inden for en time." },
            {
              area: "other",
              situation: "Personalemøder",
              guideline: "Referat i teamets mappe.",
              purposes: ["information"],
            },
          ],
        },
        {
          unit: "Psykiatrien",
          guidelines: [{ area: "other", situation: "Alt", guideline: "Ring først." }],
        },
      ],
    };
    const organizer = { email: "o@x.dk", site: "Køge", unit: "akutafdelingen køge" };

    it("apply by area to a video meeting that shares a screen", () => {
      const advice = advise(
        draft({ subject: "Statusmøde", body: "Jeg deler skærm undervejs.", organizer }),
        { policy },
      );
      expect(advice.localGuidelines.map((g) => g.situation)).toEqual([
        "Videomøder fra skranken",
        "Patientjournal",
      ]);
      const reminder = advice.reminders.filter((r) => r.code === "local-guideline");
      expect(reminder).toHaveLength(1);
      expect(reminder[0]?.message).toContain("Brug mødelokale 2");
      expect(reminder[0]?.guideline).toBe("local-guidelines");
    });

    it("apply by purpose, and presence only to one's own appointments", () => {
      const info = advise(draft({ subject: "Orienteringsmøde om ny journal", organizer }), {
        policy,
      });
      expect(info.localGuidelines.map((g) => g.situation)).toEqual([
        "Videomøder fra skranken",
        "Personalemøder",
      ]);
      const own = advise(draft({ subject: "Rapporter", attendees: [], organizer }), { policy });
      expect(own.localGuidelines.map((g) => g.situation)).toEqual(["Egne opgaver"]);
    });

    it("belong to the organizer's unit only", () => {
      const other = advise(
        draft({ subject: "Statusmøde", organizer: { ...organizer, unit: "Kirurgisk afdeling" } }),
        { policy },
      );
      expect(other.localGuidelines).toEqual([]);
      expect(other.reminders.map((r) => r.code)).not.toContain("local-guideline");
    });
  });
});

describe("the agenda reminder and an inserted meeting block", () => {
  const provider = DEFAULT_POLICY.meetingLink;
  it.each(["da", "en"] as const)("a %s block is not an agenda", (locale) => {
    const html = `<p>Hej alle</p>${buildJabberBlock(provider, "4817263950", locale)}`;
    const text = `Hej alle\n\n${buildJabberBlockText(provider, "4817263950", locale)}`;
    for (const [body, bodyType] of [
      [html, "html"],
      [text, "text"],
    ] as const) {
      const advice = advise(draft({ subject: "Statusmøde", body, bodyType }), {
        policy: DEFAULT_POLICY,
      });
      expect(advice.meetingLink.present).toBe(true);
      expect(advice.reminders.map((r) => r.code)).toContain("agenda");
    }
  });

  it("but the person's own words beside the block are", () => {
    const body = `<p>Vi gennemgår tidsplanen.</p>${buildJabberBlock(provider, "4817263950", "da")}`;
    const advice = advise(draft({ subject: "Statusmøde", body, bodyType: "html" }), {
      policy: DEFAULT_POLICY,
    });
    expect(advice.reminders.map((r) => r.code)).not.toContain("agenda");
  });
});
