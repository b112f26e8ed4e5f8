/**
 * A small typed Microsoft Graph client for the Kolleger view: colleagues' free/busy (getSchedule),
 * directory search (/users with $search) and office locations ($batch), over an injected
 * `fetch`-like function and an injected token provider, so that tests, the preview page and the
 * benchmark answer it locally.
 *
 * What it keeps to: at most 20 schedules a request and 4 requests in flight (Graph's and Exchange's
 * limits); 429 and 503 wait for Retry-After (seconds), a bounded number of times, and hold back the
 * client's other requests meanwhile; a 401 gets one fresh token and one more try; a per-schedule
 * error marks that colleague only. It sends Graph only what Graph needs (addresses, a window, a
 * search text) and logs nothing.
 */
import type { DateTime } from "luxon";
import type { Colleague, ScheduleLookup, ScheduleWindow } from "../availability/types";
import { permissionFor } from "../policy/colleagues";
import {
  ConsentMissingError,
  NotSignedInError,
  OfflineError,
  ThrottledError,
  UnexpectedGraphError,
} from "./errors";
import { RequestPool, SlotAbortedError } from "./pool";
import { AVAILABILITY_VIEW_INTERVAL, readScheduleResponse, scheduleRequest } from "./schedule";

/** The part of a fetch Response the client reads. */
export interface HttpResponseLike {
  readonly status: number;
  readonly headers: { get(name: string): string | null };
  json(): Promise<unknown>;
}

/** What the client passes to fetch. */
export interface HttpRequestInit {
  method: "GET" | "POST";
  headers: Record<string, string>;
  body?: string;
  signal?: AbortSignal;
}

/** A `fetch`-like function: the browser's fetch, msw's intercepted one, or the fake Graph. */
export type FetchLike = (url: string, init: HttpRequestInit) => Promise<HttpResponseLike>;

/**
 * Where access tokens come from (auth.ts over MSAL; a fake in tests). Never interactive: when the
 * person must sign in or consent, it throws NotSignedInError (or ConsentMissingError), and the view
 * offers a sign-in button that calls the interactive path.
 */
export interface TokenProvider {
  /** An access token for Graph; `forceRefresh` asks for a new one (after Graph said 401). */
  getToken(options?: { forceRefresh?: boolean }): Promise<string>;
}

/** Graph's production endpoint, v1.0. */
export const GRAPH_BASE_URL = "https://graph.microsoft.com/v1.0";
/** getSchedule's documented limit of schedules (people, rooms) in one request. */
export const MAX_SCHEDULES_PER_REQUEST = 20;
/** $batch's limit of requests in one batch. */
export const MAX_BATCH_REQUESTS = 20;
/** Exchange Online's limit of concurrent requests per app and mailbox. */
export const MAX_CONCURRENT_REQUESTS = 4;
/** How many times a throttled request is tried again before ThrottledError. */
export const MAX_RETRIES = 3;
/**
 * The longest Retry-After the client waits out (seconds). Longer, it gives up at once with
 * ThrottledError, so that the view says "try again in N s" instead of spinning for minutes.
 */
export const MAX_RETRY_WAIT_SECONDS = 30;
/** getSchedule answers windows shorter than 62 days. */
export const MAX_WINDOW_DAYS = 62;
/** The fields the view shows of a person, and all the client asks for. */
export const COLLEAGUE_FIELDS = [
  "id",
  "displayName",
  "mail",
  "jobTitle",
  "officeLocation",
  "businessPhones",
  "mobilePhone",
] as const;
/** The fewest characters a search is sent for: one letter would list half the directory. */
export const MIN_SEARCH_LENGTH = 2;

/** A window longer than getSchedule answers, or one that ends before it starts. */
export class ScheduleWindowError extends Error {
  readonly code = "schedule-window";

  constructor(message: string) {
    super(message);
    this.name = "ScheduleWindowError";
  }
}

export interface GraphClientOptions {
  fetch: FetchLike;
  tokens: TokenProvider;
  /** The policy's scopes (graphScopes), to name the permission an admin must grant. */
  scopes: readonly string[];
  baseUrl?: string;
  /** Tests and the bench lower or raise the limits; the defaults are Graph's. */
  schedulesPerRequest?: number;
  maxConcurrent?: number;
  maxRetries?: number;
  maxRetryWaitSeconds?: number;
  /** The clock and the wait, for throttling; real timers by default (jest's fake timers work). */
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  /** Whether the browser thinks it is online; navigator.onLine by default. */
  isOnline?: () => boolean;
}

/** What the client has done, for tests, diagnostics and the benchmark. */
export interface GraphClientStats {
  /** HTTP requests sent (tries included). */
  requests: number;
  /** Of them, tries again after 429/503 or a 401. */
  retries: number;
  /** The most requests that were in flight at once. */
  peakInFlight: number;
}

/** The Kolleger view's Graph operations. */
export interface GraphClient {
  /**
   * Colleagues' free/busy over a window (at most 62 days), one lookup per address in the given
   * order. Addresses are asked once each (case does not matter), ≤ 20 a request, ≤ 4 requests at
   * once. A colleague Graph could not answer for is a lookup with `ok: false`; the promise rejects
   * only when the requests themselves fail (GraphFailure).
   */
  getSchedules(
    emails: readonly string[],
    window: { start: DateTime; end: DateTime },
    options?: { signal?: AbortSignal },
  ): Promise<ScheduleLookup[]>;
  /** People whose display name has words starting with the text's words; [] for a short text. */
  searchColleagues(
    text: string,
    options?: { top?: number; signal?: AbortSignal },
  ): Promise<Colleague[]>;
  /**
   * The office location of each address (null: the person has none, or is not in the directory),
   * read with $batch (≤ 20 a batch) and kept for the client's lifetime (the pane's). Addresses whose
   * lookup failed are left out, and asked again next time.
   */
  officeLocations(
    emails: readonly string[],
    options?: { signal?: AbortSignal },
  ): Promise<Map<string, string | null>>;
  readonly stats: GraphClientStats;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Retry-After in seconds: a number of seconds, or an HTTP date; null when absent or unreadable. */
export function parseRetryAfter(value: string | null, now: number): number | null {
  if (value === null) return null;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text);
  const date = Date.parse(text);
  if (Number.isNaN(date)) return null;
  return Math.max(0, Math.ceil((date - now) / 1000));
}

/** Graph's error code from an error body ({"error": {"code": "…"}}), when there is one. */
function graphErrorCode(body: unknown): string | undefined {
  if (isRecord(body) && isRecord(body.error) && typeof body.error.code === "string") {
    return body.error.code;
  }
  return undefined;
}

function textOrNull(value: unknown): string | null {
  return typeof value === "string" && value.trim() !== "" ? value : null;
}

/** A directory entry as a Colleague; null when it lacks an id or a name. */
export function readColleague(value: unknown): Colleague | null {
  if (!isRecord(value) || typeof value.id !== "string") return null;
  const displayName = textOrNull(value.displayName);
  if (displayName === null) return null;
  const phones = Array.isArray(value.businessPhones)
    ? value.businessPhones.filter((p): p is string => typeof p === "string" && p.trim() !== "")
    : [];
  return {
    id: value.id,
    displayName,
    mail: textOrNull(value.mail),
    jobTitle: textOrNull(value.jobTitle),
    officeLocation: textOrNull(value.officeLocation),
    businessPhones: phones,
    mobilePhone: textOrNull(value.mobilePhone),
  };
}

/**
 * The $search expression for a search text: each word must start a word of the display name
 * ("birg holm" → "displayName:birg" AND "displayName:holm"). Quotes and backslashes are dropped:
 * they would end the quoted clause.
 */
export function searchExpression(text: string): string | null {
  const words = text
    .replace(/["\\]/g, " ")
    .split(/\s+/)
    .filter((w) => w !== "")
    .slice(0, 5)
    .map((w) => w.slice(0, 40));
  if (words.join(" ").length < MIN_SEARCH_LENGTH) return null;
  return words.map((w) => `"displayName:${w}"`).join(" AND ");
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function defaultIsOnline(): boolean {
  return typeof navigator === "undefined" || navigator.onLine !== false;
}

/** A normalised address: trimmed, lower case; null for something that is not one. */
function normaliseEmail(email: string): string | null {
  const key = email.trim().toLowerCase();
  return /^[^\s@]+@[^\s@]+$/.test(key) ? key : null;
}

/** Whether an error only follows from an abort (of the caller, or after a sibling failed). */
function isAbortConsequence(error: unknown): boolean {
  return (
    error instanceof SlotAbortedError ||
    (typeof error === "object" &&
      error !== null &&
      (error as { name?: unknown }).name === "AbortError")
  );
}

/**
 * Runs tasks; when one fails, aborts the rest through `abort` and rejects, once all have settled,
 * with the failure that caused it (not with the aborts that followed from it).
 */
async function allOrFirstFailure<T>(tasks: (() => Promise<T>)[], abort: () => void): Promise<T[]> {
  const failures: unknown[] = [];
  const results = await Promise.all(
    tasks.map((task) =>
      task().catch((error: unknown) => {
        failures.push(error);
        abort();
        return undefined as T;
      }),
    ),
  );
  if (failures.length > 0) {
    throw failures.find((error) => !isAbortConsequence(error)) ?? failures[0];
  }
  return results;
}

/** A signal that aborts when the caller's does or when `abort()` is called. */
function linkedAbort(signal?: AbortSignal): { signal: AbortSignal; abort: () => void } {
  const controller = new AbortController();
  if (signal) {
    if (signal.aborted) controller.abort();
    else signal.addEventListener("abort", () => controller.abort(), { once: true });
  }
  return { signal: controller.signal, abort: () => controller.abort() };
}

/** The client, over the given fetch and tokens. One per pane: it holds the office-location cache. */
export function createGraphClient(options: GraphClientOptions): GraphClient {
  const baseUrl = (options.baseUrl ?? GRAPH_BASE_URL).replace(/\/+$/, "");
  const perRequest = options.schedulesPerRequest ?? MAX_SCHEDULES_PER_REQUEST;
  const maxRetries = options.maxRetries ?? MAX_RETRIES;
  const maxWait = options.maxRetryWaitSeconds ?? MAX_RETRY_WAIT_SECONDS;
  const now = options.now ?? (() => Date.now());
  const sleep = options.sleep ?? defaultSleep;
  const isOnline = options.isOnline ?? defaultIsOnline;
  const pool = new RequestPool(options.maxConcurrent ?? MAX_CONCURRENT_REQUESTS);
  const stats: GraphClientStats = { requests: 0, retries: 0, peakInFlight: 0 };
  /** Until when Graph asked this client to wait (ms since the epoch). */
  let blockedUntil = 0;
  const locations = new Map<string, string | null>();

  interface Sent {
    status: number;
    body: unknown;
    headers: HttpResponseLike["headers"];
  }

  type Outcome = { kind: "ok"; sent: Sent } | { kind: "again" };

  /** Waits out a Retry-After that another request of this client was given. */
  async function waitForGate(): Promise<void> {
    for (let wait = blockedUntil - now(); wait > 0; wait = blockedUntil - now()) await sleep(wait);
  }

  /**
   * Sends one request with the client's rules: online check, token, pool slot, one fresh token
   * after a 401, Retry-After on 429/503. Returns the 2xx answer; throws a GraphFailure otherwise.
   */
  async function send(
    method: "GET" | "POST",
    path: string,
    request: {
      body?: unknown;
      headers?: Record<string, string>;
      permission: string;
      signal?: AbortSignal;
      /** Called once a failure is certain, before the request's slot is given back. */
      onFailure?: () => void;
    },
  ): Promise<Sent> {
    let refreshed = false;
    let throttled = 0;
    for (;;) {
      await waitForGate();
      if (request.signal?.aborted) throw request.signal.reason ?? new Error("aborted");
      if (!isOnline()) throw new OfflineError();
      const token = await options.tokens.getToken(refreshed ? { forceRefresh: true } : undefined);
      if (typeof token !== "string" || token === "") throw new NotSignedInError();
      const headers: Record<string, string> = {
        Authorization: `Bearer ${token}`,
        Accept: "application/json",
        ...request.headers,
      };
      const init: HttpRequestInit = { method, headers };
      if (request.body !== undefined) {
        headers["Content-Type"] = "application/json";
        init.body = JSON.stringify(request.body);
      }
      if (request.signal) init.signal = request.signal;
      const outcome = await pool.run(async (): Promise<Outcome> => {
        // Another request may have been told to wait while this one queued for its slot.
        if (blockedUntil > now()) return { kind: "again" };
        stats.requests++;
        stats.peakInFlight = Math.max(stats.peakInFlight, pool.load.inFlight);
        // A failure is decided while the slot is held, and `onFailure` (which aborts the sibling
        // requests) runs before the slot is given back: no queued request starts in vain.
        const fail = (error: Error): never => {
          request.onFailure?.();
          throw error;
        };
        let response: HttpResponseLike;
        try {
          response = await options.fetch(`${baseUrl}${path}`, init);
        } catch (error) {
          if (request.signal?.aborted) throw error;
          // fetch rejects with a TypeError when no answer came at all: the network is down.
          if (error instanceof TypeError) return fail(new OfflineError({ cause: error }));
          const message = "The request to Microsoft Graph failed";
          return fail(new UnexpectedGraphError(message, undefined, undefined, { cause: error }));
        }
        const status = response.status;
        if (status >= 200 && status < 300) {
          try {
            const body = status === 204 ? null : await response.json();
            return { kind: "ok", sent: { status, body, headers: response.headers } };
          } catch (error) {
            const message = "Microsoft Graph answered with no JSON";
            return fail(new UnexpectedGraphError(message, status, undefined, { cause: error }));
          }
        }
        const errorBody = await response.json().catch(() => null);
        if (status === 401 && !refreshed) {
          // Usually an expired token (InvalidAuthenticationToken): one fresh token, one more try.
          refreshed = true;
          stats.retries++;
          return { kind: "again" };
        }
        if (status === 401 || status === 403) {
          return fail(new ConsentMissingError(request.permission, status));
        }
        if (status === 429 || status === 503) {
          const retryAfter = parseRetryAfter(response.headers.get("Retry-After"), now());
          throttled++;
          if (throttled > maxRetries || (retryAfter !== null && retryAfter > maxWait)) {
            return fail(new ThrottledError(retryAfter));
          }
          // Without Retry-After: 1, 2, 4 … seconds, within the longest wait.
          const seconds = retryAfter ?? Math.min(maxWait, 2 ** (throttled - 1));
          blockedUntil = Math.max(blockedUntil, now() + seconds * 1000);
          stats.retries++;
          return { kind: "again" };
        }
        return fail(
          new UnexpectedGraphError(
            `Microsoft Graph answered HTTP ${status}`,
            status,
            graphErrorCode(errorBody),
          ),
        );
      }, request.signal);
      if (outcome.kind === "ok") return outcome.sent;
    }
  }

  async function getSchedules(
    emails: readonly string[],
    window: { start: DateTime; end: DateTime },
    callOptions?: { signal?: AbortSignal },
  ): Promise<ScheduleLookup[]> {
    const start = window.start.toUTC();
    const end = window.end.toUTC();
    if (!start.isValid || !end.isValid || end <= start) {
      throw new ScheduleWindowError("The window must end after it starts");
    }
    if (end.diff(start, "days").days >= MAX_WINDOW_DAYS) {
      throw new ScheduleWindowError(`The window must be shorter than ${MAX_WINDOW_DAYS} days`);
    }
    const scheduleWindow: ScheduleWindow = {
      start: start.toISO() as string,
      end: end.toISO() as string,
      intervalMinutes: AVAILABILITY_VIEW_INTERVAL,
    };
    const unique: string[] = [];
    for (const email of emails) {
      const key = normaliseEmail(email);
      if (key !== null && !unique.includes(key)) unique.push(key);
    }
    const chunks: string[][] = [];
    for (let i = 0; i < unique.length; i += perRequest)
      chunks.push(unique.slice(i, i + perRequest));
    const permission = permissionFor("calendar", options.scopes);
    const linked = linkedAbort(callOptions?.signal);
    const answered = await allOrFirstFailure(
      chunks.map((chunk) => async () => {
        const sent = await send("POST", "/me/calendar/getSchedule", {
          body: scheduleRequest(chunk, scheduleWindow),
          headers: { Prefer: 'outlook.timezone="UTC"' },
          permission,
          signal: linked.signal,
          onFailure: linked.abort,
        });
        if (!isRecord(sent.body) || !Array.isArray(sent.body.value)) {
          throw new UnexpectedGraphError("getSchedule answered without a value list", sent.status);
        }
        return readScheduleResponse(sent.body, chunk, scheduleWindow);
      }),
      linked.abort,
    );
    const byEmail = new Map(answered.flat().map((lookup) => [lookup.email, lookup]));
    return emails.map((email): ScheduleLookup => {
      const key = normaliseEmail(email);
      const found = key === null ? undefined : byEmail.get(key);
      return found ?? { email: email.trim().toLowerCase(), ok: false, problem: "not-found" };
    });
  }

  async function searchColleagues(
    text: string,
    callOptions?: { top?: number; signal?: AbortSignal },
  ): Promise<Colleague[]> {
    const expression = searchExpression(text);
    if (expression === null) return [];
    const top = Math.max(1, Math.min(50, Math.floor(callOptions?.top ?? 15)));
    const query =
      `$search=${encodeURIComponent(expression)}` +
      `&$select=${COLLEAGUE_FIELDS.join(",")}` +
      `&$top=${top}`;
    const sent = await send("GET", `/users?${query}`, {
      headers: { ConsistencyLevel: "eventual" },
      permission: permissionFor("users", options.scopes),
      ...(callOptions?.signal ? { signal: callOptions.signal } : {}),
    });
    if (!isRecord(sent.body) || !Array.isArray(sent.body.value)) {
      throw new UnexpectedGraphError("The user search answered without a value list", sent.status);
    }
    return sent.body.value.map(readColleague).filter((c): c is Colleague => c !== null);
  }

  async function officeLocations(
    emails: readonly string[],
    callOptions?: { signal?: AbortSignal },
  ): Promise<Map<string, string | null>> {
    const wanted: string[] = [];
    for (const email of emails) {
      const key = normaliseEmail(email);
      if (key !== null && !wanted.includes(key)) wanted.push(key);
    }
    let pending = wanted.filter((key) => !locations.has(key));
    const permission = permissionFor("users", options.scopes);
    const linked = linkedAbort(callOptions?.signal);
    for (let round = 0; pending.length > 0 && round <= maxRetries; round++) {
      const batches: string[][] = [];
      for (let i = 0; i < pending.length; i += MAX_BATCH_REQUESTS) {
        batches.push(pending.slice(i, i + MAX_BATCH_REQUESTS));
      }
      const retry: string[] = [];
      let longestWait: number | null = null;
      await allOrFirstFailure(
        batches.map((batch) => async () => {
          const sent = await send("POST", "/$batch", {
            body: {
              requests: batch.map((email, index) => ({
                id: String(index + 1),
                method: "GET",
                url: `/users/${encodeURIComponent(email)}?$select=mail,officeLocation`,
              })),
            },
            permission,
            signal: linked.signal,
            onFailure: linked.abort,
          });
          const responses =
            isRecord(sent.body) && Array.isArray(sent.body.responses) ? sent.body.responses : null;
          if (responses === null) {
            throw new UnexpectedGraphError("$batch answered without responses", sent.status);
          }
          const answered = new Set<string>();
          for (const item of responses) {
            if (!isRecord(item)) continue;
            const email = batch[Number(item.id) - 1];
            if (email === undefined) continue;
            answered.add(email);
            const status = Number(item.status);
            if (status >= 200 && status < 300) {
              const body = isRecord(item.body) ? item.body : {};
              locations.set(email, textOrNull(body.officeLocation));
            } else if (status === 404) {
              locations.set(email, null);
            } else if (status === 429 || status === 503) {
              retry.push(email);
              const headers = isRecord(item.headers) ? item.headers : {};
              const header = Object.entries(headers).find(
                ([k]) => k.toLowerCase() === "retry-after",
              );
              const seconds = parseRetryAfter(header ? String(header[1]) : null, now());
              if (seconds !== null) longestWait = Math.max(longestWait ?? 0, seconds);
            } else if (status === 401 || status === 403) {
              throw new ConsentMissingError(permission, status);
            }
            // Other failures are left out, and asked again next time.
          }
          for (const email of batch) if (!answered.has(email)) retry.push(email);
        }),
        linked.abort,
      );
      pending = retry;
      if (pending.length > 0 && round < maxRetries) {
        const seconds: number = longestWait ?? 2 ** round;
        if (seconds > maxWait) break;
        blockedUntil = Math.max(blockedUntil, now() + seconds * 1000);
        stats.retries++;
      }
    }
    const result = new Map<string, string | null>();
    for (const key of wanted) if (locations.has(key)) result.set(key, locations.get(key) ?? null);
    return result;
  }

  return { getSchedules, searchColleagues, officeLocations, stats };
}
