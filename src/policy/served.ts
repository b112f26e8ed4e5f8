/**
 * The organisation's policy as IT serves it: `policy.json` beside the add-in. Entry points load it
 * once at start through `loadServedPolicy` and pass it down; every failure ends in a usable policy
 * (the last good copy, then the embedded default) and a reason IT can act on, never in a broken
 * pane or a blocked send.
 *
 * Pure of Office, DOM and zod: fetching, validating and keeping a copy come in as ports, so that
 * the pane can load the validator lazily, the event bundle can bring its own, and tests can drive
 * every branch. Only the entry points know the embedded default; they pass it as `fallback`.
 */
import type { Policy } from "./types";

/** The file the policy is served as, beside the add-in's pages. */
export const POLICY_FILE = "policy.json";

/** One thing wrong with a served policy, as validatePolicy reports it. */
export interface PolicyIssue {
  path: string;
  message: string;
}

/** What the validator answers (validatePolicy's result). */
export type PolicyCheck = { ok: true; policy: Policy } | { ok: false; issues: PolicyIssue[] };

/** Why the served policy is not the one in use. */
export type PolicyProblem =
  | { kind: "timeout"; ms: number }
  | { kind: "unreachable"; detail: string }
  | { kind: "http"; status: number }
  | { kind: "not-json"; detail: string }
  | { kind: "invalid"; issues: PolicyIssue[] };

/** Where the policy in use came from. */
export type PolicySource = "served" | "kept" | "default";

/** The policy in use, where it came from, and what went wrong on the way (absent when served). */
export interface LoadedPolicy {
  policy: Policy;
  source: PolicySource;
  problem?: PolicyProblem;
}

/** A copy of the last policy that was served and valid: the pane's localStorage, where there is one. */
export interface PolicyKeeper {
  /** The kept text, or null. Never throws (a store that fails is an empty one). */
  read(): string | null;
  /** Keeps the text; failures (quota, private mode) are swallowed. */
  write(text: string): void;
}

/**
 * The policy texts this build of Mødeguide has found valid before, kept between openings of the
 * pane: a served text it holds needs no validator, so that the pane's usual opening (IT's policy,
 * unchanged since the last one) loads neither the validator's chunk nor runs it. A store that
 * fails knows nothing; a new build has a store of its own (its rules may be stricter).
 */
export interface CheckedTexts {
  /** Whether this build found exactly `text` valid before. */
  has(text: string): boolean;
  /** Remembers that this build found `text` valid. */
  add(text: string): void;
}

/** The ports loadServedPolicy works through. */
export interface PolicyLoaderPorts {
  /** The policy's address: absolute in the event runtime, which has no page to be relative to. */
  url: string;
  /**
   * GET the URL, bypassing the browser's cache only as HTTP says (the server sends no-cache);
   * rejects on a network failure. A late answer is still kept for next time, so it is not aborted.
   */
  fetchText(url: string): Promise<{ status: number; text: string }>;
  /** Checks a parsed document (validatePolicy), possibly after loading the validator. */
  validate(value: unknown): PolicyCheck | Promise<PolicyCheck>;
  /**
   * The embedded default: used when nothing else is. A served or kept document equal to it is
   * used as it is, without the validator: the default is trusted, compiled into the bundle.
   */
  fallback: Policy;
  /** How long to wait before falling back. */
  timeoutMs: number;
  keeper?: PolicyKeeper;
  /** The texts this build found valid before, at earlier openings; without it, none. */
  checked?: CheckedTexts;
  /** Receives the reason, with the path of each bad field, when the served policy is not used. */
  warn?: (message: string) => void;
  /** Timers, for tests; the global ones by default. */
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

/** The result of loading within the deadline, and the load's final outcome should it come later. */
export interface PolicyLoad {
  /** What to use now: settled within `timeoutMs`. */
  now: Promise<LoadedPolicy>;
  /**
   * The served policy's outcome, whenever it comes: equal to `now` when the served policy came in
   * time; when it came late and valid, the pane may switch to it.
   */
  settled: Promise<LoadedPolicy>;
}

/** The most issues written to the console: a broken file can have thousands. */
const MAX_LOGGED_ISSUES = 20;

/** One line per problem, for the console: IT reads it in the browser's developer tools. */
export function describePolicyProblem(problem: PolicyProblem, url: string): string {
  const head = `Mødeguide: the organisation's policy (${url}) is not used`;
  switch (problem.kind) {
    case "timeout":
      return `${head}: no answer within ${problem.ms} ms`;
    case "unreachable":
      return `${head}: it could not be fetched (${problem.detail})`;
    case "http":
      return `${head}: the server answered HTTP ${problem.status}`;
    case "not-json":
      return `${head}: it is not JSON (${problem.detail})`;
    case "invalid": {
      const shown = problem.issues.slice(0, MAX_LOGGED_ISSUES);
      const more = problem.issues.length - shown.length;
      const lines = shown.map((i) => `  ${i.path === "" ? "(document)" : i.path}: ${i.message}`);
      if (more > 0) lines.push(`  … and ${more} more`);
      return `${head}: it is not valid:\n${lines.join("\n")}`;
    }
  }
}

/** The result of a store's call, or undefined when it throws: keeping copies is a convenience. */
function attempt<T>(call: () => T): T | undefined {
  try {
    return call();
  } catch {
    return undefined;
  }
}

function errorText(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}

/**
 * Validated policies by their exact text, per validator: the same text is valid once and for all,
 * so that the pane's next opening and an event runtime that lives on skip the validation.
 */
const checkedTexts = new WeakMap<PolicyLoaderPorts["validate"], Map<string, PolicyCheck>>();
const MAX_CHECKED_TEXTS = 4;

/**
 * Whether a parsed JSON document holds exactly what `trusted` holds: the same plain objects, arrays
 * and primitives, whatever the order of keys; a property that is undefined counts as absent, as
 * JSON has no undefined. Iterative, so that a deeply nested document cannot overflow the stack.
 */
export function jsonEquals(value: unknown, trusted: unknown): boolean {
  const pending: Array<[unknown, unknown]> = [[value, trusted]];
  while (pending.length > 0) {
    const [a, b] = pending.pop()!;
    if (a === b) continue;
    if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
    if (Array.isArray(a) !== Array.isArray(b)) return false;
    if (Array.isArray(a)) {
      const other = b as unknown[];
      if (a.length !== other.length) return false;
      for (let i = 0; i < a.length; i++) pending.push([a[i], other[i]]);
      continue;
    }
    const left = a as Record<string, unknown>;
    const right = b as Record<string, unknown>;
    const keys = (o: Record<string, unknown>) => Object.keys(o).filter((k) => o[k] !== undefined);
    const leftKeys = keys(left);
    if (leftKeys.length !== keys(right).length) return false;
    for (const key of leftKeys) {
      if (!Object.prototype.hasOwnProperty.call(right, key)) return false;
      pending.push([left[key], right[key]]);
    }
  }
  return true;
}

async function check(text: string, ports: PolicyLoaderPorts): Promise<PolicyCheck | PolicyProblem> {
  let memo = checkedTexts.get(ports.validate);
  const known = memo?.get(text);
  if (known) return known;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { kind: "not-json", detail: errorText(error) };
  }
  // The embedded default is compiled in and trusted: a served copy of it needs no validator (in
  // the pane, a chunk of some 30 KB and its run on every first opening). The fallback object
  // itself is used, so that whatever was prepared for it (the vocabulary's matcher) serves.
  if (jsonEquals(value, ports.fallback)) return { ok: true, policy: ports.fallback };
  if (attempt(() => ports.checked?.has(text)) === true) {
    return { ok: true, policy: value as Policy };
  }
  const result = await ports.validate(value);
  // Remembered only when the validator returns the document as it is (the schema neither drops
  // nor fills in anything), so that the parsed text alone stands for the checked policy.
  if (result.ok && jsonEquals(value, result.policy)) attempt(() => ports.checked?.add(text));
  if (!memo) {
    memo = new Map();
    checkedTexts.set(ports.validate, memo);
  }
  if (memo.size >= MAX_CHECKED_TEXTS) memo.clear();
  memo.set(text, result);
  return result;
}

/** The served policy, or why not. */
async function fetchServed(
  ports: PolicyLoaderPorts,
): Promise<{ policy: Policy; text: string } | PolicyProblem> {
  let response: { status: number; text: string };
  try {
    response = await ports.fetchText(ports.url);
  } catch (error) {
    return { kind: "unreachable", detail: errorText(error) };
  }
  if (response.status < 200 || response.status > 299) {
    return { kind: "http", status: response.status };
  }
  const result = await check(response.text, ports);
  if ("kind" in result) return result;
  if (!result.ok) return { kind: "invalid", issues: result.issues };
  return { policy: result.policy, text: response.text };
}

/** The kept copy when it is still valid (a newer Mødeguide may have tightened the rules). */
async function keptPolicy(ports: PolicyLoaderPorts): Promise<Policy | null> {
  const text = attempt(() => ports.keeper?.read()) ?? null;
  if (text === null) return null;
  try {
    const result = await check(text, ports);
    return "kind" in result || !result.ok ? null : result.policy;
  } catch {
    return null;
  }
}

/**
 * Loads the served policy. `now` settles within `timeoutMs` (plus the time to check a kept copy)
 * on the served policy, else the kept copy, else the fallback; it never rejects. A served policy
 * that is valid is kept for next time, also when it comes after the deadline.
 */
export function loadServedPolicy(ports: PolicyLoaderPorts): PolicyLoad {
  const setTimer = ports.setTimer ?? ((fn: () => void, ms: number) => setTimeout(fn, ms));
  const clearTimer =
    ports.clearTimer ??
    ((handle: unknown) => clearTimeout(handle as ReturnType<typeof setTimeout>));
  const served = fetchServed(ports).catch((error: unknown): PolicyProblem => ({
    kind: "unreachable",
    detail: errorText(error),
  }));
  const settled: Promise<LoadedPolicy> = served.then(async (outcome) => {
    if ("policy" in outcome) {
      attempt(() => ports.keeper?.write(outcome.text));
      return { policy: outcome.policy, source: "served" };
    }
    return fallBack(outcome);
  });

  const fallBack = async (problem: PolicyProblem): Promise<LoadedPolicy> => {
    const kept = await keptPolicy(ports);
    return kept
      ? { policy: kept, source: "kept", problem }
      : { policy: ports.fallback, source: "default", problem };
  };

  // Each problem once: a timeout now, and what the late answer turned out to be.
  const reported = new Set<string>();
  const report = (loaded: LoadedPolicy): LoadedPolicy => {
    if (loaded.problem && !reported.has(loaded.problem.kind)) {
      reported.add(loaded.problem.kind);
      try {
        ports.warn?.(describePolicyProblem(loaded.problem, ports.url));
      } catch {
        // The console is a courtesy.
      }
    }
    return loaded;
  };

  const deadline = new Promise<"late">((resolve) => {
    const handle = setTimer(() => resolve("late"), ports.timeoutMs);
    void served.then(() => clearTimer(handle));
  });
  const now = Promise.race([settled, deadline]).then((first) =>
    first === "late" ? fallBack({ kind: "timeout", ms: ports.timeoutMs }) : first,
  );
  return { now: now.then(report), settled: settled.then(report) };
}
