import type { Advice, MeetingDraft } from "../../../src/advisor/types";
import { findCprNumbers } from "../../../src/advisor/cpr";
import { displaySubject, displayWhen, summarise } from "../../../src/cli/summary";
import { cliMessages } from "../../../src/i18n/cli";
import { DEFAULT_POLICY } from "../../../src/policy/defaultPolicy";

const draft: MeetingDraft = {
  subject: "Opfølgning på sag 010270-1234",
  start: "2027-02-02T10:00:00+01:00",
  end: "2027-02-02T11:00:00+01:00",
  attendees: [],
};

const advice: Advice = {
  recommendation: "virtual",
  purpose: "status",
  confidence: 0.8,
  reasons: [
    {
      code: "purpose-status",
      guideline: "video-meeting",
      message: "REASON-ONE",
      evidence: [
        { field: "subject", terms: ["statusmøde"] },
        { field: "body", terms: ["status", "opfølgning"] },
      ],
    },
    { code: "travel-saved", guideline: "video-meeting", message: "REASON-TWO", fact: true },
  ],
  reminders: [
    { code: "headset", guideline: "video-call", severity: "info", message: "REMINDER-HEADSET" },
    { code: "personal-data", guideline: "legal", severity: "warning", message: "REMINDER-CPR" },
  ],
  travel: {
    meetingSite: "Sorø",
    attendeesTravelling: 3,
    attendeesUnknown: 2,
    minutesSaved: 260,
    kmSaved: 1250,
  },
  meetingLink: {
    present: true,
    url: "https://video.regionsjaelland.dk/meeting/1234567890",
    videoAddress: "sip:1234567890@video.regionsjaelland.dk",
    others: [{ provider: "teams", url: "https://teams.microsoft.com/l/meetup-join/abc" }],
  },
  personalData: [{ kind: "cpr", field: "subject", masked: "010270-****", context: true }],
  localGuidelines: [
    {
      unit: "Akutafdelingen",
      area: "virtual-meeting",
      situation: "Tavlemøder",
      guideline: "Hold dem ved tavlen.",
    },
  ],
  videoMeeting: true,
};

const options = { policy: DEFAULT_POLICY } as const;

describe("summarise", () => {
  it("says everything in Danish", () => {
    expect(summarise(draft, advice, { ...options, locale: "da" }).split("\n")).toEqual([
      "Møde: Opfølgning på sag 010270-****",
      "Tid: tirs. 2. feb. 2027 10.00–11.00",
      "Anbefaling: Hold det som videomøde i Cisco Jabber",
      "Formål: Statusmøde (sikkerhed 80 %)",
      "Begrundelser:",
      "  - REASON-ONE [video-meeting]",
      "    Genkendt i emnet: statusmøde",
      "    Genkendt i invitationens tekst: status, opfølgning",
      "  - REASON-TWO [video-meeting]",
      "Påmindelser:",
      "  - REMINDER-HEADSET [video-call]",
      "  - Vigtigt: REMINDER-CPR [legal]",
      "Rejse: som videomøde sparer 3 deltagere turen til Sorø, i alt 4 t 20 min og 1.250 km kørsel tur-retur.",
      "  Arbejdsstedet kendes ikke for 2 deltagere.",
      "Mødelink: Cisco Jabber-linket er i invitationen: https://video.regionsjaelland.dk/meeting/1234567890",
      "  Videoadresse: sip:1234567890@video.regionsjaelland.dk",
      "Andre mødetjenester i invitationen (to møder i ét?):",
      "  - Microsoft Teams: https://teams.microsoft.com/l/meetup-join/abc",
      "Personoplysninger i invitationen (fjern dem):",
      "  - 010270-**** i emnet",
      "Lokale retningslinjer:",
      "  - Akutafdelingen, Virtuelt møde: Tavlemøder: Hold dem ved tavlen.",
      "",
    ]);
  });

  it("says everything in English", () => {
    const text = summarise(draft, advice, {
      ...options,
      locale: "en",
      position: { index: 2, count: 5 },
    });
    expect(text.split("\n")).toEqual([
      "Meeting 2 of 5: Opfølgning på sag 010270-****",
      "Time: Tue, 2 Feb 2027 10:00–11:00",
      "Recommendation: Hold it as a Cisco Jabber video meeting",
      "Purpose: Status meeting (confidence 80%)",
      "Reasons:",
      "  - REASON-ONE [video-meeting]",
      "    Recognised in the subject: statusmøde",
      "    Recognised in the invitation's text: status, opfølgning",
      "  - REASON-TWO [video-meeting]",
      "Reminders:",
      "  - REMINDER-HEADSET [video-call]",
      "  - Important: REMINDER-CPR [legal]",
      "Travel: as a video meeting it saves 3 attendees the trip to Sorø, 4 h 20 min and 1,250 km of driving in all, round trip.",
      "  The work site of 2 attendees is not known.",
      "Meeting link: the Cisco Jabber link is in the invitation: https://video.regionsjaelland.dk/meeting/1234567890",
      "  Video address: sip:1234567890@video.regionsjaelland.dk",
      "Other meeting services in the invitation (two meetings in one?):",
      "  - Microsoft Teams: https://teams.microsoft.com/l/meetup-join/abc",
      "Personal data in the invitation (remove it):",
      "  - 010270-**** in the subject",
      "Local guidelines:",
      "  - Akutafdelingen, Virtual meeting: Tavlemøder: Hold dem ved tavlen.",
      "",
    ]);
  });

  it.each([
    ["no site known", null, "da", "Rejse: intet kendt arbejdssted, så rejsen kan ikke beregnes."],
    [
      "no one travels",
      {
        meetingSite: "Køge",
        attendeesTravelling: 0,
        attendeesUnknown: 0,
        minutesSaved: 0,
        kmSaved: 0,
      },
      "en",
      "Travel: no one needs to travel to meet in Køge.",
    ],
    [
      "one traveller",
      {
        meetingSite: "Køge",
        attendeesTravelling: 1,
        attendeesUnknown: 1,
        minutesSaved: 50,
        kmSaved: 48,
      },
      "da",
      "Rejse: som videomøde sparer 1 deltager turen til Køge, i alt 50 min og 48 km kørsel tur-retur.\n  Arbejdsstedet kendes ikke for 1 deltager.",
    ],
  ] as const)("travel: %s", (_name, travel, locale, expected) => {
    const text = summarise(draft, { ...advice, travel }, { ...options, locale });
    expect(text).toContain(expected);
  });

  it("says when there is no link, no reminder and nothing else found", () => {
    const plain: Advice = {
      ...advice,
      reasons: [],
      reminders: [],
      meetingLink: { present: false, others: [] },
      personalData: [],
      localGuidelines: [],
    };
    const text = summarise(draft, plain, { ...options, locale: "da" });
    expect(text).toContain("Påmindelser: ingen\n");
    expect(text).toContain("Mødelink: intet Cisco Jabber-link i invitationen endnu.\n");
    expect(text).not.toContain("Begrundelser:");
    expect(text).not.toContain("Andre mødetjenester");
    expect(text).not.toContain("Personoplysninger");
    expect(text).not.toContain("Lokale retningslinjer");
  });

  it("names the policy's own provider", () => {
    const policy = {
      ...DEFAULT_POLICY,
      meetingLink: { ...DEFAULT_POLICY.meetingLink, name: "Testvideo" },
    };
    const text = summarise(
      draft,
      { ...advice, meetingLink: { present: false, others: [] } },
      { policy, locale: "en" },
    );
    expect(text).toContain("Meeting link: no Testvideo link in the invitation yet.");
  });
});

describe("displaySubject", () => {
  it.each([
    ["Statusmøde", "Statusmøde"],
    ["  Status\n\tmøde  ", "Status møde"],
    ["Sag 0102701234 og 010270-1234", "Sag 010270-**** og 010270-****"],
    ["x".repeat(100), `${"x".repeat(79)}…`],
    ["", ""],
    ["\u001b[31mRød\u001b[0m", "\\u001b[31mRød\\u001b[0m"],
    ["Fake\rOverwritten", "Fake Overwritten"],
    ["C1 \u009b2J and DEL \u007f", "C1 \\u009b2J and DEL \\u007f"],
    ["\u202egnitee\u202c \u2066x\u2069", "\\u202egnitee\\u202c \\u2066x\\u2069"],
    // Masked before the cut: the number at the end is never left partly shown.
    [`${"x".repeat(70)} 0102701234`, `${"x".repeat(70)} 010270-*…`],
  ])("%j → %j", (subject, shown) => {
    expect(displaySubject(subject)).toBe(shown);
  });

  // Whatever the advisor counts as a CPR number, the subject line shows it masked only; written
  // against findCprNumbers, so it follows the detection as that learns more ways of writing them.
  it("masks every number the advisor finds", () => {
    const subjects = [
      "Opfølgning 0101901234",
      "Sag 010190-1234 og 020290-4321",
      "CPR:0101901234",
      "cpr.nr. 010190 1234",
      "pt. 01.01.90-1234",
    ];
    let found = 0;
    for (const subject of subjects) {
      const shown = displaySubject(subject);
      for (const finding of findCprNumbers(subject, "subject")) {
        found += 1;
        expect(shown).toContain(finding.masked);
        // The date part may show; the four digits after it never do.
        expect(shown).not.toMatch(new RegExp(`${finding.masked.slice(0, 6)}[^\\d*]{0,2}\\d`));
      }
    }
    expect(found).toBeGreaterThanOrEqual(4);
  });
});

describe("the summary prints no control character from its input", () => {
  const hostile = "Tavle\nAnbefaling: forfalsket\u001b]0;titel\u0007 \u009b1;31m \u202eslut";
  const text = summarise(
    { ...draft, subject: hostile },
    {
      ...advice,
      reasons: [{ code: "purpose-status", guideline: "video-meeting", message: hostile }],
      travel: { ...advice.travel!, meetingSite: hostile },
      localGuidelines: [
        { unit: hostile, area: "virtual-meeting", situation: hostile, guideline: hostile },
      ],
    },
    { ...options, locale: "da" },
  );

  it("escapes every control character visibly", () => {
    // eslint-disable-next-line no-control-regex -- finding control characters is the point.
    expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    expect(text).toContain("\\u001b]0;titel\\u0007");
    expect(text).toContain("\\u009b1;31m");
    expect(text).toContain("\\u202eslut");
  });

  it("keeps each value from input on its own line", () => {
    const lines = text.split("\n");
    // Only the real recommendation line starts so; the one in the input stays inside its line.
    expect(lines.filter((line) => line.startsWith("Anbefaling: "))).toHaveLength(1);
    expect(lines.filter((line) => line.includes("Anbefaling: forfalsket")).length).toBe(4);
  });
});

describe("displayWhen", () => {
  it.each([
    [
      "in the organizer's zone",
      { start: "2027-02-02T09:00:00Z", end: "2027-02-02T10:00:00Z" },
      "Europe/Copenhagen",
      "en",
      "Tue, 2 Feb 2027 10:00–11:00",
    ],
    [
      "across summer time",
      { start: "2027-03-28T01:30:00+01:00", end: "2027-03-28T03:30:00+02:00" },
      "Europe/Copenhagen",
      "en",
      "Sun, 28 Mar 2027 01:30–03:30",
    ],
    [
      "over two days",
      { start: "2027-02-02T22:00:00+01:00", end: "2027-02-03T02:00:00+01:00" },
      "Europe/Copenhagen",
      "da",
      "tirs. 2. feb. 2027 22.00–ons. 3. feb. 2027 02.00",
    ],
    [
      "all day",
      { start: "2027-02-02T00:00:00+01:00", end: "2027-02-03T00:00:00+01:00", isAllDay: true },
      "Europe/Copenhagen",
      "en",
      "Tue, 2 Feb 2027",
    ],
    [
      "two whole days",
      { start: "2027-02-02T00:00:00+01:00", end: "2027-02-04T00:00:00+01:00", isAllDay: true },
      "Europe/Copenhagen",
      "en",
      "Tue, 2 Feb 2027–Wed, 3 Feb 2027",
    ],
    [
      "in another zone",
      { start: "2027-02-02T09:00:00Z", end: "2027-02-02T10:00:00Z" },
      "America/New_York",
      "en",
      "Tue, 2 Feb 2027 04:00–05:00",
    ],
  ] as const)("%s", (_name, times, zone, locale, expected) => {
    expect(displayWhen({ ...draft, ...times }, zone, locale)).toBe(expected);
  });
});

describe("the command line's messages", () => {
  it("fill every placeholder that Danish has also in English, and the reverse", () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(cliMessages.da) as (keyof typeof cliMessages.da)[]) {
      expect([key, placeholders(cliMessages.en[key])]).toEqual([
        key,
        placeholders(cliMessages.da[key]),
      ]);
    }
  });
});
