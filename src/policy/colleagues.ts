/**
 * The policy's fields for the Kolleger view (colleagues' availability): the Graph app
 * registration, the contact link templates and the scheduling rules, with the defaults that apply
 * when a policy leaves an optional field out. The schema (schema.ts) checks the fields; this
 * module holds what the schema and the runtime share, and imports no validator.
 */
import type { ContactLinks, GraphRegistration, Policy } from "./types";

/**
 * The delegated permissions asked for when the policy names none: the least that works.
 * Calendars.ReadBasic reads free/busy (getSchedule) without subjects; User.ReadBasic.All searches
 * the directory and reads colleagues' basic profiles (name, mail, phones, office location).
 */
export const DEFAULT_GRAPH_SCOPES: readonly string[] = [
  "Calendars.ReadBasic",
  "User.ReadBasic.All",
];

/** Permissions any of which lets getSchedule read colleagues' free/busy, least privileged first. */
export const CALENDAR_SCOPES: readonly string[] = [
  "Calendars.ReadBasic",
  "Calendars.Read",
  "Calendars.ReadWrite",
];

/** Permissions any of which lets the view search users and read their profiles, least first. */
export const USER_SCOPES: readonly string[] = [
  "User.ReadBasic.All",
  "User.Read.All",
  "User.ReadWrite.All",
  "Directory.Read.All",
];

/** The placeholders of the contact link templates. */
export const EMAIL_PLACEHOLDER = "{email}";
export const PHONE_PLACEHOLDER = "{phone}";

/**
 * The contact links when the policy gives none: Cisco Jabber's handlers, which every Jabber client
 * registers (im: opens a chat, tel: a call, sip: a video call).
 */
export const DEFAULT_CONTACT_LINKS: Readonly<ContactLinks> = {
  chat: `im:${EMAIL_PLACEHOLDER}`,
  call: `tel:${PHONE_PLACEHOLDER}`,
  video: `sip:${EMAIL_PLACEHOLDER}`,
};

/** The ways of reaching a colleague, least disturbing first (the guidance's etiquette). */
export const CONTACT_KINDS = ["chat", "call", "video"] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];

/**
 * What each contact template may start with and which placeholders it may hold. The schemes are
 * the URI handlers Cisco Jabber registers: im:, xmpp: and ciscoim: open a chat; tel:, sip:,
 * ciscotel: and clicktocall: start a call; sip: (or sips:) a video call.
 */
export const CONTACT_TEMPLATE_RULES: Readonly<
  Record<ContactKind, { schemes: readonly string[]; placeholders: readonly string[] }>
> = {
  chat: { schemes: ["im:", "xmpp:", "ciscoim:"], placeholders: [EMAIL_PLACEHOLDER] },
  call: {
    schemes: ["tel:", "sip:", "sips:", "ciscotel:", "clicktocall:"],
    placeholders: [PHONE_PLACEHOLDER, EMAIL_PLACEHOLDER],
  },
  video: { schemes: ["sip:", "sips:"], placeholders: [EMAIL_PLACEHOLDER] },
};

/** The scopes to ask for: the policy's, else the defaults. */
export function graphScopes(registration: GraphRegistration): string[] {
  const scopes = registration.scopes;
  return scopes && scopes.length > 0 ? [...scopes] : [...DEFAULT_GRAPH_SCOPES];
}

/** The policy's contact link templates, else the defaults. */
export function contactLinksOf(policy: Pick<Policy, "contactLinks">): ContactLinks {
  return policy.contactLinks ? { ...policy.contactLinks } : { ...DEFAULT_CONTACT_LINKS };
}

/**
 * The permission an admin must grant for a request of this kind: the least privileged of the
 * policy's scopes that serves it, else the least privileged that exists. Said in the "consent
 * missing" message, so that the admin grants exactly that.
 */
export function permissionFor(kind: "calendar" | "users", scopes: readonly string[]): string {
  const candidates = kind === "calendar" ? CALENDAR_SCOPES : USER_SCOPES;
  const lower = new Set(scopes.map((s) => s.toLowerCase()));
  return candidates.find((c) => lower.has(c.toLowerCase())) ?? (candidates[0] as string);
}
