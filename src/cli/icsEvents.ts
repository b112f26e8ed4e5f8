/**
 * One VEVENT of an exported calendar as the meetings it stands for: its properties read by
 * ical.js into the advisor's MeetingDraft, and its series expanded within a date range.
 *
 * A series (RRULE, RDATE) is expanded in the wall-clock time of its start's zone, so that a weekly
 * 09:00 meeting stays at 09:00 across a change to or from summer time; each occurrence is then
 * placed in time by its zone (icsTime.ts). EXDATEs and the occurrences that moved (the events with
 * the same UID and a RECURRENCE-ID, which the caller collects) are left out of the expansion: a
 * moved occurrence is its own event. RANGE=THISANDFUTURE is read as that occurrence alone.
 */
import ICAL from "ical.js";
import type {
  Attendee,
  AttendeeType,
  Frequency,
  MeetingDraft,
  Person,
  Sensitivity,
  ShowAs,
} from "../advisor/types";
import { instantOf, isoAt, ianaNameOf, wallClockAt, wallOf } from "./icsTime";
import type { FileZones, WallClock, ZoneRef } from "./icsTime";

/**
 * The most occurrences one series is stepped through, from its first, before it is cut short: a
 * daily series runs 55 years within it, while a rule that repeats every minute forever (or a
 * series that started decades before the range) cannot hold the run.
 */
export const MAX_SERIES_STEPS = 20_000;

/** Why an event was skipped. */
export type EventProblem =
  "unreadable" | "no-start" | "bad-time" | "end-before-start" | "bad-recurrence";

/** Half-open range of instants [fromMs, toMs): an occurrence is in it when it starts in it. */
export interface Range {
  fromMs: number;
  toMs: number;
}

/** What the command line knows of a person beyond the calendar (their site and unit). */
export interface PersonInfo {
  site?: string;
  unit?: string;
}

/** Looks a person up by e-mail address (lower case). */
export type PeopleDirectory = ReadonlyMap<string, PersonInfo>;

export interface Occurrence {
  draft: MeetingDraft;
  startMs: number;
}

export interface CalendarEvent {
  uid: string | null;
  /** The instant of its RECURRENCE-ID: it replaces that occurrence of the series with its UID. */
  replaces: number | null;
  cancelled: boolean;
  /** Whether it is a series (RRULE or RDATE) that is expanded. */
  recurring: boolean;
  /** TZIDs that neither the IANA names, the Windows table nor the file's VTIMEZONEs know. */
  unknownZones: string[];
  /**
   * Its occurrences that start within the range, less `excluded` (instants of moved
   * occurrences). `onTruncated` is called when the series is cut at MAX_SERIES_STEPS.
   */
  occurrences(
    range: Range,
    excluded: ReadonlySet<number> | undefined,
    onTruncated: () => void,
  ): Generator<Occurrence>;
}

export type EventReading =
  { ok: true; event: CalendarEvent } | { ok: false; problem: EventProblem; detail: string };

class EventProblemError extends Error {
  readonly code = "event-problem" as const;
  constructor(
    readonly problem: EventProblem,
    message: string,
  ) {
    super(message);
  }
}

/** RFC 5545 TEXT escapes, for properties ical.js does not know (X-ALT-DESC). */
export function unescapeText(text: string): string {
  return text.replace(/\\([\\;,nN])/g, (_whole, c: string) => (c === "n" || c === "N" ? "\n" : c));
}

function text(component: ICAL.Component, name: string): string | undefined {
  const value = component.getFirstPropertyValue(name);
  return typeof value === "string" ? value : undefined;
}

function param(property: ICAL.Property, name: string): string | undefined {
  const value = property.getParameter(name);
  if (Array.isArray(value)) return typeof value[0] === "string" ? value[0] : undefined;
  return typeof value === "string" ? value : undefined;
}

/** "mailto:a@b.dk" → "a@b.dk" (other URIs as written). */
function emailOf(value: unknown): string {
  const uri = typeof value === "string" ? value.trim() : "";
  return uri.replace(/^mailto:/i, "");
}

function personOf(property: ICAL.Property, people: PeopleDirectory | undefined): Person {
  const email = emailOf(property.getFirstValue());
  const name = param(property, "cn");
  const known = people?.get(email.toLowerCase());
  return {
    email,
    ...(name ? { name } : {}),
    ...(known?.site ? { site: known.site } : {}),
    ...(known?.unit ? { unit: known.unit } : {}),
  };
}

/** ROLE and CUTYPE as the draft's attendee type: rooms and equipment are resources. */
function attendeeType(property: ICAL.Property): AttendeeType {
  const cutype = (param(property, "cutype") ?? "").toUpperCase();
  if (cutype === "RESOURCE" || cutype === "ROOM") return "resource";
  const role = (param(property, "role") ?? "").toUpperCase();
  return role === "OPT-PARTICIPANT" || role === "NON-PARTICIPANT" ? "optional" : "required";
}

const SENSITIVITY: Record<string, Sensitivity> = {
  PUBLIC: "normal",
  PRIVATE: "private",
  CONFIDENTIAL: "confidential",
};

/** Outlook's own free/busy status, else TRANSP (transparent is free, opaque busy). */
const BUSY_STATUS: Record<string, ShowAs> = {
  FREE: "free",
  TENTATIVE: "tentative",
  BUSY: "busy",
  OOF: "oof",
  WORKINGELSEWHERE: "workingElsewhere",
};

function showAsOf(component: ICAL.Component): ShowAs | undefined {
  const status = text(component, "x-microsoft-cdo-busystatus")?.trim().toUpperCase();
  if (status && BUSY_STATUS[status]) return BUSY_STATUS[status];
  const transp = text(component, "transp")?.trim().toUpperCase();
  if (transp === "TRANSPARENT") return "free";
  if (transp === "OPAQUE") return "busy";
  return undefined;
}

const FREQUENCIES: Record<string, Frequency> = {
  DAILY: "daily",
  WEEKLY: "weekly",
  MONTHLY: "monthly",
  YEARLY: "yearly",
};

/** A date-time property's value with its zone; throws EventProblemError on a bad value. */
function timeOf(
  property: ICAL.Property,
  zones: FileZones,
  unknownZones: string[],
): { time: ICAL.Time; zone: ZoneRef } {
  let value: unknown;
  try {
    value = property.getFirstValue();
  } catch (error) {
    throw new EventProblemError("bad-time", `${property.name.toUpperCase()}: ${reason(error)}`);
  }
  if (!(value instanceof ICAL.Time)) {
    throw new EventProblemError("bad-time", `${property.name.toUpperCase()} is not a date`);
  }
  return { time: value, zone: zoneOf(value, param(property, "tzid"), zones, unknownZones) };
}

function zoneOf(
  time: ICAL.Time,
  tzid: string | undefined,
  zones: FileZones,
  unknownZones: string[],
): ZoneRef {
  // A whole day is a date in the organisation's zone, whatever zone it names.
  if (time.isDate) return zones.fallback;
  const isUtc = time.zone === ICAL.Timezone.utcTimezone;
  const zone = zones.zoneFor(tzid, isUtc);
  if (zone) return zone;
  if (tzid && !unknownZones.includes(tzid)) unknownZones.push(tzid);
  return zones.fallback;
}

function checkedWall(time: ICAL.Time, name: string): WallClock {
  const wall = wallOf(time);
  const valid =
    Number.isInteger(wall.year) &&
    wall.year >= 1 &&
    wall.year <= 9999 &&
    wall.month >= 1 &&
    wall.month <= 12 &&
    wall.day >= 1 &&
    wall.day <= 31 &&
    wall.hour <= 23 &&
    wall.minute <= 59 &&
    wall.second <= 60;
  if (!valid) throw new EventProblemError("bad-time", `${name} is not a real date and time`);
  return wall;
}

/** The first line of an error's message: ical.js's messages quote the value they refused. */
function reason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return (message.split(/\r?\n/, 1)[0] ?? "").slice(0, 200);
}

/** The instants of a list of date properties (EXDATE, RDATE), each in its own zone. */
function instantsOf(
  properties: ICAL.Property[],
  zones: FileZones,
  unknownZones: string[],
): number[] {
  const instants: number[] = [];
  for (const property of properties) {
    const tzid = param(property, "tzid");
    for (const value of property.getValues()) {
      const time = value instanceof ICAL.Period ? value.start : value;
      if (!(time instanceof ICAL.Time)) continue;
      const zone = zoneOf(time, tzid, zones, unknownZones);
      instants.push(instantOf(checkedWall(time, property.name.toUpperCase()), zone));
    }
  }
  return instants;
}

/** The instant of an event's RECURRENCE-ID, or null when it has none. */
export function recurrenceIdOf(
  component: ICAL.Component,
  zones: FileZones,
  unknownZones: string[] = [],
): number | null {
  const property = component.getFirstProperty("recurrence-id");
  if (!property) return null;
  const { time, zone } = timeOf(property, zones, unknownZones);
  return instantOf(checkedWall(time, "RECURRENCE-ID"), zone);
}

/** Parses one VEVENT's text (as the reader cut it out). */
export function parseComponent(eventText: string): ICAL.Component {
  return new ICAL.Component(ICAL.parse(eventText) as unknown[]);
}

/**
 * Reads one VEVENT. A problem with it (no start, a date that is not one, an end before the start,
 * a recurrence rule ical.js refuses) is a value, so that the caller skips the event and goes on.
 */
export function readEvent(
  eventText: string,
  zones: FileZones,
  people?: PeopleDirectory,
): EventReading {
  try {
    return { ok: true, event: buildEvent(eventText, zones, people) };
  } catch (error) {
    if (error instanceof EventProblemError) {
      return { ok: false, problem: error.problem, detail: error.message };
    }
    return { ok: false, problem: "unreadable", detail: reason(error) };
  }
}

function buildEvent(
  eventText: string,
  zones: FileZones,
  people: PeopleDirectory | undefined,
): CalendarEvent {
  const component = parseComponent(eventText);
  const unknownZones: string[] = [];
  const startProperty = component.getFirstProperty("dtstart");
  if (!startProperty) throw new EventProblemError("no-start", "the event has no DTSTART");
  const start = timeOf(startProperty, zones, unknownZones);
  const startWall = checkedWall(start.time, "DTSTART");
  const isAllDay = start.time.isDate;
  const startMs = instantOf(startWall, start.zone);

  // The length: to DTEND, or DURATION; a day for a date with neither, none for a time.
  let lengthMs = 0;
  let lengthDays = isAllDay ? 1 : 0;
  const endProperty = component.getFirstProperty("dtend");
  const durationValue = component.getFirstPropertyValue("duration");
  if (endProperty) {
    const end = timeOf(endProperty, zones, unknownZones);
    const endWall = checkedWall(end.time, "DTEND");
    if (isAllDay) {
      const days = Math.round(
        (Date.UTC(endWall.year, endWall.month - 1, endWall.day) -
          Date.UTC(startWall.year, startWall.month - 1, startWall.day)) /
          86_400_000,
      );
      if (days < 0) throw new EventProblemError("end-before-start", "DTEND is before DTSTART");
      lengthDays = Math.max(days, 1);
    } else {
      lengthMs = instantOf(endWall, end.zone) - startMs;
      if (lengthMs < 0) throw new EventProblemError("end-before-start", "DTEND is before DTSTART");
    }
  } else if (durationValue instanceof ICAL.Duration) {
    const seconds = durationValue.toSeconds();
    if (seconds < 0) throw new EventProblemError("end-before-start", "DURATION is negative");
    if (isAllDay) lengthDays = Math.max(1, Math.round(seconds / 86_400));
    else lengthMs = seconds * 1000;
  }

  const replaces = recurrenceIdOf(component, zones, unknownZones);
  const recurrenceProperty = replaces === null ? component.getFirstProperty("rrule") : null;
  let recur: ICAL.Recur | null = null;
  if (recurrenceProperty) {
    try {
      const value = recurrenceProperty.getFirstValue();
      if (!(value instanceof ICAL.Recur)) throw new Error("RRULE is not a recurrence rule");
      recur = value;
      // An UNTIL in UTC (Outlook's way) meets the series' wall-clock times: it is read as the
      // wall clock of the same instant in the start's zone, so that the last occurrence is kept.
      const until = recur.until;
      if (until && until.zone === ICAL.Timezone.utcTimezone && start.zone.kind !== "utc") {
        const wall = wallClockAt(instantOf(wallOf(until), { kind: "utc" }), start.zone);
        recur.until = ICAL.Time.fromData({ ...wall, isDate: isAllDay });
      }
      // Built once here, so that a rule ical.js refuses is found now, not while expanding.
      recur.iterator(start.time);
    } catch (error) {
      throw new EventProblemError("bad-recurrence", `RRULE: ${reason(error)}`);
    }
  }
  const rdates =
    replaces === null ? instantsOf(component.getAllProperties("rdate"), zones, unknownZones) : [];
  const exdates = new Set(instantsOf(component.getAllProperties("exdate"), zones, unknownZones));

  const draftBase = draftFields(component, people);
  const frequency = recur ? FREQUENCIES[recur.freq] : undefined;
  if (frequency) draftBase.recurrence = { frequency, interval: recur?.interval ?? 1 };
  const timeZone = ianaNameOf(start.zone);
  if (timeZone) draftBase.timeZone = timeZone;

  const occurrence = (occurrenceStart: number, wall: WallClock): Occurrence => {
    let endMs: number;
    if (isAllDay) {
      const endDay = new Date(Date.UTC(wall.year, wall.month - 1, wall.day + lengthDays));
      endMs = instantOf(
        {
          year: endDay.getUTCFullYear(),
          month: endDay.getUTCMonth() + 1,
          day: endDay.getUTCDate(),
          hour: 0,
          minute: 0,
          second: 0,
          isDate: true,
        },
        start.zone,
      );
    } else {
      endMs = occurrenceStart + lengthMs;
    }
    return {
      startMs: occurrenceStart,
      draft: {
        ...draftBase,
        start: isoAt(occurrenceStart, start.zone),
        end: isoAt(endMs, start.zone),
        ...(isAllDay ? { isAllDay: true } : {}),
      },
    };
  };

  const status = text(component, "status")?.trim().toUpperCase();
  return {
    uid: text(component, "uid") ?? null,
    replaces,
    cancelled: status === "CANCELLED",
    recurring: recur !== null || rdates.length > 0,
    unknownZones,
    *occurrences(range, excluded, onTruncated) {
      const wanted = (ms: number) =>
        ms >= range.fromMs && ms < range.toMs && !exdates.has(ms) && !excluded?.has(ms);
      if (!recur) {
        if (wanted(startMs)) yield occurrence(startMs, startWall);
      } else {
        const iterator = recur.iterator(start.time);
        for (let steps = 0; ; steps++) {
          if (steps >= MAX_SERIES_STEPS) {
            onTruncated();
            break;
          }
          const next = iterator.next();
          if (!next) break;
          const wall = wallOf(next);
          const ms = instantOf(wall, start.zone);
          if (ms >= range.toMs) break;
          if (wanted(ms)) yield occurrence(ms, wall);
        }
      }
      for (const ms of rdates) {
        if (ms !== startMs && wanted(ms)) yield occurrence(ms, wallClockAt(ms, start.zone));
      }
    },
  };
}

/** The draft's fields that every occurrence shares. */
function draftFields(
  component: ICAL.Component,
  people: PeopleDirectory | undefined,
): Omit<MeetingDraft, "start" | "end"> {
  const draft: Omit<MeetingDraft, "start" | "end"> = {
    subject: text(component, "summary") ?? "",
    attendees: [],
  };
  const html = component.getFirstProperty("x-alt-desc");
  const htmlValue = html?.getFirstValue();
  const description = text(component, "description");
  if (
    html &&
    typeof htmlValue === "string" &&
    (param(html, "fmttype") ?? "").toLowerCase() === "text/html"
  ) {
    // Outlook's HTML body is what people wrote and saw; DESCRIPTION is its plain-text copy.
    draft.body = unescapeText(htmlValue);
    draft.bodyType = "html";
  } else if (description !== undefined) {
    draft.body = description;
    draft.bodyType = "text";
  }
  const location = text(component, "location");
  if (location !== undefined) draft.location = location;
  const organizer = component.getFirstProperty("organizer");
  if (organizer) draft.organizer = personOf(organizer, people);
  draft.attendees = component
    .getAllProperties("attendee")
    .map((property): Attendee => ({ ...personOf(property, people), type: attendeeType(property) }));
  const sensitivity = SENSITIVITY[(text(component, "class") ?? "").trim().toUpperCase()];
  if (sensitivity) draft.sensitivity = sensitivity;
  const showAs = showAsOf(component);
  if (showAs) draft.showAs = showAs;
  return draft;
}
