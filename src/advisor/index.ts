/**
 * The advisor: turns a MeetingDraft into Advice, following the organisation's guidance.
 * Pure: no Office, DOM, React, network, clock or randomness. The same draft and policy always
 * give the same advice, and no draft of the contract's shape makes it throw.
 */
import { DateTime } from "luxon";
import { advisorMessages } from "../i18n/advisor";
import { format, LOCALES, translator } from "../i18n/catalogue";
import { purposeLabel } from "../i18n/labels";
import { LEGACY_BLOCK_MARKERS, officeMessages } from "../i18n/office";
import type { LocalGuideline, Policy } from "../policy/types";
import { findCprNumbers } from "./cpr";
import { hiddenHtmlText } from "./html";
import { findMeetingLinks } from "./links";
import { invitedPeople, readTravel } from "./sites";
import { bodyText, foldKey } from "./text";
import type {
  Advice,
  AppliedLocalGuideline,
  Locale,
  MeetingDraft,
  PersonalDataFinding,
  Purpose,
  Reminder,
  Sensitivity,
} from "./types";
import { decide, type Decision, type RuleContext, type RuleStep } from "./rules";
import { prepareVocabulary, readText, type TextReading } from "./vocabulary";

export * from "./types";

export interface AdviseOptions {
  /** The organisation's policy: the entry point's, which it loaded (or its embedded default). */
  policy: Policy;
  /** The language of the messages; Danish when absent. */
  locale?: Locale;
}

/** A body with fewer words than this (links, greetings and the meeting block aside) says nothing. */
const AGENDA_MIN_BODY_WORDS = 2;
/** Words that fill a body without saying what a meeting is about. */
const BODY_FILLER = new Set([
  "hej", "hejsa", "kære", "alle", "mvh", "venlig", "hilsen", "tak", "vh", "hi", "hello", "dear",
  "all", "regards", "thanks", "best", "cheers", "og", "and",
]); // prettier-ignore

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

/** The text without the fixed lines (heading, headset line) of a block Mødeguide inserted. */
function withoutBlockLines(text: string, policy: Policy): string {
  const boilerplate = meetingBlockLines(policy.meetingLink.name);
  // The heading names the provider: without the name there is no block (a cheap check on 1 MB).
  if (!text.includes(policy.meetingLink.name)) return text;
  return text
    .split("\n")
    .filter((line) => !boilerplate.has(squash(line)))
    .join("\n");
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

type Context = RuleContext;

function isSensitive(s: Sensitivity): boolean {
  return s === "private" || s === "confidential";
}

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

/** Reply and forward prefixes of a subject ("SV:", "Re:", "FW:", "VS:"): not what the meeting is. */
const REPLY_PREFIX = /^\s*(?:re|sv|aw|fw|fwd|vs|wg)\s*(?:\[\d+\])?\s*:\s*/i;
/** A subject that says the meeting is cancelled ("Aflyst: …"): no advice, no reminders. */
const CANCELLED_PREFIX = /^\s*(?:aflyst|annulleret|aflysning|canceled|cancelled)\s*:\s*/i;
/** A subject that says the meeting moved ("Flyttet: …"): advised on the rest of the subject. */
const MOVED_PREFIX = /^\s*(?:flyttet|ændret|moved|rescheduled|updated)\s*:\s*/i;

/** The subject without reply, forward, cancel and move prefixes, and whether it was cancelled. */
export function readSubject(subject: string): { subject: string; cancelled: boolean } {
  let rest = subject;
  let cancelled = false;
  for (;;) {
    const prefix = REPLY_PREFIX.exec(rest) ?? MOVED_PREFIX.exec(rest);
    const cancel = prefix ? null : CANCELLED_PREFIX.exec(rest);
    if (cancel) cancelled = true;
    const found = prefix ?? cancel;
    if (!found) break;
    rest = rest.slice(found[0].length);
  }
  return { subject: rest, cancelled };
}

/** Words that say nothing of a meeting's subject matter when they stand with names ("1:1 Mette / Lars"). */
const NAME_FILLER = new Set([
  "møde", "mode", "moede", "meeting", "med", "with", "og", "and", "om", "about", "samtale", "snak",
  "chat", "call", "opkald", "kort", "quick", "lige", "just",
]); // prettier-ignore

/**
 * Whether a subject is made only of people's names, initials, numbers and filler ("1:1 Mette /
 * Lars", "LK + MH", "Møde med Anne"): it says who, not what. Names are the words of the names of
 * the people invited.
 */
function subjectIsNamesOnly(subject: string, draft: MeetingDraft): boolean {
  const names = new Set<string>();
  for (const person of invitedPeople(draft)) {
    const name = typeof person.name === "string" ? person.name : "";
    const local = typeof person.email === "string" ? person.email.split("@")[0]! : "";
    for (const part of `${name} ${local.replace(/[._-]/g, " ")}`.split(/\s+/)) {
      if (part !== "") names.add(part.toLowerCase());
    }
  }
  // Latin letters with accents, digits and ":" ("1:1"); no \p{L}: the ES2016 runtime lacks it.
  const words = subject.match(/[A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\d:]+/g) ?? [];
  if (words.length === 0) return false;
  return words.every(
    (word) =>
      names.has(word.toLowerCase()) ||
      NAME_FILLER.has(word.toLowerCase()) ||
      /^[A-ZÆØÅ]{1,4}$/.test(word) ||
      /^[\d:]+$/.test(word),
  );
}

function remind(
  c: Context,
  decision: Decision,
  text: string,
  subject: string,
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

  if (personalData.length > 0) {
    const items = personalData.map((p) => `${p.masked} ${t(`field.${p.field}`)}`).join(", ");
    add("personal-data", "legal", "warning", t("reminder.personal-data", { items }));
  }
  // A cancelled meeting gets no nagging: only personal data, which stays in the invitation.
  if (c.cancelled) return { reminders, videoMeeting: false, localGuidelines: [] };

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
  // A social event's name says what it is; every other meeting should say what it is about. A
  // subject of names alone says who, not what.
  if (
    !personal &&
    decision.purpose !== "social" &&
    (reading.subjectTopicWords === 0 || subjectIsNamesOnly(subject, draft)) &&
    meaningfulBodyWords(text, AGENDA_MIN_BODY_WORDS, policy.meetingLink.name) <
      AGENDA_MIN_BODY_WORDS
  ) {
    add("agenda", "video-meeting", "info", t("reminder.agenda"));
  }
  // Show as free: only the person's own work that colleagues may interrupt or move (preparation,
  // admin time, reading, e-mail); never errands, travel, lunch, focus time, leave or blocked time.
  if (
    personal &&
    signalOf(reading, "interruptible") &&
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

function signalOf(reading: TextReading, name: string): boolean {
  return (reading.signals as Record<string, boolean | undefined>)[name] === true;
}

/** How a piece of advice came about: for IT tuning the vocabulary (`moedeguide advise --explain`). */
export interface Explanation {
  /** The words that told each purpose found, best first, with where and how much they weighed. */
  purposes: Array<{ purpose: Purpose; score: number; inSubject: boolean; terms: string[] }>;
  /** The signals the text gave (hands-on, patient contact, the meeting's form…). */
  signals: string[];
  /** The rules that changed the advice, in order, with the advice after each. */
  steps: RuleStep[];
}

/**
 * Does now the work that the first advice on `policy` would otherwise start with (compiling its
 * vocabulary), for an entry point with time to spare before it advises. Advice is the same either way.
 */
export function prepareAdvisor(policy: Policy): void {
  prepareVocabulary(policy.vocabulary);
}

/** Advises on one meeting draft. Never throws for a draft of the contract's shape. */
export function advise(draft: MeetingDraft, options: AdviseOptions): Advice {
  return adviseExplained(draft, options).advice;
}

/** Advice and how it came about. Never throws for a draft of the contract's shape. */
export function adviseExplained(
  draft: MeetingDraft,
  options: AdviseOptions,
): { advice: Advice; explanation: Explanation } {
  const policy = options.policy;
  const locale: Locale = options.locale === "en" ? "en" : "da";
  const t = translator(advisorMessages, locale);

  const rawSubject = str(draft.subject);
  const { subject, cancelled } = readSubject(rawSubject);
  const rawBody = str(draft.body);
  const location = str(draft.location);
  const text = bodyText(rawBody, draft.bodyType);

  // Everyone invited but the organizer, whom Outlook often lists among the attendees too.
  const people = invitedPeople(draft);
  const organizerListed = !!draft.organizer && typeof draft.organizer === "object";
  const attendees = Math.max(0, people.length - (organizerListed ? 1 : 0));
  const duration = durationMinutes(draft.start, draft.end);
  const recurrence = draft.recurrence;
  const sensitivity: Sensitivity =
    draft.sensitivity === "personal" ||
    draft.sensitivity === "private" ||
    draft.sensitivity === "confidential"
      ? draft.sensitivity
      : "normal";

  // The fixed lines of a block Mødeguide inserted are its words, not the person's: "Videomøde i
  // Cisco Jabber" must not read as the person saying how the meeting is held.
  const reading = readText(policy.vocabulary, subject, withoutBlockLines(text, policy));
  const context: Context = {
    draft,
    policy,
    locale,
    t,
    reading,
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
    cancelled,
    purposeLabel: (purpose) => purposeLabel(purpose, locale),
  };

  const personalData = [
    ...findCprNumbers(rawSubject, "subject"),
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
    subject,
    personalData,
  );

  const advice: Advice = {
    recommendation: decision.recommendation,
    purpose: decision.purpose,
    confidence: decision.confidence,
    reasons: decision.reasons,
    reminders,
    // One's own appointment, or a cancelled meeting, saves no travel: nobody goes anywhere.
    travel: decision.recommendation === "none" ? null : context.travel.travel,
    meetingLink: context.link,
    personalData,
    localGuidelines,
    videoMeeting,
  };
  const explanation: Explanation = {
    purposes: reading.purposes.map((p) => ({
      purpose: p.purpose,
      score: Math.round(p.score * 100) / 100,
      inSubject: p.inSubject,
      terms: p.terms,
    })),
    signals: Object.entries(reading.signals as Record<string, boolean>)
      .filter(([, on]) => on)
      .map(([name]) => name),
    steps: decision.steps,
  };
  return { advice, explanation };
}

export { invitedPeople };
