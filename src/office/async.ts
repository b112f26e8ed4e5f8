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
 * Calls a callback-style Office API and resolves with its value.
 * Rejects with OfficeCallError when the result failed or when `invoke` throws synchronously;
 * it never throws inside Office's callback (an exception there would be lost).
 */
export function officeCall<T>(
  invoke: (callback: (result: Office.AsyncResult<T>) => void) => void,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let settled = false;
    const callback = (result: Office.AsyncResult<T>): void => {
      if (settled) return;
      settled = true;
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
      if (cause instanceof OfficeCallError) {
        reject(cause);
        return;
      }
      const message = cause instanceof Error ? cause.message : String(cause);
      const name = cause instanceof Error ? cause.name : undefined;
      const code =
        cause && typeof cause === "object" && typeof (cause as { code?: unknown }).code === "number"
          ? (cause as { code: number }).code
          : undefined;
      reject(new OfficeCallError(message, name, code, { cause }));
    }
  });
}

/**
 * Runs tasks with at most `limit` in flight at once, keeping the results in order.
 * Outlook on the web, mobile and new Outlook allow at most 3 concurrent async calls per add-in.
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
