/**
 * The user's own time zone, as an IANA name for luxon. Outlook gives the mailbox's zone in
 * `Office.context.mailbox.userProfile.timeZone` as a Windows zone name ("Romance Standard Time");
 * the runtime's own zone (Intl) comes next, and the organisation's policy zone last.
 *
 * Free of the DOM and of newer built-ins (ECMAScript 2016): the event-based handlers may use it in
 * classic Outlook's JavaScript-only runtime.
 */
import { IANAZone } from "luxon";

/**
 * The zone of last resort, should a caller pass a fallback that is no zone. The organisation's
 * zone has one source, the policy (validated as an IANA zone), which callers pass as `fallback`;
 * this only keeps a bug from turning into a throw.
 */
export const LAST_RESORT_TIME_ZONE = "UTC";

/**
 * Windows zone names Outlook may give, mapped to one IANA zone with the same rules: the zones of
 * Danish staff (Denmark, the Faroe Islands, Greenland) and the common European ones and UTC.
 * "Romance Standard Time" is Copenhagen's Windows zone (Brussels, Copenhagen, Madrid, Paris);
 * it maps to Copenhagen rather than CLDR's default Paris so that drafts name the staff's own city.
 * The Faroe Islands use "GMT Standard Time" in Windows, with London's rules.
 */
export const WINDOWS_TIME_ZONES: Readonly<Record<string, string>> = {
  "Romance Standard Time": "Europe/Copenhagen",
  "W. Europe Standard Time": "Europe/Berlin",
  "Central Europe Standard Time": "Europe/Budapest",
  "Central European Standard Time": "Europe/Warsaw",
  "GMT Standard Time": "Europe/London",
  "Greenwich Standard Time": "Atlantic/Reykjavik",
  "Greenland Standard Time": "America/Nuuk",
  "Azores Standard Time": "Atlantic/Azores",
  "FLE Standard Time": "Europe/Helsinki",
  "GTB Standard Time": "Europe/Bucharest",
  "E. Europe Standard Time": "Europe/Chisinau",
  "Kaliningrad Standard Time": "Europe/Kaliningrad",
  "Belarus Standard Time": "Europe/Minsk",
  "Russian Standard Time": "Europe/Moscow",
  "Turkey Standard Time": "Europe/Istanbul",
  UTC: "Etc/UTC",
};

const BY_LOWER_CASE: Record<string, string> = {};
for (const name of Object.keys(WINDOWS_TIME_ZONES)) {
  BY_LOWER_CASE[name.toLowerCase()] = WINDOWS_TIME_ZONES[name] as string;
}

/** The IANA zone for a Windows zone name (any case), or null when the table does not have it. */
export function ianaFromWindowsZone(name: string): string | null {
  return BY_LOWER_CASE[name.trim().toLowerCase()] ?? null;
}

/** Whether luxon (the runtime's Intl) knows the IANA zone. */
export function isValidTimeZone(zone: unknown): zone is string {
  try {
    return typeof zone === "string" && zone.trim() !== "" && IANAZone.isValidZone(zone.trim());
  } catch {
    return false;
  }
}

/** Where the user's zone can come from; each may be missing or of the wrong shape. */
export interface TimeZoneSources {
  /** Outlook's userProfile.timeZone: a Windows zone name (some clients give an IANA name). */
  mailboxZone?: unknown;
  /** The runtime's zone: Intl.DateTimeFormat().resolvedOptions().timeZone. */
  runtimeZone?: unknown;
  /** The organisation's zone: the policy's. */
  fallback: string;
}

/**
 * The first usable zone of: the mailbox's Windows zone through the table (or the mailbox's value
 * itself when it is already a valid IANA name), the runtime's zone, the fallback.
 */
export function pickTimeZone({ mailboxZone, runtimeZone, fallback }: TimeZoneSources): string {
  if (typeof mailboxZone === "string" && mailboxZone.trim() !== "") {
    const mapped = ianaFromWindowsZone(mailboxZone);
    if (mapped && isValidTimeZone(mapped)) return mapped;
    // An IANA name has a "/" (or is UTC); Windows names are words with spaces.
    if (mailboxZone.indexOf("/") >= 0 && isValidTimeZone(mailboxZone)) return mailboxZone.trim();
  }
  if (isValidTimeZone(runtimeZone)) return runtimeZone.trim();
  return isValidTimeZone(fallback) ? fallback.trim() : LAST_RESORT_TIME_ZONE;
}

function mailboxZone(): unknown {
  try {
    if (typeof Office === "undefined") return undefined;
    return Office.context?.mailbox?.userProfile?.timeZone;
  } catch {
    return undefined;
  }
}

function runtimeZone(): unknown {
  try {
    return typeof Intl === "object" ? Intl.DateTimeFormat().resolvedOptions().timeZone : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The signed-in user's IANA zone: Outlook's mailbox zone, else the runtime's, else `fallback`
 * (the policy's zone). Never throws.
 */
export function userTimeZone(fallback: string): string {
  return pickTimeZone({ mailboxZone: mailboxZone(), runtimeZone: runtimeZone(), fallback });
}
