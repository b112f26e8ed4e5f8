/**
 * The Advice contract (advice.schema.json) as a zod schema, plus our extensions. The command line
 * checks every answer against it before printing, so that a script reading `--json` can rely on
 * the contract: an answer that breaks it is our bug and ends in exit status 1, never in bad JSON.
 */
import { z } from "zod";
import {
  EVIDENCE_FIELDS,
  GUIDELINES,
  LOCAL_GUIDELINE_AREAS,
  OTHER_PROVIDERS,
  PURPOSES,
  RECOMMENDATIONS,
  REMINDER_CODES,
} from "../advisor/types";
import type { Advice } from "../advisor/types";
import type { Declared } from "./draftSchema";
import { formatIssuePath, parseWithIssues } from "../policy/schema";

const note = {
  code: z.string(),
  guideline: z.enum(GUIDELINES),
  message: z.string(),
};

export const noteSchema = z.looseObject({
  ...note,
  /** Extension: the words a purpose reason rests on. */
  evidence: z
    .array(z.looseObject({ field: z.enum(EVIDENCE_FIELDS), terms: z.array(z.string()).min(1) }))
    .optional(),
});

export const reminderSchema = z.looseObject({
  ...note,
  code: z.enum(REMINDER_CODES),
  severity: z.enum(["info", "warning"]),
});

const count = z.int().min(0);

export const travelSchema = z.looseObject({
  meetingSite: z.string(),
  attendeesTravelling: count,
  attendeesUnknown: count,
  minutesSaved: z.number().min(0),
  kmSaved: z.number().min(0),
});

export const meetingLinkSchema = z.looseObject({
  present: z.boolean(),
  url: z.string().optional(),
  /** Extension. */
  videoAddress: z.string().optional(),
  /** Extension. */
  others: z.array(z.looseObject({ provider: z.enum(OTHER_PROVIDERS), url: z.string() })).optional(),
});

/** The contract's fields are required as the contract says; our extensions are checked when present. */
export const adviceSchema = z.looseObject({
  recommendation: z.enum(RECOMMENDATIONS),
  purpose: z.enum(PURPOSES),
  confidence: z.number().min(0).max(1),
  reasons: z.array(noteSchema),
  reminders: z
    .array(reminderSchema)
    .refine((reminders) => new Set(reminders.map((r) => r.code)).size === reminders.length, {
      error: "has a reminder code more than once",
    }),
  travel: travelSchema.nullable(),
  meetingLink: meetingLinkSchema,
  personalData: z
    .array(
      z.looseObject({
        kind: z.literal("cpr"),
        field: z.enum(["subject", "body", "location", "hidden"]),
        masked: z.string(),
      }),
    )
    .optional(),
  localGuidelines: z
    .array(
      z.looseObject({
        unit: z.string(),
        area: z.enum(LOCAL_GUIDELINE_AREAS),
        situation: z.string(),
        guideline: z.string(),
      }),
    )
    .optional(),
  videoMeeting: z.boolean().optional(),
});

// Every Advice the advisor can return type-checks against the schema's shape.
const adviceFits: Advice extends Declared<z.infer<typeof adviceSchema>> ? true : false = true;
void adviceFits;

/** The first place where an answer breaks the contract, or null when it keeps it. */
export function adviceContractProblem(advice: unknown): { path: string; message: string } | null {
  const parsed = parseWithIssues(adviceSchema, advice);
  if (parsed.ok) return null;
  const [first] = parsed.issues;
  return first ? { path: formatIssuePath(first.path), message: first.message } : null;
}
