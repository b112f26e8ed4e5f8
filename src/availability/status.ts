/**
 * A colleague's status from their free/busy: what they are now (Ledig, Foreløbig / arbejder
 * andetsteds, Optaget, Fraværende, Ukendt), until when, when they are next free within their
 * working hours, and today's timeline within their working hours.
 *
 * Pure and deterministic: the clock (`now`), the viewer's zone and the policy's zone come in as
 * arguments. Times are computed as instants and shown in the viewer's zone, so DST days (23 and 25
 * hours) and working hours in another zone come out right.
 *
 * Which source decides: the schedule's periods (scheduleItems) when the answer has any: they
 * carry exact times, so "busy until 10:50" is not rounded to the slot; otherwise the
 * availabilityView's slots. Where periods overlap, the stronger status wins: out of office, busy,
 * tentative, working elsewhere, unknown, free.
 */
import { DateTime, FixedOffsetZone, type Zone } from "luxon";
import type {
  AvailabilityStatus,
  FreeBusySchedule,
  FreeBusyStatus,
  ScheduleLookup,
  ScheduleProblem,
  Weekday,
  WorkingHours,
} from "./types";
import { minutesOfDay, workingHoursZone, zoneFromName } from "./zones";

/** One stretch of time with one status, in the viewer's zone. */
export interface Segment {
  start: DateTime;
  end: DateTime;
  /** What the view says. */
  status: AvailabilityStatus;
  /** Graph's status behind it: tells "tentative" from "workingElsewhere". */
  detail: FreeBusyStatus;
}

/** Everything the view shows of one colleague's availability. */
export interface ColleagueStatus {
  email: string;
  /** The status now. */
  status: AvailabilityStatus;
  detail: FreeBusyStatus;
  /** When the status now ends; null when not within the data (the rest of the window or beyond). */
  until: DateTime | null;
  /**
   * The first free time within their working hours from now (now itself when free and at work),
   * until the free time or the working hours end; null when there is none in the window.
   */
  nextFree: { start: DateTime; end: DateTime } | null;
  /** Whether now is within their working hours. */
  atWork: boolean;
  /** Today's working hours (viewer's day), usually one stretch; empty on a day off. */
  workingHoursToday: { start: DateTime; end: DateTime }[];
  /** Today's timeline within the working hours, in order, without gaps inside each stretch. */
  timeline: Segment[];
  /** Set when the status is unknown because the colleague's free/busy could not be read. */
  problem?: ScheduleProblem;
  /** Set when their working hours' zone was not known and the policy's zone was used instead. */
  zoneAssumed?: boolean;
}

export interface StatusOptions {
  /** The clock, from the caller. */
  now: DateTime;
  /** The viewer's IANA zone: "today" and every time shown are in it. */
  zone: string;
  /** The policy's zone: for working hours whose zone is not known, and for the default hours. */
  fallbackZone: string;
  /** Working hours for a colleague whose mailbox gives none; DEFAULT_WORKING_HOURS by default. */
  defaultWorkingHours?: Omit<WorkingHours, "zone">;
}

/** Mondays to Fridays 08:00–16:00: a hospital office day, for mailboxes without working hours. */
export const DEFAULT_WORKING_HOURS: Readonly<Omit<WorkingHours, "zone">> = {
  days: [1, 2, 3, 4, 5],
  start: "08:00",
  end: "16:00",
};

/** What the view says for each of Graph's statuses. */
export const DISPLAY_STATUS: Readonly<Record<FreeBusyStatus, AvailabilityStatus>> = {
  free: "free",
  tentative: "tentative",
  workingElsewhere: "tentative",
  busy: "busy",
  oof: "away",
  unknown: "unknown",
};

/** availabilityView's digits. Graph documents 4 for working elsewhere; older servers send 0. */
export const VIEW_DIGITS: Readonly<Record<string, FreeBusyStatus>> = {
  "0": "free",
  "1": "tentative",
  "2": "busy",
  "3": "oof",
  "4": "workingElsewhere",
};

/** Which status wins where periods overlap. */
const STRENGTH: Readonly<Record<FreeBusyStatus, number>> = {
  free: 0,
  unknown: 1,
  workingElsewhere: 2,
  tentative: 3,
  busy: 4,
  oof: 5,
};

/** A stretch of Graph's status, in milliseconds since the epoch. */
export interface Span {
  start: number;
  end: number;
  status: FreeBusyStatus;
}

/** Joins neighbours of equal status. */
function joined(spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const span of spans) {
    const last = out[out.length - 1];
    if (last && last.end === span.start && last.status === span.status) last.end = span.end;
    else if (span.end > span.start) out.push({ ...span });
  }
  return out;
}

/**
 * The schedule's window as contiguous stretches of Graph's statuses: from its periods when it has
 * any, else from its availabilityView (a digit a slot; slots past the view are unknown).
 */
export function scheduleSpans(schedule: FreeBusySchedule): Span[] {
  const windowStart = Date.parse(schedule.window.start);
  const windowEnd = Date.parse(schedule.window.end);
  const periods = schedule.periods;
  if (periods && periods.length > 0) {
    const cuts = new Set<number>([windowStart, windowEnd]);
    const clipped = periods
      .map((p) => ({
        start: Math.max(windowStart, Date.parse(p.start)),
        end: Math.min(windowEnd, Date.parse(p.end)),
        status: p.status,
      }))
      .filter((p) => p.end > p.start);
    for (const p of clipped) cuts.add(p.start).add(p.end);
    const points = [...cuts].sort((a, b) => a - b);
    const spans: Span[] = [];
    for (let i = 0; i + 1 < points.length; i++) {
      const start = points[i] as number;
      const end = points[i + 1] as number;
      let status: FreeBusyStatus = "free";
      for (const p of clipped) {
        if (p.start <= start && p.end >= end && STRENGTH[p.status] > STRENGTH[status]) {
          status = p.status;
        }
      }
      spans.push({ start, end, status });
    }
    return joined(spans);
  }
  const view = schedule.availabilityView;
  if (view === "") {
    // No periods and no view: an empty list says free; no list at all says nothing.
    return [{ start: windowStart, end: windowEnd, status: periods ? "free" : "unknown" }];
  }
  const slot = schedule.window.intervalMinutes * 60_000;
  const spans: Span[] = [];
  for (let at = windowStart, i = 0; at < windowEnd; at += slot, i++) {
    const digit = view[i];
    const status = digit === undefined ? "unknown" : (VIEW_DIGITS[digit] ?? "unknown");
    spans.push({ start: at, end: Math.min(windowEnd, at + slot), status });
  }
  return joined(spans);
}

/** A colleague's working-hours zone, or the fallback (and whether it had to be used). */
function hoursZone(hours: WorkingHours, fallback: Zone): { zone: Zone; assumed: boolean } {
  const zone = workingHoursZone(hours.zone);
  return zone && zone.isValid ? { zone, assumed: false } : { zone: fallback, assumed: true };
}

/**
 * The working stretches that touch [from, to), as instants. Each working day's hours are laid in
 * the colleague's own zone (so 09:00 in London is 10:00 in Copenhagen); hours whose end is not
 * after their start run past midnight.
 */
export function workingStretches(
  hours: WorkingHours,
  zone: Zone,
  from: number,
  to: number,
): { start: number; end: number }[] {
  const startMinutes = minutesOfDay(hours.start);
  const endMinutes = minutesOfDay(hours.end);
  if (startMinutes === null || endMinutes === null) return [];
  const days = new Set<Weekday>(hours.days);
  const out: { start: number; end: number }[] = [];
  // From the day before, for hours that run past midnight into the range.
  let day = DateTime.fromMillis(from, { zone }).startOf("day").minus({ days: 1 });
  const last = DateTime.fromMillis(to, { zone }).startOf("day");
  for (; day <= last; day = day.plus({ days: 1 })) {
    if (!days.has(day.weekday as Weekday)) continue;
    const start = day.set({ hour: Math.floor(startMinutes / 60), minute: startMinutes % 60 });
    let end = day.set({ hour: Math.floor(endMinutes / 60) % 24, minute: endMinutes % 60 });
    if (endMinutes === 24 * 60 || endMinutes <= startMinutes) end = end.plus({ days: 1 });
    const s = Math.max(from, start.toMillis());
    const e = Math.min(to, end.toMillis());
    if (e > s) out.push({ start: s, end: e });
  }
  return out;
}

function unknownStatus(email: string, problem?: ScheduleProblem): ColleagueStatus {
  const status: ColleagueStatus = {
    email,
    status: "unknown",
    detail: "unknown",
    until: null,
    nextFree: null,
    atWork: false,
    workingHoursToday: [],
    timeline: [],
  };
  if (problem) status.problem = problem;
  return status;
}

/** The colleague's working hours, or the default hours in the policy's zone. */
function effectiveHours(
  schedule: FreeBusySchedule,
  options: Pick<StatusOptions, "fallbackZone" | "defaultWorkingHours">,
): { hours: WorkingHours; zone: Zone; assumed: boolean } {
  // The policy's zone is a validated IANA zone; UTC only keeps a bug from becoming a throw.
  const fallback = zoneFromName(options.fallbackZone) ?? FixedOffsetZone.utcInstance;
  if (schedule.workingHours && schedule.workingHours.days.length > 0) {
    const { zone, assumed } = hoursZone(schedule.workingHours, fallback);
    return { hours: schedule.workingHours, zone, assumed };
  }
  const defaults = options.defaultWorkingHours ?? DEFAULT_WORKING_HOURS;
  return {
    hours: { ...defaults, zone: { kind: "named", name: options.fallbackZone } },
    zone: fallback,
    assumed: false,
  };
}

/**
 * A colleague's working stretches that touch [from, to), as instants: their own hours in their own
 * zone, the policy's zone when theirs is unknown (`assumed`), the default hours when they have none.
 */
export function colleagueWorkingStretches(
  schedule: FreeBusySchedule,
  options: Pick<StatusOptions, "fallbackZone" | "defaultWorkingHours">,
  from: number,
  to: number,
): { stretches: { start: number; end: number }[]; assumed: boolean } {
  const { hours, zone, assumed } = effectiveHours(schedule, options);
  return { stretches: workingStretches(hours, zone, from, to), assumed };
}

/**
 * One colleague's status at `options.now`, from their lookup. A lookup that failed gives Ukendt
 * with the reason, never an exception: one colleague's error never blanks the list.
 */
export function colleagueStatus(lookup: ScheduleLookup, options: StatusOptions): ColleagueStatus {
  if (!lookup.ok) return unknownStatus(lookup.email, lookup.problem);
  const schedule = lookup.schedule;
  const spans = scheduleSpans(schedule);
  const now = options.now.toMillis();
  const show = (ms: number) => DateTime.fromMillis(ms, { zone: options.zone });
  const { hours, zone, assumed } = effectiveHours(schedule, options);

  const windowStart = Date.parse(schedule.window.start);
  const windowEnd = Date.parse(schedule.window.end);
  const todayStart = options.now.setZone(options.zone).startOf("day");
  const todayEnd = todayStart.plus({ days: 1 });
  const stretchesToday = workingStretches(hours, zone, todayStart.toMillis(), todayEnd.toMillis());
  const stretches = workingStretches(
    hours,
    zone,
    Math.min(windowStart, todayStart.toMillis()),
    Math.max(windowEnd, todayEnd.toMillis()),
  );

  const result: ColleagueStatus = unknownStatus(schedule.email);
  if (assumed) result.zoneAssumed = true;
  result.atWork = stretches.some((s) => s.start <= now && now < s.end);
  result.workingHoursToday = stretchesToday.map((s) => ({
    start: show(s.start),
    end: show(s.end),
  }));

  // Now: the stretch that holds it, and the run of the same shown status from there.
  const index = spans.findIndex((s) => s.start <= now && now < s.end);
  const current = spans[index];
  if (current) {
    result.detail = current.status;
    result.status = DISPLAY_STATUS[current.status];
    let runEnd = current.end;
    for (let i = index + 1; i < spans.length; i++) {
      const next = spans[i] as Span;
      if (DISPLAY_STATUS[next.status] !== result.status) break;
      runEnd = next.end;
    }
    result.until = runEnd >= windowEnd ? null : show(runEnd);
  }

  // Next free: the first free time at or after now that is within working hours.
  const free = joined(spans.filter((s) => s.status === "free"));
  search: for (const stretch of stretches) {
    if (stretch.end <= now) continue;
    for (const span of free) {
      const start = Math.max(now, stretch.start, span.start);
      const end = Math.min(stretch.end, span.end);
      if (end > start) {
        result.nextFree = { start: show(start), end: show(end) };
        break search;
      }
    }
  }

  // Today's timeline within working hours; the day's parts outside the data are unknown.
  for (const stretch of stretchesToday) {
    let at = stretch.start;
    for (const span of spans) {
      const start = Math.max(at, span.start);
      const end = Math.min(stretch.end, span.end);
      if (end <= start) continue;
      if (start > at) result.timeline.push(segment(at, start, "unknown", show));
      result.timeline.push(segment(start, end, span.status, show));
      at = end;
    }
    if (at < stretch.end) result.timeline.push(segment(at, stretch.end, "unknown", show));
  }
  return result;
}

function segment(
  start: number,
  end: number,
  detail: FreeBusyStatus,
  show: (ms: number) => DateTime,
): Segment {
  return { start: show(start), end: show(end), status: DISPLAY_STATUS[detail], detail };
}

/** Every colleague's status, in the lookups' order. */
export function colleagueStatuses(
  lookups: readonly ScheduleLookup[],
  options: StatusOptions,
): ColleagueStatus[] {
  return lookups.map((lookup) => colleagueStatus(lookup, options));
}

/**
 * The window to ask getSchedule for: the viewer's today (00:00 to 00:00, 23 or 25 hours on DST
 * days), or `days` days from today.
 */
export function dayWindow(
  now: DateTime,
  zone: string,
  days = 1,
): { start: DateTime; end: DateTime } {
  const start = now.setZone(zone).startOf("day");
  return { start, end: start.plus({ days }) };
}
