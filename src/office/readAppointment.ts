/**
 * Reads the appointment open in Outlook into the advisor's MeetingDraft, in compose mode (the
 * user is the organizer) and in read mode (the user is an attendee). Newer fields are read only
 * where the client supports their Mailbox requirement set, so a Mailbox 1.3 client still gets a
 * draft: without recurrence, sensitivity and rooms, and with the user's profile as organizer.
 *
 * Only what the advice cannot do without is fatal: subject, body, start, end, location and the
 * attendee lists. The optional fields (organizer, recurrence, rooms, sensitivity, all-day) degrade
 * when their call fails: the field is left out (the organizer becomes the user's profile, as on
 * clients without organizer.getAsync), and the person still gets advice.
 */
import { DateTime, IANAZone } from "luxon";
import type {
  Attendee,
  Frequency,
  MeetingDraft,
  Person,
  Recurrence,
  Sensitivity,
} from "../advisor/types";
import { officeCall, withConcurrency, type OfficeRun } from "./async";
import { isComposeItem, isMailboxSetSupported } from "./host";
import { LAST_RESORT_TIME_ZONE } from "./timeZone";

/** What the add-in knows about the user that Outlook does not: their site and unit. */
export interface ReadOptions {
  userSite?: string;
  userUnit?: string;
  /** The user's e-mail address; Outlook's user profile when absent. */
  userEmail?: string;
  /** IANA zone the times are given in: the user's (see userTimeZone), the policy's by default. */
  timeZone: string;
  /** The run the reads belong to: when it ends, they are dropped (see OfficeRun). */
  run?: OfficeRun;
}

/** How many reads are started at once; officeCall itself keeps Outlook's limit of 3 in flight. */
const MAX_CONCURRENT_CALLS = 3;

type Item = Office.AppointmentCompose | Office.AppointmentRead;

/** The zone to use: the option when luxon knows it (callers pass a valid one). */
function zoneOf(options: ReadOptions): string {
  const zone = options.timeZone?.trim();
  if (zone && IANAZone.isValidZone(zone)) return zone;
  return LAST_RESORT_TIME_ZONE;
}

/** Outlook's Date (an instant) as ISO 8601 with the zone's offset at that instant (DST-safe). */
export function toZonedIso(date: Date, zone: string): string {
  const value = DateTime.fromJSDate(date).setZone(zone);
  return value.toISO({ suppressMilliseconds: true }) ?? date.toISOString();
}

function person(details: Office.EmailAddressDetails | null | undefined): Person | null {
  if (!details || typeof details.emailAddress !== "string") return null;
  const result: Person = { email: details.emailAddress };
  if (typeof details.displayName === "string" && details.displayName !== "") {
    result.name = details.displayName;
  }
  return result;
}

function sameEmail(a: string | undefined, b: string | undefined): boolean {
  return !!a && !!b && a.trim().toLowerCase() === b.trim().toLowerCase();
}

/** Office's recurrence as the contract's: "weekday" (Monday to Friday) counts as daily. */
export function toRecurrence(recurrence: Office.Recurrence | null | undefined): Recurrence | null {
  if (!recurrence || typeof recurrence !== "object") return null;
  const type = String(recurrence.recurrenceType ?? "").toLowerCase();
  const frequencies: Record<string, Frequency> = {
    daily: "daily",
    weekday: "daily",
    weekly: "weekly",
    monthly: "monthly",
    yearly: "yearly",
  };
  const frequency = frequencies[type];
  if (!frequency) return null;
  const interval = recurrence.recurrenceProperties?.interval;
  return typeof interval === "number" && Number.isInteger(interval) && interval >= 1
    ? { frequency, interval }
    : { frequency };
}

function toSensitivity(value: unknown): Sensitivity | undefined {
  const text = String(value ?? "").toLowerCase();
  return text === "normal" || text === "personal" || text === "private" || text === "confidential"
    ? text
    : undefined;
}

/** Rooms among the enhanced locations, as resource attendees. */
function rooms(locations: Office.LocationDetails[] | undefined): Attendee[] {
  return (locations ?? [])
    .filter((location) => String(location?.locationIdentifier?.type).toLowerCase() === "room")
    .map((location) => {
      const email = location.emailAddress || location.locationIdentifier?.id || "";
      const room: Attendee = { email, type: "resource" };
      if (location.displayName) room.name = location.displayName;
      return room;
    })
    .filter((room) => room.email !== "");
}

function locationText(location: string, enhanced: Office.LocationDetails[] | undefined): string {
  if (location.trim() !== "") return location;
  const names = (enhanced ?? []).map((l) => l.displayName).filter((name) => !!name);
  return names.join("; ");
}

interface Raw {
  subject: string;
  body: string;
  start: Date;
  end: Date;
  location: string;
  enhanced?: Office.LocationDetails[];
  organizer: Person | null;
  required: Office.EmailAddressDetails[];
  optional: Office.EmailAddressDetails[];
  resources: Office.EmailAddressDetails[];
  recurrence: Recurrence | null | undefined;
  sensitivity: Sensitivity | undefined;
  isAllDay: boolean | undefined;
}

/** A member some clients lack (or throw on): undefined instead of an exception. */
function optionalMember<T>(item: object, name: string): T | undefined {
  try {
    const value = (item as Record<string, unknown>)[name];
    return value === null || value === undefined ? undefined : (value as T);
  } catch {
    return undefined;
  }
}

function userProfilePerson(): Person | null {
  try {
    const profile = Office.context.mailbox.userProfile;
    return person({
      emailAddress: profile.emailAddress,
      displayName: profile.displayName,
    } as Office.EmailAddressDetails);
  } catch {
    return null;
  }
}

/** officeCall for the reads of one run (none: calls of their own). */
function callsOf(run: OfficeRun | undefined): typeof officeCall {
  return (invoke, options) => officeCall(invoke, { run, ...options });
}

async function readCompose(item: Office.AppointmentCompose, run?: OfficeRun): Promise<Raw> {
  const call = callsOf(run);
  const has17 = isMailboxSetSupported("1.7");
  const has18 = isMailboxSetSupported("1.8");
  const has114 = isMailboxSetSupported("1.14");
  const raw: Partial<Raw> = { resources: [] };
  const tasks: Array<() => Promise<void>> = [
    async () => {
      raw.subject = await call<string>((cb) => item.subject.getAsync(cb));
    },
    async () => {
      raw.body = await call<string>((cb) => item.body.getAsync(Office.CoercionType.Html, cb));
    },
    async () => {
      raw.start = await call<Date>((cb) => item.start.getAsync(cb));
    },
    async () => {
      raw.end = await call<Date>((cb) => item.end.getAsync(cb));
    },
    async () => {
      raw.location = await call<string>((cb) => item.location.getAsync(cb));
    },
    async () => {
      raw.required = await call<Office.EmailAddressDetails[]>((cb) =>
        item.requiredAttendees.getAsync(cb),
      );
    },
    async () => {
      raw.optional = await call<Office.EmailAddressDetails[]>((cb) =>
        item.optionalAttendees.getAsync(cb),
      );
    },
  ];
  // Optional fields: a failed call leaves the field out instead of failing the whole read.
  const optional = (read: () => Promise<void>) => () => read().catch(() => undefined);
  if (has17) {
    tasks.push(
      optional(async () => {
        raw.organizer = person(
          await call<Office.EmailAddressDetails>((cb) => item.organizer.getAsync(cb)),
        );
      }),
    );
    tasks.push(
      optional(async () => {
        raw.recurrence = toRecurrence(
          await call<Office.Recurrence>((cb) => item.recurrence.getAsync(cb)),
        );
      }),
    );
  }
  if (has18) {
    tasks.push(
      optional(async () => {
        raw.enhanced = await call<Office.LocationDetails[]>((cb) =>
          item.enhancedLocation.getAsync(cb),
        );
      }),
    );
  }
  if (has114) {
    tasks.push(
      optional(async () => {
        raw.sensitivity = toSensitivity(
          await call<Office.MailboxEnums.AppointmentSensitivityType>((cb) =>
            item.sensitivity.getAsync(cb),
          ),
        );
      }),
    );
  }
  // isAllDayEvent is in Mailbox preview only: used where a client already has it.
  const allDay = optionalMember<{ getAsync?: unknown }>(item, "isAllDayEvent");
  if (allDay && typeof allDay.getAsync === "function") {
    const getAsync = allDay.getAsync as (cb: (r: Office.AsyncResult<boolean>) => void) => void;
    tasks.push(
      optional(async () => {
        raw.isAllDay = (await call<boolean>((cb) => getAsync.call(allDay, cb))) === true;
      }),
    );
  }
  await withConcurrency(tasks, MAX_CONCURRENT_CALLS);
  if (!has17 || !raw.organizer) raw.organizer = userProfilePerson();
  return raw as Raw;
}

async function readRead(item: Office.AppointmentRead, run?: OfficeRun): Promise<Raw> {
  const call = callsOf(run);
  const has18 = isMailboxSetSupported("1.8");
  const tasks: Array<() => Promise<void>> = [];
  let body = "";
  let enhanced: Office.LocationDetails[] | undefined;
  tasks.push(async () => {
    body = await call<string>((cb) => item.body.getAsync(Office.CoercionType.Html, cb));
  });
  if (has18) {
    tasks.push(async () => {
      // Rooms are optional: without them the location text still tells the place.
      enhanced = await call<Office.LocationDetails[]>((cb) =>
        item.enhancedLocation.getAsync(cb),
      ).catch(() => undefined);
    });
  }
  await withConcurrency(tasks, MAX_CONCURRENT_CALLS);
  // Not in the typings of AppointmentRead; read where a client provides it.
  const resources = optionalMember<unknown>(item, "resources");
  const allDay = optionalMember<unknown>(item, "isAllDayEvent");
  return {
    subject: typeof item.subject === "string" ? item.subject : "",
    body,
    start: item.start,
    end: item.end,
    location: typeof item.location === "string" ? item.location : "",
    enhanced,
    organizer: person(optionalMember<Office.EmailAddressDetails>(item, "organizer")),
    required: item.requiredAttendees ?? [],
    optional: item.optionalAttendees ?? [],
    resources: Array.isArray(resources) ? (resources as Office.EmailAddressDetails[]) : [],
    recurrence: isMailboxSetSupported("1.7")
      ? toRecurrence(optionalMember<Office.Recurrence>(item, "recurrence"))
      : undefined,
    sensitivity: isMailboxSetSupported("1.14")
      ? toSensitivity(optionalMember<unknown>(item, "sensitivity"))
      : undefined,
    isAllDay: typeof allDay === "boolean" ? allDay : undefined,
  };
}

function withUserFacts<T extends Person>(someone: T, options: ReadOptions): T {
  const result = { ...someone };
  if (options.userSite) result.site = options.userSite;
  if (options.userUnit) result.unit = options.userUnit;
  return result;
}

/**
 * Reads the appointment (compose or read mode) into a MeetingDraft: subject, HTML body, start and
 * end as ISO 8601 with the zone's offset, location (enhanced locations' rooms become resource
 * attendees where Mailbox 1.8), organizer, required and optional attendees (the organizer left
 * out), recurrence where 1.7 and sensitivity where 1.14. The user's site and unit from `options`
 * go to the organizer in compose mode and to the user's own attendee entry in read mode.
 * At most 3 Office calls run at once. Rejects with OfficeCallError when a call for subject, body,
 * start, end, location or the attendee lists fails; the optional fields degrade (see above).
 */
export async function readAppointment(item: Item, options: ReadOptions): Promise<MeetingDraft> {
  const compose = isComposeItem(item);
  const raw = compose
    ? await readCompose(item, options.run)
    : await readRead(item as Office.AppointmentRead, options.run);
  const zone = zoneOf(options);
  const organizerEmail = raw.organizer?.email;
  const userEmail = options.userEmail ?? (compose ? organizerEmail : userProfilePerson()?.email);

  let organizer = raw.organizer ?? undefined;
  if (organizer && (compose || sameEmail(organizer.email, userEmail))) {
    organizer = withUserFacts(organizer, options);
  }

  const attendees: Attendee[] = [];
  const seen = new Set<string>();
  const add = (details: Office.EmailAddressDetails, type: Attendee["type"]): void => {
    const someone = person(details);
    if (!someone || sameEmail(someone.email, organizerEmail)) return;
    const key = `${type}:${someone.email.toLowerCase()}`;
    if (seen.has(key)) return;
    seen.add(key);
    const attendee: Attendee = { ...someone, type };
    attendees.push(
      !compose && sameEmail(attendee.email, userEmail)
        ? withUserFacts(attendee, options)
        : attendee,
    );
  };
  for (const details of raw.required ?? []) add(details, "required");
  for (const details of raw.optional ?? []) add(details, "optional");
  for (const details of raw.resources ?? []) add(details, "resource");
  for (const room of rooms(raw.enhanced)) {
    if (!attendees.some((a) => sameEmail(a.email, room.email))) {
      add(
        { emailAddress: room.email, displayName: room.name ?? "" } as Office.EmailAddressDetails,
        "resource",
      );
    }
  }

  const draft: MeetingDraft = {
    subject: raw.subject ?? "",
    body: raw.body ?? "",
    bodyType: "html",
    start: toZonedIso(raw.start, zone),
    end: toZonedIso(raw.end, zone),
    timeZone: zone,
    location: locationText(raw.location ?? "", raw.enhanced),
    attendees,
  };
  if (organizer) draft.organizer = organizer;
  if (raw.recurrence !== undefined) draft.recurrence = raw.recurrence;
  if (raw.sensitivity !== undefined) draft.sensitivity = raw.sensitivity;
  if (raw.isAllDay !== undefined) draft.isAllDay = raw.isAllDay;
  return draft;
}

/** What can change with no Outlook event to say so: the subject, the body and the location text. */
export interface TextFields {
  subject: string;
  /** HTML, as readAppointment reads it. */
  body: string;
  /** The location text (no change event before Mailbox 1.8's EnhancedLocationsChanged). */
  location: string;
}

/**
 * Reads only the subject, the HTML body and the location text: the cheap re-read for polling
 * (3 Office calls in compose mode, 1 in read mode, against about 11 for a full read). Rejects
 * with OfficeCallError when a call fails.
 */
export async function readTextFields(item: Item): Promise<TextFields> {
  if (!isComposeItem(item)) {
    const read = item as Office.AppointmentRead;
    return {
      subject: typeof read.subject === "string" ? read.subject : "",
      body: await officeCall<string>((cb) => read.body.getAsync(Office.CoercionType.Html, cb)),
      location: typeof read.location === "string" ? read.location : "",
    };
  }
  const [subject, body, location] = await Promise.all([
    officeCall<string>((cb) => item.subject.getAsync(cb)),
    officeCall<string>((cb) => item.body.getAsync(Office.CoercionType.Html, cb)),
    officeCall<string>((cb) => item.location.getAsync(cb)),
  ]);
  return { subject: subject ?? "", body: body ?? "", location: location ?? "" };
}

/**
 * The last full draft with newly read text fields, or null when the location text differs from
 * the draft's: a room may have been added or removed, which only a full read turns into resource
 * attendees, so the caller then reads fully.
 */
export function withTextFields(draft: MeetingDraft, fields: TextFields): MeetingDraft | null {
  if (locationText(fields.location, undefined) !== (draft.location ?? "")) return null;
  return { ...draft, subject: fields.subject, body: fields.body };
}
