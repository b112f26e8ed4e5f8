/**
 * Completing an Outlook event exactly once, after the handler's async work, on every branch.
 * Outlook waits for `event.completed` (at send it shows "taking longer" after 5 s and holds the
 * meeting); a second call or a call before the work is done is a bug of the kind every sample
 * has. Every handler goes through `completeAfter`, which also bounds the work with a timer and
 * turns any failure into the handler's fail-safe completion.
 */

/** What a handler completes with: nothing, or Smart Alerts' options at send. */
export type CompletedOptions = Office.SmartAlertsEventCompletedOptions;

/** The part of Office's event object that the handlers use. */
export interface CompletableEvent {
  completed(options?: CompletedOptions): void;
}

/** How one run of a handler ended (for tests and the benchmark; Outlook sees only `completed`). */
export type RunOutcome =
  | { kind: "completed"; options: CompletedOptions | undefined }
  | { kind: "failed"; error: unknown; options: CompletedOptions | undefined }
  | { kind: "timed-out"; options: CompletedOptions | undefined };

export interface RunOptions {
  /** The work's time limit; when it passes, the event completes with `fallback` and the work is abandoned. */
  timeoutMs: number;
  /** What to complete with when the work fails or times out: the fail-open choice. */
  fallback: CompletedOptions | undefined;
}

/**
 * A function that completes `event` the first time it is called and does nothing afterwards.
 * Returns whether this call completed the event. Should Outlook throw from `completed` (an option
 * an older client rejects), it tries once more with `fallback`, so that the event still ends.
 */
export function onceCompleter(
  event: CompletableEvent,
  fallback: CompletedOptions | undefined,
): (options: CompletedOptions | undefined) => boolean {
  let done = false;
  return (options) => {
    if (done) return false;
    done = true;
    try {
      callCompleted(event, options);
    } catch {
      if (options !== fallback) {
        try {
          callCompleted(event, fallback);
        } catch {
          // Nothing more can be done: Outlook ends the event itself when its time runs out.
        }
      }
    }
    return true;
  };
}

/** `completed()` without an argument when there are no options: some clients check arguments.length. */
function callCompleted(event: CompletableEvent, options: CompletedOptions | undefined): void {
  if (options === undefined) event.completed();
  else event.completed(options);
}

/**
 * Runs `work` and completes `event` once with what it resolves to; with `fallback` when it throws,
 * rejects or outlasts `timeoutMs`. Resolves (never rejects) once the event is completed.
 */
export function completeAfter(
  event: CompletableEvent,
  work: () => Promise<CompletedOptions | undefined>,
  options: RunOptions,
): Promise<RunOutcome> {
  const complete = onceCompleter(event, options.fallback);
  return new Promise<RunOutcome>((resolve) => {
    const timer = setTimeout(() => {
      if (complete(options.fallback)) resolve({ kind: "timed-out", options: options.fallback });
    }, options.timeoutMs);
    let running: Promise<CompletedOptions | undefined>;
    try {
      running = Promise.resolve(work());
    } catch (error) {
      running = Promise.reject(error);
    }
    running.then(
      (result) => {
        clearTimeout(timer);
        if (complete(result)) resolve({ kind: "completed", options: result });
      },
      (error: unknown) => {
        clearTimeout(timer);
        if (complete(options.fallback)) {
          resolve({ kind: "failed", error, options: options.fallback });
        }
      },
    );
  });
}
