/**
 * The MeetingDraft contract (meeting-draft.schema.json) as a zod schema, for input written by hand
 * or by scripts: required subject, start, end and attendees; the contract's enums; date-times with
 * an offset; additional properties allowed; our extensions (unit, showAs) optional. On top of the
 * contract's shape: dates that really exist (luxon, and no year 0), an end that is neither before
 * the start nor more than a year after it, and a real IANA zone.
 */
import { DateTime, IANAZone } from "luxon";
import { z } from "zod";
import { maskCprNumbers } from "../advisor/cpr";
import type { MeetingDraft } from "../advisor/types";
import { describeType, formatIssuePath, parseWithIssues, quoteValue } from "../policy/schema";

const EXAMPLE = "2026-12-03T10:00:00+01:00";
/** The contract's form (RFC 3339 with an offset): when a text has it but fails, a value is wrong. */
const RFC3339_FORM = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/i;
const HAS_TIME = /^[^T]+T\d/i;
const HAS_OFFSET = /T[\d:.,]+(?:Z|[+-]\d{2}(?::?\d{2})?)$/i;

/** Why a text is not a contract date-time, as specific as cheap checks can say. */
function dateTimeProblem(input: unknown): string {
  if (input === undefined) return "is required but missing";
  if (typeof input !== "string") return `expected a date-time string, got ${quoteValue(input)}`;
  // Masked before quoteValue cuts it short, so that a cut cannot leave part of a number showing.
  const quoted = quoteValue(maskCprNumbers(input));
  if (RFC3339_FORM.test(input))
    return `${quoted} is not a real date and time (check the day and hour)`;
  if (DateTime.fromISO(input, { setZone: true }).isValid) {
    if (!HAS_TIME.test(input))
      return `${quoted} has no time and no UTC offset; write it like ${EXAMPLE}`;
    if (!HAS_OFFSET.test(input)) return `${quoted} has no UTC offset; write it like ${EXAMPLE}`;
    return `${quoted} should be written exactly like ${EXAMPLE}, seconds included`;
  }
  return `${quoted} is not a date and time; write it like ${EXAMPLE}`;
}

/**
 * RFC 3339 (the contract's "date-time") with the offset required, a date luxon accepts too, and a
 * real year: RFC 3339 allows year 0000, which no calendar has (printed, it shows as year 1, and
 * a negative offset takes it to a UTC year before it).
 */
const dateTime = z.iso
  .datetime({ offset: true, error: (issue) => dateTimeProblem(issue.input) })
  .refine((text) => DateTime.fromISO(text, { setZone: true }).isValid, {
    error: (issue) => dateTimeProblem(issue.input),
    // Only when the form is right: otherwise the format check has said it already.
    when: (payload) => payload.issues.length === 0,
  })
  .refine((text) => !text.startsWith("0000"), {
    error: (issue) =>
      `${quoteValue(issue.input)} is in year 0, which does not exist; write the year in full, like ${EXAMPLE}`,
    when: (payload) => payload.issues.length === 0,
  });

const timeZone = z.string().refine((zone) => IANAZone.isValidZone(zone), {
  error: (issue) =>
    `${quoteValue(issue.input)} is not an IANA time zone such as "Europe/Copenhagen"`,
});

const person = {
  email: z.string(),
  name: z.string().optional(),
  /** The work site the person travels from (matched to the policy's sites by the advisor). */
  site: z.string().optional(),
  /** Extension: the organisational unit. */
  unit: z.string().optional(),
};

export const personSchema = z.looseObject(person);

export const attendeeSchema = z.looseObject({
  ...person,
  type: z.enum(["required", "optional", "resource"]).optional(),
});

export const recurrenceSchema = z.looseObject({
  frequency: z.enum(["daily", "weekly", "monthly", "yearly"]),
  interval: z.int({ error: "must be a whole number of 1 or more" }).min(1).optional(),
});

/** One MeetingDraft, exactly as the contract describes it (plus our optional extensions). */
export const draftSchema = z.looseObject({
  subject: z.string(),
  body: z.string().optional(),
  bodyType: z.enum(["text", "html"]).optional(),
  start: dateTime,
  end: dateTime,
  timeZone: timeZone.optional(),
  isAllDay: z.boolean().optional(),
  location: z.string().optional(),
  organizer: personSchema.optional(),
  attendees: z.array(attendeeSchema),
  recurrence: recurrenceSchema.nullable().optional(),
  sensitivity: z.enum(["normal", "personal", "private", "confidential"]).optional(),
  /** Extension: the organizer's free/busy status. */
  showAs: z.enum(["free", "tentative", "busy", "oof", "workingElsewhere", "unknown"]).optional(),
});

/**
 * A schema's type without the index signatures that "additional properties allowed" adds, so that
 * it can be compared with the declared interfaces.
 */
export type Declared<T> = T extends readonly (infer U)[]
  ? Declared<U>[]
  : T extends object
    ? { [K in keyof T as string extends K ? never : K]: Declared<T[K]> }
    : T;

// The compiler checks that what the schema lets through is a MeetingDraft, and the reverse.
type SchemaDraft = Declared<z.infer<typeof draftSchema>>;
const sameShape: [
  SchemaDraft extends MeetingDraft ? true : false,
  MeetingDraft extends SchemaDraft ? true : false,
] = [true, true];
void sameShape;

/** One problem in the input: `[1].attendees[0].email` and what is wrong there. */
export interface DraftIssue {
  path: string;
  message: string;
}

export type DraftValidation =
  { ok: true; drafts: MeetingDraft[]; single: boolean } | { ok: false; issues: DraftIssue[] };

/**
 * The longest a meeting may last: one occurrence is at most a year (a series is one occurrence and
 * its recurrence). Longer spans are typing mistakes (2207 for 2027), and would have the advisor
 * and the summary reason about centuries.
 */
const MAX_SPAN = { years: 1 } as const;

/** What is wrong with the span from start to end, when both are valid date-times. */
function spanProblem(value: unknown): string | null {
  if (typeof value !== "object" || value === null) return null;
  const { start, end } = value as { start?: unknown; end?: unknown };
  if (typeof start !== "string" || typeof end !== "string") return null;
  if (!dateTime.safeParse(start).success || !dateTime.safeParse(end).success) return null;
  const from = DateTime.fromISO(start, { setZone: true });
  const to = DateTime.fromISO(end, { setZone: true });
  if (to < from) return `${end} is before start ${start}`;
  if (to > from.plus(MAX_SPAN)) {
    return `${end} is more than a year after start ${start}; a meeting lasts at most a year (for a series, give one occurrence and its recurrence)`;
  }
  return null;
}

/**
 * A copy of a JSON value with every CPR number in its strings masked: what the messages about a
 * rejected draft quote, so that no message echoes a number, not even part of one cut short.
 * Iterative, since a draft's extra properties may nest as deep as JSON allows.
 */
function withCprMasked(value: unknown): unknown {
  const mask = (v: unknown): unknown => (typeof v === "string" ? maskCprNumbers(v) : v);
  const root = { value: mask(value) };
  const pending: Record<string | number, unknown>[] = [root];
  for (let node = pending.pop(); node; node = pending.pop()) {
    for (const key of Object.keys(node)) {
      const child = node[key];
      if (typeof child !== "object" || child === null) {
        node[key] = mask(child);
        continue;
      }
      const copy = Array.isArray(child) ? [...(child as unknown[])] : { ...child };
      node[key] = copy;
      pending.push(copy as Record<string | number, unknown>);
    }
  }
  return root.value;
}

function validateOne(
  value: unknown,
  prefix: (string | number)[],
  issues: DraftIssue[],
): MeetingDraft | null {
  const parsed = parseWithIssues(draftSchema, value);
  // Masking changes no value's validity (a date-time, zone or enum value holds no CPR number), so
  // the masked copy has the same issues, only quoted without the numbers.
  const quoted = parsed.ok ? parsed : parseWithIssues(draftSchema, withCprMasked(value));
  const mine = quoted.ok
    ? []
    : quoted.issues.map((i) => ({ path: [...prefix, ...i.path], message: i.message }));
  const span = spanProblem(value);
  if (span) mine.push({ path: [...prefix, "end"], message: span });
  for (const issue of mine)
    issues.push({ path: formatIssuePath(issue.path), message: issue.message });
  return parsed.ok && mine.length === 0 ? parsed.value : null;
}

/**
 * Checks one draft (a JSON object) or an array of them; returns them in order, or every issue with
 * its path (prefixed `[i]` in an array). Never throws.
 */
export function validateDrafts(value: unknown): DraftValidation {
  const issues: DraftIssue[] = [];
  if (typeof value !== "object" || value === null) {
    const got = describeType(value);
    const message = `expected a meeting draft (a JSON object) or an array of them, got ${got}`;
    return { ok: false, issues: [{ path: "", message }] };
  }
  if (Array.isArray(value)) {
    const drafts: MeetingDraft[] = [];
    value.forEach((item, index) => {
      const draft = validateOne(item, [index], issues);
      if (draft) drafts.push(draft);
    });
    return issues.length === 0 ? { ok: true, drafts, single: false } : { ok: false, issues };
  }
  const draft = validateOne(value, [], issues);
  return draft ? { ok: true, drafts: [draft], single: true } : { ok: false, issues };
}
