/**
 * The policy's schema: checks a JSON document that IT wrote against the Policy type, and says
 * what is wrong in plain English with a path to each problem (`travel[4].to`, `sites[2].aliases[0]`).
 *
 * This is the only policy module that imports zod: the task pane and the launch-event bundle import
 * DEFAULT_POLICY, never this file, so that they stay small.
 */
import { fillTemplate, MEETING_ID as PLACEHOLDER } from "../advisor/links";
import { IANAZone } from "luxon";
import { z } from "zod";
import { foldKey } from "../advisor/text";
import { LOCAL_GUIDELINE_AREAS, PURPOSES, WORD_PURPOSES } from "../advisor/types";
import type { Policy } from "./types";

/** One thing wrong with a document: where (`sites[2].aliases[0]`; empty for the whole document) and what. */
export interface ValidationIssue {
  path: string;
  message: string;
}

export type PolicyValidation =
  { ok: true; policy: Policy } | { ok: false; issues: ValidationIssue[] };

type PathKey = PropertyKey;

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** Writes a path as people read it in JSON: `[1].attendees[0].email`, `sites[2].aliases[0]`, `a["b c"]`. */
export function formatIssuePath(path: readonly PathKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else if (typeof key === "symbol") out += `[${String(key)}]`;
    else if (IDENTIFIER.test(key)) out += out === "" ? key : `.${key}`;
    else out += `[${JSON.stringify(key)}]`;
  }
  return out;
}

/** A value quoted for a message, cut short so that a huge or private value is not echoed whole. */
export function quoteValue(value: unknown, max = 40): string {
  if (typeof value === "string") {
    const cut = value.length > max ? `${value.slice(0, max)}…` : value;
    return JSON.stringify(cut);
  }
  if (typeof value === "number" || typeof value === "boolean" || value === null) {
    return String(value);
  }
  return describeType(value);
}

/** What a JSON value is, for "expected a string, got a number". */
export function describeType(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  switch (typeof value) {
    case "string":
      return "a string";
    case "number":
      return "a number";
    case "boolean":
      return value ? "true" : "false";
    case "object":
      return "an object";
    case "undefined":
      return "nothing";
    default:
      return typeof value;
  }
}

const EXPECTED: Record<string, string> = {
  string: "a string",
  number: "a number",
  int: "a whole number",
  boolean: "true or false",
  array: "an array",
  object: "an object",
  null: "null",
  record: "an object",
};

/**
 * The English message for a zod issue as it is being raised (the input is still at hand). Messages
 * given on a schema itself win over this map, so a field can say something more specific.
 */
export function englishMessage(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case "invalid_type": {
      if (issue.input === undefined) return "is required but missing";
      const expected = EXPECTED[issue.expected] ?? issue.expected;
      return `expected ${expected}, got ${describeType(issue.input)}`;
    }
    case "invalid_value": {
      if (issue.input === undefined) return "is required but missing";
      const options = issue.values.map((v) => JSON.stringify(v));
      const expected =
        options.length === 1
          ? options[0]
          : `one of ${options.slice(0, -1).join(", ")} or ${options.at(-1)}`;
      return `expected ${expected}, got ${quoteValue(issue.input)}`;
    }
    case "too_small": {
      const min = Number(issue.minimum);
      if (issue.origin === "string")
        return min <= 1 ? "must not be empty" : `must be at least ${min} characters`;
      if (issue.origin === "array")
        return min <= 1 ? "must not be empty" : `must have at least ${min} items`;
      return issue.inclusive === false ? `must be greater than ${min}` : `must be at least ${min}`;
    }
    case "too_big": {
      const max = Number(issue.maximum);
      if (issue.origin === "string")
        return `must be at most ${max} ${max === 1 ? "character" : "characters"}`;
      if (issue.origin === "array")
        return `must have at most ${max} ${max === 1 ? "item" : "items"}`;
      return issue.inclusive === false ? `must be less than ${max}` : `must be at most ${max}`;
    }
    case "invalid_format":
      return `${quoteValue(issue.input)} is not a valid ${issue.format}`;
    case "not_multiple_of":
      return `must be a multiple of ${issue.divisor}`;
    case "unrecognized_keys":
      return "unknown property (check the spelling)";
    default:
      return "is not valid here";
  }
}

/**
 * Flattens zod's issues into path + message pairs: one per unknown key, and for a union that
 * failed, the errors of the one branch that matched the value's type (else "expected X or Y").
 */
export function flattenIssues(
  issues: readonly z.core.$ZodIssue[],
  prefix: readonly PathKey[] = [],
): { path: PathKey[]; message: string }[] {
  const out: { path: PathKey[]; message: string }[] = [];
  for (const issue of issues) {
    const path = [...prefix, ...issue.path];
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) out.push({ path: [...path, key], message: issue.message });
    } else if (issue.code === "invalid_union" && issue.errors.length > 0) {
      const typeMismatch = (branch: z.core.$ZodIssue[]) =>
        branch.some((i) => i.code === "invalid_type" && i.path.length === 0);
      const fitting = issue.errors.filter((branch) => !typeMismatch(branch));
      const [only] = fitting;
      if (fitting.length === 1 && only) out.push(...flattenIssues(only, path));
      else {
        const expected = issue.errors
          .flat()
          .filter((i) => i.code === "invalid_type" && i.path.length === 0)
          .map((i) => (i.code === "invalid_type" ? (EXPECTED[i.expected] ?? i.expected) : ""));
        out.push({ path, message: `expected ${[...new Set(expected)].join(" or ")}` });
      }
    } else if (issue.code === "invalid_key" || issue.code === "invalid_element") {
      out.push(...flattenIssues(issue.issues, path));
    } else {
      out.push({ path, message: issue.message });
    }
  }
  return out;
}

/** Parses with the English messages and flattens the issues; the value is returned when it passes. */
export function parseWithIssues<T>(
  schema: z.ZodType<T>,
  value: unknown,
): { ok: true; value: T } | { ok: false; issues: { path: PathKey[]; message: string }[] } {
  const result = schema.safeParse(value, { error: englishMessage, reportInput: true });
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, issues: flattenIssues(result.error.issues) };
}

const nonEmptyText = z
  .string()
  .refine((s) => s.trim() !== "", { error: "must not be empty or only spaces" });

const words = z.array(nonEmptyText);

const site = z.strictObject({
  name: nonEmptyText,
  aliases: words,
  lat: z.number().min(-90, { error: "a latitude must be between -90 and 90" }).max(90, {
    error: "a latitude must be between -90 and 90",
  }),
  lon: z.number().min(-180, { error: "a longitude must be between -180 and 180" }).max(180, {
    error: "a longitude must be between -180 and 180",
  }),
});

const nonNegative = z.number().min(0, { error: "must be zero or more" });

const travelLeg = z.strictObject({
  from: nonEmptyText,
  to: nonEmptyText,
  km: nonNegative,
  minutes: nonNegative,
});

/** The link with a made-up id put in, so that the URL parser sees what a real link looks like. */
function isHttpsTemplate(template: string): boolean {
  try {
    return new URL(fillTemplate(template, "1234567890")).protocol === "https:";
  } catch {
    return false;
  }
}

const meetingLink = z.strictObject({
  name: nonEmptyText,
  joinUrl: z
    .string()
    .refine((s) => s.includes(PLACEHOLDER), {
      error: `must contain the placeholder ${PLACEHOLDER}, e.g. "https://video.example.org/meeting/${PLACEHOLDER}"`,
    })
    .refine(isHttpsTemplate, { error: "must be an https:// URL" }),
  videoAddress: z.string().refine((s) => s.includes(PLACEHOLDER), {
    error: `must contain the placeholder ${PLACEHOLDER}, e.g. "sip:${PLACEHOLDER}@video.example.org"`,
  }),
  meetingIdDigits: z
    .number()
    .int({ error: "must be a whole number from 4 to 20" })
    .min(4, { error: "must be a whole number from 4 to 20" })
    .max(20, { error: "must be a whole number from 4 to 20" }),
});

const purposeWords = z.strictObject(
  Object.fromEntries(WORD_PURPOSES.map((p) => [p, words])) as Record<
    (typeof WORD_PURPOSES)[number],
    typeof words
  >,
);

const vocabulary = z.strictObject({
  purposes: purposeWords,
  neutral: words,
  handsOn: words,
  screenSharing: words,
  unavailable: words,
  compoundEndings: words,
});

const thresholds = z.strictObject({
  substantialTravelMinutes: nonNegative,
  wholeDayMinutes: nonNegative,
});

const localGuideline = z.strictObject({
  area: z.enum(LOCAL_GUIDELINE_AREAS),
  situation: nonEmptyText,
  guideline: nonEmptyText,
  purposes: z.array(z.enum(PURPOSES)).optional(),
});

const unitGuidelines = z.strictObject({
  unit: nonEmptyText,
  guidelines: z.array(localGuideline),
});

/** The Policy type as a zod schema. Unknown properties are errors: in a hand-written file they are typos. */
export const policySchema = z.strictObject({
  version: z.literal(1),
  organisation: nonEmptyText,
  timeZone: z.string().refine((zone) => IANAZone.isValidZone(zone), {
    error: (issue) =>
      `${quoteValue(issue.input)} is not an IANA time zone such as "Europe/Copenhagen"`,
  }),
  sites: z.array(site).min(1, { error: "must name at least one site" }),
  travel: z.array(travelLeg),
  meetingLink,
  vocabulary,
  thresholds,
  localGuidelines: z.array(unitGuidelines),
});

// The compiler checks that the schema and the Policy type describe the same thing, both ways.
type SchemaPolicy = z.infer<typeof policySchema>;
const sameShape: [
  SchemaPolicy extends Policy ? true : false,
  Policy extends SchemaPolicy ? true : false,
] = [true, true];
void sameShape;

/**
 * The key under which the advisor matches a site name or alias: its own folding (case, accents,
 * æ/ae, ø/oe, å/aa, punctuation), so that two names are reported as the same exactly when the
 * advisor could not tell them apart.
 */
function fold(text: string): string {
  return foldKey(text);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function entries(value: unknown, key: string): [number, Record<string, unknown>][] {
  if (!isRecord(value)) return [];
  const list = value[key];
  if (!Array.isArray(list)) return [];
  return list.flatMap((item, index): [number, Record<string, unknown>][] =>
    isRecord(item) ? [[index, item]] : [],
  );
}

/**
 * The checks across fields that a per-field schema cannot make: unique sites, travel legs between
 * known sites and no pair twice, one entry per unit. They read the raw value defensively, so that
 * they also run (and are reported together) when parts of the document have the wrong type.
 */
function crossFieldIssues(value: unknown): { path: PathKey[]; message: string }[] {
  const issues: { path: PathKey[]; message: string }[] = [];

  const siteNames = new Map<string, number>(); // exact canonical name -> index
  const claimed = new Map<string, { site: number; label: string }>(); // folded name or alias -> owner
  const sites = entries(value, "sites");
  const claim = (index: number, label: string, path: PathKey[], text: unknown) => {
    if (typeof text !== "string" || text.trim() === "") return; // the schema reports these
    const key = fold(text);
    const at = ["sites", index, ...path];
    if (key === "") {
      issues.push({
        path: at,
        message: `${quoteValue(text)} has no letter or digit, so no location text can match it`,
      });
      return;
    }
    const owner = claimed.get(key);
    if (!owner) claimed.set(key, { site: index, label });
    else if (owner.site !== index) {
      issues.push({
        path: at,
        message: `${quoteValue(text)} also names sites[${owner.site}] (${owner.label}); a location text must point to one site`,
      });
    }
  };
  // Names first, so that an alias that clashes with a site's name is the one reported.
  for (const [index, site] of sites) {
    if (typeof site.name !== "string") continue;
    const first = siteNames.get(site.name);
    if (first !== undefined) {
      issues.push({
        path: ["sites", index, "name"],
        message: `${quoteValue(site.name)} is already the name of sites[${first}]`,
      });
      continue;
    }
    siteNames.set(site.name, index);
    claim(index, site.name, ["name"], site.name);
  }
  for (const [index, site] of sites) {
    if (!Array.isArray(site.aliases)) continue;
    const label = typeof site.name === "string" ? site.name : `sites[${index}]`;
    site.aliases.forEach((alias, i) => claim(index, label, ["aliases", i], alias));
  }

  const pairs = new Map<string, number>();
  for (const [index, leg] of entries(value, "travel")) {
    for (const end of ["from", "to"] as const) {
      const name = leg[end];
      if (typeof name !== "string" || name.trim() === "" || siteNames.has(name)) continue;
      const match = claimed.get(fold(name));
      const hint = match ? ` (did you mean ${JSON.stringify(match.label)}?)` : "";
      issues.push({
        path: ["travel", index, end],
        message: `${quoteValue(name)} is not one of the policy's sites${hint}`,
      });
    }
    if (typeof leg.from !== "string" || typeof leg.to !== "string") continue;
    if (leg.from === leg.to) {
      issues.push({
        path: ["travel", index, "to"],
        message: `a leg from ${quoteValue(leg.from)} to itself is not needed`,
      });
      continue;
    }
    const key = [leg.from, leg.to].sort().join("\u0000");
    const first = pairs.get(key);
    if (first !== undefined) {
      issues.push({
        path: ["travel", index],
        message: `${quoteValue(leg.from)}–${quoteValue(leg.to)} is already given in travel[${first}] (the table counts both directions)`,
      });
    } else pairs.set(key, index);
  }

  const units = new Map<string, number>();
  for (const [index, unit] of entries(value, "localGuidelines")) {
    if (typeof unit.unit !== "string" || unit.unit.trim() === "") continue;
    const key = fold(unit.unit);
    const first = units.get(key);
    if (first !== undefined) {
      issues.push({
        path: ["localGuidelines", index, "unit"],
        message: `${quoteValue(unit.unit)} already has guidelines in localGuidelines[${first}]; put them in one entry`,
      });
    } else units.set(key, index);
  }
  return issues;
}

const TOP_LEVEL_ORDER: readonly string[] = Object.keys(policySchema.shape);

/**
 * Where an issue sits in the document: its top-level key in the Policy type's order, then the item
 * of that list. Zod reports a field's issues in document order already; the cross-field issues come
 * after them, so this sorts them in among the others.
 */
function documentPosition(path: readonly PathKey[]): [number, number] {
  const [top, item] = path;
  const rank = typeof top === "string" ? TOP_LEVEL_ORDER.indexOf(top) : -1;
  return [rank < 0 ? TOP_LEVEL_ORDER.length : rank, typeof item === "number" ? item : -1];
}

/**
 * Checks a parsed JSON document against the Policy type and the rules that make it usable: a real
 * IANA zone, unique sites, travel legs between known sites, an https join link with {meetingId},
 * every purpose's word list, known areas and purposes in local guidelines. Never throws.
 */
export function validatePolicy(
  value: unknown,
): { ok: true; policy: Policy } | { ok: false; issues: ValidationIssue[] } {
  const parsed = parseWithIssues(policySchema, value);
  const issues = [...(parsed.ok ? [] : parsed.issues), ...crossFieldIssues(value)];
  if (parsed.ok && issues.length === 0) return { ok: true, policy: parsed.value };
  const ordered = issues
    .map((issue, order) => ({ issue, order }))
    .map(({ issue, order }) => ({ issue, order, at: documentPosition(issue.path) }))
    .sort((a, b) => a.at[0] - b.at[0] || a.at[1] - b.at[1] || a.order - b.order)
    .map(({ issue }) => ({ path: formatIssuePath(issue.path), message: issue.message }));
  return { ok: false, issues: ordered };
}
