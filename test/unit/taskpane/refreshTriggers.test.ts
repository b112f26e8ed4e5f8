import type { TriggerEnvironment } from "../../../src/taskpane/refreshTriggers";
import { REFRESH_INTERVAL_MS, startRefreshTriggers } from "../../../src/taskpane/refreshTriggers";

function environment(visibility: "visible" | "hidden") {
  const win = new EventTarget();
  const doc = Object.assign(new EventTarget(), { visibilityState: visibility as string });
  const timers = new Map<number, { callback: () => void; ms: number }>();
  let next = 1;
  const env: TriggerEnvironment = {
    window: win,
    document: doc,
    setInterval: (callback, ms) => {
      timers.set(next, { callback, ms });
      return next++;
    },
    clearInterval: (handle) => {
      timers.delete(handle as number);
    },
  };
  const tick = () => [...timers.values()].forEach((t) => t.callback());
  const setVisibility = (state: "visible" | "hidden") => {
    doc.visibilityState = state;
    doc.dispatchEvent(new Event("visibilitychange"));
  };
  return { env, win, timers, tick, setVisibility };
}

describe("startRefreshTriggers", () => {
  it("polls at the interval while visible", () => {
    const { env, timers, tick } = environment("visible");
    const refresh = jest.fn();
    startRefreshTriggers(refresh, env);
    expect([...timers.values()].map((t) => t.ms)).toEqual([REFRESH_INTERVAL_MS]);
    tick();
    tick();
    expect(refresh).toHaveBeenCalledTimes(2);
  });

  it("refreshes when the pane regains focus", () => {
    const { env, win } = environment("visible");
    const refresh = jest.fn();
    startRefreshTriggers(refresh, env);
    win.dispatchEvent(new Event("focus"));
    expect(refresh).toHaveBeenCalledTimes(1);
  });

  it("stops polling while hidden and refreshes at once when shown again", () => {
    const { env, timers, setVisibility } = environment("visible");
    const refresh = jest.fn();
    startRefreshTriggers(refresh, env);
    setVisibility("hidden");
    expect(timers.size).toBe(0);
    expect(refresh).not.toHaveBeenCalled();
    setVisibility("visible");
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(timers.size).toBe(1);
  });

  it("does not poll when it starts hidden", () => {
    const { env, timers } = environment("hidden");
    startRefreshTriggers(jest.fn(), env);
    expect(timers.size).toBe(0);
  });

  it("removes every trigger when stopped", () => {
    const { env, win, timers, setVisibility } = environment("visible");
    const refresh = jest.fn();
    const stop = startRefreshTriggers(refresh, env);
    stop();
    expect(timers.size).toBe(0);
    win.dispatchEvent(new Event("focus"));
    setVisibility("hidden");
    setVisibility("visible");
    expect(refresh).not.toHaveBeenCalled();
    expect(timers.size).toBe(0);
  });
});
