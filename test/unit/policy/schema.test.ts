import { readFileSync } from "node:fs";
import path from "node:path";
import { DEFAULT_POLICY } from "../../../src/policy/defaultPolicy";
import { z } from "zod";
import {
  formatIssuePath,
  INVISIBLE_RANGES,
  MAX_COMPOUND_ENDINGS,
  MAX_TERM_LENGTH,
  MAX_VOCABULARY_TERMS,
  parseWithIssues,
  validatePolicy,
} from "../../../src/policy/schema";
import type { Policy } from "../../../src/policy/types";

type Key = string | number;
type Edit = { set: Key[]; value: unknown } | { delete: Key[] } | { push: Key[]; value: unknown };

interface BrokenCase {
  name: string;
  edits: Edit[];
  /** Every issue expected, in order: its exact path and a part of its message. */
  issues: { path: string; message: string }[];
}

const cases = JSON.parse(
  readFileSync(path.join(__dirname, "..", "..", "fixtures", "policy", "broken.json"), "utf8"),
) as BrokenCase[];

/** The default policy with the case's edits made, as a plain JSON value. */
function edited(edits: readonly Edit[]): unknown {
  const doc = JSON.parse(JSON.stringify(DEFAULT_POLICY)) as Record<Key, unknown>;
  for (const edit of edits) {
    const keys = "set" in edit ? edit.set : "delete" in edit ? edit.delete : edit.push;
    const parentKeys = keys.slice(0, -1);
    const last = keys[keys.length - 1] as Key;
    const parent = parentKeys.reduce<Record<Key, unknown>>(
      (at, key) => at[key] as Record<Key, unknown>,
      doc,
    );
    if ("set" in edit) parent[last] = edit.value;
    else if ("delete" in edit) delete parent[last];
    else (parent[last] as unknown[]).push(edit.value);
  }
  return doc;
}

describe("validatePolicy", () => {
  it("accepts the embedded default policy and returns it", () => {
    const result = validatePolicy(DEFAULT_POLICY);
    expect(result).toEqual({ ok: true, policy: DEFAULT_POLICY });
  });

  it("accepts the default policy after a trip through JSON (what IT starts from)", () => {
    expect(validatePolicy(JSON.parse(JSON.stringify(DEFAULT_POLICY))).ok).toBe(true);
  });

  it.each(cases.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    const result = validatePolicy(edited(c.edits));
    if (c.issues.length === 0) {
      expect(result).toEqual({ ok: true, policy: expect.any(Object) });
      return;
    }
    if (result.ok) throw new Error("expected the policy to be rejected");
    expect(result.issues.map((i) => i.path)).toEqual(c.issues.map((i) => i.path));
    c.issues.forEach((expected, index) => {
      expect(result.issues[index]?.message).toContain(expected.message);
    });
  });

  it.each([
    ["null", null, "expected an object, got null"],
    ["an array", [], "expected an object, got an array"],
    ["a string", "policy", "expected an object, got a string"],
  ])("rejects %s as a whole with an empty path", (_name, value, message) => {
    expect(validatePolicy(value)).toEqual({ ok: false, issues: [{ path: "", message }] });
  });

  it("reports every missing part of an empty object at once", () => {
    const result = validatePolicy({});
    if (result.ok) throw new Error("expected the policy to be rejected");
    expect(result.issues.map((i) => i.path)).toEqual([
      "version",
      "name",
      "revision",
      "organisation",
      "timeZone",
      "sites",
      "travel",
      "meetingLink",
      "vocabulary",
      "thresholds",
      "localGuidelines",
    ]);
    for (const issue of result.issues) expect(issue.message).toBe("is required but missing");
  });

  it("does not echo a long value whole", () => {
    const long = `Europe/${"x".repeat(10_000)}`;
    const result = validatePolicy(edited([{ set: ["timeZone"], value: long }]));
    if (result.ok) throw new Error("expected the policy to be rejected");
    expect(result.issues[0]?.message.length).toBeLessThan(120);
  });
});

/** `count` distinct made-up words that fold to distinct keys (consonants only: no æ/aa folding). */
function madeUpWords(count: number, prefix = "qz"): string[] {
  const letters = "bcdfghjklmnpqrstvwxz";
  return Array.from({ length: count }, (_, i) => {
    let word = prefix;
    for (let n = i, k = 0; k < 4; k++, n = Math.floor(n / letters.length)) {
      word += letters[n % letters.length];
    }
    return word;
  });
}

const vocabularySize = (policy: Policy) => {
  const v = policy.vocabulary;
  const lists = [
    ...Object.values(v.purposes),
    ...Object.values(v.topics).map((list) => list ?? []),
    v.neutral,
    v.handsOn,
    v.screenSharing,
    v.unavailable,
    v.patientContact,
    v.formVirtual,
    v.formPhysical,
    v.interruptible,
    v.compoundEndings,
  ];
  return lists.reduce((sum, list) => sum + list.length, 0);
};

/** The default with its neutral list made as long as it takes for `total` terms in all. */
function withTotalTerms(total: number): Policy {
  const policy = structuredClone(DEFAULT_POLICY);
  const others = vocabularySize(policy) - policy.vocabulary.neutral.length;
  policy.vocabulary.neutral = madeUpWords(total - others);
  return policy;
}

describe("validatePolicy: the vocabulary's size limits", () => {
  it.each([
    ["exactly the most terms in all", () => withTotalTerms(MAX_VOCABULARY_TERMS), []],
    [
      "one term too many in all",
      () => withTotalTerms(MAX_VOCABULARY_TERMS + 1),
      [
        {
          path: "vocabulary",
          message: `has 5,001 words and phrases in all; at most 5,000 are allowed`,
        },
      ],
    ],
    [
      "exactly the most compound endings",
      () => {
        const policy = structuredClone(DEFAULT_POLICY);
        policy.vocabulary.compoundEndings = madeUpWords(MAX_COMPOUND_ENDINGS);
        return policy;
      },
      [],
    ],
    [
      "one compound ending too many",
      () => {
        const policy = structuredClone(DEFAULT_POLICY);
        policy.vocabulary.compoundEndings = madeUpWords(MAX_COMPOUND_ENDINGS + 1);
        return policy;
      },
      [{ path: "vocabulary.compoundEndings", message: "must have at most 100 endings" }],
    ],
  ] as const)("%s", (_name, build, expected) => {
    const policy = build();
    expect(vocabularySize(policy)).toBeLessThanOrEqual(MAX_VOCABULARY_TERMS + 1);
    const result = validatePolicy(policy);
    if (expected.length === 0) {
      expect(result).toEqual({ ok: true, policy });
      return;
    }
    if (result.ok) throw new Error("expected the policy to be rejected");
    expect(result.issues.map((i) => i.path)).toEqual(expected.map((i) => i.path));
    expected.forEach((issue, index) => {
      expect(result.issues[index]?.message).toContain(issue.message);
    });
  });

  it("names a term over the length limit without echoing it whole", () => {
    const policy = structuredClone(DEFAULT_POLICY);
    const at = policy.vocabulary.purposes.status.length;
    policy.vocabulary.purposes.status.push("x".repeat(100_000));
    const result = validatePolicy(policy);
    if (result.ok) throw new Error("expected the policy to be rejected");
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]?.path).toBe(`vocabulary.purposes.status[${at}]`);
    expect(result.issues[0]?.message).toContain(`a term may have at most ${MAX_TERM_LENGTH}`);
    expect(result.issues[0]?.message.length).toBeLessThan(150);
  });

  it("reports every spelling of one word but the first, each naming the first", () => {
    const policy = structuredClone(DEFAULT_POLICY);
    const spellings = ["Statusmøde", "STATUSMOEDE", "status møde", "status-mode", "Státusmøde"];
    const at = policy.vocabulary.purposes.status.length;
    policy.vocabulary.purposes.status.push(...spellings);
    const result = validatePolicy(policy);
    if (result.ok) throw new Error("expected the policy to be rejected");
    expect(result.issues.map((i) => `${i.path}: ${i.message.split(" (")[0]}`)).toEqual(
      spellings.map(
        (s, i) =>
          `vocabulary.purposes.status[${at + i}]: ${JSON.stringify(s)} folds to the same as [0] "statusmøde"`,
      ),
    );
  });
});

describe("formatIssuePath", () => {
  it.each([
    [[], ""],
    [["sites", 2, "aliases", 0], "sites[2].aliases[0]"],
    [[1, "attendees", 0, "email"], "[1].attendees[0].email"],
    [["x-extra", "a b"], '["x-extra"]["a b"]'],
    [["meetingLink", "joinUrl"], "meetingLink.joinUrl"],
  ])("%j → %s", (keys, expected) => {
    expect(formatIssuePath(keys)).toBe(expected);
  });
});

describe("parseWithIssues (the English messages)", () => {
  const messages = (schema: z.ZodType, value: unknown) => {
    const result = parseWithIssues(schema, value);
    return result.ok ? [] : result.issues.map((i) => `${formatIssuePath(i.path)}: ${i.message}`);
  };

  it.each([
    ["a missing key", z.object({ a: z.string() }), {}, ["a: is required but missing"]],
    [
      "a wrong type",
      z.object({ a: z.number() }),
      { a: "1" },
      ["a: expected a number, got a string"],
    ],
    ["a boolean", z.boolean(), null, [": expected true or false, got null"]],
    ["a literal", z.literal(1), 2, [": expected 1, got 2"]],
    ["an enum", z.enum(["a", "b", "c"]), "d", [': expected one of "a", "b" or "c", got "d"']],
    ["a short string", z.string().min(3), "ab", [": must be at least 3 characters"]],
    ["a long string", z.string().max(2), "abc", [": must be at most 2 characters"]],
    ["an empty array", z.array(z.string()).min(1), [], [": must not be empty"]],
    ["a long array", z.array(z.string()).max(1), ["a", "b"], [": must have at most 1 item"]],
    ["a number too big", z.number().lt(5), 5, [": must be less than 5"]],
    ["a number too small", z.number().gt(5), 5, [": must be greater than 5"]],
    ["a multiple", z.number().multipleOf(5), 7, [": must be a multiple of 5"]],
    [
      "unknown keys, one issue each",
      z.strictObject({ a: z.string() }),
      { a: "x", b: 1, "c d": 2 },
      [
        "b: unknown property (check the spelling)",
        '["c d"]: unknown property (check the spelling)',
      ],
    ],
    [
      "a union, by the branch of the value's type",
      z.union([z.null(), z.object({ a: z.string() })]),
      { a: 1 },
      ["a: expected a string, got a number"],
    ],
    [
      "a union that no branch fits",
      z.union([z.null(), z.object({ a: z.string() })]),
      "x",
      [": expected null or an object"],
    ],
  ])("%s", (_name, schema, value, expected) => {
    expect(messages(schema, value)).toEqual(expected);
  });
});

describe("join link checks without a URL global (classic Outlook's JavaScript-only runtime)", () => {
  const links = [
    "https://video.regionsjaelland.dk/meeting/{meetingId}",
    "https://video.regionsjaelland.dk:8443/m/{meetingId}?x=1#y",
    "https://user@video.regionsjaelland.dk/{meetingId}",
    "https://[2001:db8::1]/m/{meetingId}",
    "https:///m/{meetingId}",
    "https://:443/m/{meetingId}",
    "https://video.regionsjaelland.dk:99999/m/{meetingId}",
    "https:video.regionsjaelland.dk/{meetingId}",
  ];
  const verdicts = () =>
    links.map((joinUrl) => {
      const result = validatePolicy({
        ...DEFAULT_POLICY,
        meetingLink: { ...DEFAULT_POLICY.meetingLink, joinUrl },
      });
      return result.ok ? "ok" : result.issues.map((i) => `${i.path}: ${i.message}`).join("; ");
    });

  it("reaches the same verdicts as the URL parser", () => {
    const withUrl = verdicts();
    // The parser is lenient with a special scheme's slashes ("https:///m" has the host "m").
    const failing = "meetingLink.joinUrl: must be an https:// URL with a host name";
    expect(withUrl).toEqual(["ok", "ok", "ok", "ok", "ok", failing, failing, "ok"]);
    const url = globalThis.URL;
    try {
      delete (globalThis as { URL?: unknown }).URL;
      expect(typeof URL).toBe("undefined");
      expect(verdicts()).toEqual(withUrl);
    } finally {
      globalThis.URL = url;
    }
  });
});

describe("INVISIBLE_RANGES", () => {
  it("is exactly the control, format and separator characters, over every code point", () => {
    const ranges = new RegExp(`[${INVISIBLE_RANGES}]`, "u");
    const property = /[\p{Cc}\p{Cf}\p{Z}]/u;
    const differ: string[] = [];
    for (let code = 0; code <= 0x10ffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const ch = String.fromCodePoint(code);
      if (ranges.test(ch) !== property.test(ch)) differ.push(code.toString(16));
    }
    expect(differ).toEqual([]);
  });
});
