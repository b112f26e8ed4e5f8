import {
  MAX_OFFICE_CALLS_IN_FLIGHT,
  OfficeCallError,
  OfficeRun,
  OfficeRunEndedError,
  PRIORITY_RETRY_PAUSE_MS,
  SLOT_RELEASE_AFTER_MS,
  officeCall,
  officeCallLoad,
  withConcurrency,
} from "../../../src/office/async";

type Callback<T> = (result: Office.AsyncResult<T>) => void;

function succeeded<T>(value: T): Office.AsyncResult<T> {
  return { status: "succeeded", value } as unknown as Office.AsyncResult<T>;
}

function failedWith(error: unknown): Office.AsyncResult<never> {
  return { status: "failed", error, value: undefined } as unknown as Office.AsyncResult<never>;
}

describe("officeCall", () => {
  it("resolves with the value of a succeeded result, called back later", async () => {
    const value = await officeCall<string>((cb: Callback<string>) =>
      setTimeout(() => cb(succeeded("emne")), 0),
    );
    expect(value).toBe("emne");
  });

  it("resolves when the callback comes synchronously", async () => {
    await expect(officeCall<number>((cb) => cb(succeeded(42)))).resolves.toBe(42);
  });

  it("rejects a failed result with Office's name, code and message", async () => {
    const error = await officeCall<string>((cb) =>
      cb(failedWith({ name: "DataExceedsMaximumSize", code: 9000, message: "Too big" })),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OfficeCallError);
    expect(error).toMatchObject({
      code: "office-call-failed",
      officeName: "DataExceedsMaximumSize",
      officeCode: 9000,
      message: "Too big",
      name: "OfficeCallError",
    });
  });

  it("rejects a failed result without an error object with a message of its own", async () => {
    const error = (await officeCall<string>((cb) => cb(failedWith(undefined))).catch(
      (e: unknown) => e,
    )) as OfficeCallError;
    expect(error).toBeInstanceOf(OfficeCallError);
    expect(error.officeName).toBeUndefined();
    expect(error.officeCode).toBeUndefined();
    expect(error.message).toMatch(/failed/i);
  });

  it("treats the status as a string, whether or not Office.AsyncResultStatus exists", async () => {
    expect(typeof (globalThis as { Office?: unknown }).Office).toBe("undefined");
    await expect(
      officeCall((cb) => cb(failedWith({ name: "X", code: 1, message: "m" }))),
    ).rejects.toBeInstanceOf(OfficeCallError);
  });

  it("turns a synchronous throw inside invoke into a rejection", async () => {
    const thrown = new TypeError("item.location is undefined");
    const error = (await officeCall(() => {
      throw thrown;
    }).catch((e: unknown) => e)) as OfficeCallError;
    expect(error).toBeInstanceOf(OfficeCallError);
    expect(error.message).toBe("item.location is undefined");
    expect(error.officeName).toBe("TypeError");
    expect(error.cause).toBe(thrown);
  });

  it("passes an OfficeCallError thrown inside invoke through unchanged", async () => {
    const own = new OfficeCallError("unavailable");
    await expect(
      officeCall(() => {
        throw own;
      }),
    ).rejects.toBe(own);
  });

  it("turns a thrown non-Error into a rejection too", async () => {
    const error = (await officeCall(() => {
      throw { code: 5001 };
    }).catch((e: unknown) => e)) as OfficeCallError;
    expect(error).toBeInstanceOf(OfficeCallError);
    expect(error.officeCode).toBe(5001);
  });

  it("rejects when Office calls back with no result", async () => {
    await expect(
      officeCall<string>((cb) => cb(undefined as unknown as Office.AsyncResult<string>)),
    ).rejects.toBeInstanceOf(OfficeCallError);
  });

  it("settles once: a second callback or a throw after the callback changes nothing", async () => {
    await expect(
      officeCall<string>((cb) => {
        cb(succeeded("first"));
        cb(failedWith({ name: "X", code: 1, message: "late" }));
        throw new Error("after");
      }),
    ).resolves.toBe("first");
  });
});

describe("withConcurrency", () => {
  it("keeps results in order and never runs more than the limit at once", async () => {
    let inFlight = 0;
    let most = 0;
    const tasks = Array.from({ length: 10 }, (_, i) => async () => {
      inFlight++;
      most = Math.max(most, inFlight);
      await new Promise((resolve) => setTimeout(resolve, (10 - i) % 4));
      inFlight--;
      return i * 2;
    });
    const results = await withConcurrency(tasks, 3);
    expect(results).toEqual([0, 2, 4, 6, 8, 10, 12, 14, 16, 18]);
    expect(most).toBe(3);
  });

  it("rejects with the first failure and starts no new task after it", async () => {
    const started: number[] = [];
    const boom = new OfficeCallError("boom");
    const tasks = Array.from({ length: 6 }, (_, i) => async () => {
      started.push(i);
      await new Promise((resolve) => setTimeout(resolve, 1));
      if (i === 0) throw boom;
      return i;
    });
    await expect(withConcurrency(tasks, 2)).rejects.toBe(boom);
    expect(started.length).toBeLessThan(6);
  });

  it("resolves an empty list", async () => {
    await expect(withConcurrency([], 3)).resolves.toEqual([]);
  });
});

/** An Office stand-in whose calls call back after `ms`, counting how many are in flight. */
function slowOffice(ms = 5) {
  let inFlight = 0;
  let most = 0;
  let started = 0;
  const invoke =
    <T>(value: T, fail = false) =>
    (cb: Callback<T>) => {
      inFlight++;
      started++;
      most = Math.max(most, inFlight);
      setTimeout(() => {
        inFlight--;
        cb(fail ? failedWith({ name: "X", code: 1, message: "m" }) : succeeded(value));
      }, ms);
    };
  return {
    invoke,
    most: () => most,
    started: () => started,
    inFlight: () => inFlight,
  };
}

describe("officeCall's limit of calls in flight", () => {
  afterEach(() => {
    expect(officeCallLoad()).toEqual({ inFlight: 0, waiting: 0, orphaned: 0 });
  });

  it("never has more than 3 Office calls in flight, however many are started", async () => {
    const office = slowOffice();
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) => officeCall<number>(office.invoke(i))),
    );
    expect(results).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(MAX_OFFICE_CALLS_IN_FLIGHT).toBe(3);
    expect(office.most()).toBe(3);
  });

  it("invokes at once while a slot is free, and later (in order) when none is", async () => {
    const office = slowOffice();
    const order: number[] = [];
    const calls = Array.from({ length: 5 }, (_, i) =>
      officeCall<number>((cb) => {
        order.push(i);
        office.invoke(i)(cb);
      }),
    );
    expect(order).toEqual([0, 1, 2]);
    expect(officeCallLoad()).toEqual({ inFlight: 3, waiting: 2, orphaned: 0 });
    await Promise.all(calls);
    expect(order).toEqual([0, 1, 2, 3, 4]);
  });

  it("gives the slot back after a failed result and after a synchronous throw", async () => {
    const office = slowOffice();
    const outcomes = await Promise.allSettled([
      officeCall(office.invoke(0, true)),
      officeCall(() => {
        throw new Error("no item");
      }),
      officeCall(office.invoke(0, true)),
      officeCall(office.invoke(1)),
      officeCall(office.invoke(2)),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual([
      "rejected",
      "rejected",
      "rejected",
      "fulfilled",
      "fulfilled",
    ]);
  });

  it("lets withConcurrency's tasks call Office several times, beside other calls, without deadlock", async () => {
    const office = slowOffice(2);
    // Each task holds one of withConcurrency's places while making two Office calls in turn:
    // were the limit counted in both places, three tasks would wait for slots forever.
    const tasks = Array.from({ length: 6 }, (_, i) => async () => {
      const a = await officeCall<number>(office.invoke(i));
      const b = await officeCall<number>(office.invoke(i * 10));
      return a + b;
    });
    const outside = Array.from({ length: 4 }, (_, i) => officeCall<number>(office.invoke(100 + i)));
    const [results, others] = await Promise.all([withConcurrency(tasks, 3), Promise.all(outside)]);
    expect(results).toEqual([0, 11, 22, 33, 44, 55]);
    expect(others).toEqual([100, 101, 102, 103]);
    expect(office.started()).toBe(16);
    expect(office.most()).toBe(3);
  });

  it("gives a slot back when Office never calls back, so later calls still run", async () => {
    jest.useFakeTimers();
    try {
      const lostCallbacks: Callback<number>[] = [];
      const lost = [0, 1, 2].map(() =>
        officeCall<number>((cb) => {
          lostCallbacks.push(cb);
        }),
      );
      let done = false;
      const later = officeCall<number>((cb) => cb(succeeded(7))).then((v) => {
        done = true;
        return v;
      });
      expect(officeCallLoad()).toEqual({ inFlight: 3, waiting: 1, orphaned: 0 });
      jest.advanceTimersByTime(SLOT_RELEASE_AFTER_MS - 1);
      await Promise.resolve();
      expect(done).toBe(false);
      jest.advanceTimersByTime(1);
      await expect(later).resolves.toBe(7);
      jest.advanceTimersByTime(SLOT_RELEASE_AFTER_MS);
      // The lost calls stay pending: only their slots were given back.
      const settled = await Promise.race([
        Promise.all(lost).then(() => "settled"),
        Promise.resolve("pending"),
      ]);
      expect(settled).toBe("pending");
      // Given up on, but Outlook may still be working on them: counted until they answer.
      expect(officeCallLoad()).toEqual({ inFlight: 0, waiting: 0, orphaned: 3 });
      for (const cb of lostCallbacks) cb(succeeded(1));
      await expect(Promise.all(lost)).resolves.toEqual([1, 1, 1]);
    } finally {
      jest.useRealTimers();
    }
  });
});

/**
 * Outlook as it enforces its limit: a call made while `limit` are truly in flight (whether or not
 * the add-in still counts them) fails at once. Calls answer only when the test says so.
 */
function strictOutlook(limit = MAX_OFFICE_CALLS_IN_FLIGHT) {
  const pending: Array<{ name: string; cb: Callback<string> }> = [];
  const refused: string[] = [];
  const invoked: string[] = [];
  const call = (name: string) => (cb: Callback<string>) => {
    invoked.push(name);
    if (pending.length >= limit) {
      refused.push(name);
      cb(failedWith({ name: "TooManyAsyncCalls", code: 5001, message: "limit" }));
      return;
    }
    pending.push({ name, cb });
  };
  /** Office answers the pending call named `name` (the first such), successfully. */
  const answer = (name: string) => {
    const index = pending.findIndex((p) => p.name === name);
    const [call] = pending.splice(index, 1);
    call?.cb(succeeded(`${name}!`));
  };
  const answerAll = () => {
    for (const p of pending.splice(0)) p.cb(succeeded(`${p.name}!`));
  };
  return { call, answer, answerAll, invoked, refused, pending: () => pending.map((p) => p.name) };
}

/** Whether a promise has settled yet, after pending callbacks have run. */
async function settledYet(promise: Promise<unknown>): Promise<boolean> {
  let settled = false;
  void promise.then(
    () => (settled = true),
    () => (settled = true),
  );
  for (let i = 0; i < 10; i++) await Promise.resolve();
  return settled;
}

describe("runs of Office calls", () => {
  afterEach(() => {
    jest.useRealTimers();
    expect(officeCallLoad()).toEqual({ inFlight: 0, waiting: 0, orphaned: 0 });
  });

  it("give back a hung run's slots at once when it ends, dropping its calls and ignoring late answers", async () => {
    // A client that would take a fourth call: here only our own count holds calls back.
    const outlook = strictOutlook(Infinity);
    const compose = new OfficeRun();
    const reads = ["subject", "body", "start", "end"].map((name) =>
      officeCall<string>(outlook.call(name), { run: compose }),
    );
    const other = officeCall<string>(outlook.call("settings"));
    expect(outlook.invoked).toEqual(["subject", "body", "start"]);
    expect(officeCallLoad()).toEqual({ inFlight: 3, waiting: 2, orphaned: 0 });

    compose.end();
    for (const read of reads) await expect(read).rejects.toBeInstanceOf(OfficeRunEndedError);
    // The waiting read never reached Office; the other call took a slot at once.
    expect(outlook.invoked).toEqual(["subject", "body", "start", "settings"]);
    expect(officeCallLoad()).toEqual({ inFlight: 1, waiting: 0, orphaned: 3 });

    // Office answers the dropped reads at last: nothing changes but the count of orphans.
    outlook.answer("subject");
    outlook.answer("body");
    outlook.answer("start");
    expect(officeCallLoad()).toEqual({ inFlight: 1, waiting: 0, orphaned: 0 });
    outlook.answer("settings");
    await expect(other).resolves.toBe("settings!");
  });

  it("refuse a call of a run that has ended without calling Office", async () => {
    const outlook = strictOutlook();
    const run = new OfficeRun();
    run.end();
    await expect(officeCall(outlook.call("subject"), { run })).rejects.toBeInstanceOf(
      OfficeRunEndedError,
    );
    expect(outlook.invoked).toEqual([]);
  });

  it("change nothing when a run ends after its calls have settled", async () => {
    const run = new OfficeRun();
    await expect(officeCall<number>((cb) => cb(succeeded(5)), { run })).resolves.toBe(5);
    run.end();
    run.end();
    expect(run.ended).toBe(true);
  });

  it("end by themselves after their limit", async () => {
    jest.useFakeTimers();
    const outlook = strictOutlook();
    const run = new OfficeRun({ limitMs: 1000 });
    const read = officeCall(outlook.call("subject"), { run });
    jest.advanceTimersByTime(999);
    expect(await settledYet(read)).toBe(false);
    jest.advanceTimersByTime(1);
    await expect(read).rejects.toBeInstanceOf(OfficeRunEndedError);
    outlook.answerAll();
  });

  it("put a priority run's calls before waiting ordinary calls, and hold ordinary ones until it ends", async () => {
    const outlook = strictOutlook();
    const ordinary = ["a", "b", "c", "d", "e"].map((name) => officeCall(outlook.call(name)));
    const send = new OfficeRun({ priority: true });
    const urgent = ["s1", "s2"].map((name) => officeCall(outlook.call(name), { run: send }));
    expect(outlook.invoked).toEqual(["a", "b", "c"]);
    outlook.answer("a");
    expect(outlook.invoked).toEqual(["a", "b", "c", "s1"]);
    outlook.answer("b");
    expect(outlook.invoked).toEqual(["a", "b", "c", "s1", "s2"]);
    // A slot is free, but the send's run is open: the ordinary calls wait for it.
    outlook.answer("c");
    expect(officeCallLoad()).toMatchObject({ inFlight: 2, waiting: 2 });
    outlook.answer("s1");
    outlook.answer("s2");
    await expect(Promise.all(urgent)).resolves.toEqual(["s1!", "s2!"]);
    expect(outlook.invoked).toEqual(["a", "b", "c", "s1", "s2"]);
    send.end();
    expect(outlook.invoked).toEqual(["a", "b", "c", "s1", "s2", "d", "e"]);
    outlook.answerAll();
    await expect(Promise.all(ordinary)).resolves.toEqual(["a!", "b!", "c!", "d!", "e!"]);
  });

  it("try a priority call again when Outlook may refuse it for calls given up on, until one answers", async () => {
    jest.useFakeTimers();
    const outlook = strictOutlook();
    const compose = new OfficeRun();
    const hung = ["subject", "body", "start"].map((name) =>
      officeCall(outlook.call(name), { run: compose }).catch((e: unknown) => e),
    );
    compose.end();
    const send = new OfficeRun({ priority: true });
    const read = officeCall(outlook.call("send-body"), { run: send });
    // Outlook still works on the three dropped reads: it refuses the send's read.
    expect(outlook.refused).toEqual(["send-body"]);
    jest.advanceTimersByTime(PRIORITY_RETRY_PAUSE_MS);
    expect(outlook.refused).toEqual(["send-body", "send-body"]);
    outlook.answer("subject");
    jest.advanceTimersByTime(PRIORITY_RETRY_PAUSE_MS);
    expect(outlook.pending()).toEqual(["body", "start", "send-body"]);
    outlook.answer("send-body");
    await expect(read).resolves.toBe("send-body!");
    send.end();
    outlook.answerAll();
    for (const dropped of await Promise.all(hung))
      expect(dropped).toBeInstanceOf(OfficeRunEndedError);
  });

  it("stop trying when the priority run ends, rejecting its call", async () => {
    jest.useFakeTimers();
    const outlook = strictOutlook();
    const compose = new OfficeRun();
    for (const name of ["subject", "body", "start"]) {
      officeCall(outlook.call(name), { run: compose }).catch(() => undefined);
    }
    compose.end();
    const send = new OfficeRun({ priority: true, limitMs: 2000 });
    const read = officeCall(outlook.call("send-body"), { run: send });
    jest.advanceTimersByTime(2000);
    await expect(read).rejects.toBeInstanceOf(OfficeRunEndedError);
    const tries = outlook.refused.length;
    expect(tries).toBeGreaterThan(10);
    jest.advanceTimersByTime(10 * PRIORITY_RETRY_PAUSE_MS);
    expect(outlook.refused.length).toBe(tries);
    outlook.answerAll();
  });

  it("do not try again a call that failed with nothing given up on, nor an ordinary call", async () => {
    const failing = (cb: Callback<string>) =>
      cb(failedWith({ name: "GenericResponseError", code: 9000, message: "no" }));
    const send = new OfficeRun({ priority: true });
    await expect(officeCall(failing, { run: send })).rejects.toMatchObject({
      officeName: "GenericResponseError",
    });
    send.end();

    const outlook = strictOutlook();
    const compose = new OfficeRun();
    for (const name of ["subject", "body", "start"]) {
      officeCall(outlook.call(name), { run: compose }).catch(() => undefined);
    }
    compose.end();
    await expect(officeCall(outlook.call("notice"))).rejects.toMatchObject({
      officeName: "TooManyAsyncCalls",
    });
    expect(outlook.refused).toEqual(["notice"]);
    outlook.answerAll();
  });
});
