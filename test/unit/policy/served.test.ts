import { DEFAULT_POLICY } from "../../../src/policy/defaultPolicy";
import { validatePolicy } from "../../../src/policy/schema";
import {
  type CheckedTexts,
  describePolicyProblem,
  jsonEquals,
  loadServedPolicy,
  type PolicyKeeper,
  type PolicyLoaderPorts,
} from "../../../src/policy/served";
import type { Policy } from "../../../src/policy/types";

const URL = "https://addins.regionsjaelland.dk/moedeguide/policy.json";
const custom: Policy = { ...DEFAULT_POLICY, name: "Testregion", revision: "3" };
const invalid = {
  ...DEFAULT_POLICY,
  travel: [{ from: "Sorø", to: "Kalundborg", km: 1, minutes: 1 }],
};

/** A keeper over a variable, counting writes. */
function memoryKeeper(initial: string | null = null) {
  const keeper = { text: initial, writes: 0 } as {
    text: string | null;
    writes: number;
  } & PolicyKeeper;
  keeper.read = () => keeper.text;
  keeper.write = (text) => {
    keeper.text = text;
    keeper.writes += 1;
  };
  return keeper;
}

/** Ports with a manual clock: `tick()` fires the deadline. */
function ports(
  fetchText: PolicyLoaderPorts["fetchText"],
  extra: Partial<PolicyLoaderPorts> = {},
): PolicyLoaderPorts & { warnings: string[]; tick: () => void } {
  const timers: Array<() => void> = [];
  const warnings: string[] = [];
  return {
    url: URL,
    fetchText,
    // A fresh function per test: the memo of checked texts is per validator.
    validate: (value) => validatePolicy(value),
    fallback: DEFAULT_POLICY,
    timeoutMs: 800,
    warn: (m) => warnings.push(m),
    setTimer: (fn) => timers.push(fn),
    clearTimer: () => undefined,
    ...extra,
    warnings,
    tick: () => timers.splice(0).forEach((fn) => fn()),
  };
}

const answer = (status: number, body: unknown) => () =>
  Promise.resolve({ status, text: typeof body === "string" ? body : JSON.stringify(body) });

describe("loadServedPolicy", () => {
  it("uses a valid served policy and keeps it for next time, saying nothing", async () => {
    const keeper = memoryKeeper();
    const p = ports(answer(200, custom), { keeper });
    const loaded = await loadServedPolicy(p).now;
    expect(loaded).toEqual({ policy: custom, source: "served" });
    expect(keeper.text).toBe(JSON.stringify(custom));
    expect(p.warnings).toEqual([]);
  });

  it("falls back to the kept copy on a 404, and says why once", async () => {
    const keeper = memoryKeeper(JSON.stringify(custom));
    const p = ports(answer(404, "Not Found"), { keeper });
    const load = loadServedPolicy(p);
    const loaded = await load.now;
    expect(loaded.source).toBe("kept");
    expect(loaded.policy).toEqual(custom);
    expect(loaded.problem).toEqual({ kind: "http", status: 404 });
    await load.settled;
    expect(p.warnings).toEqual([
      `Mødeguide: the organisation's policy (${URL}) is not used: the server answered HTTP 404`,
    ]);
    expect(keeper.writes).toBe(0);
  });

  it("falls back to the embedded default with no kept copy", async () => {
    const loaded = await loadServedPolicy(ports(answer(500, ""))).now;
    expect(loaded.source).toBe("default");
    expect(loaded.policy).toBe(DEFAULT_POLICY);
  });

  it("names the bad field's path when the served policy is invalid, and keeps the good copy", async () => {
    const keeper = memoryKeeper(JSON.stringify(custom));
    const p = ports(answer(200, invalid), { keeper });
    const loaded = await loadServedPolicy(p).now;
    expect(loaded.source).toBe("kept");
    expect(loaded.problem).toMatchObject({ kind: "invalid" });
    expect(p.warnings[0]).toContain(`travel[0].to: "Kalundborg" is not one of the policy's sites`);
    expect(keeper.text).toBe(JSON.stringify(custom));
  });

  it("does not use a kept copy that is no longer valid", async () => {
    const keeper = memoryKeeper(JSON.stringify(invalid));
    const loaded = await loadServedPolicy(ports(answer(404, ""), { keeper })).now;
    expect(loaded.source).toBe("default");
  });

  it("treats a keeper that throws as empty", async () => {
    const keeper: PolicyKeeper = {
      read: () => {
        throw new Error("SecurityError");
      },
      write: () => {
        throw new Error("QuotaExceededError");
      },
    };
    await expect(loadServedPolicy(ports(answer(404, ""), { keeper })).now).resolves.toMatchObject({
      source: "default",
    });
    await expect(
      loadServedPolicy(ports(answer(200, custom), { keeper })).now,
    ).resolves.toMatchObject({
      source: "served",
    });
  });

  it.each([
    ["not JSON", answer(200, "{ name: "), /is not JSON/],
    [
      "a network failure",
      () => Promise.reject(new TypeError("Failed to fetch")),
      /could not be fetched \(Failed to fetch\)/,
    ],
    [
      "a fetch that throws at once",
      () => {
        throw new TypeError("no fetch");
      },
      /could not be fetched \(no fetch\)/,
    ],
  ])("falls back on %s", async (_name, fetchText, reason) => {
    const p = ports(fetchText as PolicyLoaderPorts["fetchText"]);
    const loaded = await loadServedPolicy(p).now;
    expect(loaded.source).toBe("default");
    expect(p.warnings).toHaveLength(1);
    expect(p.warnings[0]).toMatch(reason);
  });

  it("stops waiting at the deadline, and keeps a policy that comes late for next time", async () => {
    let arrive: (value: { status: number; text: string }) => void = () => undefined;
    const keeper = memoryKeeper();
    const p = ports(() => new Promise((resolve) => (arrive = resolve)), { keeper });
    const load = loadServedPolicy(p);
    let now: unknown = null;
    void load.now.then((loaded) => (now = loaded));
    await Promise.resolve();
    expect(now).toBeNull();
    p.tick();
    await expect(load.now).resolves.toEqual({
      policy: DEFAULT_POLICY,
      source: "default",
      problem: { kind: "timeout", ms: 800 },
    });
    arrive({ status: 200, text: JSON.stringify(custom) });
    await expect(load.settled).resolves.toEqual({ policy: custom, source: "served" });
    expect(keeper.text).toBe(JSON.stringify(custom));
    expect(p.warnings).toEqual([
      `Mødeguide: the organisation's policy (${URL}) is not used: no answer within 800 ms`,
    ]);
  });

  it("checks a text once: the next loading of the same policy skips validation", async () => {
    const validate = jest.fn((value: unknown) => validatePolicy(value));
    await loadServedPolicy(ports(answer(200, custom), { validate })).now;
    await loadServedPolicy(ports(answer(200, custom), { validate })).now;
    expect(validate).toHaveBeenCalledTimes(1);
    await loadServedPolicy(ports(answer(200, { ...custom, revision: "4" }), { validate })).now;
    expect(validate).toHaveBeenCalledTimes(2);
  });
});

/** Checked texts over a set, as one build's store between openings. */
function memoryChecked(...texts: string[]): CheckedTexts & { texts: Set<string> } {
  const store = new Set(texts);
  return { texts: store, has: (text) => store.has(text), add: (text) => void store.add(text) };
}

describe("texts this build found valid before (between openings)", () => {
  // Each load gets a fresh validator, so that the in-page memo cannot be what skips it.
  const counting = () => jest.fn((value: unknown) => validatePolicy(value));
  const text = JSON.stringify(custom);

  it("remembers a valid served text, and uses it next time without the validator", async () => {
    const checked = memoryChecked();
    const first = counting();
    const loaded = await loadServedPolicy(ports(answer(200, text), { validate: first, checked }))
      .now;
    expect(loaded).toEqual({ policy: custom, source: "served" });
    expect(first).toHaveBeenCalledTimes(1);
    expect([...checked.texts]).toEqual([text]);

    const next = counting();
    const again = await loadServedPolicy(ports(answer(200, text), { validate: next, checked })).now;
    expect(next).not.toHaveBeenCalled();
    expect(again).toEqual({ policy: custom, source: "served" });
  });

  it("validates a text it does not hold, however alike (one character more)", async () => {
    const validate = counting();
    const checked = memoryChecked(text);
    await loadServedPolicy(ports(answer(200, `${text}\n`), { validate, checked })).now;
    expect(validate).toHaveBeenCalledTimes(1);
  });

  it("never remembers an invalid text (the valid kept copy it falls back to is)", async () => {
    const checked = memoryChecked();
    const keeper = memoryKeeper(text);
    const loaded = await loadServedPolicy(
      ports(answer(200, invalid), { validate: counting(), checked, keeper }),
    ).now;
    expect(loaded.source).toBe("kept");
    // The kept copy was valid and is remembered as such; the invalid served text is not.
    expect([...checked.texts]).toEqual([text]);
  });

  it("does not remember the embedded default, which needs no validator", async () => {
    const checked = memoryChecked();
    await loadServedPolicy(ports(answer(200, DEFAULT_POLICY), { checked })).now;
    expect(checked.texts.size).toBe(0);
  });

  it("remembers only a text the validator returns as it is", async () => {
    const checked = memoryChecked();
    // A validator that drops a field: the parsed text alone would not be the checked policy.
    const dropping = jest.fn((value: unknown) => {
      const result = validatePolicy(value);
      return result.ok
        ? { ok: true as const, policy: { ...result.policy, revision: "x" } }
        : result;
    });
    await loadServedPolicy(ports(answer(200, text), { validate: dropping, checked })).now;
    expect(checked.texts.size).toBe(0);
  });

  it("validates when the store throws, and still uses the served policy", async () => {
    const validate = counting();
    const broken: CheckedTexts = {
      has: () => {
        throw new Error("SecurityError");
      },
      add: () => {
        throw new Error("QuotaExceededError");
      },
    };
    const loaded = await loadServedPolicy(ports(answer(200, text), { validate, checked: broken }))
      .now;
    expect(validate).toHaveBeenCalledTimes(1);
    expect(loaded).toEqual({ policy: custom, source: "served" });
  });
});

/** The default with its keys in reverse order at every level, as another writer might put them. */
function reordered(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reordered);
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([k, v]) => [k, reordered(v)]),
  );
}

describe("the embedded default, served", () => {
  it("is used as it is, without the validator, however it is written", async () => {
    const validate = jest.fn((value: unknown) => validatePolicy(value));
    const keeper = memoryKeeper();
    const text = JSON.stringify(reordered(DEFAULT_POLICY), null, 2);
    const loaded = await loadServedPolicy(ports(answer(200, text), { validate, keeper })).now;
    expect(loaded).toEqual({ policy: DEFAULT_POLICY, source: "served" });
    // The very object, so that what was prepared for the default (the matcher) serves.
    expect(loaded.policy).toBe(DEFAULT_POLICY);
    expect(validate).not.toHaveBeenCalled();
    expect(keeper.text).toBe(text);
  });

  it("is used without the validator as the kept copy too", async () => {
    const validate = jest.fn((value: unknown) => validatePolicy(value));
    const keeper = memoryKeeper(JSON.stringify(DEFAULT_POLICY));
    const loaded = await loadServedPolicy(ports(answer(404, ""), { validate, keeper })).now;
    expect(loaded.source).toBe("kept");
    expect(loaded.policy).toBe(DEFAULT_POLICY);
    expect(validate).not.toHaveBeenCalled();
  });

  it.each([
    ["the revision changed", { ...DEFAULT_POLICY, revision: `${DEFAULT_POLICY.revision}-b` }],
    ["a site fewer", { ...DEFAULT_POLICY, sites: DEFAULT_POLICY.sites.slice(1) }],
    ["an extra field", { ...DEFAULT_POLICY, extra: true }],
  ])("goes through the validator when it differs in the least (%s)", async (_, served) => {
    const validate = jest.fn((value: unknown) => validatePolicy(value));
    await loadServedPolicy(ports(answer(200, served), { validate })).now;
    expect(validate).toHaveBeenCalledTimes(1);
  });
});

describe("jsonEquals", () => {
  const deep = (depth: number): unknown => {
    let value: unknown = 1;
    for (let i = 0; i < depth; i++) value = [value];
    return value;
  };
  it.each<[string, unknown, unknown, boolean]>([
    ["equal primitives", "a", "a", true],
    ["different strings", "a", "b", false],
    ["a number and its text", 1, "1", false],
    ["null and an object", null, {}, false],
    ["an object and null", {}, null, false],
    ["keys in another order", { a: 1, b: [1, 2] }, { b: [1, 2], a: 1 }, true],
    ["a key missing", { a: 1 }, { a: 1, b: 2 }, false],
    ["a key extra", { a: 1, b: 2 }, { a: 1 }, false],
    ["another key of the same count", { a: 1 }, { b: 1 }, false],
    ["an undefined property as absent", { a: 1 }, { a: 1, b: undefined }, true],
    ["arrays of another length", [1, 2], [1, 2, 3], false],
    ["arrays in another order", [1, 2], [2, 1], false],
    ["an array and an object with its indices", [1], { 0: 1 }, false],
    ["an object and an array", { 0: 1 }, [1], false],
    [
      "a difference deep inside",
      { a: [{ b: [1, { c: "x" }] }] },
      { a: [{ b: [1, { c: "y" }] }] },
      false,
    ],
    ["nesting deeper than the stack", deep(100_000), deep(100_000), true],
  ])("%s", (_, value, trusted, equal) => {
    expect(jsonEquals(value, trusted)).toBe(equal);
  });
});

describe("describePolicyProblem", () => {
  it("lists at most 20 issues, then how many more", () => {
    const issues = Array.from({ length: 25 }, (_, i) => ({
      path: `sites[${i}].name`,
      message: "bad",
    }));
    const text = describePolicyProblem({ kind: "invalid", issues }, URL);
    expect(text.split("\n")).toHaveLength(1 + 20 + 1);
    expect(text).toContain("sites[19].name: bad");
    expect(text).not.toContain("sites[20].name");
    expect(text).toMatch(/… and 5 more$/);
  });

  it("names the whole document when the path is empty", () => {
    expect(
      describePolicyProblem(
        { kind: "invalid", issues: [{ path: "", message: "expected an object" }] },
        URL,
      ),
    ).toContain("(document): expected an object");
  });
});
