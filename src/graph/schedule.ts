/**
 * getSchedule's request and response, and the boundary where Graph's answer becomes Mødeguide's
 * FreeBusySchedule: only status and times are copied. A scheduleItem's `subject` and `location`
 * (sent when a colleague's sharing allows) are never read into anything that is kept, logged or
 * shown: subjects can carry patient data.
 */
import { DateTime } from "luxon";
import type {
  BusyPeriod,
  FreeBusySchedule,
  FreeBusyStatus,
  ScheduleLookup,
  ScheduleProblem,
  ScheduleWindow,
  Weekday,
  WorkingHours,
  WorkingHoursZone,
  ZoneTransition,
} from "../availability/types";
import { FREE_BUSY_STATUSES } from "../availability/types";
import { minutesOfDay, weekdayFromName, zoneFromName } from "../availability/zones";

/** The slot length asked for: 15 minutes, fine enough for "busy until 10:45". */
export const AVAILABILITY_VIEW_INTERVAL = 15;

/** Graph's dateTimeTimeZone. */
export interface GraphDateTimeTimeZone {
  dateTime: string;
  timeZone: string;
}

/** The body of POST /me/calendar/getSchedule. */
export interface GetScheduleRequest {
  schedules: string[];
  startTime: GraphDateTimeTimeZone;
  endTime: GraphDateTimeTimeZone;
  availabilityViewInterval: number;
}

/** Graph's wire format for a moment in UTC: "2027-03-01T09:00:00" with timeZone "UTC". */
function graphUtc(iso: string): GraphDateTimeTimeZone {
  const at = DateTime.fromISO(iso, { zone: "utc" });
  return { dateTime: at.toFormat("yyyy-LL-dd'T'HH:mm:ss"), timeZone: "UTC" };
}

/** The request for some colleagues over a window, in UTC (so the answer's times are UTC too). */
export function scheduleRequest(
  emails: readonly string[],
  window: ScheduleWindow,
): GetScheduleRequest {
  return {
    schedules: [...emails],
    startTime: graphUtc(window.start),
    endTime: graphUtc(window.end),
    availabilityViewInterval: window.intervalMinutes,
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

const STATUS_BY_LOWER = new Map<string, FreeBusyStatus>(
  FREE_BUSY_STATUSES.map((status) => [status.toLowerCase(), status]),
);

/** A status as Graph writes it (any case); anything else is unknown. */
export function readStatus(value: unknown): FreeBusyStatus {
  return typeof value === "string"
    ? (STATUS_BY_LOWER.get(value.toLowerCase()) ?? "unknown")
    : "unknown";
}

/** A dateTimeTimeZone as an ISO instant in UTC; null when it cannot be read. */
export function readInstant(value: unknown): string | null {
  if (!isRecord(value) || typeof value.dateTime !== "string") return null;
  const zoneName = typeof value.timeZone === "string" ? value.timeZone : "UTC";
  const zone = zoneFromName(zoneName);
  if (!zone) return null;
  // Graph writes seven fractional digits; luxon reads the first three.
  const at = DateTime.fromISO(value.dateTime, { zone, setZone: false });
  return at.isValid ? (at.toUTC().toISO() ?? null) : null;
}

/** A scheduleItem as a BusyPeriod: status and instants only. Null when its times are unreadable. */
export function readPeriod(item: unknown): BusyPeriod | null {
  if (!isRecord(item)) return null;
  const start = readInstant(item.start);
  const end = readInstant(item.end);
  if (start === null || end === null || end <= start) return null;
  // Only these three fields are read: subject and location are left where they came.
  return { status: readStatus(item.status), start, end };
}

function readTransition(value: unknown): ZoneTransition | null {
  if (!isRecord(value)) return null;
  const month = Number(value.month);
  const dayOccurrence = Number(value.dayOccurrence);
  const dayOfWeek = weekdayFromName(value.dayOfWeek);
  const time = typeof value.time === "string" ? value.time : "02:00";
  if (!(month >= 1 && month <= 12) || !(dayOccurrence >= 1 && dayOccurrence <= 5) || !dayOfWeek) {
    return null;
  }
  return { month, dayOccurrence, dayOfWeek, time };
}

/** A workingHours timeZone: a customTimeZone by its rules, else by its name. */
export function readWorkingHoursZone(value: unknown): WorkingHoursZone | null {
  if (!isRecord(value)) return null;
  const custom =
    typeof value.bias === "number" &&
    (String(value["@odata.type"] ?? "")
      .toLowerCase()
      .includes("customtimezone") ||
      isRecord(value.standardOffset));
  if (custom) {
    const bias = value.bias as number;
    const starts = readTransition(value.daylightOffset);
    const ends = readTransition(value.standardOffset);
    const daylightBias = isRecord(value.daylightOffset)
      ? Number(value.daylightOffset.daylightBias)
      : NaN;
    if (starts && ends && Number.isFinite(daylightBias) && daylightBias !== 0) {
      return { kind: "custom", bias, daylight: { bias: daylightBias, starts, ends } };
    }
    return { kind: "custom", bias };
  }
  return typeof value.name === "string" && value.name.trim() !== ""
    ? { kind: "named", name: value.name }
    : null;
}

/** "08:00:00.0000000" as "08:00"; null when it is no time of day. */
function readTimeOfDay(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const minutes = minutesOfDay(value);
  if (minutes === null) return null;
  const hh = String(Math.floor(minutes / 60)).padStart(2, "0");
  const mm = String(minutes % 60).padStart(2, "0");
  return `${hh}:${mm}`;
}

/** workingHours as WorkingHours; null when a part is missing or unreadable. */
export function readWorkingHours(value: unknown): WorkingHours | null {
  if (!isRecord(value) || !Array.isArray(value.daysOfWeek)) return null;
  const days = [
    ...new Set(value.daysOfWeek.map(weekdayFromName).filter((d): d is Weekday => d !== null)),
  ].sort((a, b) => a - b);
  const start = readTimeOfDay(value.startTime);
  const end = readTimeOfDay(value.endTime);
  const zone = readWorkingHoursZone(value.timeZone);
  if (start === null || end === null || zone === null || start === end) return null;
  return { days, start, end, zone };
}

/** Maps a per-schedule error's responseCode to what the view says. */
export function scheduleProblem(responseCode: string | undefined): ScheduleProblem {
  const code = responseCode ?? "";
  if (/notfound|invalidsmtp|recipient|unknown|nomailbox/i.test(code)) return "not-found";
  if (/access|denied|permission|forbidden|unauthori[sz]ed/i.test(code)) return "no-access";
  return "error";
}

/**
 * getSchedule's answer as one lookup per asked address, in the asked order. A scheduleInformation
 * with an `error` marks that colleague only; an address Graph did not answer is an error too.
 * Throws nothing: a body of the wrong shape gives every colleague an error (the caller decides
 * whether that is a failure of the whole request).
 */
export function readScheduleResponse(
  body: unknown,
  asked: readonly string[],
  window: ScheduleWindow,
): ScheduleLookup[] {
  const answers = new Map<string, Record<string, unknown>>();
  const value = isRecord(body) && Array.isArray(body.value) ? body.value : [];
  for (const info of value) {
    if (!isRecord(info) || typeof info.scheduleId !== "string") continue;
    const key = info.scheduleId.trim().toLowerCase();
    if (!answers.has(key)) answers.set(key, info);
  }
  return asked.map((email): ScheduleLookup => {
    const key = email.trim().toLowerCase();
    const info = answers.get(key);
    if (!info) return { email: key, ok: false, problem: "error", responseCode: "NoAnswer" };
    if (isRecord(info.error)) {
      const code =
        typeof info.error.responseCode === "string" ? info.error.responseCode : undefined;
      const lookup: ScheduleLookup = { email: key, ok: false, problem: scheduleProblem(code) };
      if (code !== undefined) lookup.responseCode = code;
      return lookup;
    }
    const periods = Array.isArray(info.scheduleItems)
      ? info.scheduleItems.map(readPeriod).filter((p): p is BusyPeriod => p !== null)
      : null;
    const schedule: FreeBusySchedule = {
      email: key,
      window: { ...window },
      availabilityView: typeof info.availabilityView === "string" ? info.availabilityView : "",
      periods,
      workingHours: readWorkingHours(info.workingHours),
    };
    return { email: key, ok: true, schedule };
  });
}
