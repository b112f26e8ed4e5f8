/**
 * Mødeguide's event-based handlers: advice on the appointment without opening the task pane, and
 * a check when the invitation is sent (Smart Alerts, SoftBlock).
 *
 * This file is the whole bundle that Outlook loads for events: launchevent.html in the browser
 * runtime (web, new Outlook, Mac) and launchevent.js alone in classic Outlook on Windows, a
 * JavaScript-only runtime with no window, document or localStorage, where Office.onReady never
 * runs. So: no DOM, no React, no dynamic import; the advisor and the Office layer are the pane's.
 *
 * Every handler completes its event exactly once, after its work, through `completeAfter`. At send
 * any failure of ours (an exception, a failed Office call, a timeout, an unsupported client) lets
 * the meeting go: a bug in Mødeguide must never stop a person from sending.
 */
// First: completes the ECMAScript 2016 runtime of classic Outlook before any other module runs.
import "./polyfills";
import { advise } from "../advisor";
import { readTravel } from "../advisor/sites";
import type { Advice, Locale, MeetingDraft } from "../advisor/types";
import { localeFromLanguageTag } from "../i18n/catalogue";
import { isMailboxSetSupported } from "../office/host";
import { removeNotification, showNotification } from "../office/notifications";
import { readAppointment } from "../office/readAppointment";
import { loadSettings, type UserSettings } from "../office/settings";
import { DEFAULT_POLICY } from "../policy/defaultPolicy";
import {
  completeAfter,
  type CompletableEvent,
  type CompletedOptions,
  type RunOutcome,
} from "./completion";
import { composeNotice, notificationDetails } from "./composeNotice";
import { ALLOW, sendCompletion, sendVerdict } from "./sendCheck";

/** Our one notification's key (≤ 32 characters); no other key is ever touched. */
export const NOTIFICATION_KEY = "moedeguide-advice";
/** The manifest's 16 px icon resid, shown beside the notification (classic Windows). */
export const NOTIFICATION_ICON = "Icon.16x16";
/** The manifest Control id of the organizer's task pane button. */
export const TASK_PANE_COMMAND_ID = "MoedeguideOrganizerButton";
/** Advice less sure than this is not pushed at the person while they compose. */
export const NOTICE_MIN_CONFIDENCE = 0.6;
/** Outlook shows "taking longer" after 5 s at send: the check gives up (and sends) before that. */
export const SEND_TIMEOUT_MS = 4000;
/** Compose events may run for minutes, but a notice that late is no use. */
export const COMPOSE_TIMEOUT_MS = 10000;

/** Mailbox requirement sets that features depend on. */
const INSIGHT_SET = "1.10";
const SMART_ALERTS_SET = "1.12";
const SMART_ALERTS_PROMPT_SET = "1.14";

/** The manifest's FunctionName of each LaunchEvent. */
export const HANDLER_NAMES = [
  "onNewAppointmentOrganizer",
  "onAppointmentAttendeesChanged",
  "onAppointmentTimeChanged",
  "onAppointmentRecurrenceChanged",
  "onAppointmentSend",
] as const;

interface Meeting {
  item: Office.AppointmentCompose;
  draft: MeetingDraft;
  advice: Advice;
  locale: Locale;
}

/** The user's settings; none when roaming settings cannot be read (they only refine the advice). */
function userSettings(): UserSettings {
  try {
    return loadSettings();
  } catch {
    return {};
  }
}

/** Reads the appointment being composed and advises on it, in the user's language. */
async function readMeeting(): Promise<Meeting> {
  const mailbox = Office.context.mailbox;
  const item = mailbox.item as Office.AppointmentCompose;
  const locale = localeFromLanguageTag(Office.context.displayLanguage);
  const settings = userSettings();
  const draft = await readAppointment(item, {
    userSite: settings.site,
    userUnit: settings.unit,
    userEmail: mailbox.userProfile?.emailAddress,
    timeZone: DEFAULT_POLICY.timeZone,
  });
  const advice = advise(draft, { policy: DEFAULT_POLICY, locale });
  return { item, draft, advice, locale };
}

/** Shows, updates or removes our notification to match the meeting as it now stands. */
async function updateNotice(): Promise<undefined> {
  const { item, draft, advice, locale } = await readMeeting();
  const notice = composeNotice(draft, advice, {
    locale,
    minConfidence: NOTICE_MIN_CONFIDENCE,
    sites: readTravel(DEFAULT_POLICY, draft).sitesInvolved,
  });
  if (notice.kind === "show") {
    const details = notificationDetails(notice.message, {
      locale,
      insight: isMailboxSetSupported(INSIGHT_SET),
      icon: NOTIFICATION_ICON,
      commandId: TASK_PANE_COMMAND_ID,
    });
    await showNotification(item, NOTIFICATION_KEY, details);
  } else {
    await removeNotification(item, NOTIFICATION_KEY);
  }
  return undefined;
}

/** Decides whether the invitation goes out now. */
async function checkBeforeSend(): Promise<CompletedOptions> {
  if (!isMailboxSetSupported(SMART_ALERTS_SET)) return ALLOW;
  const { advice, locale } = await readMeeting();
  return sendCompletion(sendVerdict(advice), advice, {
    locale,
    promptUserSupported: isMailboxSetSupported(SMART_ALERTS_PROMPT_SET),
    commandId: TASK_PANE_COMMAND_ID,
    providerName: DEFAULT_POLICY.meetingLink.name,
  });
}

/** Every compose event does the same: bring the notice up to date, then complete. */
function adviseWhileComposing(event: CompletableEvent): Promise<RunOutcome> {
  return completeAfter(event, updateNotice, { timeoutMs: COMPOSE_TIMEOUT_MS, fallback: undefined });
}

/** OnNewAppointmentOrganizer: a new appointment is opened for composing. */
export function onNewAppointmentOrganizer(event: CompletableEvent): Promise<RunOutcome> {
  return adviseWhileComposing(event);
}

/** OnAppointmentAttendeesChanged: attendees were added or removed. */
export function onAppointmentAttendeesChanged(event: CompletableEvent): Promise<RunOutcome> {
  return adviseWhileComposing(event);
}

/** OnAppointmentTimeChanged: the date or time changed (not when dragged in the calendar). */
export function onAppointmentTimeChanged(event: CompletableEvent): Promise<RunOutcome> {
  return adviseWhileComposing(event);
}

/** OnAppointmentRecurrenceChanged: the recurrence was added, changed or removed. */
export function onAppointmentRecurrenceChanged(event: CompletableEvent): Promise<RunOutcome> {
  return adviseWhileComposing(event);
}

/** OnAppointmentSend (Smart Alerts): hold the invitation only for the three reasons in sendCheck. */
export function onAppointmentSend(event: CompletableEvent): Promise<RunOutcome> {
  return completeAfter(event, checkBeforeSend, { timeoutMs: SEND_TIMEOUT_MS, fallback: ALLOW });
}

// Outlook finds the handlers by the manifest's FunctionName. Guarded so that loading the bundle
// outside Outlook (a test, the benchmark) does not throw.
if (
  typeof Office !== "undefined" &&
  Office.actions &&
  typeof Office.actions.associate === "function"
) {
  Office.actions.associate("onNewAppointmentOrganizer", onNewAppointmentOrganizer);
  Office.actions.associate("onAppointmentAttendeesChanged", onAppointmentAttendeesChanged);
  Office.actions.associate("onAppointmentTimeChanged", onAppointmentTimeChanged);
  Office.actions.associate("onAppointmentRecurrenceChanged", onAppointmentRecurrenceChanged);
  Office.actions.associate("onAppointmentSend", onAppointmentSend);
}
