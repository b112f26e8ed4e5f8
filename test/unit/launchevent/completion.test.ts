import {
  completeAfter,
  onceCompleter,
  type CompletedOptions,
} from "../../../src/launchevent/completion";

const ALLOW: CompletedOptions = { allowEvent: true };
const HOLD: CompletedOptions = { allowEvent: false, errorMessage: "no" };

function fakeEvent() {
  return { completed: jest.fn<void, [CompletedOptions?]>() };
}

describe("onceCompleter", () => {
  it("completes on the first call only", () => {
    const event = fakeEvent();
    const complete = onceCompleter(event, ALLOW);
    expect(complete(HOLD)).toBe(true);
    expect(complete(ALLOW)).toBe(false);
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(event.completed).toHaveBeenCalledWith(HOLD);
  });

  it("calls completed() without an argument when there are no options", () => {
    const event = fakeEvent();
    onceCompleter(event, undefined)(undefined);
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(event.completed.mock.calls[0]).toHaveLength(0);
  });

  it("retries once with the fallback when Outlook rejects the options", () => {
    const event = fakeEvent();
    event.completed.mockImplementationOnce(() => {
      throw new Error("unknown option");
    });
    const complete = onceCompleter(event, ALLOW);
    expect(complete(HOLD)).toBe(true);
    expect(event.completed.mock.calls).toEqual([[HOLD], [ALLOW]]);
    expect(complete(HOLD)).toBe(false);
    expect(event.completed).toHaveBeenCalledTimes(2);
  });

  it("does not retry the same fallback that was just rejected", () => {
    const event = fakeEvent();
    event.completed.mockImplementation(() => {
      throw new Error("gone");
    });
    expect(onceCompleter(event, ALLOW)(ALLOW)).toBe(true);
    expect(event.completed).toHaveBeenCalledTimes(1);
  });
});

describe("completeAfter", () => {
  afterEach(() => {
    jest.useRealTimers();
  });

  it("completes once with what the work resolves to, after the work", async () => {
    const event = fakeEvent();
    const order: string[] = [];
    event.completed.mockImplementation(() => order.push("completed"));
    const outcome = await completeAfter(
      event,
      async () => {
        await Promise.resolve();
        order.push("work done");
        return HOLD;
      },
      { timeoutMs: 1000, fallback: ALLOW },
    );
    expect(outcome).toEqual({ kind: "completed", options: HOLD });
    expect(order).toEqual(["work done", "completed"]);
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(event.completed).toHaveBeenCalledWith(HOLD);
  });

  it("completes with the fallback when the work rejects", async () => {
    const event = fakeEvent();
    const error = new Error("ours");
    const outcome = await completeAfter(event, () => Promise.reject(error), {
      timeoutMs: 1000,
      fallback: ALLOW,
    });
    expect(outcome).toEqual({ kind: "failed", error, options: ALLOW });
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(event.completed).toHaveBeenCalledWith(ALLOW);
  });

  it("completes with the fallback when the work throws before returning a promise", async () => {
    const event = fakeEvent();
    const outcome = await completeAfter(
      event,
      () => {
        throw new TypeError("not a function");
      },
      { timeoutMs: 1000, fallback: ALLOW },
    );
    expect(outcome.kind).toBe("failed");
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(event.completed).toHaveBeenCalledWith(ALLOW);
  });

  it("completes with the fallback when the time runs out, and not again when the work ends", async () => {
    jest.useFakeTimers();
    const event = fakeEvent();
    let finish: (options: CompletedOptions) => void = () => undefined;
    const running = completeAfter(event, () => new Promise<CompletedOptions>((r) => (finish = r)), {
      timeoutMs: 4000,
      fallback: ALLOW,
    });
    jest.advanceTimersByTime(3999);
    expect(event.completed).not.toHaveBeenCalled();
    jest.advanceTimersByTime(1);
    await expect(running).resolves.toEqual({ kind: "timed-out", options: ALLOW });
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(event.completed).toHaveBeenCalledWith(ALLOW);
    finish(HOLD);
    await Promise.resolve();
    await Promise.resolve();
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it("clears its timer when the work ends first", async () => {
    jest.useFakeTimers();
    const event = fakeEvent();
    await completeAfter(event, () => Promise.resolve(undefined), {
      timeoutMs: 4000,
      fallback: ALLOW,
    });
    expect(jest.getTimerCount()).toBe(0);
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(event.completed.mock.calls[0]).toHaveLength(0);
  });
});
