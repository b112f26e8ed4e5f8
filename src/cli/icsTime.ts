/**
 * Time zones of an iCalendar file: which zone a TZID means, and the instant of a wall-clock time
 * in it. Outlook writes Windows zone names ("Romance Standard Time") with a VTIMEZONE that gives
 * their rules; other programs write IANA names, sometimes with no VTIMEZONE at all.
 *
 * Choice: a TZID that is an IANA name, or a Windows name the table knows, is read with the IANA
 * rules (luxon, the runtime's time zone database), which are right for every year; the file's own
 * VTIMEZONE (ical.js) is used for the other names (Outlook's "Customized Time Zone" and the
 * like). A TZID that is neither is read in the policy's zone and counted, so the report can say so.
 * Times without a TZID and without Z ("floating") are read in the policy's zone too.
 */
import ICAL from "ical.js";
import { DateTime, IANAZone } from "luxon";
import { ianaFromWindowsZone } from "../office/timeZone";

/** How a time's zone is read. */
export type ZoneRef =
  | { kind: "utc" }
  | { kind: "iana"; zone: string }
  | { kind: "vtimezone"; tzid: string; timezone: ICAL.Timezone };

const UTC: ZoneRef = { kind: "utc" };

/** The year, month, ... of a wall-clock time; `isDate` for a whole day (VALUE=DATE). */
export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  isDate: boolean;
}

/** The wall clock of an ical.js time, whatever zone it carries. */
export function wallOf(time: ICAL.Time): WallClock {
  return {
    year: time.year,
    month: time.month,
    day: time.day,
    hour: time.isDate ? 0 : time.hour,
    minute: time.isDate ? 0 : time.minute,
    second: time.isDate ? 0 : time.second,
    isDate: time.isDate,
  };
}

/** The IANA zone a name means: itself when it is one, else a Windows name through the table. */
function ianaZone(name: string): string | null {
  const trimmed = name.trim();
  if (trimmed.includes("/") && IANAZone.isValidZone(trimmed)) return trimmed;
  const windows = ianaFromWindowsZone(trimmed);
  if (windows) return windows;
  return IANAZone.isValidZone(trimmed) && trimmed !== "" ? trimmed : null;
}

/** The zones of one file: its VTIMEZONEs, and the policy's zone for the rest. */
export class FileZones {
  private readonly vtimezones = new Map<string, ICAL.Timezone>();
  private readonly refs = new Map<string, ZoneRef | null>();
  readonly fallback: ZoneRef;

  constructor(fallbackZone: string) {
    this.fallback = { kind: "iana", zone: fallbackZone };
  }

  /**
   * Adds a VTIMEZONE (its text as the reader cut it out). Returns false when ical.js cannot read
   * it; the TZID then falls back like an unknown one.
   */
  addTimezone(text: string): boolean {
    try {
      const component = new ICAL.Component(ICAL.parse(text) as unknown[]);
      const tzid = component.getFirstPropertyValue("tzid");
      if (typeof tzid !== "string" || tzid === "") return false;
      this.vtimezones.set(tzid, new ICAL.Timezone({ component, tzid }));
      this.refs.delete(tzid);
      return true;
    } catch {
      return false;
    }
  }

  /**
   * How a property's time is read: Z is UTC; a TZID as the module comment says (null when it is
   * unknown: the caller counts it and reads the time in the fallback zone); no TZID, the fallback.
   */
  zoneFor(tzid: string | null | undefined, isUtc: boolean): ZoneRef | null {
    if (isUtc) return UTC;
    if (tzid === null || tzid === undefined || tzid === "") return this.fallback;
    let ref = this.refs.get(tzid);
    if (ref === undefined) {
      const iana = ianaZone(tzid);
      const timezone = this.vtimezones.get(tzid);
      ref = iana
        ? { kind: "iana", zone: iana }
        : timezone
          ? { kind: "vtimezone", tzid, timezone }
          : null;
      this.refs.set(tzid, ref);
    }
    return ref;
  }
}

/** Offsets by zone and quarter hour (UTC): every change of offset falls on a quarter hour. */
const offsets = new Map<string, number>();
const QUARTER_HOUR = 15 * 60_000;
const MAX_CACHED_OFFSETS = 200_000;

/**
 * A zone's UTC offset in minutes at an instant. luxon asks Intl for it, which is slow enough to
 * be a third of a large analysis when asked for each time: the answer is kept per quarter hour.
 */
function offsetMinutes(zone: string, ms: number): number {
  const key = `${zone}\u0000${Math.floor(ms / QUARTER_HOUR)}`;
  let offset = offsets.get(key);
  if (offset === undefined) {
    const local = DateTime.fromMillis(ms, { zone });
    offset = local.isValid ? local.offset : 0;
    if (offsets.size >= MAX_CACHED_OFFSETS) offsets.clear();
    offsets.set(key, offset);
  }
  return offset;
}

/** The instant (ms since 1970) of a wall-clock time in a zone. A date is its midnight. */
export function instantOf(wall: WallClock, zone: ZoneRef): number {
  const utc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  switch (zone.kind) {
    case "utc":
      return utc;
    case "iana": {
      // The offset at the wall clock read as UTC is the offset at the instant, except near a
      // change of offset; a second look settles it (in a gap, the time after the gap, as luxon).
      const first = offsetMinutes(zone.zone, utc);
      const guess = utc - first * 60_000;
      const second = offsetMinutes(zone.zone, guess);
      return second === first ? guess : utc - second * 60_000;
    }
    case "vtimezone": {
      const time = ICAL.Time.fromData({ ...wall, isDate: false });
      return utc - zone.timezone.utcOffset(time) * 1000;
    }
  }
}

/** The wall clock at an instant in a zone. */
export function wallClockAt(ms: number, zone: ZoneRef): WallClock {
  if (zone.kind === "iana") return wallOfUtc(ms + offsetMinutes(zone.zone, ms) * 60_000);
  if (zone.kind === "vtimezone") {
    // ical.js converts a UTC time into the zone by the VTIMEZONE's rules.
    const utcTime = ICAL.Time.fromData(wallOfUtc(ms), ICAL.Timezone.utcTimezone);
    return wallOf(utcTime.convertToZone(zone.timezone));
  }
  return wallOfUtc(ms);
}

function wallOfUtc(ms: number): WallClock {
  const d = new Date(ms);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    isDate: false,
  };
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** RFC 3339 with the zone's offset at that instant, to the second: the draft contract's form. */
export function isoAt(ms: number, zone: ZoneRef): string {
  const wall = wallClockAt(ms, zone);
  const offset = Math.round(
    (Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second) -
      Math.floor(ms / 1000) * 1000) /
      60_000,
  );
  const sign = offset < 0 ? "-" : "+";
  const abs = Math.abs(offset);
  const date = `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}`;
  const time = `${pad(wall.hour)}:${pad(wall.minute)}:${pad(wall.second)}`;
  return `${date}T${time}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** The IANA zone name of a zone, for the draft's `timeZone`, when it has one. */
export function ianaNameOf(zone: ZoneRef): string | undefined {
  return zone.kind === "iana" ? zone.zone : zone.kind === "utc" ? "UTC" : undefined;
}
