/**
 * The advisor's judgement as named rules. Each rule is a small function that reads the meeting's
 * context and the decision so far, and may change the recommendation, the confidence or add a
 * reason; each names the section of the guidance it rests on. They run in a fixed order
 * (RULES, at the bottom), and every rule that changed something is recorded, so that
 * `moedeguide advise --explain` can show how a piece of advice came about.
 *
 * Every confidence figure is in CONFIDENCE, named and explained in one place. Confidence is about
 * the advice, not about the purpose: how sure Mødeguide is that holding the meeting as advised is
 * what the guidance asks for.
 */
import type { advisorMessages } from "../i18n/advisor";
import type { translator } from "../i18n/catalogue";
import { formatDuration, formatKm } from "../i18n/format";
import type { Policy } from "../policy/types";
import { maskCprNumbers } from "./cpr";
import type { TravelReading } from "./sites";
import type {
  Evidence,
  GuidelineId as Guideline,
  Locale,
  MeetingDraft,
  MeetingLink,
  Note,
  Purpose,
  Recommendation,
  Sensitivity,
} from "./types";
import type { PurposeEvidence, TextReading } from "./vocabulary";

/** Every confidence figure the rules use, with why it is what it is. */
export const CONFIDENCE = {
  /** Nobody else is invited: there is no meeting to advise on, and that is plain to see. */
  noOneInvited: 0.95,
  /** The subject says the meeting is cancelled: nothing to advise on. */
  cancelled: 0.95,
  /** The subject names the kind of meeting: the guidance's rule for that kind applies. */
  purposeInSubject: 0.8,
  /** The body alone names the kind, more than once or with more than one word. */
  purposeInBody: 0.55,
  /** A single word of the body alone: may be incidental ("der er frokost"); below the notices' threshold. */
  purposeInBodyOnce: 0.45,
  /**
   * Only words that name a counterpart or topic told the kind ("Projekt X", "Leverandør"): a
   * guess, below the notices' threshold, so that it informs the pane but interrupts nobody.
   */
  topicOnly: 0.45,
  /** Nothing tells the kind, but people would travel far or from many sites: video saves it. */
  unknownWithTravel: 0.45,
  /** Nothing tells the kind, and nothing else either. */
  unknown: 0.25,
  /** The text says how the meeting is held ("fremmøde påkrævet", "på Jabber"): the person decided. */
  formInText: 0.85,
  /** How much a second purpose advised the same way takes off, in proportion to its score. */
  otherPurposeSameWay: 0.2,
  /** How much a second purpose advised another way takes off, in proportion to its score. */
  otherPurposeOtherWay: 0.5,
  /** What each agreeing fact (travel, many sites, sensitivity for personnel) adds, at most twice. */
  agreement: 0.08,
  maxAgreements: 2,
  /** What a fact pulling the other way takes off. */
  disagreement: 0.15,
  /** Video saves nobody's travel (everyone at one site): the push to video is weak. */
  nothingToSave: 0.2,
  /** Bounds: never certain, never nothing. */
  min: 0.05,
  max: 0.98,
} as const;

/** What each purpose calls for by itself, before context is weighed (the guidance's own rules). */
export const BY_PURPOSE: Record<Exclude<Purpose, "personal" | "unknown">, Recommendation> = {
  status: "virtual",
  decision: "virtual",
  information: "virtual",
  clinical: "virtual",
  creative: "physical",
  personnel: "physical",
  relationship: "physical",
  onboarding: "physical",
  social: "physical",
  training: "either",
};

/** Purposes for which a whole day together supports meeting in person (workshops, training days). */
const LENGTH_SUPPORTS_PRESENCE: ReadonlySet<Purpose> = new Set<Purpose>(["creative", "training"]);

type AdvisorKey = keyof typeof advisorMessages.da;

/** What the rules read: the draft and everything derived from it once. */
export interface RuleContext {
  draft: MeetingDraft;
  policy: Policy;
  locale: Locale;
  t: ReturnType<typeof translator<AdvisorKey>>;
  reading: TextReading;
  travel: TravelReading;
  link: MeetingLink;
  /** People invited other than the organizer (the organizer listed among them not counted). */
  attendees: number;
  duration: number | null;
  wholeDay: boolean;
  recurringOften: boolean;
  sensitivity: Sensitivity;
  /** The subject says the meeting is cancelled ("Aflyst:", "Canceled:"…). */
  cancelled: boolean;
  /** A label for a purpose in the user's language. */
  purposeLabel: (purpose: Purpose) => string;
}

/** One step of how the advice came about, for --explain. */
export interface RuleStep {
  rule: string;
  recommendation: Recommendation;
  confidence: number;
}

/** The decision as the rules build it. */
export interface Decision {
  recommendation: Recommendation;
  purpose: Purpose;
  confidence: number;
  reasons: Note[];
  /** The rules that changed something, in order. */
  steps: RuleStep[];
  /** Facts that agree with the recommendation, and that pull against it. */
  agree: number;
  disagree: number;
  /** Set by a rule that settles the advice: later rules only add facts. */
  settled: boolean;
}

/** A rule: reads the context and the decision so far, changes the decision; true if it did. */
type Rule = (c: RuleContext, d: Decision) => boolean;

function note(
  d: Decision,
  code: string,
  guideline: Guideline,
  message: string,
  evidence?: Evidence[],
): void {
  d.reasons.push(
    evidence && evidence.length > 0
      ? { code, guideline, message, evidence }
      : { code, guideline, message },
  );
}

/** At most this many words per field: enough to see why, short enough to read at a glance. */
export const MAX_EVIDENCE_TERMS = 5;

/**
 * The words that told a purpose, by field, subject first: what a reason rests on, shown beside it
 * rather than in its sentence. The terms are the policy's, but a policy may hold anything, so any
 * CPR number in one is masked as everywhere else.
 */
export function evidenceOf(purpose: PurposeEvidence): Evidence[] {
  const evidence: Evidence[] = [];
  for (const field of ["subject", "body"] as const) {
    const terms: string[] = [];
    for (const match of purpose.matches) {
      if (match.field !== field) continue;
      const term = maskCprNumbers(match.term);
      if (!terms.includes(term)) terms.push(term);
      if (terms.length === MAX_EVIDENCE_TERMS) break;
    }
    if (terms.length > 0) evidence.push({ field, terms });
  }
  return evidence;
}

/**
 * A fact (a travel figure, a link in the invitation) rather than a rule of the guidance: it cites
 * no section. The contract requires a guideline on every note, so it keeps the nearest section
 * and is marked `fact`, which the pane and the command line show without a citation.
 */
function fact(d: Decision, code: string, message: string): void {
  d.reasons.push({ code, guideline: "video-meeting", message, fact: true });
}

function signal(reading: TextReading, name: string): boolean {
  return (reading.signals as Record<string, boolean | undefined>)[name] === true;
}

/** Section email-calendar: nobody else invited is the person's own appointment. */
const noOneInvited: Rule = (c, d) => {
  if (c.attendees > 0) return false;
  note(d, "no-attendees", "email-calendar", c.t("reason.no-attendees"));
  d.recommendation = "none";
  d.purpose = "personal";
  d.confidence = CONFIDENCE.noOneInvited;
  d.settled = true;
  return true;
};

/** A cancelled meeting gets no advice (and, in index.ts, no reminders). */
const cancelled: Rule = (c, d) => {
  if (!c.cancelled) return false;
  // Its purpose stays known (for --explain), but nothing is advised: no reasons but this one.
  d.reasons = [];
  note(d, "cancelled", "email-calendar", c.t("reason.cancelled"));
  d.recommendation = "none";
  d.confidence = CONFIDENCE.cancelled;
  d.settled = true;
  return true;
};

/**
 * Section video-meeting: meetings about something concrete (status, decisions) suit video; those
 * that depend on presence (workshops, personnel conversations, social events, first meetings,
 * introductions) are physical. The purpose's own rule, with the confidence its evidence earns.
 */
const byPurpose: Rule = (c, d) => {
  const { reading, t } = c;
  const top = reading.purposes[0];
  if (top === undefined) return false;
  const label = c.purposeLabel(top.purpose);
  const evidence = evidenceOf(top);
  d.purpose = top.purpose;
  d.recommendation = BY_PURPOSE[top.purpose];
  if (top.purpose === "training") {
    const handsOn = signal(reading, "handsOn");
    d.recommendation = handsOn ? "physical" : "either";
    note(
      d,
      "purpose-training",
      "video-meeting",
      t(handsOn ? "reason.purpose.training-hands-on" : "reason.purpose.training", {
        purpose: label,
      }),
      evidence,
    );
  } else if (top.purpose === "clinical" && signal(reading, "patientContact")) {
    // Work with patients or relatives is done where they are; conferences about them may be video.
    d.recommendation = "physical";
    note(
      d,
      "purpose-clinical-patients",
      "video-meeting",
      t("reason.purpose.clinical-patients", { purpose: label }),
      evidence,
    );
  } else {
    const key =
      top.purpose === "personnel"
        ? "reason.purpose.personnel"
        : top.purpose === "information"
          ? "reason.purpose.information"
          : top.purpose === "clinical"
            ? "reason.purpose.clinical"
            : d.recommendation === "virtual"
              ? "reason.purpose.virtual"
              : "reason.purpose.physical";
    note(d, `purpose-${top.purpose}`, "video-meeting", t(key, { purpose: label }), evidence);
  }
  d.confidence =
    top.activity === false
      ? CONFIDENCE.topicOnly
      : top.inSubject
        ? CONFIDENCE.purposeInSubject
        : top.score >= 2
          ? CONFIDENCE.purposeInBody
          : CONFIDENCE.purposeInBodyOnce;
  const other = reading.purposes[1];
  if (other) {
    const sameWay = BY_PURPOSE[other.purpose] === BY_PURPOSE[top.purpose];
    const penalty = sameWay ? CONFIDENCE.otherPurposeSameWay : CONFIDENCE.otherPurposeOtherWay;
    d.confidence *= 1 - penalty * (other.score / top.score);
    if (!sameWay) {
      note(
        d,
        "purpose-conflict",
        "video-meeting",
        t(top.inSubject && !other.inSubject ? "reason.purpose.conflict" : "reason.purpose.mixed", {
          other: c.purposeLabel(other.purpose).toLowerCase(),
        }),
        evidenceOf(other),
      );
    }
  }
  return true;
};

/**
 * Section video-meeting: the region introduced video meetings to save travel. A meeting whose kind
 * nothing tells is advised by what video would save: far or from many sites, video; else either.
 * Recurrence alone is no reason for video.
 */
const unknownPurpose: Rule = (c, d) => {
  if (c.reading.purposes.length > 0) return false;
  const minutes = c.travel.travel?.minutesSaved ?? 0;
  const substantial = minutes >= c.policy.thresholds.substantialTravelMinutes;
  const manySites = c.travel.sitesInvolved >= 3;
  d.purpose = "unknown";
  note(d, "purpose-unknown", "video-meeting", c.t("reason.purpose.unknown"));
  if (substantial || manySites) {
    d.recommendation = "virtual";
    d.confidence = CONFIDENCE.unknownWithTravel;
    if (substantial) {
      note(
        d,
        "travel-substantial",
        "video-meeting",
        c.t("reason.travel.substantial", { duration: formatDuration(minutes, c.locale) }),
      );
    }
  } else {
    d.recommendation = "either";
    d.confidence = CONFIDENCE.unknown;
  }
  return true;
};

/**
 * The text says how the meeting is held: "fremmøde påkrævet", "vi mødes ved tavlen" (presence) or
 * "pr. telefon", "på Jabber" (remote). The person has decided, and the guidance leaves the form to
 * them (section video-meeting: video supplements physical meetings). A remote form does not turn
 * a meeting whose purpose needs presence (a workshop, a personnel conversation, work with
 * patients) into video: words such as "Jabber-møde" may only name a link that is there anyway.
 */
const formInText: Rule = (c, d) => {
  const physical = signal(c.reading, "formPhysical");
  const remote = signal(c.reading, "formVirtual");
  if (physical === remote) return false;
  if (physical) {
    d.recommendation = "physical";
    note(d, "form-physical", "video-meeting", c.t("reason.form.physical"));
  } else {
    if (d.recommendation === "physical") return false;
    d.recommendation = "virtual";
    note(d, "form-virtual", "video-meeting", c.t("reason.form.virtual"));
  }
  d.confidence = Math.max(d.confidence, CONFIDENCE.formInText);
  d.settled = true;
  return true;
};

/**
 * The invitation already holds a meeting of the provider: it is a video meeting, and stays advised
 * so unless its purpose needs presence.
 */
const alreadyVideo: Rule = (c, d) => {
  if (!c.link.present) return false;
  fact(d, "link-present", c.t("reason.link.present", { provider: c.policy.meetingLink.name }));
  if (d.recommendation === "physical" || d.recommendation === "none") return true;
  d.recommendation = "virtual";
  d.agree++;
  return true;
};

/**
 * Section video-meeting: video saves travel. When everyone's site is known and it is one site, it
 * saves nothing: the advice does not push to video, and says why.
 */
const nothingToSave: Rule = (c, d) => {
  const tr = c.travel.travel;
  if (d.settled || c.link.present || d.recommendation !== "virtual") return false;
  if (tr === null || tr.attendeesUnknown > 0 || tr.attendeesTravelling > 0) return false;
  d.recommendation = "either";
  d.confidence -= CONFIDENCE.nothingToSave;
  note(d, "travel-none", "video-meeting", c.t("reason.travel.none", { site: tr.meetingSite }));
  return true;
};

/**
 * Length does not override purpose: a whole day together supports presence only where the purpose
 * already leans to it (workshops, training days); a long status meeting or an overnight cut-over
 * on a bridge stays as its purpose says.
 */
const wholeDay: Rule = (c, d) => {
  if (!c.wholeDay || d.settled || !LENGTH_SUPPORTS_PRESENCE.has(d.purpose)) return false;
  if (d.recommendation === "virtual") return false;
  note(
    d,
    "whole-day",
    "video-meeting",
    c.t("reason.whole-day", { duration: formatDuration(c.duration ?? 24 * 60, c.locale) }),
  );
  if (d.recommendation === "either") d.recommendation = "physical";
  else d.agree++;
  return true;
};

/** A meeting held often: a fact that agrees with video, never a reason for it by itself. */
const recurring: Rule = (c, d) => {
  if (!c.recurringOften || !c.draft.recurrence) return false;
  fact(
    d,
    "recurring",
    c.t("reason.recurring", { frequency: c.t(frequencyKey(c.draft.recurrence)) }),
  );
  if (d.recommendation === "virtual") d.agree++;
  return true;
};

/** Many sites and much travel agree with video; against presence they weigh when both hold. */
const sitesAndTravel: Rule = (c, d) => {
  const minutes = c.travel.travel?.minutesSaved ?? 0;
  const substantial = minutes >= c.policy.thresholds.substantialTravelMinutes;
  const manySites = c.travel.sitesInvolved >= 3;
  if (manySites) {
    fact(d, "many-sites", c.t("reason.sites.many", { count: c.travel.sitesInvolved }));
  }
  if (d.recommendation === "virtual" && (substantial || manySites)) d.agree++;
  if (d.recommendation === "physical" && substantial && manySites) d.disagree++;
  return manySites || substantial;
};

/**
 * Section video-call: video follows the ordinary rules of confidentiality. A private or
 * confidential personnel conversation supports meeting in person; other sensitive meetings get
 * the screen-sharing reminder (see index.ts) and say why.
 */
const sensitive: Rule = (c, d) => {
  if (c.sensitivity !== "private" && c.sensitivity !== "confidential") return false;
  const sensitivity = c.t(`sensitivity.${c.sensitivity}`);
  if (d.purpose === "personnel") {
    note(d, "sensitive", "video-call", c.t("reason.sensitive.personnel", { sensitivity }));
    d.agree++;
  } else {
    note(d, "sensitive", "video-call", c.t("reason.sensitive", { sensitivity }));
  }
  return true;
};

/** The travel in people's terms: facts, citing no section. */
const travelFacts: Rule = (c, d) => {
  const tr = c.travel.travel;
  if (d.recommendation === "none") return false;
  if (tr === null) {
    fact(d, "travel-unknown", c.t("reason.travel.no-site"));
    return true;
  }
  if (tr.attendeesTravelling > 0) {
    fact(
      d,
      "travel-saved",
      c.t(tr.attendeesTravelling === 1 ? "reason.travel.saved.one" : "reason.travel.saved.many", {
        people: tr.attendeesTravelling,
        duration: formatDuration(tr.minutesSaved, c.locale),
        km: formatKm(tr.kmSaved, c.locale),
        site: tr.meetingSite,
      }),
    );
  } else if (tr.attendeesUnknown === 0 && !d.reasons.some((r) => r.code === "travel-none")) {
    fact(d, "travel-none", c.t("reason.travel.none", { site: tr.meetingSite }));
  }
  if (tr.attendeesUnknown > 0) {
    fact(
      d,
      "travel-unknown-sites",
      c.t(
        tr.attendeesUnknown === 1
          ? "reason.travel.unknown-sites.one"
          : "reason.travel.unknown-sites.many",
        { count: tr.attendeesUnknown },
      ),
    );
  }
  return true;
};

/** Other providers' meetings in the invitation: a fact. */
const otherProviders: Rule = (c, d) => {
  if (c.link.others.length === 0) return false;
  const names = [...new Set(c.link.others.map((o) => PROVIDER_NAMES[o.provider]))];
  fact(d, "link-others", c.t("reason.link.others", { providers: names.join(", ") }));
  return true;
};

/** Agreeing and disagreeing facts move the confidence, within its bounds. */
const weighFacts: Rule = (_c, d) => {
  if (d.settled && d.recommendation === "none") return false;
  const before = d.confidence;
  d.confidence +=
    CONFIDENCE.agreement * Math.min(d.agree, CONFIDENCE.maxAgreements) -
    CONFIDENCE.disagreement * d.disagree;
  d.confidence =
    Math.round(Math.min(CONFIDENCE.max, Math.max(CONFIDENCE.min, d.confidence)) * 100) / 100;
  return d.confidence !== before;
};

const PROVIDER_NAMES = {
  teams: "Microsoft Teams",
  zoom: "Zoom",
  webex: "Webex",
  meet: "Google Meet",
} as const;

/** The catalogue key for a recurrence in words: every other week is not "weekly". */
export function frequencyKey(recurrence: NonNullable<MeetingDraft["recurrence"]>): AdvisorKey {
  const interval = recurrence.interval ?? 1;
  if (interval === 2 && recurrence.frequency === "weekly") return "frequency.weekly-2";
  if (interval === 2 && recurrence.frequency === "daily") return "frequency.daily-2";
  return `frequency.${recurrence.frequency}`;
}

/** The rules in the order they run: purpose first, then form, then context, then facts. */
export const RULES: ReadonlyArray<[string, Rule]> = [
  ["no-one-invited", noOneInvited],
  ["by-purpose", byPurpose],
  ["unknown-purpose", unknownPurpose],
  ["cancelled", cancelled],
  ["form-in-text", formInText],
  ["already-video", alreadyVideo],
  ["nothing-to-save", nothingToSave],
  ["whole-day", wholeDay],
  ["recurring", recurring],
  ["sites-and-travel", sitesAndTravel],
  ["sensitive", sensitive],
  ["travel-facts", travelFacts],
  ["other-providers", otherProviders],
  ["weigh-facts", weighFacts],
];

/** Runs the rules over a context: the recommendation, its confidence, reasons and steps. */
export function decide(c: RuleContext): Decision {
  const d: Decision = {
    recommendation: "either",
    purpose: "unknown",
    confidence: CONFIDENCE.unknown,
    reasons: [],
    steps: [],
    agree: 0,
    disagree: 0,
    settled: false,
  };
  for (const [name, rule] of RULES) {
    // Once nobody is invited, or the meeting is cancelled, no other rule has anything to say.
    if (d.settled && d.recommendation === "none" && name !== "weigh-facts") continue;
    if (rule(c, d)) {
      d.steps.push({ rule: name, recommendation: d.recommendation, confidence: d.confidence });
    }
  }
  return d;
}
