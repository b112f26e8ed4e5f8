/**
 * What the notification on an appointment being composed says, decided from the advisor's Advice
 * alone (no Office here): one short line once the attendees and time make the advice clear, and
 * nothing when there is nothing clear to say.
 */
import { othersInvited } from "../advisor/sites";

export { othersInvited };
import type { Advice, Locale, MeetingDraft, Purpose } from "../advisor/types";
import { translator } from "../i18n/catalogue";
import { eventMessages } from "../i18n/events";
import { formatDuration } from "../i18n/format";
import { purposeLabel } from "../i18n/labels";
import { PANE_CONTEXTS } from "../office/initializationContext";
import { firstThatFits } from "./shorten";

/** Outlook's limit on a notification message. */
export const NOTICE_MAX_LENGTH = 150;

/** Why there is no notice ("link-present": virtual advice already followed). */
export type NoNoticeReason = "no-attendees" | "unclear" | "link-present";

/** The notice for the meeting as it stands: a line to show, or a reason to show none. */
export type ComposeNotice =
  | { kind: "show"; message: string; recommendation: "virtual" | "physical" }
  | { kind: "none"; reason: NoNoticeReason };

export interface ComposeNoticeOptions {
  locale: Locale;
  /** The policy's video meeting provider, named in the notice ("Cisco Jabber"). */
  provider: string;
  /** Advice below this confidence is not pushed at the person uninvited. */
  minConfidence: number;
  /** The number of different work sites the invitees come from, when known (2 or more is shown). */
  sites?: number;
}

/** People invited besides the organizer (rooms are not people): whom the meeting is with. */
/** The purpose as the start of a sentence ("Statusmøde", or "Mødet" when nothing tells). */
export function purposeSubject(purpose: Purpose, locale: Locale): string {
  const t = translator(eventMessages, locale);
  return purpose === "unknown" ? t("unknownPurpose") : purposeLabel(purpose, locale);
}

/**
 * The notice for `draft` given its `advice`. Shown only when someone is invited and the advice is
 * virtual or physical with at least `minConfidence`. A link of the policy's provider in the invitation silences
 * only virtual advice (it has been followed); advice to meet in person still shows, since a link
 * there is the very thing it argues against. The message fits in 150 characters: the richest
 * wording that fits is used (sites and travel saved, then less), and only as a last resort is it
 * shortened with an ellipsis.
 */
export function composeNotice(
  draft: MeetingDraft,
  advice: Advice,
  options: ComposeNoticeOptions,
): ComposeNotice {
  if (othersInvited(draft) === 0) return { kind: "none", reason: "no-attendees" };
  const recommendation = advice.recommendation;
  if (recommendation !== "virtual" && recommendation !== "physical") {
    return { kind: "none", reason: "unclear" };
  }
  if (!(advice.confidence >= options.minConfidence)) return { kind: "none", reason: "unclear" };
  if (recommendation === "virtual" && advice.meetingLink.present) {
    return { kind: "none", reason: "link-present" };
  }

  const { locale } = options;
  const t = translator(eventMessages, locale, { provider: options.provider });
  const purpose = purposeSubject(advice.purpose, locale);
  const sites = options.sites !== undefined && options.sites >= 2 ? options.sites : null;
  const candidates: string[] = [];
  if (recommendation === "virtual") {
    const advicePhrase = t("adviceVirtual");
    const saved = advice.travel && advice.travel.minutesSaved >= 1 ? advice.travel.minutesSaved : 0;
    const travel = saved > 0 ? formatDuration(saved, locale) : null;
    if (sites !== null && travel !== null) {
      candidates.push(t("noticeSitesTravel", { purpose, sites, advice: advicePhrase, travel }));
    }
    if (travel !== null)
      candidates.push(t("noticeTravel", { purpose, advice: advicePhrase, travel }));
    if (sites !== null) candidates.push(t("noticeSites", { purpose, sites, advice: advicePhrase }));
    candidates.push(t("noticePlain", { purpose, advice: advicePhrase }));
  } else {
    const advicePhrase = t("advicePhysical");
    if (sites !== null) candidates.push(t("noticeSites", { purpose, sites, advice: advicePhrase }));
    candidates.push(t("noticePlain", { purpose, advice: advicePhrase }));
  }
  return { kind: "show", message: firstThatFits(candidates, NOTICE_MAX_LENGTH), recommendation };
}

export interface NotificationLook {
  locale: Locale;
  /** InsightMessage with an action (Mailbox 1.10); InformationalMessage otherwise. */
  insight: boolean;
  /** The manifest's icon resid. */
  icon: string;
  /** The manifest Control id of the task pane button that the action opens. */
  commandId: string;
}

/**
 * The notification for a notice: an InsightMessage whose action opens the task pane where
 * Mailbox 1.10 is supported, an InformationalMessage (not persistent) elsewhere. Enum values are
 * written as Office's strings so that this runs before (and without) Office's enums.
 */
export function notificationDetails(
  message: string,
  look: NotificationLook,
): Office.NotificationMessageDetails {
  if (look.insight) {
    return {
      type: "insightMessage",
      message,
      icon: look.icon,
      actions: [
        {
          actionType: "showTaskPane",
          actionText: translator(eventMessages, look.locale)("noticeAction"),
          commandId: look.commandId,
          contextData: JSON.stringify(PANE_CONTEXTS.notification),
        },
      ],
    };
  }
  return { type: "informationalMessage", message, icon: look.icon, persistent: false };
}
