/**
 * The Kolleger view's domain: colleagues' free/busy as Mødeguide keeps it (never a subject or a
 * location), the directory entries it shows, and the statuses it says. The Graph client
 * (src/graph) produces these from Graph's responses; status.ts, slots.ts and contact.ts compute on
 * them; the view shows them. Nothing here depends on Office, the DOM, fetch or the clock.
 */

/** Graph's free/busy statuses, of a schedule item or (as a digit) of an availabilityView slot. */
export const FREE_BUSY_STATUSES = [
  "free",
  "tentative",
  "busy",
  "oof",
  "workingElsewhere",
  "unknown",
] as const;
export type FreeBusyStatus = (typeof FREE_BUSY_STATUSES)[number];

/**
 * One period of a colleague's calendar: its free/busy status and its instants (ISO 8601, UTC).
 * Deliberately without subject and location: Graph sends them where sharing allows, and they may
 * carry patient data, so the client drops them where the response is read.
 */
export interface BusyPeriod {
  status: FreeBusyStatus;
  /** "2027-03-01T09:00:00.000Z" */
  start: string;
  end: string;
}

/** ISO weekday: 1 Monday … 7 Sunday (luxon's numbering). */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** One transition rule of a custom (Windows) time zone: the nth weekday of a month at a time. */
export interface ZoneTransition {
  month: number;
  /** 1–4 for the first to fourth such weekday, 5 for the last. */
  dayOccurrence: number;
  dayOfWeek: Weekday;
  /** "02:00" local time. */
  time: string;
}

/**
 * The zone of a colleague's working hours as Graph gives it: a name (an IANA zone or a Windows zone
 * such as "Romance Standard Time", resolved when used), or a custom zone by its rules.
 */
export type WorkingHoursZone =
  | { kind: "named"; name: string }
  | {
      kind: "custom";
      /** Minutes to add to local standard time to get UTC (Windows' bias: 480 for UTC−8). */
      bias: number;
      /** Daylight saving: the extra bias (usually −60) and when it starts and ends; absent when none. */
      daylight?: { bias: number; starts: ZoneTransition; ends: ZoneTransition };
    };

/** A colleague's working hours from their mailbox settings: days, times of day and zone. */
export interface WorkingHours {
  days: Weekday[];
  /** "08:00" */
  start: string;
  /** "16:00"; before start means the hours run past midnight. */
  end: string;
  zone: WorkingHoursZone;
}

/** The window a schedule was asked for: Graph's availabilityView counts its slots from start. */
export interface ScheduleWindow {
  /** ISO 8601 instant, UTC. */
  start: string;
  end: string;
  /** The length of one availabilityView slot, in minutes. */
  intervalMinutes: number;
}

/** A colleague's free/busy over a window, as Mødeguide keeps it. */
export interface FreeBusySchedule {
  /** The SMTP address it was asked for, lower case. */
  email: string;
  window: ScheduleWindow;
  /** One digit a slot: 0 free, 1 tentative, 2 busy, 3 out of office, 4 working elsewhere. */
  availabilityView: string;
  /** The calendar's periods; null when the response carried none at all (the view decides then). */
  periods: BusyPeriod[] | null;
  /** Null when Graph gave none (the caller's default working hours apply). */
  workingHours: WorkingHours | null;
}

/** Why a colleague's free/busy could not be read, while the others' could. */
export type ScheduleProblem = "not-found" | "no-access" | "error";

/** One colleague's answer from getSchedule: their schedule, or why there is none. */
export type ScheduleLookup =
  | { email: string; ok: true; schedule: FreeBusySchedule }
  | { email: string; ok: false; problem: ScheduleProblem; responseCode?: string };

/** A person found in the directory, with what the view shows and needs to reach them. */
export interface Colleague {
  /** The directory object id. */
  id: string;
  displayName: string;
  /** Their SMTP address; null for an entry without a mailbox (no free/busy then). */
  mail: string | null;
  jobTitle: string | null;
  /** Free text from the directory ("SUH Køge, afsnit B4"); matched to a site through the policy. */
  officeLocation: string | null;
  businessPhones: string[];
  mobilePhone: string | null;
}

/**
 * The five statuses the view says (text and icon, never colour alone):
 * free "Ledig", tentative "Foreløbig / arbejder andetsteds", busy "Optaget", away "Fraværende",
 * unknown "Ukendt".
 */
export const AVAILABILITY_STATUSES = ["free", "tentative", "busy", "away", "unknown"] as const;
export type AvailabilityStatus = (typeof AVAILABILITY_STATUSES)[number];
