/**
 * The advisor: turns a MeetingDraft into Advice, following the organisation's guidance.
 * Pure: no Office, DOM, React, network, clock or randomness. The same draft and policy always
 * give the same advice, and no draft of the contract's shape makes it throw.
 */
import { DateTime } from "luxon";
import { advisorMessages } from "../i18n/advisor";
import { format, LOCALES, translator } from "../i18n/catalogue";
import { formatDuration, formatKm } from "../i18n/format";
import { purposeLabel } from "../i18n/labels";
import { LEGACY_BLOCK_MARKERS, officeMessages } from "../i18n/office";
import { DEFAULT_POLICY } from "../policy/defaultPolicy";
import type { LocalGuideline, Policy } from "../policy/types";
import { findCprNumbers } from "./cpr";
import { hiddenHtmlText } from "./html";
import { findMeetingLinks } from "./links";
import { invitedPeople, readTravel, type TravelReading } from "./sites";
import { bodyText, foldKey } from "./text";
import type {
  Advice,
  AppliedLocalGuideline,
  Attendee,
  Locale,
  MeetingDraft,
  MeetingLink,
  Note,
  PersonalDataFinding,
  Purpose,
  Recommendation,
  Reminder,
  Sensitivity,
} from "./types";
import { readText, type TextReading } from "./vocabulary";

export * from "./types";

export interface AdviseOptions {
  /** The organisation's policy; the embedded default (Region Sjælland) when absent. */
  policy?: Policy;
  /** The language of the messages; Danish when absent. */
  locale?: Locale;
}

/** What each purpose calls for by itself, before context is weighed (the guidance's own rules). */
const BY_PURPOSE: Record<Exclude<Purpose, "personal" | "unknown">, Recommendation> = {
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

/** A body with fewer words than this (links, greetings and the meeting block aside) says nothing. */
const AGENDA_MIN_BODY_WORDS = 2;
/** Words that fill a body without saying what a meeting is about. */
const BODY_FILLER = new Set([
  "hej", "hejsa", "kære", "alle", "mvh", "venlig", "hilsen", "tak", "vh", "hi", "hello", "dear",
  "all", "regards", "thanks", "best", "cheers", "og", "and",
]); // prettier-ignore

const round2 = (x: number) => Math.round(x * 100) / 100;
const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

function str(value: unknown): string {
  return typeof value === "string" ? value : "";
}

/** Minutes from start to end, or null when either is not a date-time. */
function durationMinutes(start: unknown, end: unknown): number | null {
  if (typeof start !== "string" || typeof end !== "string") return null;
  const s = DateTime.fromISO(start, { setZone: true });
  const e = DateTime.fromISO(end, { setZone: true });
  if (!s.isValid || !e.isValid) return null;
  const minutes = e.diff(s, "minutes").minutes;
  return Number.isFinite(minutes) && minutes >= 0 ? minutes : null;
}

/** A word of two or more letters (Latin letters with accents; no \p{L}: the ES2016 runtime lacks it). */
const WORD = /[A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F]{2,}/g;

const squash = (line: string) => line.replace(/\s+/g, " ").trim().toLowerCase();

const blockLinesByProvider = new Map<string, Set<string>>();

/** The fixed lines of the meeting block that Mødeguide inserts, in every language. */
function meetingBlockLines(providerName: string): Set<string> {
  let lines = blockLinesByProvider.get(providerName);
  if (!lines) {
    lines = new Set<string>();
    for (const locale of LOCALES) {
      const t = translator(officeMessages, locale);
      lines.add(squash(t("blockHeading", { provider: providerName })));
      lines.add(squash(t("blockReminder")));
    }
    for (const line of [...LEGACY_BLOCK_MARKERS.headings, ...LEGACY_BLOCK_MARKERS.reminders]) {
      lines.add(squash(format(line, { provider: providerName })));
    }
    blockLinesByProvider.set(providerName, lines);
  }
  return lines;
}

/**
 * Words in the body that say what the meeting is about: lines carrying links or addresses and
 * the fixed lines of an inserted meeting block do not count.
 */
function meaningfulBodyWords(text: string, cap: number, providerName: string): number {
  const boilerplate = meetingBlockLines(providerName);
  let count = 0;
  for (const line of text.split("\n")) {
    if (/:\/\/|\bsip:|@/i.test(line) || boilerplate.has(squash(line))) continue;
    for (const word of line.match(WORD) ?? []) {
      if (!BODY_FILLER.has(word.toLowerCase())) count++;
    }
    if (count >= cap) break;
  }
  return count;
}

interface Context {
  draft: MeetingDraft;
  policy: Policy;
  locale: Locale;
  t: ReturnType<typeof translator<keyof typeof advisorMessages.da>>;
  reading: TextReading;
  travel: TravelReading;
  link: MeetingLink;
  attendees: number;
  duration: number | null;
  wholeDay: boolean;
  recurringOften: boolean;
  sensitivity: Sensitivity;
}

function isSensitive(s: Sensitivity): boolean {
  return s === "private" || s === "confidential";
}

function listTerms(terms: readonly string[]): string {
  return terms
    .slice(0, 3)
    .map((t) => `“${t}”`)
    .join(", ");
}

interface Decision {
  recommendation: Recommendation;
  purpose: Purpose;
  confidence: number;
  reasons: Note[];
}

/** The recommendation, its confidence and its reasons. */
function decide(c: Context): Decision {
  const { t, reading, travel, link, policy, locale } = c;
  const reasons: Note[] = [];
  const note = (code: string, guideline: Note["guideline"], message: string) =>
    reasons.push({ code, guideline, message });

  if (c.attendees === 0) {
    note("no-attendees", "email-calendar", t("reason.no-attendees"));
    return { recommendation: "none", purpose: "personal", confidence: 0.95, reasons };
  }

  const top = reading.purposes[0];
  const purpose: Purpose = top?.purpose ?? "unknown";
  const minutes = travel.travel?.minutesSaved ?? 0;
  const substantial = minutes >= policy.thresholds.substantialTravelMinutes;
  const manySites = travel.sitesInvolved >= 3;
  let recommendation: Recommendation;
  let confidence: number;

  if (top === undefined) {
    if (substantial || manySites) recommendation = "virtual";
    else if (c.recurringOften && travel.sitesInvolved >= 2) recommendation = "virtual";
    else if (link.present) recommendation = "virtual";
    else recommendation = "either";
    note("purpose-unknown", "video-meeting", t("reason.purpose.unknown"));
    if (recommendation === "virtual" && substantial) {
      note(
        "travel-substantial",
        "video-meeting",
        t("reason.travel.substantial", { duration: formatDuration(minutes, locale) }),
      );
    }
    confidence = recommendation === "virtual" ? 0.45 : 0.25;
  } else {
    const label = purposeLabel(top.purpose, locale);
    const terms = listTerms(top.terms);
    const base = BY_PURPOSE[top.purpose];
    recommendation = base;
    if (top.purpose === "training") {
      recommendation = reading.signals.handsOn ? "physical" : "either";
      note(
        "purpose-training",
        "video-meeting",
        t(
          reading.signals.handsOn ? "reason.purpose.training-hands-on" : "reason.purpose.training",
          { purpose: label, terms },
        ),
      );
    } else {
      const key =
        top.purpose === "personnel"
          ? "reason.purpose.personnel"
          : top.purpose === "information"
            ? "reason.purpose.information"
            : top.purpose === "clinical"
              ? "reason.purpose.clinical"
              : base === "virtual"
                ? "reason.purpose.virtual"
                : "reason.purpose.physical";
      note(`purpose-${top.purpose}`, "video-meeting", t(key, { purpose: label, terms }));
    }
    // Words: strong in the subject, weaker from the body alone, weaker still when the text also
    // points elsewhere (less so when the other purpose would be advised the same way).
    // A single word in the body alone may be incidental ("der er frokost"): weaker still, so that
    // it informs the pane but never drives a notice or a check at send.
    confidence = top.inSubject ? 0.8 : top.score >= 2 ? 0.55 : 0.45;
    const other = reading.purposes[1];
    if (other) {
      const sameWay = BY_PURPOSE[other.purpose] === base;
      confidence *= 1 - (sameWay ? 0.2 : 0.5) * (other.score / top.score);
      if (!sameWay) {
        note(
          "purpose-conflict",
          "video-meeting",
          t(
            top.inSubject && !other.inSubject ? "reason.purpose.conflict" : "reason.purpose.mixed",
            {
              other: purposeLabel(other.purpose, locale).toLowerCase(),
              terms: listTerms(other.terms),
            },
          ),
        );
      }
    }
  }

  // Context: duration, sites, recurrence and sensitivity agree with the words or pull against them.
  let agree = 0;
  let disagree = 0;
  if (c.wholeDay) {
    note(
      "whole-day",
      "video-meeting",
      t("reason.whole-day", { duration: formatDuration(c.duration ?? 24 * 60, locale) }),
    );
    if (recommendation === "virtual") {
      recommendation = "either";
      disagree++;
    } else if (recommendation === "either") {
      recommendation = "physical";
    } else {
      agree++;
    }
  }
  if (c.recurringOften && c.draft.recurrence) {
    note(
      "recurring",
      "video-meeting",
      t("reason.recurring", { frequency: t(`frequency.${c.draft.recurrence.frequency}`) }),
    );
    if (recommendation === "virtual") agree++;
  }
  if (manySites) {
    note("many-sites", "video-meeting", t("reason.sites.many", { count: travel.sitesInvolved }));
  }
  if (recommendation === "virtual" && (substantial || manySites)) agree++;
  if (recommendation === "physical" && substantial && manySites) disagree++;
  if (isSensitive(c.sensitivity)) {
    const sensitivity = t(`sensitivity.${c.sensitivity as "private" | "confidential"}`);
    if (purpose === "personnel") {
      note("sensitive", "video-call", t("reason.sensitive.personnel", { sensitivity }));
      agree++;
    } else {
      note("sensitive", "video-call", t("reason.sensitive", { sensitivity }));
    }
  }

  // Travel, in people's terms.
  const tr = travel.travel;
  if (tr === null) {
    note("travel-unknown", "video-meeting", t("reason.travel.no-site"));
  } else {
    if (tr.attendeesTravelling > 0) {
      note(
        "travel-saved",
        "video-meeting",
        t(tr.attendeesTravelling === 1 ? "reason.travel.saved.one" : "reason.travel.saved.many", {
          people: tr.attendeesTravelling,
          duration: formatDuration(tr.minutesSaved, locale),
          km: formatKm(tr.kmSaved, locale),
          site: tr.meetingSite,
        }),
      );
    } else if (tr.attendeesUnknown === 0) {
      note("travel-none", "video-meeting", t("reason.travel.none", { site: tr.meetingSite }));
    }
    if (tr.attendeesUnknown > 0) {
      note(
        "travel-unknown-sites",
        "video-meeting",
        t(
          tr.attendeesUnknown === 1
            ? "reason.travel.unknown-sites.one"
            : "reason.travel.unknown-sites.many",
          { count: tr.attendeesUnknown },
        ),
      );
    }
  }

  if (link.present) {
    note(
      "link-present",
      "video-meeting",
      t("reason.link.present", { provider: policy.meetingLink.name }),
    );
  }
  if (link.others.length > 0) {
    const names = [...new Set(link.others.map((o) => PROVIDER_NAMES[o.provider]))];
    note("link-others", "video-meeting", t("reason.link.others", { providers: names.join(", ") }));
  }

  if (top !== undefined) {
    confidence = confidence + 0.08 * Math.min(agree, 2) - 0.15 * disagree;
  } else if (recommendation === "virtual" && c.recurringOften) {
    confidence += 0.1;
  }
  return { recommendation, purpose, confidence: round2(clamp(confidence, 0.05, 0.98)), reasons };
}

const PROVIDER_NAMES = {
  teams: "Microsoft Teams",
  zoom: "Zoom",
  webex: "Webex",
  meet: "Google Meet",
} as const;

/** Whether a unit's local guideline bears on this meeting, by its area of the guidance's table. */
function guidelineApplies(
  g: LocalGuideline,
  purpose: Purpose,
  videoMeeting: boolean,
  screenSharing: boolean,
  personal: boolean,
): boolean {
  if (g.purposes && g.purposes.length > 0 && !g.purposes.includes(purpose)) return false;
  switch (g.area) {
    case "virtual-meeting":
    case "calls":
      return videoMeeting;
    case "screen-sharing":
      return screenSharing;
    case "presence":
      return personal;
    case "mail-calendar":
    case "other":
      return true;
    case "chat":
      // Chat is not part of a meeting; the availability view shows chat guidelines.
      return false;
  }
}

function remind(
  c: Context,
  decision: Decision,
  text: string,
  personalData: PersonalDataFinding[],
): { reminders: Reminder[]; videoMeeting: boolean; localGuidelines: AppliedLocalGuideline[] } {
  const { t, reading, link, policy, draft } = c;
  const reminders: Reminder[] = [];
  const add = (
    code: Reminder["code"],
    guideline: Reminder["guideline"],
    severity: Reminder["severity"],
    message: string,
  ) => reminders.push({ code, guideline, severity, message });

  const personal = decision.recommendation === "none";
  const videoMeeting = decision.recommendation === "virtual" || link.present;
  const sensitive = isSensitive(c.sensitivity);
  const screenSharing = videoMeeting && (reading.signals.screenSharing || sensitive);

  if (videoMeeting) {
    add("headset", "video-call", "info", t("reminder.headset"));
    add("video-consent", "video-call", "info", t("reminder.video-consent"));
  }
  if (screenSharing) {
    add(
      "screen-sharing",
      "screen-sharing",
      sensitive ? "warning" : "info",
      t(sensitive ? "reminder.screen-sharing.confidential" : "reminder.screen-sharing"),
    );
  }
  // A social event's name says what it is; every other meeting should say what it is about.
  if (
    !personal &&
    decision.purpose !== "social" &&
    reading.subjectTopicWords === 0 &&
    meaningfulBodyWords(text, AGENDA_MIN_BODY_WORDS, policy.meetingLink.name) <
      AGENDA_MIN_BODY_WORDS
  ) {
    add("agenda", "video-meeting", "info", t("reminder.agenda"));
  }
  if (personalData.length > 0) {
    const items = personalData.map((p) => `${p.masked} ${t(`field.${p.field}`)}`).join(", ");
    add("personal-data", "legal", "warning", t("reminder.personal-data", { items }));
  }
  if (
    personal &&
    !reading.signals.unavailable &&
    c.sensitivity !== "private" &&
    c.sensitivity !== "personal" &&
    draft.showAs !== "free" &&
    draft.showAs !== "oof"
  ) {
    add("show-as-free", "email-calendar", "info", t("reminder.show-as-free"));
  }

  const localGuidelines: AppliedLocalGuideline[] = [];
  const unit = str(draft.organizer?.unit);
  if (unit !== "") {
    const key = foldKey(unit);
    for (const u of policy.localGuidelines) {
      if (foldKey(u.unit) !== key) continue;
      for (const g of u.guidelines) {
        if (guidelineApplies(g, decision.purpose, videoMeeting, screenSharing, personal)) {
          localGuidelines.push({
            unit: u.unit,
            area: g.area,
            situation: g.situation,
            guideline: g.guideline,
          });
        }
      }
    }
  }
  if (localGuidelines.length > 0) {
    add(
      "local-guideline",
      "local-guidelines",
      "info",
      t("reminder.local-guideline", {
        unit: localGuidelines[0]!.unit,
        guidelines: localGuidelines.map((g) => `${g.situation}: ${g.guideline}`).join(" · "),
      }),
    );
  }
  return { reminders, videoMeeting, localGuidelines };
}

/** Advises on one meeting draft. Never throws for a draft of the contract's shape. */
export function advise(draft: MeetingDraft, options: AdviseOptions = {}): Advice {
  const policy = options.policy ?? DEFAULT_POLICY;
  const locale: Locale = options.locale === "en" ? "en" : "da";
  const t = translator(advisorMessages, locale);

  const subject = str(draft.subject);
  const rawBody = str(draft.body);
  const location = str(draft.location);
  const text = bodyText(rawBody, draft.bodyType);

  const attendees = (Array.isArray(draft.attendees) ? draft.attendees : []).filter(
    (a: Attendee) => a && typeof a === "object" && a.type !== "resource",
  ).length;
  const duration = durationMinutes(draft.start, draft.end);
  const recurrence = draft.recurrence;
  const sensitivity: Sensitivity =
    draft.sensitivity === "personal" ||
    draft.sensitivity === "private" ||
    draft.sensitivity === "confidential"
      ? draft.sensitivity
      : "normal";

  const context: Context = {
    draft,
    policy,
    locale,
    t,
    reading: readText(policy.vocabulary, subject, text),
    travel: readTravel(policy, draft),
    link: findMeetingLinks(policy.meetingLink, [rawBody, location]),
    attendees,
    duration,
    wholeDay:
      draft.isAllDay === true ||
      (duration !== null && duration >= policy.thresholds.wholeDayMinutes),
    recurringOften:
      !!recurrence &&
      (recurrence.frequency === "daily" ||
        (recurrence.frequency === "weekly" && (recurrence.interval ?? 1) <= 2)),
    sensitivity,
  };

  const personalData = [
    ...findCprNumbers(subject, "subject"),
    ...findCprNumbers(text, "body"),
    ...findCprNumbers(location, "location"),
    // Text no reader sees still travels with the invitation; none when no markup was read.
    ...(text === rawBody ? [] : findCprNumbers(hiddenHtmlText(rawBody), "hidden")),
  ];
  const decision = decide(context);
  const { reminders, videoMeeting, localGuidelines } = remind(
    context,
    decision,
    text,
    personalData,
  );

  return {
    recommendation: decision.recommendation,
    purpose: decision.purpose,
    confidence: decision.confidence,
    reasons: decision.reasons,
    reminders,
    travel: context.travel.travel,
    meetingLink: context.link,
    personalData,
    localGuidelines,
    videoMeeting,
  };
}

export { invitedPeople };
