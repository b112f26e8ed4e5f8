/**
 * What the »Jabber-møde« button (the ribbon's function command, and Outlook mobile's online-meeting
 * button) and the meeting added automatically tell the person: one notification on the item, fitted
 * into Outlook's 150 characters, decided from the insert's result alone (no Office here).
 */
import type { Locale, OtherProvider } from "../advisor/types";
import { translator } from "../i18n/catalogue";
import { eventMessages } from "../i18n/events";
import type { InsertResult } from "../office/meetingLink";
import { NOTICE_MAX_LENGTH, notificationDetails, type NotificationLook } from "./composeNotice";
import { joinList, PROVIDER_KEYS } from "./sendCheck";
import { firstThatFits } from "./shorten";

/** How a press of the button ended: the insert's result, or a failure (nothing was written). */
export type CommandOutcome = InsertResult | { kind: "failed" };

/** How the notices look and what they name. */
export interface CommandNoticeOptions extends NotificationLook {
  /** The policy's video meeting provider ("Cisco Jabber"). */
  provider: string;
}

/** An informational notice: not persistent, gone when the person moves on. */
function informational(message: string, icon: string): Office.NotificationMessageDetails {
  return { type: "informationalMessage", message, icon, persistent: false };
}

/** The other providers' names as a list ("Microsoft Teams og Zoom"). */
function providerNames(providers: readonly OtherProvider[], locale: Locale): string {
  const t = translator(eventMessages, locale);
  const names = providers.map((provider) => t(PROVIDER_KEYS[provider]));
  return joinList(names, t("listAnd"));
}

/**
 * The notification for a press of the button. Another provider's meeting in the invitation gets an
 * offer of the pane, where the person can decide: an InsightMessage whose action opens it where
 * `insight` (Mailbox 1.10), else the text names the pane's button. A failure is an ErrorMessage
 * that says the invitation is unchanged; everything else an informational line.
 */
export function commandNotification(
  outcome: CommandOutcome,
  options: CommandNoticeOptions,
): Office.NotificationMessageDetails {
  const { locale, icon } = options;
  const t = translator(eventMessages, locale, { provider: options.provider });
  const fit = (...candidates: string[]) => firstThatFits(candidates, NOTICE_MAX_LENGTH);
  switch (outcome.kind) {
    case "inserted":
      return informational(
        fit(t(outcome.recorded ? "commandAdded" : "commandAddedUnrecorded")),
        icon,
      );
    case "already-present":
      return informational(fit(t("commandAlreadyPresent")), icon);
    case "other-meeting": {
      const providers = providerNames(outcome.providers, locale);
      if (options.insight) {
        return notificationDetails(
          fit(t("commandOtherMeeting", { providers }), t("commandOtherMeetingShort")),
          options,
        );
      }
      return informational(
        fit(t("commandOtherMeetingText", { providers }), t("commandOtherMeetingShort")),
        icon,
      );
    }
    case "body-too-large":
      return informational(fit(t("commandBodyTooLarge")), icon);
    case "failed":
      return { type: "errorMessage", message: fit(t("commandFailed")) };
  }
}

/**
 * The notification for a meeting the compose handlers added by themselves: that it was added
 * because the advice is a video meeting, and how to take it out again (with the pane's Remove,
 * offered by the Insight's action where there is one; by hand where Mødeguide could not record
 * the meeting as its own, since the pane then cannot remove it).
 */
export function autoAddedNotification(
  recorded: boolean,
  options: CommandNoticeOptions,
): Office.NotificationMessageDetails {
  const t = translator(eventMessages, options.locale, { provider: options.provider });
  if (!recorded) {
    return informational(
      firstThatFits([t("autoAddedUnrecorded")], NOTICE_MAX_LENGTH),
      options.icon,
    );
  }
  if (options.insight) {
    return notificationDetails(firstThatFits([t("autoAdded")], NOTICE_MAX_LENGTH), options);
  }
  return informational(firstThatFits([t("autoAddedText")], NOTICE_MAX_LENGTH), options.icon);
}
