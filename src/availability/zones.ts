/**
 * Time zones as Microsoft Graph names them in free/busy: IANA names, Windows names ("Romance
 * Standard Time", in working hours and in dateTimeTimeZone values) and custom zones given by their
 * rules ("Customized Time Zone" with a bias and transitions). Everything comes out as a luxon
 * Zone, so that the rest computes with IANA rules and is right on DST days.
 */
import { DateTime, FixedOffsetZone, IANAZone, Zone } from "luxon";
import { ianaFromWindowsZone } from "../office/timeZone";
import type { Weekday, WorkingHoursZone, ZoneTransition } from "./types";

/**
 * Windows zones beyond the European ones the Office layer knows (office/timeZone.ts): where
 * colleagues abroad, or mailboxes set up elsewhere, most often are. One IANA zone each with the
 * same rules (CLDR's "001" territory).
 */
export const MORE_WINDOWS_ZONES: Readonly<Record<string, string>> = {
  "Pacific Standard Time": "America/Los_Angeles",
  "Mountain Standard Time": "America/Denver",
  "Central Standard Time": "America/Chicago",
  "Eastern Standard Time": "America/New_York",
  "Atlantic Standard Time": "America/Halifax",
  "Alaskan Standard Time": "America/Anchorage",
  "Hawaiian Standard Time": "Pacific/Honolulu",
  "E. South America Standard Time": "America/Sao_Paulo",
  "South Africa Standard Time": "Africa/Johannesburg",
  "Egypt Standard Time": "Africa/Cairo",
  "Israel Standard Time": "Asia/Jerusalem",
  "Arabian Standard Time": "Asia/Dubai",
  "India Standard Time": "Asia/Kolkata",
  "SE Asia Standard Time": "Asia/Bangkok",
  "Singapore Standard Time": "Asia/Singapore",
  "China Standard Time": "Asia/Shanghai",
  "Tokyo Standard Time": "Asia/Tokyo",
  "AUS Eastern Standard Time": "Australia/Sydney",
  "New Zealand Standard Time": "Pacific/Auckland",
  "W. Europe Standard Time": "Europe/Berlin",
};

const MORE_BY_LOWER_CASE = new Map(
  Object.entries(MORE_WINDOWS_ZONES).map(([name, iana]) => [name.toLowerCase(), iana]),
);

/**
 * The luxon zone for a zone name: an IANA name as it is, a Windows name through the tables, else
 * null (the caller then says which zone it falls back on).
 */
export function zoneFromName(name: string): Zone | null {
  const trimmed = name.trim();
  if (trimmed === "") return null;
  if (/^(?:utc|gmt|z|etc\/utc|tzone:\/\/microsoft\/utc)$/i.test(trimmed)) {
    return FixedOffsetZone.utcInstance;
  }
  const windows = ianaFromWindowsZone(trimmed) ?? MORE_BY_LOWER_CASE.get(trimmed.toLowerCase());
  if (windows !== undefined && windows !== null) return IANAZone.create(windows);
  // Windows names hold spaces; IANA names never do. Checked after the tables, so that a Windows
  // name the runtime happens to accept is still read with the table's rules.
  if (IANAZone.isValidZone(trimmed)) return IANAZone.create(trimmed);
  return null;
}

/** "02:00:00.0000000" or "02:00" as minutes after midnight; null when it is neither. */
export function minutesOfDay(time: string): number | null {
  const match = /^(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$/.exec(time.trim());
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (hours > 24 || minutes > 59 || (hours === 24 && minutes > 0)) return null;
  return hours * 60 + minutes;
}

/** The day of the month of a transition in a year: the nth (5: last) weekday of the month. */
function transitionDay(year: number, rule: ZoneTransition): number {
  const first = DateTime.utc(year, rule.month, 1);
  const offset = (rule.dayOfWeek - first.weekday + 7) % 7;
  let day = 1 + offset + 7 * (Math.max(1, rule.dayOccurrence) - 1);
  const daysInMonth = first.daysInMonth ?? 31;
  while (day > daysInMonth) day -= 7;
  return day;
}

/**
 * A zone given by Windows-style rules (Graph's customTimeZone): a standard offset, and optionally
 * a daylight offset between two yearly transitions. The transitions are in local time: the start
 * of daylight time in standard time, its end in daylight time, as Windows counts them.
 */
export class CustomRulesZone extends Zone {
  private readonly standard: number;
  private readonly daylightOffset: number | null;

  constructor(private readonly rules: Extract<WorkingHoursZone, { kind: "custom" }>) {
    super();
    this.standard = -rules.bias;
    this.daylightOffset = rules.daylight ? -(rules.bias + rules.daylight.bias) : null;
  }

  override get type(): string {
    return "windows-custom";
  }

  override get name(): string {
    return `Custom(${this.standard})`;
  }

  override get isUniversal(): boolean {
    return this.daylightOffset === null;
  }

  override offsetName(): string {
    return this.name;
  }

  override formatOffset(ts: number, format: "narrow" | "short" | "techie"): string {
    return FixedOffsetZone.instance(this.offset(ts)).formatOffset(ts, format);
  }

  override offset(ts: number): number {
    const daylight = this.rules.daylight;
    if (!daylight || this.daylightOffset === null) return this.standard;
    const year = DateTime.fromMillis(ts + this.standard * 60_000, { zone: "utc" }).year;
    const at = (rule: ZoneTransition, offset: number): number => {
      const minutes = minutesOfDay(rule.time) ?? 120;
      const local = DateTime.utc(year, rule.month, transitionDay(year, rule)).plus({ minutes });
      return local.toMillis() - offset * 60_000;
    };
    const starts = at(daylight.starts, this.standard);
    const ends = at(daylight.ends, this.daylightOffset);
    // Northern hemisphere: daylight time between the two within one year; southern: across New Year.
    const inDaylight = starts < ends ? ts >= starts && ts < ends : ts >= starts || ts < ends;
    return inDaylight ? this.daylightOffset : this.standard;
  }

  override equals(other: Zone): boolean {
    return (
      other instanceof CustomRulesZone && other.name === this.name && other.rules === this.rules
    );
  }

  override get isValid(): boolean {
    return Number.isFinite(this.standard);
  }
}

/** The luxon zone of a colleague's working hours, or null when its name is not known. */
export function workingHoursZone(zone: WorkingHoursZone): Zone | null {
  if (zone.kind === "named") return zoneFromName(zone.name);
  return new CustomRulesZone(zone);
}

const WEEKDAYS: Readonly<Record<string, Weekday>> = {
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
  sunday: 7,
};

/** Graph's day name ("monday", any case) as an ISO weekday; null for anything else. */
export function weekdayFromName(name: unknown): Weekday | null {
  return typeof name === "string" ? (WEEKDAYS[name.toLowerCase()] ?? null) : null;
}
