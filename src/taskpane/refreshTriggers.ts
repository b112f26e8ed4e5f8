/**
 * When to re-read the meeting. Outlook raises events for time, recipients and recurrence, but none
 * for the subject, body or location, so the pane also re-reads when it regains focus or becomes
 * visible, and at a modest interval while it is visible (never while hidden).
 */

/** The parts of `window` and `document` this needs, so that tests can pass stand-ins. */
export interface TriggerEnvironment {
  window: Pick<EventTarget, "addEventListener" | "removeEventListener">;
  document: Pick<EventTarget, "addEventListener" | "removeEventListener"> & {
    visibilityState: string;
  };
  setInterval: (callback: () => void, ms: number) => unknown;
  clearInterval: (handle: unknown) => void;
}

/** How often the pane re-reads while visible. */
export const REFRESH_INTERVAL_MS = 3000;

/** Starts the triggers; returns the function that stops them all. */
export function startRefreshTriggers(
  refresh: () => void,
  env: TriggerEnvironment,
  intervalMs: number = REFRESH_INTERVAL_MS,
): () => void {
  let timer: unknown = null;
  const startTimer = (): void => {
    if (timer === null) timer = env.setInterval(refresh, intervalMs);
  };
  const stopTimer = (): void => {
    if (timer !== null) env.clearInterval(timer);
    timer = null;
  };
  const onFocus = (): void => refresh();
  const onVisibility = (): void => {
    if (env.document.visibilityState === "visible") {
      refresh();
      startTimer();
    } else {
      stopTimer();
    }
  };
  env.window.addEventListener("focus", onFocus);
  env.document.addEventListener("visibilitychange", onVisibility);
  if (env.document.visibilityState === "visible") startTimer();
  return () => {
    stopTimer();
    env.window.removeEventListener("focus", onFocus);
    env.document.removeEventListener("visibilitychange", onVisibility);
  };
}
