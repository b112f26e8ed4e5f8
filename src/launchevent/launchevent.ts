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
import { userTimeZone } from "../office/timeZone";
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
/**
 * Advice less sure than this is not pushed at the person while they compose, nor does it hold a
 * send for a missing Jabber link: one threshold, so the check at send never objects to advice
 * that the person was never shown.
 */
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

/**
 * The user's own zone (Outlook's mailbox zone, mapped from its Windows name), in which the draft's
 * times are read; the policy's zone when it cannot be had.
 */
function timeZone(): string {
  try {
    return userTimeZone(DEFAULT_POLICY.timeZone);
  } catch {
    return DEFAULT_POLICY.timeZone;
  }
}

/** Reads the appointment being composed and advises on it, in the user's language and zone. */
async function readMeeting(): Promise<Meeting> {
  const mailbox = Office.context.mailbox;
  const item = mailbox.item as Office.AppointmentCompose;
  const locale = localeFromLanguageTag(Office.context.displayLanguage);
  const settings = userSettings();
  const draft = await readAppointment(item, {
    userSite: settings.site,
    userUnit: settings.unit,
    userEmail: mailbox.userProfile?.emailAddress,
    timeZone: timeZone(),
  });
  const advice = advise(draft, { policy: DEFAULT_POLICY, locale });
  return { item, draft, advice, locale };
}

/**
 * Compose events overlap (a person adds attendees, then changes the time, while the first read is
 * still in flight), and an earlier run that finished last would leave its stale notice behind.
 * So runs take turns: each starts only when the one before has completed its event, and reads the
 * item afresh. A run that a later event has superseded by the time it starts does nothing, and
 * one superseded while it reads (or abandoned by its time limit and answered late) does not write.
 */
let latestComposeRun = 0;
let composeQueue: Promise<void> = Promise.resolve();

/** Waits for the previous run's turn to end; `release` ends this one's (call it exactly once). */
function takeTurn(): { ready: Promise<void>; release: () => void } {
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  const ready = composeQueue;
  composeQueue = ready.then(() => released);
  return { ready, release };
}

/** Shows, updates or removes our notification to match the meeting as it now stands. */
async function updateNotice(run: number): Promise<undefined> {
  if (run !== latestComposeRun) return undefined;
  const { item, draft, advice, locale } = await readMeeting();
  if (run !== latestComposeRun) return undefined;
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
  return sendCompletion(sendVerdict(advice, NOTICE_MIN_CONFIDENCE), advice, {
    locale,
    promptUserSupported: isMailboxSetSupported(SMART_ALERTS_PROMPT_SET),
    commandId: TASK_PANE_COMMAND_ID,
    providerName: DEFAULT_POLICY.meetingLink.name,
  });
}

/**
 * Every compose event does the same: in its turn, bring the notice up to date, then complete. The
 * time limit starts with the turn, so that a run held up by a hung predecessor still gets its own
 * time; the turn ends when the event is completed, which `completeAfter` guarantees. Since
 * superseded runs skip their work, an event waits at most for the one run in progress: it
 * completes within twice COMPOSE_TIMEOUT_MS of being fired.
 */
function adviseWhileComposing(event: CompletableEvent): Promise<RunOutcome> {
  latestComposeRun += 1;
  const run = latestComposeRun;
  const turn = takeTurn();
  return turn.ready.then(() =>
    completeAfter(event, () => updateNotice(run), {
      timeoutMs: COMPOSE_TIMEOUT_MS,
      fallback: undefined,
    }).then((outcome) => {
      turn.release();
      return outcome;
    }),
  );
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
