import {
  MAX_OFFICE_CALLS_IN_FLIGHT,
  OfficeCallError,
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
    expect(officeCallLoad()).toEqual({ inFlight: 0, waiting: 0 });
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
    expect(officeCallLoad()).toEqual({ inFlight: 3, waiting: 2 });
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
      const lost = [0, 1, 2].map(() => officeCall<number>(() => undefined));
      let done = false;
      const later = officeCall<number>((cb) => cb(succeeded(7))).then((v) => {
        done = true;
        return v;
      });
      expect(officeCallLoad()).toEqual({ inFlight: 3, waiting: 1 });
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
    } finally {
      jest.useRealTimers();
    }
  });
});
