/**
 * The check at send (Smart Alerts, OnAppointmentSend), decided from the advisor's Advice alone.
 * Exactly three things stop a send, in this order: personal data in the invitation, a meeting
 * confidently advised virtual without its Jabber link (add one, or send anyway), and meetings from
 * two providers in one invitation (send anyway possible). Everything else sends.
 *
 * Personal data comes in two strengths. A CPR number with CPR context (a label such as "CPR",
 * "cpr.nr.", "personnummer", "patient", "pt." or "borger" just before it) holds the send on every
 * client, with no override. Ten digits that merely form a valid date are often something else (a
 * case or invoice number): where the client has Mailbox 1.14 the person is asked, and may send
 * anyway; where it has not, Outlook could only hold the send with no way past it, so such a send
 * goes ahead (the pane still shows the number and offers to mask it).
 */
import type { Advice, Locale, OtherProvider, PersonalDataFinding } from "../advisor/types";
import { translator } from "../i18n/catalogue";
import { PANE_CONTEXTS } from "../office/initializationContext";
import { eventMessages, type EventMessageKey } from "../i18n/events";
import { formatDuration } from "../i18n/format";
import type { CompletedOptions } from "./completion";
import { purposeSubject } from "./composeNotice";
import { firstThatFits, shortenText } from "./shorten";

/** Outlook's limits on the Smart Alerts dialog. */
export const SMART_ALERT_LIMITS = { errorMessage: 500, cancelLabel: 20 } as const;

/** Personal data findings listed by name before "and N more". */
const MAX_FINDINGS_LISTED = 3;

/** A provider of a meeting found in the invitation: the policy's own (Jabber) or another. */
export type MeetingProvider = "jabber" | OtherProvider;

/** The verdict at send. */
export type SendVerdict =
  | { kind: "allow" }
  | { kind: "personal-data"; findings: PersonalDataFinding[] }
  | { kind: "possible-personal-data"; findings: PersonalDataFinding[] }
  | { kind: "two-providers"; providers: MeetingProvider[] }
  | { kind: "no-link" };

/** The providers whose meetings the invitation holds, each once, Jabber first. */
export function meetingProviders(advice: Advice): MeetingProvider[] {
  const providers: MeetingProvider[] = advice.meetingLink.present ? ["jabber"] : [];
  for (const other of advice.meetingLink.others ?? []) {
    if (!providers.includes(other.provider)) providers.push(other.provider);
  }
  return providers;
}

/**
 * Decides whether the send goes ahead; the order of the checks is the order of importance. A
 * missing Jabber link stops a send only when the advice to meet virtually is at least
 * `minConfidence` sure: the threshold of the notice while composing, so that a send is never held
 * over advice too unsure to have been shown.
 */
export function sendVerdict(advice: Advice, minConfidence: number): SendVerdict {
  const findings = advice.personalData ?? [];
  // A finding that does not say it lacks context counts as having it: the safe side.
  const labelled = findings.filter((f) => f.context !== false);
  if (labelled.length > 0) {
    const bare = findings.filter((f) => f.context === false);
    return { kind: "personal-data", findings: [...labelled, ...bare] };
  }
  if (findings.length > 0) return { kind: "possible-personal-data", findings };
  if (advice.reminders.some((r) => r.code === "personal-data")) {
    return { kind: "personal-data", findings };
  }
  const providers = meetingProviders(advice);
  if (providers.length >= 2) return { kind: "two-providers", providers };
  if (
    advice.recommendation === "virtual" &&
    advice.confidence >= minConfidence &&
    !advice.meetingLink.present
  ) {
    return { kind: "no-link" };
  }
  return { kind: "allow" };
}

export interface SendCompletionContext {
  locale: Locale;
  /** Mailbox 1.14: cancelLabel, commandId, contextData and sendModeOverride are understood. */
  promptUserSupported: boolean;
  /** The manifest Control id of the task pane button (opened to add the Jabber meeting). */
  commandId: string;
  /** The policy's provider name, e.g. "Cisco Jabber". */
  providerName: string;
}

/** The task pane learns why it was opened (getInitializationContextAsync) from this. */
export const ADD_MEETING_CONTEXT = PANE_CONTEXTS.send;

export const ALLOW: CompletedOptions = { allowEvent: true };

/** The message key of each other provider's name. */
export const PROVIDER_KEYS: Record<OtherProvider, EventMessageKey> = {
  teams: "providerTeams",
  zoom: "providerZoom",
  webex: "providerWebex",
  meet: "providerMeet",
};

const FIELD_KEYS: Record<PersonalDataFinding["field"], EventMessageKey> = {
  subject: "fieldSubject",
  body: "fieldBody",
  location: "fieldLocation",
  hidden: "fieldHidden",
};

/** "a, b og c" / "a, b and c". */
export function joinList(items: readonly string[], and: string): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${and} ${items[items.length - 1]}`;
}

/**
 * The dialog's message naming each finding (masked) and where it is, as many as fit. `possible`:
 * the numbers have no CPR context, and the message says they may be something else.
 */
function personalDataMessage(
  findings: readonly PersonalDataFinding[],
  locale: Locale,
  possible = false,
): string {
  const t = translator(eventMessages, locale);
  if (findings.length === 0)
    return shortenText(t("sendPersonalDataUnspecified"), SMART_ALERT_LIMITS.errorMessage);
  const named = findings.map((f) =>
    t(possible ? "findingNumber" : "findingCpr", {
      masked: f.masked,
      field: t(FIELD_KEYS[f.field]),
    }),
  );
  // From the fullest list down to one finding: the first that fits in the dialog is used.
  const candidates: string[] = [];
  for (let listed = Math.min(MAX_FINDINGS_LISTED, named.length); listed >= 1; listed--) {
    const rest = named.length - listed;
    const items = named.slice(0, listed);
    if (rest > 0) items.push(t("findingsMore", { count: rest }));
    const list = joinList(items, t("listAnd"));
    candidates.push(t(possible ? "sendPossibleCpr" : "sendPersonalData", { findings: list }));
  }
  return firstThatFits(candidates, SMART_ALERT_LIMITS.errorMessage);
}

/**
 * The options to complete OnAppointmentSend with for a verdict. Where Mailbox 1.14 is missing, a
 * prompt cannot offer "send anyway", and SoftBlock would then hold a meeting that only our advice
 * objects to (or a number that is only possibly a CPR number): such sends go ahead. A CPR number
 * with context is held on every client (errorMessage is 1.12), with no override of ours.
 */
export function sendCompletion(
  verdict: SendVerdict,
  advice: Advice,
  context: SendCompletionContext,
): CompletedOptions {
  const t = translator(eventMessages, context.locale, { provider: context.providerName });
  switch (verdict.kind) {
    case "allow":
      return ALLOW;
    case "personal-data":
      return {
        allowEvent: false,
        errorMessage: personalDataMessage(verdict.findings, context.locale),
      };
    case "possible-personal-data":
      if (!context.promptUserSupported) return ALLOW;
      return {
        allowEvent: false,
        errorMessage: personalDataMessage(verdict.findings, context.locale, true),
        cancelLabel: shortenText(t("sendPossibleCprLabel"), SMART_ALERT_LIMITS.cancelLabel),
        commandId: context.commandId,
        sendModeOverride: "promptUser",
      };
    case "two-providers": {
      if (!context.promptUserSupported) return ALLOW;
      const names = verdict.providers.map((p) =>
        p === "jabber" ? context.providerName : t(PROVIDER_KEYS[p]),
      );
      return {
        allowEvent: false,
        errorMessage: shortenText(
          t("sendTwoProviders", { providers: joinList(names, t("listAnd")) }),
          SMART_ALERT_LIMITS.errorMessage,
        ),
        sendModeOverride: "promptUser",
      };
    }
    case "no-link": {
      if (!context.promptUserSupported) return ALLOW;
      const purpose = purposeSubject(advice.purpose, context.locale);
      const saved =
        advice.travel && advice.travel.minutesSaved >= 1 ? advice.travel.minutesSaved : 0;
      const candidates =
        saved > 0
          ? [
              t("sendNoLinkTravel", { purpose, travel: formatDuration(saved, context.locale) }),
              t("sendNoLink", { purpose }),
            ]
          : [t("sendNoLink", { purpose })];
      return {
        allowEvent: false,
        errorMessage: firstThatFits(candidates, SMART_ALERT_LIMITS.errorMessage),
        cancelLabel: shortenText(t("sendNoLinkLabel"), SMART_ALERT_LIMITS.cancelLabel),
        commandId: context.commandId,
        contextData: JSON.stringify(ADD_MEETING_CONTEXT),
        sendModeOverride: "promptUser",
      };
    }
  }
}
