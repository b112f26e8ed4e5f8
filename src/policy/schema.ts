/**
 * The policy's schema: checks a JSON document that IT wrote against the Policy type, and says
 * what is wrong in plain English with a path to each problem (`travel[4].to`, `sites[2].aliases[0]`).
 *
 * This is the only policy module that imports zod. The pane loads it as a separate chunk, only to
 * check a served policy text it has not checked before; the event bundle includes it (it may not
 * load chunks), to check the served policy there too.
 */
import { fillTemplate, MEETING_ID as PLACEHOLDER } from "../advisor/links";
import { IANAZone } from "luxon";
import { z } from "zod";
import { foldKey, foldTerm } from "../advisor/text";
import { LOCAL_GUIDELINE_AREAS, PURPOSES, WORD_PURPOSES } from "../advisor/types";
import type { Policy } from "./types";
import {
  CALENDAR_SCOPES,
  CONTACT_TEMPLATE_RULES,
  DEFAULT_CONTACT_LINKS,
  DEFAULT_GRAPH_SCOPES,
  USER_SCOPES,
  type ContactKind,
} from "./colleagues";

// zod compiles object parsers with `new Function` where eval is allowed, and probes for that with a
// `new Function("")` that the add-in's Content-Security-Policy (deploy/, no 'unsafe-eval') reports
// as a violation in every client that enforces it. Without eval the check is a little slower, and
// a policy is checked once per text.
z.config({ jitless: true });

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

/**
 * The longest vocabulary term, in characters and in folded letters: a word or a short phrase
 * ("må ikke forstyrres", "medarbejderudviklingssamtale" has 28). It bounds the matcher's depth and
 * so how many terms can end at one place in a text.
 */
export const MAX_TERM_LENGTH = 64;
/**
 * The most terms in the whole vocabulary, every list counted. The embedded default has about 1,100;
 * 5,000 leaves room for every unit's words in several languages, while the matcher built from
 * 5,000 terms of 64 letters (its worst case) stays near 50 MB and compiles in well under a second.
 */
export const MAX_VOCABULARY_TERMS = 5_000;
/** The most compound endings: each is tried at the end of every word that a term starts. */
export const MAX_COMPOUND_ENDINGS = 100;
/** The fewest folded letters or digits of a term: one letter would match nearly every word. */
export const MIN_TERM_LETTERS = 2;

const nonEmptyText = z
  .string()
  .refine((s) => s.trim() !== "", { error: "must not be empty or only spaces" });

const words = z.array(nonEmptyText);

const site = z.strictObject({
  name: nonEmptyText.meta({
    description: 'The site\'s name as people know it, e.g. "Køge"; travel legs name sites by it.',
  }),
  aliases: words.meta({
    description:
      "Other ways a location text or a person's site names this site: buildings, addresses, postcodes (matched as whole words, without regard to case or accents).",
  }),
  lat: z
    .number()
    .min(-90, { error: "a latitude must be between -90 and 90" })
    .max(90, {
      error: "a latitude must be between -90 and 90",
    })
    .meta({ description: "Latitude in degrees, e.g. 55.47." }),
  lon: z
    .number()
    .min(-180, { error: "a longitude must be between -180 and 180" })
    .max(180, {
      error: "a longitude must be between -180 and 180",
    })
    .meta({ description: "Longitude in degrees, e.g. 12.16." }),
});

const nonNegative = z.number().min(0, { error: "must be zero or more" });

const travelLeg = z.strictObject({
  from: nonEmptyText.meta({ description: "A site's name, exactly as in sites." }),
  to: nonEmptyText.meta({ description: "Another site's name, exactly as in sites." }),
  km: nonNegative.meta({ description: "One-way road distance in kilometres." }),
  minutes: nonNegative.meta({ description: "One-way driving time in minutes." }),
});

/**
 * The control (Cc), format (Cf) and separator (Z) characters of Unicode 15.1, as ranges: the same
 * set as `[\p{Cc}\p{Cf}\p{Z}]`, which classic Outlook's ECMAScript 2016 runtime cannot parse (the
 * event handlers check the served policy there). A test compares the two over every code point.
 */
export const INVISIBLE_RANGES =
  "\\u0000-\\u0020\\u007f-\\u00a0\\u00ad\\u0600-\\u0605\\u061c\\u06dd\\u070f\\u0890-\\u0891\\u08e2\\u1680\\u180e" +
  "\\u2000-\\u200f\\u2028-\\u202f\\u205f-\\u2064\\u2066-\\u206f\\u3000\\ufeff\\ufff9-\\ufffb\\u{110bd}\\u{110cd}" +
  "\\u{13430}-\\u{1343f}\\u{1bca0}-\\u{1bca3}\\u{1d173}-\\u{1d17a}\\u{e0001}\\u{e0020}-\\u{e007f}";
const INVISIBLE = new RegExp(`[\\s${INVISIBLE_RANGES}]`, "u");

/**
 * What a link template may not contain: quotes and angle brackets (they would end an attribute or
 * start markup where the block writes the link), and any space, control or invisible format
 * character (a link that breaks or hides part of itself).
 */
const FORBIDDEN_IN_LINK = new RegExp(`["'\`<>\\s${INVISIBLE_RANGES}]`, "u");

/** A character for a message: itself when visible, else its code point (U+00A0). */
function showCharacter(ch: string): string {
  const code = ch.codePointAt(0) ?? 0;
  const visible = !INVISIBLE.test(ch);
  return visible ? ch : `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
}

/**
 * The one problem of a link template, or null: its scheme, then its characters, then exactly one
 * placeholder, then (for a URL) that it parses once an id is filled in. One message per field, the
 * first that applies, so that a fix is never buried under what follows from the same slip.
 */
function linkTemplateProblem(
  template: string,
  kind: { schemes: readonly string[]; example: string; isUrl: boolean },
): string | null {
  const lower = template.toLowerCase();
  if (!kind.schemes.some((scheme) => lower.startsWith(scheme))) {
    const schemes = kind.schemes.join(" or ");
    return `must start with ${schemes}, e.g. ${JSON.stringify(kind.example)}`;
  }
  const bad = FORBIDDEN_IN_LINK.exec(template);
  if (bad) {
    return `must not contain quotes, angle brackets, spaces or control characters; found ${showCharacter(bad[0])} at character ${bad.index + 1}`;
  }
  const placeholders = template.split(PLACEHOLDER).length - 1;
  if (placeholders === 0) {
    return `must contain the placeholder ${PLACEHOLDER}, e.g. ${JSON.stringify(kind.example)}`;
  }
  if (placeholders > 1) {
    return `must contain the placeholder ${PLACEHOLDER} exactly once, not ${placeholders} times`;
  }
  if (kind.isUrl) {
    // The link with a made-up id put in, so that the URL parser sees what a real link looks like.
    const host = httpsHost(fillTemplate(template, "1234567890"));
    if (host === null) return "must be an https:// URL with a host name";
    if (host === "") return "must be an https:// URL";
  }
  return null;
}

/** An https URL's authority as the WHATWG parser would take it apart (no URL global needed). */
const HTTPS_AUTHORITY =
  /^https:[/\\]*(?:[^/?#@\\]*@)?(\[[0-9a-f:.]+\]|[^/?#:[\]\\]+)(?::(\d{0,5}))?(?:[/?#\\]|$)/i;

/**
 * The host name of an https link, "" for a URL that is not https, or null for one that does not
 * parse. The URL parser decides where there is one; classic Outlook's JavaScript-only runtime,
 * where the event handlers check the served policy, has no URL global, and there the same
 * structure is checked by pattern, as leniently as the parser reads a special scheme: any
 * slashes, optional credentials, a host, an optional port.
 */
function httpsHost(link: string): string | null {
  if (typeof URL === "function") {
    try {
      const url = new URL(link);
      return url.protocol === "https:" ? url.hostname : "";
    } catch {
      return null;
    }
  }
  const match = HTTPS_AUTHORITY.exec(link);
  if (!match) return link.toLowerCase().startsWith("https:") ? null : "";
  const port = match[2];
  if (port !== undefined && port !== "" && Number(port) > 65535) return null;
  return match[1] ?? null;
}

const JOIN_URL = {
  schemes: ["https:"],
  example: `https://video.example.org/meeting/${PLACEHOLDER}`,
  isUrl: true,
} as const;
const VIDEO_ADDRESS = {
  schemes: ["sip:", "sips:"],
  example: `sip:${PLACEHOLDER}@video.example.org`,
  isUrl: false,
} as const;

/** A link template field: its one problem reported at its path (see linkTemplateProblem). */
const linkTemplate = (kind: typeof JOIN_URL | typeof VIDEO_ADDRESS) =>
  z.string().superRefine((template, ctx) => {
    const problem = linkTemplateProblem(template, kind);
    if (problem !== null) ctx.addIssue({ code: "custom", message: problem, input: template });
  });

const meetingLink = z.strictObject({
  name: nonEmptyText.meta({
    description:
      'The video service\'s name as people know it, e.g. "Cisco Jabber"; every text that names the service uses it.',
  }),
  joinUrl: linkTemplate(JOIN_URL).meta({
    description: `The https link that joins a meeting, with ${PLACEHOLDER} where the meeting's number goes, e.g. "${JOIN_URL.example}".`,
  }),
  videoAddress: linkTemplate(VIDEO_ADDRESS).meta({
    description: `The meeting's video (SIP) address, with ${PLACEHOLDER}, e.g. "${VIDEO_ADDRESS.example}".`,
  }),
  meetingIdDigits: z
    .number()
    .int({ error: "must be a whole number from 4 to 20" })
    .min(4, { error: "must be a whole number from 4 to 20" })
    .max(20, { error: "must be a whole number from 4 to 20" })
    .meta({ description: "How many digits a meeting's number has; Mødeguide draws it at random." }),
});

/** A GUID, as Entra ID writes application and directory ids. */
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** A DNS domain name such as "regionsjaelland.onmicrosoft.com" (a tenant may be named by one). */
const DOMAIN = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;
/** A delegated permission's name as Graph writes it: "Calendars.ReadBasic", "User.ReadBasic.All". */
const SCOPE = /^[A-Za-z][A-Za-z0-9]*(?:\.[A-Za-z0-9]+)*$/;

const graphRegistration = z
  .strictObject({
    clientId: z
      .string()
      .refine((id) => GUID.test(id), {
        error: (issue) =>
          `${quoteValue(issue.input)} is not an application (client) id; expected a GUID such as "00000000-0000-0000-0000-000000000000"`,
      })
      .meta({
        description:
          "The application (client) id of the Entra ID app registration the view signs in with (nested app authentication), a GUID.",
      }),
    tenantId: z
      .string()
      .refine((id) => GUID.test(id) || DOMAIN.test(id), {
        error: (issue) =>
          `${quoteValue(issue.input)} is not a directory (tenant) id; expected a GUID or a domain name such as "contoso.onmicrosoft.com"`,
      })
      .meta({
        description: "The directory (tenant) id, a GUID, or one of the tenant's domain names.",
      }),
    scopes: z
      .array(
        z.string().refine((scope) => SCOPE.test(scope), {
          error: (issue) =>
            `${quoteValue(issue.input)} is not a permission name such as "Calendars.ReadBasic"`,
        }),
      )
      .min(1, { error: "must name at least one permission, or be left out for the defaults" })
      .optional()
      .meta({
        description: `The delegated permissions to ask for; left out, ${DEFAULT_GRAPH_SCOPES.join(" and ")} (the least that works).`,
      }),
  })
  .superRefine((registration, ctx) => {
    const scopes = registration.scopes;
    // No list, or an empty one (reported by min), has nothing more to check.
    if (!scopes || scopes.length === 0) return;
    const lower = scopes.map((scope) => scope.toLowerCase());
    const has = (names: readonly string[]) => names.some((n) => lower.includes(n.toLowerCase()));
    if (!has(CALENDAR_SCOPES)) {
      ctx.addIssue({
        code: "custom",
        path: ["scopes"],
        message: `must include a permission to read free/busy: ${CALENDAR_SCOPES[0]} (the least that works)`,
        input: scopes,
      });
    }
    if (!has(USER_SCOPES)) {
      ctx.addIssue({
        code: "custom",
        path: ["scopes"],
        message: `must include a permission to search colleagues: ${USER_SCOPES[0]} (the least that works)`,
        input: scopes,
      });
    }
    lower.forEach((scope, index) => {
      const first = lower.indexOf(scope);
      if (first !== index) {
        ctx.addIssue({
          code: "custom",
          path: ["scopes", index],
          message: `${quoteValue(scopes[index])} is already at [${first}]`,
          input: scopes[index],
        });
      }
    });
  });

/** Any {word} in a contact template, to tell a known placeholder from a misspelt one. */
const TEMPLATE_PLACEHOLDER = /\{[^{}]*\}/g;

/**
 * The one problem of a contact link template, or null: its scheme (one that Jabber registers for
 * this kind of contact), then its characters (as for the join link), then exactly one known
 * placeholder.
 */
function contactTemplateProblem(template: string, kind: ContactKind): string | null {
  const rules = CONTACT_TEMPLATE_RULES[kind];
  const example = JSON.stringify(DEFAULT_CONTACT_LINKS[kind]);
  const lower = template.toLowerCase();
  if (!rules.schemes.some((scheme) => lower.startsWith(scheme))) {
    const schemes = rules.schemes;
    const list =
      schemes.length === 1
        ? schemes[0]
        : `${schemes.slice(0, -1).join(", ")} or ${schemes[schemes.length - 1]}`;
    return `must start with ${list}, e.g. ${example}`;
  }
  const bad = FORBIDDEN_IN_LINK.exec(template);
  if (bad) {
    return `must not contain quotes, angle brackets, spaces or control characters; found ${showCharacter(bad[0])} at character ${bad.index + 1}`;
  }
  const found = template.match(TEMPLATE_PLACEHOLDER) ?? [];
  const allowed = rules.placeholders.join(" or ");
  const unknown = found.find((p) => !rules.placeholders.includes(p));
  if (unknown !== undefined) {
    return `has the placeholder ${unknown}, which is not one of ${allowed}`;
  }
  if (found.length === 0) return `must contain the placeholder ${allowed}, e.g. ${example}`;
  if (found.length > 1) {
    return `must contain one placeholder (${allowed}), not ${found.length}`;
  }
  return null;
}

const contactTemplate = (kind: ContactKind) =>
  z.string().superRefine((template, ctx) => {
    const problem = contactTemplateProblem(template, kind);
    if (problem !== null) ctx.addIssue({ code: "custom", message: problem, input: template });
  });

const contactLinks = z.strictObject({
  chat: contactTemplate("chat").meta({
    description: `Opens a chat: ${CONTACT_TEMPLATE_RULES.chat.schemes.join(", ")} with {email}, e.g. "${DEFAULT_CONTACT_LINKS.chat}".`,
  }),
  call: contactTemplate("call").meta({
    description: `Starts a call: ${CONTACT_TEMPLATE_RULES.call.schemes.join(", ")} with {phone} or {email}, e.g. "${DEFAULT_CONTACT_LINKS.call}".`,
  }),
  video: contactTemplate("video").meta({
    description: `Starts a video call: ${CONTACT_TEMPLATE_RULES.video.schemes.join(", ")} with {email}, e.g. "${DEFAULT_CONTACT_LINKS.video}".`,
  }),
});

/** A time of day, "HH:mm", 00:00–23:59. */
const TIME_OF_DAY = /^(?:[01]\d|2[0-3]):[0-5]\d$/;
const timeOfDay = z.string().refine((t) => TIME_OF_DAY.test(t), {
  error: (issue) => `${quoteValue(issue.input)} is not a time of day such as "11:30"`,
});

const dailyWindow = z
  .strictObject({
    start: timeOfDay.meta({ description: 'When it starts, "HH:mm" in the policy\'s time zone.' }),
    end: timeOfDay.meta({ description: 'When it ends, "HH:mm", after start.' }),
  })
  .superRefine((window, ctx) => {
    if (window.end <= window.start) {
      ctx.addIssue({
        code: "custom",
        path: ["end"],
        message: `must be after start (${window.start})`,
        input: window.end,
      });
    }
  });

const scheduling = z.strictObject({
  lunch: dailyWindow.optional().meta({
    description:
      'A daily break that a group\'s common free slot never covers, in the policy\'s time zone, e.g. {"start": "11:30", "end": "12:00"}.',
  }),
});

const purposeWords = z.strictObject(
  Object.fromEntries(WORD_PURPOSES.map((p) => [p, words])) as Record<
    (typeof WORD_PURPOSES)[number],
    typeof words
  >,
);

/** Topic words: any purpose may have a list, none must. */
const topicWords = z.strictObject(
  Object.fromEntries(WORD_PURPOSES.map((p) => [p, words.optional()])) as Record<
    (typeof WORD_PURPOSES)[number],
    z.ZodOptional<typeof words>
  >,
);

const vocabulary = z.strictObject({
  purposes: purposeWords.meta({
    description:
      "Words and phrases that tell each purpose (what happens in the meeting), Danish and English.",
  }),
  topics: topicWords.meta({
    description:
      'Words that name what a meeting is about or whom it is with ("leverandør", "kardiologi"), per purpose; each weighs less than a purpose word, so that the activity decides.',
  }),
  neutral: words.meta({
    description:
      'Words that contain a purpose word but mean something else ("international" holds "internat").',
  }),
  handsOn: words.meta({ description: "Words that make a training hands-on, and so physical." }),
  screenSharing: words.meta({ description: "Words that say a screen will be shared." }),
  unavailable: words.meta({
    description:
      "Words that make a personal appointment one during which the person cannot be contacted.",
  }),
  patientContact: words.meta({
    description:
      "Words that say the meeting is work with patients or relatives, which is held in person.",
  }),
  formVirtual: words.meta({
    description: 'Words that say the meeting is held remotely: "pr. telefon", "videomøde".',
  }),
  formPhysical: words.meta({
    description: 'Words that say the meeting is held in person: "fremmøde påkrævet".',
  }),
  interruptible: words.meta({
    description:
      "Words that make a personal appointment work that colleagues may interrupt or move (preparation, reading, e-mail): the kind that may be shown as free.",
  }),
  compoundEndings: words
    .max(MAX_COMPOUND_ENDINGS, {
      error: `must have at most ${MAX_COMPOUND_ENDINGS} endings (they are generic word ends such as "møde" and "dag")`,
    })
    .meta({
      description: `Endings that may follow a vocabulary word inside a compound ("møde": "Introduktionsmøde" reads as "introduktion"); at most ${MAX_COMPOUND_ENDINGS}.`,
    }),
});

const thresholds = z.strictObject({
  substantialTravelMinutes: nonNegative.meta({
    description:
      "Round-trip travel minutes, summed over all travellers, that make a meeting of unclear purpose virtual.",
  }),
  wholeDayMinutes: nonNegative.meta({
    description:
      "A meeting at least this many minutes long counts as a whole day and leans physical.",
  }),
});

const localGuideline = z.strictObject({
  area: z.enum(LOCAL_GUIDELINE_AREAS).meta({ description: "The guidance template's area." }),
  situation: nonEmptyText.meta({ description: "The situation the guideline is about." }),
  guideline: nonEmptyText.meta({ description: "What the unit does in that situation." }),
  purposes: z
    .array(z.enum(PURPOSES))
    .optional()
    .meta({ description: "Optional: the guideline applies only to meetings of these purposes." }),
});

const unitGuidelines = z.strictObject({
  unit: nonEmptyText.meta({
    description: "The unit's name, as people pick it in the pane's settings.",
  }),
  guidelines: z.array(localGuideline).meta({
    description: "The unit's guidelines, one row per area and situation.",
  }),
});

/** The Policy type as a zod schema. Unknown properties are errors: in a hand-written file they are typos. */
export const policySchema = z.strictObject({
  $schema: z.string().optional().meta({
    description:
      'This schema, for the editor: "./policy.schema.json" beside the file. Mødeguide ignores it.',
  }),
  version: z.literal(1).meta({ description: "The format of this document: always 1." }),
  name: nonEmptyText.check(z.maxLength(80, { error: "must be at most 80 characters" })).meta({
    description:
      "The policy's name, shown in the pane's footer so that a help desk can ask which policy a person has, e.g. \"Region Sjælland – standard\".",
  }),
  revision: nonEmptyText.check(z.maxLength(40, { error: "must be at most 40 characters" })).meta({
    description:
      'This revision of the policy, shown beside its name, e.g. "2026.1"; change it with every edit.',
  }),
  organisation: nonEmptyText.meta({ description: "The organisation's name." }),
  timeZone: z
    .string()
    .refine((zone) => IANAZone.isValidZone(zone), {
      error: (issue) =>
        `${quoteValue(issue.input)} is not an IANA time zone such as "Europe/Copenhagen"`,
    })
    .meta({
      description: 'The IANA time zone of the organisation\'s staff, e.g. "Europe/Copenhagen".',
    }),
  sites: z
    .array(site)
    .min(1, { error: "must name at least one site" })
    .meta({ description: "The organisation's work sites, each name unique." }),
  travel: z.array(travelLeg).meta({
    description:
      "One-way road distance and driving time between two sites; give each pair once (it counts both ways).",
  }),
  meetingLink: meetingLink.meta({
    description: "The organisation's video meeting service and how its links look.",
  }),
  vocabulary: vocabulary.meta({
    description:
      "Words and phrases that Mødeguide reads in a meeting's subject, location and text. Case, accents, æ/ae, ø/oe, å/aa, spaces and hyphens do not count.",
  }),
  thresholds: thresholds.meta({ description: "Limits in minutes that the advice turns on." }),
  localGuidelines: z.array(unitGuidelines).meta({
    description: "Each unit's local guidelines; a person picks their unit in the pane's settings.",
  }),
  graph: graphRegistration.optional().meta({
    description:
      "The Microsoft Graph app registration for colleagues' availability (the Kolleger view). Left out, the view says that availability is not set up.",
  }),
  contactLinks: contactLinks.optional().meta({
    description:
      "How the Kolleger view reaches a colleague, least disturbing first, as URI templates. Left out, Cisco Jabber's im:{email}, tel:{phone} and sip:{email}.",
  }),
  scheduling: scheduling.optional().meta({
    description: "Rules for finding a time a group can meet.",
  }),
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

  issues.push(...vocabularyIssues(value));

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

/**
 * The checks on vocabulary terms as the matcher will see them (folded: case, accents, æ/ae, ø/oe,
 * å/aa and separators dropped, so "statusmøde", "statusmoede" and "STATUS-MØDE" are one term): no
 * term that folds to fewer than MIN_TERM_LETTERS, no term longer than MAX_TERM_LENGTH, no two terms
 * that fold alike where they would compete, and at most MAX_VOCABULARY_TERMS in all.
 *
 * Where terms compete: purposes, topics and neutral words are one classification (a term tells one
 * purpose, as an activity or as a topic, or is neutral), so a folded term may appear once among all
 * of them; each signal list (handsOn, screenSharing, unavailable, patientContact, formVirtual,
 * formPhysical, interruptible) and compoundEndings is checked on its own, since a word may both
 * tell a purpose and raise a signal ("simulation": training, and hands-on).
 */
function vocabularyIssues(value: unknown): { path: PathKey[]; message: string }[] {
  const issues: { path: PathKey[]; message: string }[] = [];
  if (!isRecord(value) || !isRecord(value.vocabulary)) return issues;
  const vocabulary = value.vocabulary;
  const lists: { path: PathKey[]; terms: unknown[]; group: string }[] = [];
  for (const [key, list] of Object.entries(vocabulary)) {
    if ((key === "purposes" || key === "topics") && isRecord(list)) {
      for (const [purpose, terms] of Object.entries(list)) {
        if (!(WORD_PURPOSES as readonly string[]).includes(purpose) || !Array.isArray(terms))
          continue;
        lists.push({ path: ["vocabulary", key, purpose], terms, group: "classification" });
      }
    } else if (VOCABULARY_LISTS.includes(key) && Array.isArray(list)) {
      const group = key === "neutral" ? "classification" : key;
      lists.push({ path: ["vocabulary", key], terms: list, group });
    }
  }

  const total = lists.reduce((sum, list) => sum + list.terms.length, 0);
  if (total > MAX_VOCABULARY_TERMS) {
    // The terms themselves are not checked one by one then: the list has to shrink first, and
    // thousands of follow-on messages would bury this one.
    issues.push({
      path: ["vocabulary"],
      message: `has ${total.toLocaleString("en")} words and phrases in all; at most ${MAX_VOCABULARY_TERMS.toLocaleString("en")} are allowed`,
    });
    return issues;
  }

  const firstByGroup = new Map<string, Map<string, { path: PathKey[]; term: string }>>();
  for (const { path, terms, group } of lists) {
    let first = firstByGroup.get(group);
    if (!first) {
      first = new Map();
      firstByGroup.set(group, first);
    }
    terms.forEach((term, index) => {
      if (typeof term !== "string" || term.trim() === "") return; // the schema reports these
      const at = [...path, index];
      const characters = Array.from(term).length;
      if (characters > MAX_TERM_LENGTH) {
        issues.push({
          path: at,
          message: `${quoteValue(term)} is ${characters} characters long; a term may have at most ${MAX_TERM_LENGTH}`,
        });
        return;
      }
      const folded = foldTerm(term);
      if (folded.length < MIN_TERM_LETTERS) {
        const got =
          folded.length === 0 ? "no letter or digit" : `only ${folded.length} letter or digit`;
        issues.push({
          path: at,
          message: `${quoteValue(term)} folds to ${got}; a term needs at least ${MIN_TERM_LETTERS}, or it would match almost anywhere`,
        });
        return;
      }
      if (folded.length > MAX_TERM_LENGTH) {
        issues.push({
          path: at,
          message: `${quoteValue(term)} folds to ${folded.length} letters ("ß" counts as "ss"); a term may have at most ${MAX_TERM_LENGTH}`,
        });
        return;
      }
      const key = folded.join(",");
      const earlier = first.get(key);
      if (earlier === undefined) {
        first.set(key, { path: at, term });
        return;
      }
      const sameList = formatIssuePath(earlier.path.slice(0, -1)) === formatIssuePath(path);
      const where = sameList
        ? `[${String(earlier.path[earlier.path.length - 1])}]`
        : formatIssuePath(earlier.path);
      const why =
        !sameList && group === "classification"
          ? "; a term can tell only one purpose, or be neutral"
          : "";
      issues.push({
        path: at,
        message:
          term === earlier.term
            ? `${quoteValue(term)} is already at ${where}${why}`
            : `${quoteValue(term)} folds to the same as ${where} ${quoteValue(earlier.term)}${why} (case, accents, æ/ae, ø/oe, å/aa, spaces and hyphens do not count)`,
      });
    });
  }
  return issues;
}

/** The vocabulary's word lists besides the purposes, as the schema names them. */
const VOCABULARY_LISTS: readonly string[] = [
  "neutral",
  "handsOn",
  "screenSharing",
  "unavailable",
  "patientContact",
  "formVirtual",
  "formPhysical",
  "interruptible",
  "compoundEndings",
];

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
