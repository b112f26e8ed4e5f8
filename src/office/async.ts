/**
 * The one promise wrapper over Office's callback APIs. Every Office call in the product goes
 * through `officeCall`, so that a failed AsyncResult, a missing callback or a synchronous throw all
 * end the same way: a rejected promise with an `OfficeCallError`.
 */

/** An Office.js call that failed: Office's own error name and code, when it gave them. */
export class OfficeCallError extends Error {
  readonly code = "office-call-failed";
  /** Office's error name, e.g. "InvalidFormatError" or "DataExceedsMaximumSize". */
  officeName?: string;
  /** Office's numeric error code, e.g. 9057 for roaming settings over 32 KB. */
  officeCode?: number;

  /** What was thrown, when Office threw instead of reporting a failed result. */
  cause?: unknown;

  constructor(
    message: string,
    officeName?: string,
    officeCode?: number,
    options?: { cause?: unknown },
  ) {
    super(message);
    if (options && "cause" in options) this.cause = options.cause;
    this.name = "OfficeCallError";
    if (officeName !== undefined) this.officeName = officeName;
    if (officeCode !== undefined) this.officeCode = officeCode;
  }
}

/** Office reports failure as the string "failed" (the enum's value), whether or not the enum exists. */
function failed(result: Office.AsyncResult<unknown>): boolean {
  return String(result.status) === "failed";
}

/** The OfficeCallError for a failed AsyncResult, keeping Office's name, code and message. */
export function errorFromAsyncResult(result: Office.AsyncResult<unknown>): OfficeCallError {
  const error = result.error as Partial<Office.Error> | undefined;
  const name = typeof error?.name === "string" ? error.name : undefined;
  const code = typeof error?.code === "number" ? error.code : undefined;
  const message =
    typeof error?.message === "string" && error.message !== ""
      ? error.message
      : `Office call failed${name ? ` (${name})` : ""}`;
  return new OfficeCallError(message, name, code);
}

/**
 * Outlook on the web, mobile and new Outlook allow at most 3 async calls in flight per add-in; a
 * fourth fails there. One limit for the whole add-in, kept here because every Office call passes
 * through officeCall: reads, writes, event subscriptions and settings share it, whoever starts them.
 */
export const MAX_OFFICE_CALLS_IN_FLIGHT = 3;

/**
 * A slot is given back after this long even if Office never calls back, so that one lost callback
 * cannot stall every later call of the add-in (the pending promise itself stays pending).
 */
export const SLOT_RELEASE_AFTER_MS = 60_000;

/** How long a priority call waits before it tries again after a failure that may be Outlook's limit. */
export const PRIORITY_RETRY_PAUSE_MS = 100;

/**
 * A priority call is tried at most this often: 6 seconds of tries, so that the run's end (the
 * send's 4 seconds) stops it first.
 */
export const PRIORITY_MAX_ATTEMPTS = 60;

/** A call of a run that ended (timed out, superseded, or made way for the check at send). */
export class OfficeRunEndedError extends Error {
  readonly code = "office-run-ended";

  constructor(message = "The Office call was dropped: the work it belonged to has ended.") {
    super(message);
    this.name = "OfficeRunEndedError";
  }
}

/** One call waiting for a slot; `run` is its run, if any. */
interface QueuedCall {
  start: () => void;
  run: OfficeRun | undefined;
}

let inFlight = 0;
/**
 * Calls whose slot was given back before Office answered (a run that ended, or the watchdog).
 * Outlook may still count them: while there are any, a new call can be Outlook's fourth.
 */
let orphaned = 0;
/** Priority runs not yet ended: while there is one, ordinary calls wait for it. */
let openPriorityRuns = 0;
const waitingPriority: QueuedCall[] = [];
const waitingOrdinary: QueuedCall[] = [];

/**
 * How many Office calls are in flight, how many wait for a slot, and how many were given up on
 * (slot given back) while Office may still be working on them; for tests and diagnostics.
 */
export function officeCallLoad(): { inFlight: number; waiting: number; orphaned: number } {
  return { inFlight, waiting: waitingPriority.length + waitingOrdinary.length, orphaned };
}

/** Starts waiting calls while slots are free: priority calls first, ordinary ones only when no priority run is open. */
function pump(): void {
  while (inFlight < MAX_OFFICE_CALLS_IN_FLIGHT) {
    const next =
      waitingPriority.shift() ?? (openPriorityRuns === 0 ? waitingOrdinary.shift() : undefined);
    if (!next) return;
    // A call whose run has just ended is being rejected by the run; it must not reach Office.
    if (next.run?.ended) continue;
    inFlight++;
    next.start();
  }
}

/** Takes a slot and starts the call now when it may, else queues it (in order, by class). */
function whenSlotFree(call: QueuedCall, priority: boolean): void {
  const mayStart =
    inFlight < MAX_OFFICE_CALLS_IN_FLIGHT &&
    (priority ? waitingPriority.length === 0 : openPriorityRuns === 0 && !hasWaiting());
  if (mayStart) {
    inFlight++;
    call.start();
  } else {
    (priority ? waitingPriority : waitingOrdinary).push(call);
  }
}

function hasWaiting(): boolean {
  return waitingPriority.length > 0 || waitingOrdinary.length > 0;
}

/** Takes a queued call out of its queue; whether it was there. */
function unqueue(call: QueuedCall): boolean {
  for (const queue of [waitingPriority, waitingOrdinary]) {
    const index = queue.indexOf(call);
    if (index >= 0) {
      queue.splice(index, 1);
      return true;
    }
  }
  return false;
}

/** Gives a slot back, to the next waiting call if any. */
function releaseSlot(): void {
  inFlight = Math.max(0, inFlight - 1);
  pump();
}

export interface OfficeRunOptions {
  /**
   * The check at send: its calls go before every waiting ordinary call, and no ordinary call
   * starts while it is open. End it as soon as its work is done (or give it `limitMs`).
   */
  priority?: boolean;
  /** The run ends itself after this long, should its owner never end it. */
  limitMs?: number;
}

/**
 * A piece of work whose Office calls end together: one compose run, or the check at send. When it
 * ends, its waiting calls are dropped and its calls in flight give their slots back at once; all
 * of them reject with OfficeRunEndedError, and Office's late answers are ignored. A run that ends
 * after its work is done releases nothing and changes nothing.
 *
 * Why slots of calls still in flight are given back although Outlook may still count them: a
 * compose run's read can hang for a minute, and holding its slots would hold the check at send
 * past its 4 seconds, and the invitation would go out unchecked. The price is that the next call
 * can be Outlook's fourth and be refused. Priority calls therefore try again (after
 * PRIORITY_RETRY_PAUSE_MS) when they fail while such orphaned calls may fill Outlook's limit,
 * until their run ends; the send then fails open as before, only where Outlook itself refuses us.
 * Ordinary calls do not try again: a compose notice that fails is redone by the next event.
 */
export class OfficeRun {
  readonly priority: boolean;
  private isEnded = false;
  private readonly drops = new Set<() => void>();
  private limit: ReturnType<typeof setTimeout> | undefined;

  constructor(options: OfficeRunOptions = {}) {
    this.priority = options.priority === true;
    if (this.priority) openPriorityRuns++;
    if (options.limitMs !== undefined && typeof setTimeout === "function") {
      this.limit = setTimeout(() => this.end(), options.limitMs);
      (this.limit as { unref?: () => void }).unref?.();
    }
  }

  /** Whether the run has ended: its calls are dropped and no new call of it reaches Office. */
  get ended(): boolean {
    return this.isEnded;
  }

  /** Ends the run (see the class); calling it again does nothing. */
  end(): void {
    if (this.isEnded) return;
    this.isEnded = true;
    if (this.limit !== undefined) clearTimeout(this.limit);
    const drops = [...this.drops];
    this.drops.clear();
    for (const drop of drops) drop();
    if (this.priority) openPriorityRuns = Math.max(0, openPriorityRuns - 1);
    pump();
  }

  /** Registers a call of this run (for officeCall only). */
  track(drop: () => void): void {
    this.drops.add(drop);
  }

  /** Forgets a call that has settled (for officeCall only). */
  forget(drop: () => void): void {
    this.drops.delete(drop);
  }
}

/** Options of one Office call. */
export interface OfficeCallOptions {
  /** The run the call belongs to: it is dropped when the run ends, and has the run's priority. */
  run?: OfficeRun;
}

type Answer<T> = { ok: true; value: T } | { ok: false; error: OfficeCallError };

/** What `invoke` threw, as an OfficeCallError (passed through when it is one). */
function errorFromThrow(cause: unknown): OfficeCallError {
  if (cause instanceof OfficeCallError) return cause;
  const message = cause instanceof Error ? cause.message : String(cause);
  const name = cause instanceof Error ? cause.name : undefined;
  const code =
    cause && typeof cause === "object" && typeof (cause as { code?: unknown }).code === "number"
      ? (cause as { code: number }).code
      : undefined;
  return new OfficeCallError(message, name, code, { cause });
}

/** Office's AsyncResult as an answer. */
function answerOf<T>(result: Office.AsyncResult<T>): Answer<T> {
  if (!result || typeof result !== "object") {
    return { ok: false, error: new OfficeCallError("Office returned no result") };
  }
  if (failed(result)) return { ok: false, error: errorFromAsyncResult(result) };
  return { ok: true, value: result.value };
}

/**
 * Calls a callback-style Office API and resolves with its value.
 * Rejects with OfficeCallError when the result failed or when `invoke` throws synchronously;
 * it never throws inside Office's callback (an exception there would be lost).
 * At most MAX_OFFICE_CALLS_IN_FLIGHT calls are in flight at once across the add-in: `invoke` runs
 * at once when a slot is free (so a free call behaves exactly as a direct one), else when an
 * earlier call has called back. With `options.run`, the call belongs to that run (see OfficeRun):
 * it rejects with OfficeRunEndedError, without calling Office or once its slot is given back, when
 * the run ends first.
 */
export function officeCall<T>(
  invoke: (callback: (result: Office.AsyncResult<T>) => void) => void,
  options: OfficeCallOptions = {},
): Promise<T> {
  const run = options.run;
  const priority = run?.priority === true;
  return new Promise<T>((resolve, reject) => {
    if (run?.ended) {
      reject(new OfficeRunEndedError());
      return;
    }
    let state: "waiting" | "in-flight" | "pausing" | "done" = "waiting";
    let attempts = 0;
    let giveSlotBack: (() => void) | null = null;
    let pause: ReturnType<typeof setTimeout> | undefined;

    const settle = (answer: Answer<T> | { ok: false; error: OfficeRunEndedError }): void => {
      state = "done";
      run?.forget(drop);
      if (answer.ok) resolve(answer.value);
      else reject(answer.error);
    };
    // The run ended before this call settled.
    const drop = (): void => {
      if (state === "waiting") unqueue(queued);
      else if (state === "in-flight") giveSlotBack?.();
      else if (state === "pausing" && pause !== undefined) clearTimeout(pause);
      if (state !== "done") settle({ ok: false, error: new OfficeRunEndedError() });
    };

    const attempt = (): void => {
      state = "in-flight";
      attempts++;
      // Outlook may count the orphaned calls too: then this call may be the one over its limit.
      const mayBeOverLimit = inFlight + orphaned > MAX_OFFICE_CALLS_IN_FLIGHT;
      let answered = false;
      let released = false;
      let releasedEarly = false;
      let watchdog: ReturnType<typeof setTimeout> | undefined;
      const release = (early: boolean): void => {
        if (released) return;
        released = true;
        if (watchdog !== undefined) clearTimeout(watchdog);
        if (early) {
          releasedEarly = true;
          orphaned++;
        }
        releaseSlot();
      };
      giveSlotBack = () => release(true);
      const onAnswer = (answer: Answer<T>): void => {
        if (answered) return;
        answered = true;
        if (releasedEarly) orphaned = Math.max(0, orphaned - 1);
        else release(false);
        // Dropped by its run meanwhile: the run has moved on, and so does this late answer.
        if (state !== "in-flight") return;
        if (
          !answer.ok &&
          priority &&
          mayBeOverLimit &&
          attempts < PRIORITY_MAX_ATTEMPTS &&
          typeof setTimeout === "function"
        ) {
          state = "pausing";
          pause = setTimeout(() => {
            state = "waiting";
            whenSlotFree(queued, priority);
          }, PRIORITY_RETRY_PAUSE_MS);
          return;
        }
        settle(answer);
      };
      try {
        invoke((result) => onAnswer(answerOf(result)));
      } catch (cause) {
        onAnswer({ ok: false, error: errorFromThrow(cause) });
        return;
      }
      if (!answered && typeof setTimeout === "function") {
        watchdog = setTimeout(() => release(true), SLOT_RELEASE_AFTER_MS);
        // In Node (tests, the command line) a pending watchdog must not keep the process alive.
        (watchdog as { unref?: () => void }).unref?.();
      }
    };

    const queued: QueuedCall = { start: attempt, run };
    run?.track(drop);
    whenSlotFree(queued, priority);
  });
}

/**
 * Runs tasks with at most `limit` of them started and unfinished at once, keeping the results in
 * order; rejects with the first failure and starts no task after it.
 * It does not count Office calls: officeCall alone enforces Outlook's limit of 3 calls in flight,
 * so tasks that call officeCall (even several times, or alongside other work) can never deadlock
 * here, and `limit` only bounds how much work is started at once.
 */
export async function withConcurrency<T>(
  tasks: ReadonlyArray<() => Promise<T>>,
  limit = 3,
): Promise<T[]> {
  const results = new Array<T>(tasks.length);
  let next = 0;
  let firstError: { error: unknown } | null = null;
  const worker = async (): Promise<void> => {
    while (next < tasks.length && !firstError) {
      const index = next++;
      const task = tasks[index];
      if (!task) continue;
      try {
        results[index] = await task();
      } catch (error) {
        firstError ??= { error };
      }
    }
  };
  const workers = Array.from({ length: Math.max(1, Math.min(limit, tasks.length)) }, worker);
  await Promise.all(workers);
  if (firstError) throw (firstError as { error: unknown }).error;
  return results;
}
