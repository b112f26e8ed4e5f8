/**
 * Mødeguide's event-based handlers: advice on the appointment without opening the task pane (and,
 * for people who turned it on, the Jabber meeting added once the advice is clearly video), and a
 * check when the invitation is sent (Smart Alerts, SoftBlock). The »Jabber-møde« button is here
 * too: the ribbon's function command and Outlook mobile's online-meeting button add the meeting
 * with the pane's own insert, and say how it went in a notice on the item.
 *
 * This file is the whole bundle that Outlook loads for events: launchevent.html in the browser
 * runtime (web, new Outlook, Mac) and launchevent.js alone in classic Outlook on Windows, a
 * JavaScript-only runtime with no window, document or localStorage, where Office.onReady never
 * runs. So: no DOM, no React, no dynamic import; the advisor and the Office layer are the pane's.
 *
 * Every handler completes its event exactly once, after its work, through `completeAfter`. At send
 * any failure of ours (an exception, a failed Office call, a timeout, an unsupported client) lets
 * the meeting go: a bug in Mødeguide must never stop a person from sending. The button completes
 * on every path too, a bug of ours included, and an Office failure leaves the item as it was.
 */
// First: completes the ECMAScript 2016 runtime of classic Outlook before any other module runs.
import "./polyfills";
import { advise } from "../advisor";
import { withPeopleSites } from "../advisor/peopleSites";
import { readTravel } from "../advisor/sites";
import type { Advice, Locale, MeetingDraft } from "../advisor/types";
import { localeFromLanguageTag } from "../i18n/catalogue";
import { OfficeRun, OfficeRunEndedError } from "../office/async";
import { isMailboxSetSupported } from "../office/host";
import { loadInviteeSites } from "../office/inviteeSites";
import { insertJabberMeeting } from "../office/meetingLink";
import { removeNotification, showNotification } from "../office/notifications";
import { readAppointment } from "../office/readAppointment";
import { loadSettings, type UserSettings } from "../office/settings";
import { userTimeZone } from "../office/timeZone";
import { warn } from "../logger";
import { localStorageCheckedTexts } from "../policy/browserStorage";
import { DEFAULT_POLICY } from "../policy/defaultPolicy";
import { validatePolicy } from "../policy/schema";
import { POLICY_FILE, loadServedPolicy, type LoadedPolicy } from "../policy/served";
import type { Policy } from "../policy/types";
import {
  completeAfter,
  type CompletableEvent,
  type CompletedOptions,
  type RunOutcome,
} from "./completion";
import { addMeetingAutomatically, wantsAutoAdd } from "./autoAdd";
import { composeNotice, notificationDetails } from "./composeNotice";
import {
  autoAddedNotification,
  commandNotification,
  type CommandNoticeOptions,
  type CommandOutcome,
} from "./meetingCommand";
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
/**
 * The »Jabber-møde« button: Outlook allows a function command 5 minutes, but Outlook mobile wants
 * the meeting written within 1 minute of the tap; past this the command completes without a word.
 */
export const COMMAND_TIMEOUT_MS = 45000;

/**
 * How long an event waits for the served policy before it uses the embedded default: short, since
 * the check at send has SEND_TIMEOUT_MS in all. There is no last good copy here: classic Outlook
 * gives event handlers no storage.
 */
export const EVENT_POLICY_TIMEOUT_MS = 1500;
/** A runtime that lives on (the browser runtime) fetches the policy again after this long. */
export const EVENT_POLICY_MAX_AGE_MS = 10 * 60 * 1000;

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

/**
 * The manifest's FunctionName of the »Jabber-møde« button: on the appointment organizer's ribbon
 * (ExecuteFunction), and on Outlook mobile's online-meeting surface.
 */
export const COMMAND_NAMES = ["addJabberMeeting", "addJabberMeetingMobile"] as const;

interface Meeting {
  item: Office.AppointmentCompose;
  draft: MeetingDraft;
  advice: Advice;
  locale: Locale;
  policy: Policy;
  settings: UserSettings;
}

/**
 * The served policy: policy.json at the address the add-in was built for (absolute, since the
 * JavaScript-only runtime has no page address), validated here as the pane validates it (unless
 * this build found the same text valid before, where the runtime has localStorage); the
 * embedded default when it does not come within EVENT_POLICY_TIMEOUT_MS or is not valid. The
 * reason goes to the console. Never rejects.
 */
export function fetchEventPolicy(baseUrl: string = __MOEDEGUIDE_BASE_URL__): Promise<LoadedPolicy> {
  return loadServedPolicy({
    url: baseUrl.replace(/\/?$/, "/") + POLICY_FILE,
    fetchText: (url) =>
      typeof fetch === "function"
        ? fetch(url, { cache: "no-cache" }).then((response) =>
            response.text().then((text) => ({ status: response.status, text })),
          )
        : Promise.reject(new Error("this runtime has no fetch")),
    validate: validatePolicy,
    fallback: DEFAULT_POLICY,
    timeoutMs: EVENT_POLICY_TIMEOUT_MS,
    // Where the runtime has localStorage (not classic Outlook's), the text this build found valid,
    // in the pane or in an earlier runtime, is used without running the validator again.
    checked: localStorageCheckedTexts(__MOEDEGUIDE_BUILD__),
    warn,
  }).now;
}

let policyLoad: { started: number; loaded: Promise<LoadedPolicy> } | null = null;

/** The policy for this event: loaded once per runtime, again when older than the max age. */
function eventPolicy(): Promise<Policy> {
  const now = Date.now();
  if (!policyLoad || now - policyLoad.started > EVENT_POLICY_MAX_AGE_MS) {
    policyLoad = { started: now, loaded: fetchEventPolicy() };
  }
  return policyLoad.loaded.then(
    (loaded) => loaded.policy,
    () => DEFAULT_POLICY,
  );
}

/** Forgets the loaded policy, so that the next event fetches it again (tests). */
export function forgetEventPolicy(): void {
  policyLoad = null;
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
function timeZone(policy: Policy): string {
  try {
    return userTimeZone(policy.timeZone);
  } catch {
    return policy.timeZone;
  }
}

/**
 * How long the advice waits for the invitees' sites once the meeting's own fields are read. They
 * come with the first reads as a rule; a read that Outlook keeps refusing (the check at send tries
 * again while hung calls may fill Outlook's limit) must not spend the send's 4 seconds.
 */
export const SITES_GRACE_MS = 300;
const NO_SITES: ReadonlyMap<string, string> = new Map();

/** What `promise` gives, or `fallback` when it has not settled `ms` after this call. */
function withinGrace<T>(promise: Promise<T>, fallback: T, ms: number): Promise<T> {
  if (typeof setTimeout !== "function") return promise;
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(fallback), ms);
    void promise.then((value) => {
      clearTimeout(timer);
      resolve(value);
    });
  });
}

/**
 * Reads the appointment being composed and advises on it, in the user's language and zone, with
 * the invitees' sites the pane kept on the item (events cannot ask the directory themselves);
 * without them only the person's own site is known. Its Office calls belong to `run`: when the
 * run ends, they are dropped and this rejects.
 */
async function readMeeting(run: OfficeRun): Promise<Meeting> {
  const mailbox = Office.context.mailbox;
  const item = mailbox.item as Office.AppointmentCompose;
  const locale = localeFromLanguageTag(Office.context.displayLanguage);
  const settings = userSettings();
  const policy = await eventPolicy();
  // The sites only add to the advice: unreadable, they are unknown, as without the pane.
  const kept = loadInviteeSites(item, { run }).catch(() => NO_SITES);
  const read = await readAppointment(item, {
    userSite: settings.site,
    userUnit: settings.unit,
    userEmail: mailbox.userProfile?.emailAddress,
    timeZone: timeZone(policy),
    run,
  });
  const draft = withPeopleSites(read, await withinGrace(kept, NO_SITES, SITES_GRACE_MS));
  const advice = advise(draft, { policy, locale });
  return { item, draft, advice, locale, policy, settings };
}

/**
 * Compose events overlap (a person adds attendees, then changes the time, while the first read is
 * still in flight), and an earlier run that finished last would leave its stale notice behind.
 * So runs take turns: each starts only when the one before has completed its event, and reads the
 * item afresh. A run that a later event has superseded by the time it starts does nothing; one
 * superseded while it reads is stopped at once (its Office calls are dropped and their slots
 * given back, see OfficeRun), so that the later run need not wait for a read that may hang. A run
 * already writing its notice is left to finish (or to time out): stopping it there could leave a
 * half-done write behind the next run's back.
 */
let latestComposeRun = 0;
let composeQueue: Promise<void> = Promise.resolve();

/** The compose run now holding the turn: its Office calls, and whether it is still reading. */
interface ComposeInProgress {
  office: OfficeRun;
  reading: boolean;
}
let composeInProgress: ComposeInProgress | null = null;

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

/**
 * Shows, updates or removes our notification to match the meeting as it now stands. A run stopped
 * before it writes (superseded, or making way for the check at send) completes without a word.
 */
async function updateNotice(run: number, progress: ComposeInProgress): Promise<undefined> {
  if (run !== latestComposeRun) return undefined;
  let meeting: Meeting;
  try {
    meeting = await readMeeting(progress.office);
  } catch (error) {
    if (error instanceof OfficeRunEndedError) return undefined;
    throw error;
  }
  if (run !== latestComposeRun || progress.office.ended) return undefined;
  progress.reading = false;
  const { item, draft, advice, locale, policy, settings } = meeting;
  const notice = composeNotice(draft, advice, {
    locale,
    provider: policy.meetingLink.name,
    minConfidence: NOTICE_MIN_CONFIDENCE,
    sites: readTravel(policy, draft).sitesInvolved,
  });
  const calls = { run: progress.office };
  if (wantsAutoAdd(settings, notice, advice)) {
    const added = await addMeetingAutomatically(item, {
      provider: policy.meetingLink,
      locale,
      // Randomness is drawn here, at the edge, as the pane draws it for its button.
      random: Math.random,
      calls,
    }).catch((error: unknown) => {
      if (error instanceof OfficeRunEndedError) throw error;
      // Not added (the item is as it was): the advice is shown as usual, and the next event tries again.
      warn(`Mødeguide could not add the meeting automatically: ${errorName(error)}`);
      return null;
    });
    if (added?.kind === "added") {
      await showNotification(
        item,
        NOTIFICATION_KEY,
        autoAddedNotification(added.recorded, noticeLook(locale, policy, true)),
        calls,
      );
      return undefined;
    }
  }
  if (notice.kind === "show") {
    const details = notificationDetails(notice.message, {
      locale,
      insight: isMailboxSetSupported(INSIGHT_SET),
      icon: NOTIFICATION_ICON,
      commandId: TASK_PANE_COMMAND_ID,
    });
    await showNotification(item, NOTIFICATION_KEY, details, calls);
  } else {
    await removeNotification(item, NOTIFICATION_KEY, calls);
  }
  return undefined;
}

/** What failed, for the console: the error's name and Office's code, never meeting content. */
function errorName(error: unknown): string {
  if (!(error instanceof Error)) return "unknown error";
  const code =
    (error as { officeName?: unknown; code?: unknown }).officeName ??
    (error as { code?: unknown }).code;
  return typeof code === "string" || typeof code === "number"
    ? `${error.name} (${code})`
    : error.name;
}

/** How the notices of the button and of the automatic meeting look, and whom they name. */
function noticeLook(locale: Locale, policy: Policy, insightAllowed: boolean): CommandNoticeOptions {
  return {
    locale,
    provider: policy.meetingLink.name,
    insight: insightAllowed && isMailboxSetSupported(INSIGHT_SET),
    icon: NOTIFICATION_ICON,
    commandId: TASK_PANE_COMMAND_ID,
  };
}

/** Decides whether the invitation goes out now; its Office calls belong to `run`. */
async function checkBeforeSend(run: OfficeRun): Promise<CompletedOptions> {
  if (!isMailboxSetSupported(SMART_ALERTS_SET)) return ALLOW;
  const { advice, locale, policy } = await readMeeting(run);
  return sendCompletion(sendVerdict(advice, NOTICE_MIN_CONFIDENCE), advice, {
    locale,
    promptUserSupported: isMailboxSetSupported(SMART_ALERTS_PROMPT_SET),
    commandId: TASK_PANE_COMMAND_ID,
    providerName: policy.meetingLink.name,
  });
}

/**
 * Every compose event does the same: in its turn, bring the notice up to date, then complete. The
 * time limit starts with the turn, so that a run held up by a predecessor still gets its own time;
 * the turn ends when the event is completed, which `completeAfter` guarantees, and the run's Office
 * calls end with it (a run that timed out gives its slots back then, not a minute later). Since
 * superseded runs skip their work and a run still reading is stopped when superseded, an event
 * waits at most for one run's writing: it completes within twice COMPOSE_TIMEOUT_MS of being fired.
 */
function adviseWhileComposing(event: CompletableEvent): Promise<RunOutcome> {
  latestComposeRun += 1;
  const run = latestComposeRun;
  if (composeInProgress?.reading) composeInProgress.office.end();
  const turn = takeTurn();
  return turn.ready.then(() => {
    const progress: ComposeInProgress = {
      office: new OfficeRun(),
      reading: true,
    };
    composeInProgress = progress;
    return completeAfter(event, () => updateNotice(run, progress), {
      timeoutMs: COMPOSE_TIMEOUT_MS,
      fallback: undefined,
    }).then((outcome) => {
      progress.office.end();
      if (composeInProgress === progress) composeInProgress = null;
      turn.release();
      return outcome;
    });
  });
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

/**
 * OnAppointmentSend (Smart Alerts): hold the invitation only for the three reasons in sendCheck.
 *
 * The check never waits behind compose runs. Outlook lets the add-in have 3 calls in flight, and a
 * compose run whose reads hang would hold all of them; so the send stops the compose run in
 * progress (its notice no longer matters: the person is sending, and a held send brings new
 * compose events), and its own calls run as a priority run, before any waiting compose call and
 * with compose calls held until the check is done. A stopped run's calls may still be in flight in
 * Outlook, which may then refuse the check's calls as over its limit: those are tried again, every
 * PRIORITY_RETRY_PAUSE_MS, until Outlook takes them or the 4 seconds are up, when the invitation
 * goes, as on any failure of ours. Reserving a slot for sends instead would not help: a hung
 * compose run that timed out earlier has already given its slots back, and Outlook counts its
 * calls all the same.
 */
export function onAppointmentSend(event: CompletableEvent): Promise<RunOutcome> {
  composeInProgress?.office.end();
  // Ended when the event completes; the limit only guards compose runs against a bug of ours.
  const office = new OfficeRun({ priority: true, limitMs: 2 * SEND_TIMEOUT_MS });
  return completeAfter(event, () => checkBeforeSend(office), {
    timeoutMs: SEND_TIMEOUT_MS,
    fallback: ALLOW,
  }).then((outcome) => {
    office.end();
    return outcome;
  });
}

/**
 * One press of the »Jabber-møde« button: the meeting added with the pane's insert (body block,
 * location entry, the record that it is Mødeguide's), then a notice that says how it went. Outlook
 * on iOS and Android has only getAsync and setAsync for the body and no notifications to speak of:
 * there the body is rewritten, success needs no notice (the surface's own toggle shows it), and
 * the event tells whether a meeting is in (allowEvent), as Outlook's online-meeting surface reads it.
 */
async function addMeetingByCommand(
  run: OfficeRun,
  mobile: boolean,
): Promise<CompletedOptions | undefined> {
  const item = Office.context.mailbox.item as Office.AppointmentCompose;
  const locale = localeFromLanguageTag(Office.context.displayLanguage);
  const policy = await eventPolicy();
  const calls = { run };
  let outcome: CommandOutcome;
  try {
    outcome = await insertJabberMeeting(item, {
      provider: policy.meetingLink,
      locale,
      random: Math.random,
      bodyWrite: mobile ? "rewrite" : "prepend",
      calls,
    });
  } catch (error) {
    // Timed out: the event is completed already, and Outlook shows nothing more of ours.
    if (error instanceof OfficeRunEndedError) return undefined;
    warn(`Mødeguide could not add the meeting: ${errorName(error)}`);
    outcome = { kind: "failed" };
  }
  const meetingIn = outcome.kind === "inserted" || outcome.kind === "already-present";
  if (!(mobile && outcome.kind === "inserted")) {
    const details = commandNotification(outcome, noticeLook(locale, policy, !mobile));
    // A notice Outlook will not show changes nothing in the item: the command still completes.
    await showNotification(item, NOTIFICATION_KEY, details, calls).catch(() => undefined);
  }
  return mobile ? { allowEvent: meetingIn } : undefined;
}

/**
 * Runs the button in its turn with the compose runs of this runtime, so that a meeting added
 * automatically and one added by the button are never written at once (each insert reads the
 * invitation afresh and finds the other's meeting); completes the event once, within
 * COMMAND_TIMEOUT_MS of its turn, whatever happens.
 */
function runMeetingCommand(event: CompletableEvent, mobile: boolean): Promise<RunOutcome> {
  const turn = takeTurn();
  return turn.ready.then(() => {
    const office = new OfficeRun();
    return completeAfter(event, () => addMeetingByCommand(office, mobile), {
      timeoutMs: COMMAND_TIMEOUT_MS,
      fallback: undefined,
    }).then((outcome) => {
      office.end();
      turn.release();
      return outcome;
    });
  });
}

/** The »Jabber-møde« button on the appointment organizer's ribbon (ExecuteFunction). */
export function addJabberMeeting(event: CompletableEvent): Promise<RunOutcome> {
  return runMeetingCommand(event, false);
}

/** The online-meeting button of Outlook on iOS and Android (MobileOnlineMeetingCommandSurface). */
export function addJabberMeetingMobile(event: CompletableEvent): Promise<RunOutcome> {
  return runMeetingCommand(event, true);
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
  Office.actions.associate("addJabberMeeting", addJabberMeeting);
  Office.actions.associate("addJabberMeetingMobile", addJabberMeetingMobile);
}
// Clients older than Office.actions find a function command by its name in the global scope.
(globalThis as Record<string, unknown>).addJabberMeeting = addJabberMeeting;
(globalThis as Record<string, unknown>).addJabberMeetingMobile = addJabberMeetingMobile;
// The function file's page (web, Mac, mobile) must initialise Office.js for its commands to run;
// classic Outlook's JavaScript-only runtime never calls back, which is harmless.
if (typeof Office !== "undefined" && typeof Office.onReady === "function") {
  void Office.onReady();
}
