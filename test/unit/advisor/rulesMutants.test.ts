import { adviseExplained } from "../../../src/advisor";
import {
  CONFIDENCE,
  evidenceOf,
  frequencyKey,
  MAX_EVIDENCE_TERMS,
} from "../../../src/advisor/rules";
import type { Evidence, MeetingDraft } from "../../../src/advisor/types";
import type { PurposeEvidence } from "../../../src/advisor/vocabulary";
import { DEFAULT_POLICY } from "../../../src/policy/defaultPolicy";
import type { Policy } from "../../../src/policy/types";
import { at, draft } from "./draftBuilder";

/**
 * The advisor's rules pinned where mutation testing found them loose: the exact confidence each
 * piece of evidence earns (from the documented CONFIDENCE table), the order of the rules that
 * fired (`--explain`), and the wording each branch chooses. The base draft is organized from Sorø;
 * one attendee in Køge saves 1 h 30 min of driving, which is substantial (60 min or more).
 */

const JABBER = "https://video.regionsjaelland.dk/meeting/4711471147";
const TEAMS = "https://teams.microsoft.com/l/meetup-join/abc";
const ZOOM = "https://zoom.us/j/123456789";

function explain(overrides: Partial<MeetingDraft>, policy?: Policy) {
  const { advice, explanation } = adviseExplained(draft(overrides), {
    policy: policy ?? DEFAULT_POLICY,
  });
  return {
    advice,
    codes: advice.reasons.map((r) => r.code),
    steps: explanation.steps.map((s) => s.rule),
    message: (code: string): string[] =>
      advice.reasons.filter((r) => r.code === code).map((r) => r.message),
  };
}

/** The confidence after weighing, as weighFacts rounds it. */
const rounded = (x: number): number => Math.round(x * 100) / 100;

/** The default policy with other travel thresholds. */
function withThresholds(thresholds: Partial<Policy["thresholds"]>): Policy {
  return { ...DEFAULT_POLICY, thresholds: { ...DEFAULT_POLICY.thresholds, ...thresholds } };
}

describe("meetings with nothing to advise", () => {
  it("a cancelled meeting says only that it is cancelled, whatever else it holds", () => {
    const r = explain({
      subject: "Aflyst: Statusmøde",
      body: `Link: ${JABBER} og ${TEAMS}. Fremmøde påkrævet.`,
      attendees: at("Køge", "Næstved"),
      sensitivity: "private",
      recurrence: { frequency: "weekly", interval: 1 },
    });
    expect(r.advice.recommendation).toBe("none");
    expect(r.advice.purpose).toBe("status");
    expect(r.advice.confidence).toBe(CONFIDENCE.cancelled);
    expect(r.codes).toEqual(["cancelled"]);
    expect(r.steps).toEqual(["by-purpose", "cancelled"]);
    expect(r.advice.travel).toBeNull();
  });

  it("one's own appointment says only that nobody else is invited", () => {
    const r = explain({ subject: "Statusmøde", body: `${JABBER} ${TEAMS}`, attendees: [] });
    expect(r.advice.recommendation).toBe("none");
    expect(r.advice.purpose).toBe("personal");
    expect(r.advice.confidence).toBe(CONFIDENCE.noOneInvited);
    expect(r.codes).toEqual(["no-attendees"]);
    expect(r.steps).toEqual(["no-one-invited"]);
  });
});

describe("the confidence each kind of evidence earns", () => {
  it("a purpose in the subject, agreed by travel", () => {
    const r = explain({ subject: "Statusmøde", attendees: at("Køge") });
    expect(r.advice.recommendation).toBe("virtual");
    expect(r.advice.confidence).toBe(rounded(CONFIDENCE.purposeInSubject + CONFIDENCE.agreement));
    expect(r.steps).toEqual(["by-purpose", "sites-and-travel", "travel-facts", "weigh-facts"]);
  });

  it("a purpose named twice in the body alone", () => {
    const r = explain({
      subject: "Møde",
      body: "Statusmøde: vi tager en status.",
      attendees: at("Køge"),
    });
    expect(r.advice.purpose).toBe("status");
    expect(r.advice.confidence).toBe(rounded(CONFIDENCE.purposeInBody + CONFIDENCE.agreement));
  });

  it("a single word of the body", () => {
    const r = explain({ subject: "Møde", body: "Vi tager en status.", attendees: at("Køge") });
    expect(r.advice.purpose).toBe("status");
    expect(r.advice.confidence).toBe(rounded(CONFIDENCE.purposeInBodyOnce + CONFIDENCE.agreement));
  });

  it("counts at most two agreeing facts", () => {
    // Three agree: the meeting link, the weekly recurrence, many sites with much travel.
    const r = explain({
      subject: "Statusmøde",
      body: JABBER,
      recurrence: { frequency: "weekly", interval: 1 },
      attendees: at("Køge", "Næstved"),
    });
    expect(r.codes).toEqual(expect.arrayContaining(["link-present", "recurring", "many-sites"]));
    expect(r.advice.confidence).toBe(
      rounded(CONFIDENCE.purposeInSubject + 2 * CONFIDENCE.agreement),
    );
  });

  it("never exceeds its upper bound", () => {
    // The text decides the form (0.85) and two facts agree: 1.01 before the bound.
    const r = explain({
      subject: "Møde om budget",
      body: "Vi tager den på Jabber.",
      recurrence: { frequency: "weekly", interval: 1 },
      attendees: at("Køge", "Næstved"),
    });
    expect(r.codes).toContain("form-virtual");
    expect(r.advice.confidence).toBe(CONFIDENCE.max);
  });

  it("takes a fact pulling the other way off: a workshop across many sites and far", () => {
    const r = explain({ subject: "Workshop", attendees: at("Køge", "Næstved") });
    expect(r.advice.recommendation).toBe("physical");
    expect(r.advice.confidence).toBe(
      rounded(CONFIDENCE.purposeInSubject - CONFIDENCE.disagreement),
    );
  });

  it("a workshop far away but from two sites only is not pulled", () => {
    const r = explain({ subject: "Workshop", attendees: at("Nykøbing F.") });
    expect(r.advice.recommendation).toBe("physical");
    expect(r.advice.confidence).toBe(CONFIDENCE.purposeInSubject);
    expect(r.steps).not.toContain("weigh-facts");
  });

  it("a second purpose advised the same way takes off a little, with no note", () => {
    const r = explain({
      subject: "Statusmøde",
      body: "Vi træffer beslutning.",
      attendees: at("Køge"),
    });
    expect(r.codes).not.toContain("purpose-conflict");
    // Status scores 3 (in the subject), decision 1.
    const before = CONFIDENCE.purposeInSubject * (1 - CONFIDENCE.otherPurposeSameWay / 3);
    expect(r.advice.confidence).toBe(rounded(before + CONFIDENCE.agreement));
  });

  it("a second purpose advised another way takes off more, and says the subject decides", () => {
    const r = explain({ subject: "Statusmøde", body: "Bagefter workshop.", attendees: at("Køge") });
    expect(r.advice.purpose).toBe("status");
    const before = CONFIDENCE.purposeInSubject * (1 - CONFIDENCE.otherPurposeOtherWay / 3);
    expect(r.advice.confidence).toBe(rounded(before + CONFIDENCE.agreement));
    expect(r.message("purpose-conflict")).toEqual([
      "Invitationens tekst peger også på workshop eller idéudvikling; rådet følger emnet.",
    ]);
  });

  it("two purposes in the body alone make the advice less sure, and say so", () => {
    const r = explain({ subject: "Møde", body: "Status og workshop.", attendees: at("Køge") });
    expect(r.message("purpose-conflict")).toEqual([
      "Invitationen peger også på statusmøde, så rådet er mindre sikkert.",
    ]);
    const before = CONFIDENCE.purposeInBodyOnce * (1 - CONFIDENCE.otherPurposeOtherWay);
    expect(r.advice.confidence).toBe(rounded(before));
  });
});

describe("what each purpose's own rule says", () => {
  it.each([
    [
      "Informationsmøde",
      "information",
      "virtual",
      "purpose-information",
      "en orientering til mange",
    ],
    [
      "Konference om patientforløb",
      "clinical",
      "virtual",
      "purpose-clinical",
      "Klinisk konsultation",
    ],
    ["Stuegang", "clinical", "physical", "purpose-clinical-patients", "arbejde med patien"],
    ["Kursus i journalføring", "training", "either", "purpose-training", "både som video og fys"],
    [
      "Kursus i genoplivning, praktisk øvelse",
      "training",
      "physical",
      "purpose-training",
      "praktisk",
    ],
    [
      "Medarbejdersamtale",
      "personnel",
      "physical",
      "purpose-personnel",
      "en samtale mellem leder og medarbejder",
    ],
    ["Statusmøde", "status", "virtual", "purpose-status", "egner sig bedst som videomøde"],
    ["Workshop", "creative", "physical", "purpose-creative", "holdes bedst fysisk"],
  ])("%s: %s, %s", (subject, purpose, recommendation, code, words) => {
    // One attendee at an unknown site: no travel rule moves the advice.
    const r = explain({ subject, attendees: at(undefined) });
    expect(r.advice.purpose).toBe(purpose);
    expect(r.advice.recommendation).toBe(recommendation);
    expect(r.message(code)).toHaveLength(1);
    expect(r.message(code)[0]).toContain(words);
  });
});

describe("a meeting whose kind nothing tells", () => {
  it("is either way when it saves little travel between two sites", () => {
    const r = explain({ subject: "Møde", attendees: at("Slagelse") });
    expect(r.advice.recommendation).toBe("either");
    expect(r.advice.confidence).toBe(CONFIDENCE.unknown);
    expect(r.codes).not.toContain("travel-substantial");
    expect(r.codes).not.toContain("many-sites");
  });

  it("is video when the travel saved reaches the policy's threshold exactly", () => {
    // Køge and back from Sorø: 90 minutes.
    const r = explain(
      { subject: "Møde", attendees: at("Køge") },
      withThresholds({ substantialTravelMinutes: 90 }),
    );
    expect(r.advice.recommendation).toBe("virtual");
    expect(r.message("travel-substantial")).toEqual([
      "Kørslen, der spares, er betydelig (1 t 30 min), så et videomøde er det naturlige valg, når formålet er uklart.",
    ]);
    const below = explain(
      { subject: "Møde", attendees: at("Køge") },
      withThresholds({ substantialTravelMinutes: 91 }),
    );
    expect(below.advice.recommendation).toBe("either");
    expect(below.codes).not.toContain("travel-substantial");
  });

  it("is video from three sites even when the travel is not substantial, and says so", () => {
    const r = explain(
      { subject: "Møde", attendees: at("Slagelse", "Ringsted") },
      withThresholds({ substantialTravelMinutes: 10_000 }),
    );
    expect(r.advice.recommendation).toBe("virtual");
    expect(r.codes).not.toContain("travel-substantial");
    expect(r.message("many-sites")).toEqual(["Deltagerne kommer fra 3 forskellige matrikler."]);
    // Many sites agree with video once.
    expect(r.advice.confidence).toBe(rounded(CONFIDENCE.unknownWithTravel + CONFIDENCE.agreement));
  });

  it("an invitation that already holds a video meeting is advised as video", () => {
    const r = explain({ subject: "Møde", body: JABBER });
    expect(r.advice.recommendation).toBe("virtual");
    expect(r.codes).toContain("link-present");
    expect(r.steps).toEqual(["unknown-purpose", "already-video", "travel-facts", "weigh-facts"]);
    expect(r.advice.confidence).toBe(rounded(CONFIDENCE.unknown + CONFIDENCE.agreement));
  });
});

describe("the form the text gives", () => {
  it("presence required settles a status meeting as physical", () => {
    const r = explain({ subject: "Statusmøde", body: "Fremmøde påkrævet." });
    expect(r.advice.recommendation).toBe("physical");
    expect(r.advice.confidence).toBe(CONFIDENCE.formInText);
    // Settled: nothing-to-save does not turn it to either.
    expect(r.steps).toEqual(["by-purpose", "form-in-text", "travel-facts"]);
    expect(r.message("form-physical")).toHaveLength(1);
  });

  it("a remote form does not make a personnel conversation video", () => {
    const r = explain({
      subject: "Medarbejdersamtale",
      body: "Vi tager den på Jabber.",
      attendees: at("Køge"),
    });
    expect(r.advice.recommendation).toBe("physical");
    expect(r.codes).not.toContain("form-virtual");
    expect(r.steps).not.toContain("form-in-text");
    expect(r.advice.confidence).toBe(CONFIDENCE.purposeInSubject);
  });

  it("a text that says both gives no form", () => {
    const r = explain({
      subject: "Statusmøde",
      body: "Fremmøde påkrævet, eller vi tager den på Jabber.",
      attendees: at("Køge"),
    });
    expect(r.steps).not.toContain("form-in-text");
    expect(r.codes).not.toContain("form-physical");
    expect(r.codes).not.toContain("form-virtual");
  });
});

describe("context facts", () => {
  it("a meeting link does not turn a workshop into video, and adds no confidence", () => {
    const r = explain({ subject: "Workshop", body: JABBER });
    expect(r.advice.recommendation).toBe("physical");
    expect(r.message("link-present")).toEqual(["Invitationen har allerede et Cisco Jabber-møde."]);
    expect(r.advice.confidence).toBe(CONFIDENCE.purposeInSubject);
  });

  it("everyone at one site: video saves nothing, said once", () => {
    const r = explain({ subject: "Statusmøde" });
    expect(r.advice.recommendation).toBe("either");
    expect(r.advice.confidence).toBe(
      rounded(CONFIDENCE.purposeInSubject - CONFIDENCE.nothingToSave),
    );
    expect(r.message("travel-none")).toEqual([
      "Alle med kendt arbejdssted er på Sorø, så et videomøde sparer ingen kørsel.",
    ]);
  });

  it("an attendee at an unknown site: nothing-to-save cannot be said", () => {
    const r = explain({ subject: "Statusmøde", attendees: at(undefined) });
    expect(r.advice.recommendation).toBe("virtual");
    expect(r.codes).not.toContain("travel-none");
    expect(r.message("travel-unknown-sites")).toEqual([
      "1 deltager har et ukendt arbejdssted og er ikke regnet med i den sparede kørsel.",
    ]);
  });

  it("several attendees at unknown sites are counted", () => {
    const r = explain({ subject: "Statusmøde", attendees: at(undefined, undefined, "Køge") });
    expect(r.message("travel-unknown-sites")).toEqual([
      "2 deltagere har et ukendt arbejdssted og er ikke regnet med i den sparede kørsel.",
    ]);
    expect(r.message("travel-saved")[0]).toMatch(/^Som videomøde sparer 1 person /);
  });

  it("without a meeting site the travel cannot be reckoned", () => {
    const r = explain({
      subject: "Statusmøde",
      organizer: { email: "o@regionsjaelland.dk", name: "O" },
      attendees: at(undefined),
    });
    expect(r.codes).toContain("travel-unknown");
    expect(r.codes).not.toContain("travel-unknown-sites");
  });

  it("names other providers' meetings once each", () => {
    const r = explain({
      subject: "Statusmøde",
      body: `${TEAMS} ${ZOOM} ${TEAMS.replace("abc", "def")}`,
      attendees: at("Køge"),
    });
    expect(r.message("link-others")).toEqual([
      "Invitationen har allerede et møde fra Microsoft Teams, Zoom. Undgå to møder i samme invitation.",
    ]);
  });

  it("a private personnel conversation: sensitivity agrees with presence", () => {
    const plain = explain({ subject: "Medarbejdersamtale", attendees: at(undefined) });
    const sensitive = explain({
      subject: "Medarbejdersamtale",
      sensitivity: "private",
      attendees: at(undefined),
    });
    expect(plain.advice.confidence).toBe(CONFIDENCE.purposeInSubject);
    expect(sensitive.advice.confidence).toBe(
      rounded(CONFIDENCE.purposeInSubject + CONFIDENCE.agreement),
    );
    expect(sensitive.message("sensitive")[0]).toContain("privat");
  });

  it("a sensitive meeting of another kind adds no confidence", () => {
    const r = explain({ subject: "Statusmøde", sensitivity: "private", attendees: at(undefined) });
    expect(r.codes).toContain("sensitive");
    expect(r.advice.confidence).toBe(CONFIDENCE.purposeInSubject);
  });
});

describe("a whole day", () => {
  const day = { start: "2027-02-02T00:00:00+01:00", end: "2027-02-03T00:00:00+01:00" };

  it("turns training either way into presence", () => {
    const r = explain({ subject: "Kursus i journalføring", isAllDay: true, ...day });
    expect(r.advice.recommendation).toBe("physical");
    expect(r.advice.confidence).toBe(CONFIDENCE.purposeInSubject);
    expect(r.steps).toEqual(["by-purpose", "whole-day", "travel-facts"]);
  });

  it("agrees with a workshop, and counts a day with no end as 24 hours", () => {
    const r = explain({ subject: "Workshop", isAllDay: true, end: "" });
    expect(r.message("whole-day")[0]).toMatch(/^Mødet varer 24 t:/);
    expect(r.advice.confidence).toBe(rounded(CONFIDENCE.purposeInSubject + CONFIDENCE.agreement));
  });

  it("gives the length as it is", () => {
    const r = explain({
      subject: "Workshop",
      start: "2027-02-02T09:00:00+01:00",
      end: "2027-02-02T15:00:00+01:00",
    });
    expect(r.message("whole-day")[0]).toMatch(/^Mødet varer 6 t:/);
  });

  it("says nothing of a whole-day status meeting or a whole-day meeting advised as video", () => {
    expect(explain({ subject: "Statusmøde", isAllDay: true, ...day }).codes).not.toContain(
      "whole-day",
    );
    const remote = explain({
      subject: "Kursus i journalføring",
      body: "Kurset holdes på Jabber.",
      isAllDay: true,
      ...day,
    });
    expect(remote.advice.recommendation).toBe("virtual");
    expect(remote.codes).not.toContain("whole-day");
  });
});

describe("recurrence", () => {
  it.each([
    [{ frequency: "weekly", interval: 2 }, "Mødet gentages hver anden uge."],
    [{ frequency: "daily", interval: 2 }, "Mødet gentages hver anden dag."],
    [{ frequency: "daily", interval: 1 }, "Mødet gentages dagligt."],
    [{ frequency: "weekly" }, "Mødet gentages ugentligt."],
  ] as const)("%j is named in words and agrees with video", (recurrence, message) => {
    const r = explain({ subject: "Statusmøde", recurrence, attendees: at("Køge") });
    expect(r.message("recurring")).toEqual([message]);
    expect(r.advice.confidence).toBe(
      rounded(CONFIDENCE.purposeInSubject + 2 * CONFIDENCE.agreement),
    );
  });

  it.each([
    [{ frequency: "weekly", interval: 3 }],
    [{ frequency: "monthly", interval: 1 }],
  ] as const)("%j is not held often", (recurrence) => {
    const r = explain({ subject: "Statusmøde", recurrence, attendees: at("Køge") });
    expect(r.codes).not.toContain("recurring");
    expect(r.advice.confidence).toBe(rounded(CONFIDENCE.purposeInSubject + CONFIDENCE.agreement));
  });

  it("does not agree with presence", () => {
    const r = explain({
      subject: "Workshop",
      recurrence: { frequency: "weekly", interval: 1 },
      attendees: at(undefined),
    });
    expect(r.codes).toContain("recurring");
    expect(r.advice.confidence).toBe(CONFIDENCE.purposeInSubject);
  });
});

describe("what each reason says and which section it cites", () => {
  const none = at(undefined);
  it.each([
    [
      "nobody invited",
      { subject: "Statusmøde", attendees: [] },
      "no-attendees",
      "email-calendar",
      "Ingen andre er inviteret, så det er en aftale i din egen kalender – der er ingen mødeform at vælge.",
    ],
    [
      "cancelled",
      { subject: "Aflyst: Statusmøde" },
      "cancelled",
      "email-calendar",
      "Mødet er aflyst, så Mødeguide giver intet råd.",
    ],
    [
      "training",
      { subject: "Kursus i journalføring", attendees: none },
      "purpose-training",
      "video-meeting",
      "Undervisning: undervisning kan holdes både som video og fysisk.",
      [{ field: "subject", terms: ["kursus"] }],
    ],
    [
      "work with patients",
      { subject: "Stuegang", attendees: none },
      "purpose-clinical-patients",
      "video-meeting",
      "Klinisk konsultation eller konference: arbejde med patienter og pårørende foregår, hvor de er, og holdes ved fremmøde.",
      [{ field: "subject", terms: ["stuegang"] }],
    ],
    [
      "a clinical conference",
      { subject: "Konference om patientforløb", attendees: none },
      "purpose-clinical",
      "video-meeting",
      "Klinisk konsultation eller konference: kliniske konsultationer og konferencer på tværs af matrikler kan holdes som video.",
      [{ field: "subject", terms: ["konference", "patient"] }],
    ],
    [
      "two purposes",
      { subject: "Statusmøde", body: "Bagefter workshop.", attendees: none },
      "purpose-conflict",
      "video-meeting",
      "Invitationens tekst peger også på workshop eller idéudvikling; rådet følger emnet.",
      [{ field: "body", terms: ["workshop"] }],
    ],
    [
      "no purpose",
      { subject: "Møde", attendees: at("Køge") },
      "purpose-unknown",
      "video-meeting",
      "Emne og tekst siger ikke, hvilken slags møde det er. Skriv formålet i emnet, så rådet bliver sikrere.",
    ],
    [
      "no purpose, far",
      { subject: "Møde", attendees: at("Køge") },
      "travel-substantial",
      "video-meeting",
      "Kørslen, der spares, er betydelig (1 t 30 min), så et videomøde er det naturlige valg, når formålet er uklart.",
    ],
    [
      "presence required",
      { subject: "Statusmøde", body: "Fremmøde påkrævet.", attendees: none },
      "form-physical",
      "video-meeting",
      "Invitationens tekst siger, at deltagerne skal møde op, så mødet holdes fysisk.",
    ],
    [
      "held remotely",
      { subject: "Møde om budget", body: "Vi tager den på Jabber.", attendees: none },
      "form-virtual",
      "video-meeting",
      "Invitationens tekst siger, at mødet holdes på afstand (telefon eller video), så det holdes som videomøde.",
    ],
    [
      "a long workshop",
      {
        subject: "Workshop",
        start: "2027-02-02T09:00:00+01:00",
        end: "2027-02-02T15:00:00+01:00",
        attendees: none,
      },
      "whole-day",
      "video-meeting",
      "Mødet varer 6 t: en lang dag sammen taler for fremmøde, når formålet i forvejen bygger på det.",
    ],
    [
      "a confidential status meeting",
      { subject: "Statusmøde", sensitivity: "confidential", attendees: none },
      "sensitive",
      "video-call",
      "Mødet er markeret som fortrolig. Video er krypteret og sikkert, men almindelige fortrolighedsregler gælder.",
    ],
    [
      "a confidential personnel conversation",
      { subject: "Medarbejdersamtale", sensitivity: "confidential", attendees: none },
      "sensitive",
      "video-call",
      "Mødet er markeret som fortrolig, hvilket understøtter at holde samtalen fysisk.",
    ],
  ] as Array<[string, Partial<MeetingDraft>, string, string, string, Evidence[]?]>)(
    "%s",
    // A rest parameter, so that jest does not pass its `done` for the rows without evidence.
    (...[, overrides, code, guideline, message, evidence]) => {
      const r = explain(overrides);
      const reasons = r.advice.reasons.filter((x) => x.code === code);
      // The words a purpose reason rests on are evidence beside its sentence; other notes have none.
      expect(reasons).toEqual([
        evidence ? { code, guideline, message, evidence } : { code, guideline, message },
      ]);
    },
  );

  it("nothing to save is a rule of the guidance; the same words for a workshop are a fact", () => {
    const status = explain({ subject: "Statusmøde" });
    expect(status.codes).toEqual(["purpose-status", "travel-none"]);
    expect(status.advice.reasons[1]).toEqual({
      code: "travel-none",
      guideline: "video-meeting",
      message: "Alle med kendt arbejdssted er på Sorø, så et videomøde sparer ingen kørsel.",
    });
    const workshop = explain({ subject: "Workshop" });
    expect(workshop.codes).toEqual(["purpose-creative", "travel-none"]);
    expect(workshop.advice.reasons[1]).toEqual({
      code: "travel-none",
      guideline: "video-meeting",
      message: "Alle med kendt arbejdssted er på Sorø, så et videomøde sparer ingen kørsel.",
      fact: true,
    });
  });

  it("without a meeting site says so as a fact", () => {
    const r = explain({
      subject: "Statusmøde",
      organizer: { email: "o@regionsjaelland.dk", name: "O" },
      attendees: none,
    });
    expect(r.message("travel-unknown")).toEqual([
      "Mødestedet kendes ikke (hverken fra Placering eller dit arbejdssted), så sparet kørsel kan ikke beregnes.",
    ]);
    expect(r.steps).toEqual(["by-purpose", "travel-facts"]);
  });
});

describe("the rules that fired, for --explain", () => {
  it("a meeting of unknown kind is not read by the purpose's rule", () => {
    expect(explain({ subject: "Møde", attendees: at("Køge") }).steps).toEqual([
      "unknown-purpose",
      "sites-and-travel",
      "travel-facts",
      "weigh-facts",
    ]);
  });

  it("a link, sensitivity and other providers each name their rule", () => {
    expect(explain({ subject: "Workshop", body: JABBER }).steps).toEqual([
      "by-purpose",
      "already-video",
      "travel-facts",
    ]);
    expect(
      explain({ subject: "Statusmøde", sensitivity: "private", attendees: at(undefined) }).steps,
    ).toEqual(["by-purpose", "sensitive", "travel-facts"]);
    expect(explain({ subject: "Statusmøde", body: ZOOM, attendees: at(undefined) }).steps).toEqual([
      "by-purpose",
      "travel-facts",
      "other-providers",
    ]);
  });
});

describe("edges of the context rules", () => {
  it("words about patients in a status meeting do not make it physical", () => {
    const r = explain({
      subject: "Statusmøde",
      body: "Om stuegang og pårørende.",
      attendees: at(undefined),
    });
    expect(r.advice.purpose).toBe("status");
    expect(r.advice.recommendation).toBe("virtual");
    expect(r.codes).not.toContain("purpose-clinical-patients");
  });

  it("travel exactly at the threshold agrees with video", () => {
    const policy = withThresholds({ substantialTravelMinutes: 90 });
    const at90 = explain({ subject: "Statusmøde", attendees: at("Køge") }, policy);
    expect(at90.advice.confidence).toBe(
      rounded(CONFIDENCE.purposeInSubject + CONFIDENCE.agreement),
    );
    const above = explain(
      { subject: "Statusmøde", attendees: at("Køge") },
      withThresholds({ substantialTravelMinutes: 91 }),
    );
    expect(above.advice.confidence).toBe(CONFIDENCE.purposeInSubject);
  });

  it("a whole training day that already holds a video meeting stays video, without the length", () => {
    const r = explain({
      subject: "Kursus i journalføring",
      body: JABBER,
      isAllDay: true,
      start: "2027-02-02T00:00:00+01:00",
      end: "2027-02-03T00:00:00+01:00",
    });
    expect(r.advice.recommendation).toBe("virtual");
    expect(r.codes).not.toContain("whole-day");
    expect(r.steps).toEqual(["by-purpose", "already-video", "travel-facts", "weigh-facts"]);
    expect(r.advice.confidence).toBe(rounded(CONFIDENCE.purposeInSubject + CONFIDENCE.agreement));
  });

  it.each([
    [{ frequency: "monthly", interval: 2 }, "frequency.monthly"],
    [{ frequency: "yearly", interval: 2 }, "frequency.yearly"],
    [{ frequency: "weekly", interval: 2 }, "frequency.weekly-2"],
    [{ frequency: "daily", interval: 2 }, "frequency.daily-2"],
    [{ frequency: "daily", interval: 3 }, "frequency.daily"],
  ] as const)("names %j as %s", (recurrence, key) => {
    expect(frequencyKey(recurrence)).toBe(key);
  });
});

describe("the words a purpose reason rests on (evidence)", () => {
  it("are given by field, subject first, and left out of the sentence", () => {
    const r = explain({
      subject: "Statusmøde",
      body: "Kort status og opfølgning.",
      attendees: at(undefined),
    });
    const [purpose] = r.advice.reasons;
    expect(purpose?.code).toBe("purpose-status");
    expect(purpose?.evidence?.map((e) => e.field)).toEqual(["subject", "body"]);
    expect(purpose?.evidence?.[0]?.terms).toEqual(["statusmøde"]);
    for (const e of purpose?.evidence ?? []) {
      for (const term of e.terms) expect(purpose?.message).not.toContain(term);
    }
    expect(purpose?.message).not.toMatch(/[“”(]/);
  });

  it("a conflicting purpose's note carries that purpose's words, the English sentence none", () => {
    const { advice } = adviseExplained(
      draft({ subject: "Statusmøde", body: "Bagefter workshop.", attendees: at(undefined) }),
      { policy: DEFAULT_POLICY, locale: "en" },
    );
    const conflict = advice.reasons.find((x) => x.code === "purpose-conflict");
    expect(conflict?.message).toBe(
      "The invitation's text also points to workshop or idea development; the advice follows the subject.",
    );
    expect(conflict?.evidence).toEqual([{ field: "body", terms: ["workshop"] }]);
  });

  const match = (term: string, field: "subject" | "body") => ({
    term,
    field,
    weight: 1,
    topic: false,
  });
  const purpose = (matches: ReturnType<typeof match>[]): PurposeEvidence => ({
    purpose: "status",
    score: 3,
    terms: [],
    inSubject: true,
    activity: true,
    matches,
  });

  it("keeps each word once, at most MAX_EVIDENCE_TERMS a field, and no field without words", () => {
    const many = ["a1", "b2", "c3", "d4", "e5", "f6", "g7"].map((t) => match(t, "body"));
    expect(
      evidenceOf(purpose([match("status", "subject"), match("status", "subject"), ...many])),
    ).toEqual([
      { field: "subject", terms: ["status"] },
      { field: "body", terms: ["a1", "b2", "c3", "d4", "e5"].slice(0, MAX_EVIDENCE_TERMS) },
    ]);
    expect(evidenceOf(purpose([match("møde", "body")]))).toEqual([
      { field: "body", terms: ["møde"] },
    ]);
    expect(evidenceOf(purpose([]))).toEqual([]);
  });

  it("never shows a CPR number, even one a policy put in its vocabulary", () => {
    expect(evidenceOf(purpose([match("patient 010190-1234", "subject")]))).toEqual([
      { field: "subject", terms: ["patient 010190-****"] },
    ]);
  });
});
