import { OfficeCallError, officeCall, withConcurrency } from "../../../src/office/async";

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
