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

let inFlight = 0;
const waiting: Array<() => void> = [];

/** How many Office calls are in flight and how many wait for a slot (for tests and diagnostics). */
export function officeCallLoad(): { inFlight: number; waiting: number } {
  return { inFlight, waiting: waiting.length };
}

/** Takes a slot and runs `start` now when one is free, else when one is given back (in order). */
function whenSlotFree(start: () => void): void {
  if (inFlight < MAX_OFFICE_CALLS_IN_FLIGHT) {
    inFlight++;
    start();
  } else {
    waiting.push(start);
  }
}

/** Gives a slot back: straight to the next waiting call, if any. */
function releaseSlot(): void {
  const next = waiting.shift();
  if (next) next();
  else inFlight = Math.max(0, inFlight - 1);
}

/**
 * Calls a callback-style Office API and resolves with its value.
 * Rejects with OfficeCallError when the result failed or when `invoke` throws synchronously;
 * it never throws inside Office's callback (an exception there would be lost).
 * At most MAX_OFFICE_CALLS_IN_FLIGHT calls are in flight at once across the add-in: `invoke` runs
 * at once when a slot is free (so a free call behaves exactly as a direct one), else when an
 * earlier call has called back.
 */
export function officeCall<T>(
  invoke: (callback: (result: Office.AsyncResult<T>) => void) => void,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    whenSlotFree(() => {
      let settled = false;
      let released = false;
      let watchdog: ReturnType<typeof setTimeout> | undefined;
      const release = (): void => {
        if (released) return;
        released = true;
        if (watchdog !== undefined) clearTimeout(watchdog);
        releaseSlot();
      };
      const callback = (result: Office.AsyncResult<T>): void => {
        if (settled) return;
        settled = true;
        release();
        if (!result || typeof result !== "object") {
          reject(new OfficeCallError("Office returned no result"));
        } else if (failed(result)) {
          reject(errorFromAsyncResult(result));
        } else {
          resolve(result.value);
        }
      };
      try {
        invoke(callback);
      } catch (cause) {
        if (settled) return;
        settled = true;
        release();
        if (cause instanceof OfficeCallError) {
          reject(cause);
          return;
        }
        const message = cause instanceof Error ? cause.message : String(cause);
        const name = cause instanceof Error ? cause.name : undefined;
        const code =
          cause &&
          typeof cause === "object" &&
          typeof (cause as { code?: unknown }).code === "number"
            ? (cause as { code: number }).code
            : undefined;
        reject(new OfficeCallError(message, name, code, { cause }));
        return;
      }
      if (!settled && typeof setTimeout === "function") {
        watchdog = setTimeout(release, SLOT_RELEASE_AFTER_MS);
        // In Node (tests, the command line) a pending watchdog must not keep the process alive.
        (watchdog as { unref?: () => void }).unref?.();
      }
    });
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
