/**
 * A stand-in for Office.js on the preview page: just the calls the pane and the Office layer make,
 * behaving as Outlook on the web does where it matters to them. Callbacks always come later
 * (never inside the call), results have Office's AsyncResult shape, the body comes back
 * re-serialised, and item events fire when the person edits time, attendees or recurrence.
 * Anything else fails loudly: every object is wrapped in a Proxy that throws a clear error naming
 * the missing member, so a pane that calls an unimplemented API is caught by the browser tests.
 *
 * Free of the DOM: HTML handling comes in as an `HtmlCodec` (DOMParser in the browser), storage as
 * a Storage-like object, so the behaviour is unit-testable in Node.
 */

/**
 * What is open: the appointment as its organizer composes it, as an attendee reads it, or a mail
 * in read mode (where the pane offers only the colleagues' view).
 */
export type AppointmentMode = "compose" | "read" | "mail";
/** Outlook's sensitivity values (Mailbox 1.14). */
export type StandInSensitivity = "normal" | "personal" | "private" | "confidential";
/** Outlook's recurrence types. */
export type StandInFrequency = "daily" | "weekday" | "weekly" | "monthly" | "yearly";

/** Someone on the appointment. */
export interface StandInPerson {
  name: string;
  email: string;
}

/** An invitee, required or optional. */
export interface StandInAttendee extends StandInPerson {
  type: "required" | "optional";
}

/** A recurrence pattern: every `interval` days, weeks, months or years. */
export interface StandInRecurrence {
  frequency: StandInFrequency;
  interval: number;
}

/** One entry of the appointment's locations, as Outlook keeps them (Mailbox 1.8 enhanced locations). */
export interface StandInLocation {
  id: string;
  type: "custom" | "room";
  displayName: string;
  emailAddress?: string;
}

/** The appointment as the stand-in holds it. `bodyHtml` is the inner HTML of the body element. */
export interface StandInAppointment {
  subject: string;
  bodyHtml: string;
  start: Date;
  end: Date;
  locations: StandInLocation[];
  organizer: StandInPerson;
  attendees: StandInAttendee[];
  recurrence: StandInRecurrence | null;
  sensitivity: StandInSensitivity;
  /** The add-in's custom properties as saved on the item (loadCustomPropertiesAsync). */
  customProperties?: Record<string, unknown>;
}

/** How the stand-in handles HTML, the way Outlook's editor would. */
export interface HtmlCodec {
  /** Re-serialises HTML given by an add-in or the person into the body's stored inner HTML. */
  normalize(html: string): string;
  /** The whole document getAsync(Html) returns for a stored body, in compose or read mode. */
  toDocument(bodyHtml: string, mode: AppointmentMode): string;
  /** The plain text getAsync(Text) returns. */
  toText(bodyHtml: string): string;
}

/** A failure to inject: the named call fails with Office's InternalServerError. */
export interface FailureSpec {
  /** How many calls fail before it works again; Infinity by default. */
  times?: number;
  name?: string;
  code?: number;
  message?: string;
}

/** Where roaming settings live between loads (localStorage in the browser). */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** Office.context.officeTheme's colours. */
export interface OfficeThemeColours {
  bodyBackgroundColor: string;
  bodyForegroundColor: string;
  controlBackgroundColor: string;
  controlForegroundColor: string;
}

/** How the stand-in behaves: mode, language, theme, requirement sets, storage and failures. */
export interface StandInOptions {
  mode: AppointmentMode;
  /** Office.context.displayLanguage, e.g. "da-DK" or "en-US". */
  displayLanguage: string;
  /**
   * Office.context.officeTheme; null for a client without it (before Mailbox 1.14, and add-ins
   * with event-based activation), where officeTheme is undefined.
   */
  theme: OfficeThemeColours | null;
  /** The highest Mailbox requirement set the stand-in claims, e.g. "1.14". */
  mailboxVersion: string;
  /** The signed-in person (the organizer in compose mode, an attendee in read mode). */
  user: { displayName: string; emailAddress: string };
  storage: KeyValueStorage;
  html: HtmlCodec;
  /** Failures to inject, keyed by call: "body.prependAsync", "roamingSettings.saveAsync", ... */
  failures?: Record<string, FailureSpec>;
  /** Runs a callback later; setTimeout(0) by default. */
  schedule?: (task: () => void) => void;
  /** Called after the add-in changed the appointment (so that the editor shows it). */
  onWrite?: (appointment: StandInAppointment) => void;
  /** Called when the add-in touched a member the stand-in does not implement. */
  onMissingMember?: (path: string) => void;
  /** Called when the add-in opens a new appointment form (mailbox.displayNewAppointmentForm). */
  onNewAppointmentForm?: (form: NewAppointmentForm) => void;
  /**
   * The contextData the pane was opened with (getInitializationContextAsync): what Outlook passes
   * from a Smart Alerts dialog or a notification's action; "" (opened from the ribbon) by default.
   */
  initializationContext?: string;
}

/** What the add-in asked mailbox.displayNewAppointmentForm to open, as Outlook reads it. */
export interface NewAppointmentForm {
  requiredAttendees: string[];
  optionalAttendees: string[];
  start: Date | null;
  end: Date | null;
  subject: string;
  location: string;
  body: string;
}

/** The Office namespace object the stand-in provides, and the preview's handle on it. */
export interface OfficeStandIn {
  /** Install as `window.Office`. */
  office: unknown;
  /** A copy of the appointment as it is now. */
  appointment(): StandInAppointment;
  /** The person edits the appointment (the preview's editor): fires Outlook's item events. */
  edit(change: Partial<StandInAppointment>): void;
  /**
   * The pane, already open, is opened again from a Smart Alerts dialog or a notification with
   * this contextData: getInitializationContextAsync returns it from now on, and
   * InitializationContextChanged fires (Outlook does not reload an open pane).
   */
  openPaneWith(contextData: string): void;
  /** Members the add-in used that the stand-in does not implement, as "Office.x.y" paths. */
  readonly missingMembers: readonly string[];
}

/** The add-in touched an Office.js member the preview's stand-in does not implement. */
export class StandInMissingMemberError extends Error {
  readonly code = "stand-in-missing-member";
  constructor(readonly path: string) {
    super(
      `${path} is not implemented by the preview's Office stand-in: implement it in src/preview/officeStandIn.ts`,
    );
    this.name = "StandInMissingMemberError";
  }
}

/** Where the stand-in keeps roaming settings in storage. */
export const ROAMING_SETTINGS_KEY = "moedeguide-preview:roamingSettings";
/** Outlook's limits. */
export const MAX_BODY_LENGTH = 1_000_000;
export const MAX_SUBJECT_LENGTH = 255;
export const MAX_LOCATION_LENGTH = 255;
export const MAX_ROAMING_SETTINGS_BYTES = 32 * 1024;

/** Office's enum values as office.js defines them at run time (strings). */
export const ENUMS = {
  AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
  CoercionType: { Text: "text", Html: "html" },
  EventType: {
    AppointmentTimeChanged: "olkAppointmentTimeChanged",
    RecipientsChanged: "olkRecipientsChanged",
    RecurrenceChanged: "olkRecurrenceChanged",
    EnhancedLocationsChanged: "olkEnhancedLocationsChanged",
    InitializationContextChanged: "olkInitializationContextChanged",
  },
  HostType: { Outlook: "Outlook" },
  PlatformType: { OfficeOnline: "OfficeOnline" },
  MailboxEnums: {
    ItemType: { Message: "message", Appointment: "appointment" },
    RecurrenceType: {
      Daily: "daily",
      Weekday: "weekday",
      Weekly: "weekly",
      Monthly: "monthly",
      Yearly: "yearly",
    },
    AppointmentSensitivityType: {
      Normal: "normal",
      Personal: "personal",
      Private: "private",
      Confidential: "confidential",
    },
    LocationType: { Custom: "custom", Room: "room" },
    RecipientType: {
      DistributionList: "distributionList",
      User: "user",
      ExternalUser: "externalUser",
      Other: "other",
    },
    ResponseType: {
      None: "none",
      Organizer: "organizer",
      Tentative: "tentative",
      Accepted: "accepted",
      Declined: "declined",
    },
  },
} as const;

/** The Mailbox requirement set that brings each item event; older clients reject the type. */
const EVENT_SETS: Record<string, string> = {
  [ENUMS.EventType.AppointmentTimeChanged]: "1.7",
  [ENUMS.EventType.RecipientsChanged]: "1.7",
  [ENUMS.EventType.RecurrenceChanged]: "1.7",
  [ENUMS.EventType.EnhancedLocationsChanged]: "1.8",
  [ENUMS.EventType.InitializationContextChanged]: "1.15",
};

/** Members that add-ins read only to find out whether a client has them (feature detection). */
const PROBED_MEMBERS = new Set(["isAllDayEvent", "resources"]);
/** Properties JavaScript itself and test tools look up on any object. */
const LANGUAGE_PROBES = new Set(["then", "toJSON", "constructor", "$$typeof", "nodeType"]);

interface OfficeError {
  name: string;
  message: string;
  code: number;
}

interface AsyncResult {
  status: "succeeded" | "failed";
  value: unknown;
  error?: OfficeError;
  asyncContext: unknown;
  diagnostics?: unknown;
}

type Callback = (result: AsyncResult) => void;

/** Office's optional arguments: (…, options?, callback?): the callback is the last function. */
function splitArgs(args: unknown[]): { rest: unknown[]; callback?: Callback } {
  const rest = [...args];
  const callback =
    typeof rest[rest.length - 1] === "function" ? (rest.pop() as Callback) : undefined;
  return { rest, callback };
}

function optionsOf(value: unknown): Record<string, unknown> {
  return value && typeof value === "object" && !Array.isArray(value) && !(value instanceof Date)
    ? (value as Record<string, unknown>)
    : {};
}

/** Compares "1.14" with "1.8" as versions, not strings. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** The location text Outlook shows for a list of locations. */
export function locationText(locations: readonly StandInLocation[]): string {
  return locations.map((l) => l.displayName).join("; ");
}

/** Locations from a typed location text: each ";"-separated part a custom location. */
export function locationsFromText(
  text: string,
  keep: readonly StandInLocation[] = [],
): StandInLocation[] {
  return text
    .split(";")
    .map((part) => part.trim())
    .filter((part) => part !== "")
    .map(
      (part) =>
        keep.find((l) => l.displayName === part) ?? { id: part, type: "custom", displayName: part },
    );
}

function copyAppointment(a: StandInAppointment): StandInAppointment {
  return {
    ...a,
    start: new Date(a.start.getTime()),
    end: new Date(a.end.getTime()),
    locations: a.locations.map((l) => ({ ...l })),
    organizer: { ...a.organizer },
    attendees: a.attendees.map((p) => ({ ...p })),
    recurrence: a.recurrence ? { ...a.recurrence } : null,
    customProperties: JSON.parse(JSON.stringify(a.customProperties ?? {})) as Record<
      string,
      unknown
    >,
  };
}

function emailDetails(person: StandInPerson, response: string): Record<string, unknown> {
  return {
    emailAddress: person.email,
    displayName: person.name,
    appointmentResponse: response,
    recipientType: ENUMS.MailboxEnums.RecipientType.User,
  };
}

function officeRecurrence(recurrence: StandInRecurrence | null, a: StandInAppointment): unknown {
  if (!recurrence) return null;
  return {
    recurrenceType: recurrence.frequency,
    recurrenceProperties: { interval: recurrence.interval },
    recurrenceTimeZone: { name: "Romance Standard Time" },
    seriesTime: {
      startDate: a.start.toISOString().slice(0, 10),
      startTime: a.start.toISOString().slice(11, 16),
      durationInMinutes: Math.round((a.end.getTime() - a.start.getTime()) / 60000),
    },
  };
}

function locationDetails(l: StandInLocation): Record<string, unknown> {
  const details: Record<string, unknown> = {
    locationIdentifier: { id: l.id, type: l.type },
    displayName: l.displayName,
  };
  if (l.emailAddress) details.emailAddress = l.emailAddress;
  return details;
}

/** Creates the stand-in for one appointment. */
export function createOfficeStandIn(
  initial: StandInAppointment,
  options: StandInOptions,
): OfficeStandIn {
  const schedule = options.schedule ?? ((task: () => void) => void setTimeout(task, 0));
  const html = options.html;
  const state = copyAppointment(initial);
  state.bodyHtml = html.normalize(state.bodyHtml);
  const failures = new Map(
    Object.entries(options.failures ?? {}).map(([call, spec]) => [call, { ...spec }]),
  );
  const missing: string[] = [];
  const handlers = new Map<string, Array<(args: unknown) => void>>();
  let initializationContext = options.initializationContext ?? "";

  // --- Proxy: loud failure on anything not implemented ---------------------------------------
  const strict = <T extends object>(target: T, path: string): T =>
    new Proxy(target, {
      get(obj, key, receiver) {
        if (typeof key === "symbol" || key in obj) return Reflect.get(obj, key, receiver);
        if (LANGUAGE_PROBES.has(key)) return undefined;
        if (PROBED_MEMBERS.has(key)) return undefined;
        const member = `${path}.${key}`;
        missing.push(member);
        options.onMissingMember?.(member);
        throw new StandInMissingMemberError(member);
      },
    });

  // --- Async calls ----------------------------------------------------------------------------
  /** Runs one async call: the outcome is decided now, the callback is called later. */
  const call = (
    name: string,
    args: unknown[],
    run: (rest: unknown[], options: Record<string, unknown>) => unknown | OfficeError,
  ): void => {
    const { rest, callback } = splitArgs(args);
    // The options object, when given, is the argument just before the callback.
    const callOptions = rest.length > 0 ? optionsOf(rest[rest.length - 1]) : {};
    const asyncContext = callOptions.asyncContext;
    let result: AsyncResult;
    const failure = failures.get(name);
    if (failure && (failure.times ?? Infinity) > 0) {
      failure.times = (failure.times ?? Infinity) - 1;
      result = {
        status: "failed",
        value: undefined,
        error: {
          name: failure.name ?? "InternalServerError",
          message: failure.message ?? "An internal error has occurred.",
          code: failure.code ?? 5001,
        },
        asyncContext,
      };
    } else {
      const outcome = run(rest, callOptions);
      result =
        outcome instanceof OfficeFailure
          ? { status: "failed", value: undefined, error: outcome.error, asyncContext }
          : { status: "succeeded", value: outcome, asyncContext };
    }
    if (callback) schedule(() => callback(result));
  };

  const written = (): void => options.onWrite?.(copyAppointment(state));

  const fire = (eventType: string, args: Record<string, unknown>): void => {
    for (const handler of handlers.get(eventType) ?? []) {
      schedule(() => handler({ type: eventType, ...args }));
    }
  };

  const tooLong = (value: string, max: number): OfficeFailure | null =>
    value.length > max
      ? new OfficeFailure({
          name: "DataExceedsMaximumSize",
          message: `The data exceeds the maximum size of ${max} characters.`,
          code: 1000,
        })
      : null;

  const notString = (value: unknown): OfficeFailure | null =>
    typeof value === "string"
      ? null
      : new OfficeFailure({
          name: "InvalidDataFormat",
          message: "The format of the specified data object is invalid.",
          code: 2006,
        });

  const coercionOf = (value: unknown): "text" | "html" | null => {
    const text = String(value ?? "").toLowerCase();
    return text === "text" || text === "html" ? text : null;
  };

  const readBody = (coercion: unknown, mode: AppointmentMode): unknown => {
    const type = coercionOf(coercion);
    if (type === null) {
      return new OfficeFailure({
        name: "InvalidCoercion",
        message: "The coercion type is not supported.",
        code: 1002,
      });
    }
    return type === "html" ? html.toDocument(state.bodyHtml, mode) : html.toText(state.bodyHtml);
  };

  const writeBody = (next: string): unknown => {
    const normalized = html.normalize(next);
    const failure = tooLong(normalized, MAX_BODY_LENGTH);
    if (failure) return failure;
    state.bodyHtml = normalized;
    written();
    return undefined;
  };

  /** A plain-text write into an HTML body: Outlook escapes it into the body as text. */
  const asHtml = (data: string, opts: Record<string, unknown>): string =>
    coercionOf(opts.coercionType) === "text"
      ? data
          .split("\n")
          .map((line) => `<div>${escapeHtml(line) || "<br>"}</div>`)
          .join("")
      : data;

  // --- The item -------------------------------------------------------------------------------
  const roaming = loadRoaming(options.storage);
  const addHandlerAsync = (...args: unknown[]): void =>
    call("addHandlerAsync", args, ([type, handler]) => {
      const set = EVENT_SETS[String(type)];
      if (
        typeof handler !== "function" ||
        set === undefined ||
        compareVersions(set, options.mailboxVersion) > 0
      ) {
        return new OfficeFailure({
          name: "InvalidEventType",
          message: "The specified event type is not supported.",
          code: 5003,
        });
      }
      const list = handlers.get(String(type)) ?? [];
      list.push(handler as (args: unknown) => void);
      handlers.set(String(type), list);
      return undefined;
    });
  const removeHandlerAsync = (...args: unknown[]): void =>
    call("removeHandlerAsync", args, ([type]) => {
      handlers.delete(String(type));
      return undefined;
    });
  // Mailbox 1.8: "" when the pane was opened from the ribbon, never null.
  const getInitializationContextAsync = (...args: unknown[]): void =>
    call("getInitializationContextAsync", args, () => initializationContext);

  const composeItem = (): object => {
    const recipients = (type: "required" | "optional", name: string) =>
      strict(
        {
          getAsync: (...args: unknown[]) =>
            call(`${name}.getAsync`, args, () =>
              state.attendees
                .filter((a) => a.type === type)
                .map((a) => emailDetails(a, ENUMS.MailboxEnums.ResponseType.None)),
            ),
        },
        `Office.context.mailbox.item.${name}`,
      );
    const time = (key: "start" | "end") =>
      strict(
        {
          getAsync: (...args: unknown[]) =>
            call(`${key}.getAsync`, args, () => new Date(state[key].getTime())),
        },
        `Office.context.mailbox.item.${key}`,
      );
    return strict(
      {
        itemType: ENUMS.MailboxEnums.ItemType.Appointment,
        subject: strict(
          {
            getAsync: (...args: unknown[]) => call("subject.getAsync", args, () => state.subject),
            setAsync: (...args: unknown[]) =>
              call("subject.setAsync", args, ([value]) => {
                const failure = notString(value) ?? tooLong(String(value), MAX_SUBJECT_LENGTH);
                if (failure) return failure;
                state.subject = String(value);
                written();
                return undefined;
              }),
          },
          "Office.context.mailbox.item.subject",
        ),
        body: strict(
          {
            getAsync: (...args: unknown[]) =>
              call("body.getAsync", args, ([coercion]) => readBody(coercion, "compose")),
            getTypeAsync: (...args: unknown[]) =>
              call("body.getTypeAsync", args, () => ENUMS.CoercionType.Html),
            setAsync: (...args: unknown[]) =>
              call("body.setAsync", args, ([data, opts]) => {
                const failure = notString(data) ?? tooLong(String(data), MAX_BODY_LENGTH);
                if (failure) return failure;
                return writeBody(asHtml(String(data), optionsOf(opts)));
              }),
            prependAsync: (...args: unknown[]) =>
              call("body.prependAsync", args, ([data, opts]) => {
                const failure = notString(data) ?? tooLong(String(data), MAX_BODY_LENGTH);
                if (failure) return failure;
                return writeBody(asHtml(String(data), optionsOf(opts)) + state.bodyHtml);
              }),
          },
          "Office.context.mailbox.item.body",
        ),
        start: time("start"),
        end: time("end"),
        location: strict(
          {
            getAsync: (...args: unknown[]) =>
              call("location.getAsync", args, () => locationText(state.locations)),
            setAsync: (...args: unknown[]) =>
              call("location.setAsync", args, ([value]) => {
                const failure = notString(value) ?? tooLong(String(value), MAX_LOCATION_LENGTH);
                if (failure) return failure;
                state.locations = locationsFromText(String(value), state.locations);
                written();
                return undefined;
              }),
          },
          "Office.context.mailbox.item.location",
        ),
        enhancedLocation: strict(
          {
            getAsync: (...args: unknown[]) =>
              call("enhancedLocation.getAsync", args, () => state.locations.map(locationDetails)),
            addAsync: (...args: unknown[]) =>
              call("enhancedLocation.addAsync", args, ([ids]) => {
                const list = Array.isArray(ids)
                  ? (ids as Array<{ id?: unknown; type?: unknown }>)
                  : [];
                for (const entry of list) {
                  const id = String(entry.id ?? "");
                  const type = String(entry.type) === "room" ? "room" : "custom";
                  if (id === "" || state.locations.some((l) => l.id === id)) continue;
                  state.locations.push({ id, type, displayName: id });
                }
                written();
                return undefined;
              }),
            removeAsync: (...args: unknown[]) =>
              call("enhancedLocation.removeAsync", args, ([ids]) => {
                const list = Array.isArray(ids)
                  ? (ids as Array<{ id?: unknown; type?: unknown }>)
                  : [];
                state.locations = state.locations.filter(
                  (l) => !list.some((e) => String(e.id) === l.id && String(e.type) === l.type),
                );
                written();
                return undefined;
              }),
          },
          "Office.context.mailbox.item.enhancedLocation",
        ),
        organizer: strict(
          {
            getAsync: (...args: unknown[]) =>
              call("organizer.getAsync", args, () => ({
                emailAddress: state.organizer.email,
                displayName: state.organizer.name,
              })),
          },
          "Office.context.mailbox.item.organizer",
        ),
        requiredAttendees: recipients("required", "requiredAttendees"),
        optionalAttendees: recipients("optional", "optionalAttendees"),
        recurrence: strict(
          {
            getAsync: (...args: unknown[]) =>
              call("recurrence.getAsync", args, () => officeRecurrence(state.recurrence, state)),
          },
          "Office.context.mailbox.item.recurrence",
        ),
        sensitivity: strict(
          {
            getAsync: (...args: unknown[]) =>
              call("sensitivity.getAsync", args, () => state.sensitivity),
          },
          "Office.context.mailbox.item.sensitivity",
        ),
        loadCustomPropertiesAsync: (...args: unknown[]) =>
          call("loadCustomPropertiesAsync", args, () => customProperties()),
        getInitializationContextAsync,
        addHandlerAsync,
        removeHandlerAsync,
      },
      "Office.context.mailbox.item",
    );
  };

  /**
   * A loaded copy of the item's custom properties, as Outlook gives it: get, set and remove work on
   * the copy, and saveAsync stores the copy on the item.
   */
  const customProperties = (): object => {
    const values: Record<string, unknown> = { ...(state.customProperties ?? {}) };
    return strict(
      {
        get: (name: string): unknown => values[name],
        set: (name: string, value: unknown): void => {
          values[name] = JSON.parse(JSON.stringify(value ?? null));
        },
        remove: (name: string): void => {
          delete values[name];
        },
        getAll: (): Record<string, unknown> => ({ ...values }),
        saveAsync: (...args: unknown[]) =>
          call("customProperties.saveAsync", args, () => {
            state.customProperties = { ...values };
            written();
            return undefined;
          }),
      },
      "Office.context.mailbox.item.customProperties",
    );
  };

  /** Read mode: a snapshot of the appointment as the attendee received it. */
  const readItem = (): object => {
    const snapshot = copyAppointment(state);
    return strict(
      {
        itemType: ENUMS.MailboxEnums.ItemType.Appointment,
        subject: snapshot.subject,
        start: snapshot.start,
        end: snapshot.end,
        location: locationText(snapshot.locations),
        organizer: emailDetails(snapshot.organizer, ENUMS.MailboxEnums.ResponseType.Organizer),
        requiredAttendees: snapshot.attendees
          .filter((a) => a.type === "required")
          .map((a) => emailDetails(a, ENUMS.MailboxEnums.ResponseType.Accepted)),
        optionalAttendees: snapshot.attendees
          .filter((a) => a.type === "optional")
          .map((a) => emailDetails(a, ENUMS.MailboxEnums.ResponseType.Tentative)),
        recurrence: officeRecurrence(snapshot.recurrence, snapshot),
        sensitivity: snapshot.sensitivity,
        body: strict(
          {
            getAsync: (...args: unknown[]) =>
              call("body.getAsync", args, ([coercion]) => readBody(coercion, "read")),
            getTypeAsync: (...args: unknown[]) =>
              call("body.getTypeAsync", args, () => ENUMS.CoercionType.Html),
          },
          "Office.context.mailbox.item.body",
        ),
        enhancedLocation: strict(
          {
            getAsync: (...args: unknown[]) =>
              call("enhancedLocation.getAsync", args, () =>
                snapshot.locations.map(locationDetails),
              ),
          },
          "Office.context.mailbox.item.enhancedLocation",
        ),
        getInitializationContextAsync,
        addHandlerAsync,
        removeHandlerAsync,
      },
      "Office.context.mailbox.item",
    );
  };

  /** A mail in read mode: what the colleagues' view may touch of it is nothing at all. */
  const mailItem = (): object =>
    strict(
      {
        itemType: ENUMS.MailboxEnums.ItemType.Message,
        subject: "Opkald til Birgitte Holm",
      },
      "Office.context.mailbox.item",
    );

  const item =
    options.mode === "compose" ? composeItem() : options.mode === "mail" ? mailItem() : readItem();

  /** Outlook reads attendees as addresses or EmailAddressDetails, and times as Dates. */
  const addresses = (value: unknown): string[] =>
    Array.isArray(value)
      ? value.map((entry: unknown) =>
          typeof entry === "string"
            ? entry
            : String((entry as { emailAddress?: unknown } | null)?.emailAddress ?? ""),
        )
      : [];
  const displayNewAppointmentForm = (parameters: unknown): void => {
    const p = (parameters ?? {}) as Record<string, unknown>;
    const date = (value: unknown) => (value instanceof Date ? new Date(value.getTime()) : null);
    const form: NewAppointmentForm = {
      requiredAttendees: addresses(p.requiredAttendees),
      optionalAttendees: addresses(p.optionalAttendees),
      start: date(p.start),
      end: date(p.end),
      subject: typeof p.subject === "string" ? p.subject : "",
      location: typeof p.location === "string" ? p.location : "",
      body: typeof p.body === "string" ? p.body : "",
    };
    // Outlook's own limits: 100 attendees in each list, 255 characters of subject and location.
    if (form.requiredAttendees.length > 100 || form.optionalAttendees.length > 100) {
      throw new Error("displayNewAppointmentForm: more than 100 attendees in a list");
    }
    options.onNewAppointmentForm?.(form);
  };

  const roamingSettings = strict(
    {
      get: (name: string): unknown => roaming.values[name],
      set: (name: string, value: unknown): void => {
        roaming.values[name] = JSON.parse(JSON.stringify(value ?? null));
      },
      remove: (name: string): void => {
        delete roaming.values[name];
      },
      saveAsync: (...args: unknown[]): void =>
        call("roamingSettings.saveAsync", args, () => {
          const json = JSON.stringify(roaming.values);
          if (new TextEncoder().encode(json).length > MAX_ROAMING_SETTINGS_BYTES) {
            return new OfficeFailure({
              name: "SettingsExceedsMaximumSize",
              message: "The settings exceed the maximum size of 32 KB.",
              code: 9057,
            });
          }
          options.storage.setItem(ROAMING_SETTINGS_KEY, json);
          return undefined;
        }),
    },
    "Office.context.roamingSettings",
  );

  const ready = { host: ENUMS.HostType.Outlook, platform: ENUMS.PlatformType.OfficeOnline };
  const office = strict(
    {
      ...ENUMS,
      onReady: (callback?: (info: typeof ready) => void): Promise<typeof ready> =>
        new Promise((resolve) => {
          schedule(() => {
            if (callback) callback(ready);
            resolve(ready);
          });
        }),
      context: strict(
        {
          displayLanguage: options.displayLanguage,
          officeTheme: options.theme
            ? strict({ ...options.theme }, "Office.context.officeTheme")
            : undefined,
          requirements: strict(
            {
              isSetSupported: (name: string, version?: string): boolean =>
                String(name).toLowerCase() === "mailbox" &&
                compareVersions(version ?? "1.1", options.mailboxVersion) <= 0,
            },
            "Office.context.requirements",
          ),
          roamingSettings,
          mailbox: strict(
            {
              item,
              displayNewAppointmentForm,
              userProfile: strict(
                {
                  displayName: options.user.displayName,
                  emailAddress: options.user.emailAddress,
                  timeZone: "Romance Standard Time",
                  accountType: "enterprise",
                },
                "Office.context.mailbox.userProfile",
              ),
              diagnostics: strict(
                {
                  hostName: "OutlookWebApp",
                  hostVersion: "preview",
                  OWAView: "OneColumn",
                },
                "Office.context.mailbox.diagnostics",
              ),
            },
            "Office.context.mailbox",
          ),
        },
        "Office.context",
      ),
    },
    "Office",
  );

  return {
    office,
    appointment: () => copyAppointment(state),
    get missingMembers() {
      return [...missing];
    },
    openPaneWith(contextData) {
      initializationContext = contextData;
      fire(ENUMS.EventType.InitializationContextChanged, {
        initializationContextData: contextData,
      });
    },
    edit(change) {
      const before = copyAppointment(state);
      Object.assign(state, copyAppointment({ ...state, ...change }));
      if (change.bodyHtml !== undefined) state.bodyHtml = html.normalize(change.bodyHtml);
      // Read mode shows a snapshot: the attendee's copy does not change while it is open.
      if (options.mode !== "compose") return;
      if (
        before.start.getTime() !== state.start.getTime() ||
        before.end.getTime() !== state.end.getTime()
      ) {
        fire(ENUMS.EventType.AppointmentTimeChanged, {
          start: new Date(state.start.getTime()),
          end: new Date(state.end.getTime()),
        });
      }
      const recipients = (type: "required" | "optional", a: StandInAppointment) =>
        JSON.stringify(a.attendees.filter((p) => p.type === type).map((p) => [p.email, p.name]));
      const required = recipients("required", before) !== recipients("required", state);
      const optional = recipients("optional", before) !== recipients("optional", state);
      if (required || optional) {
        fire(ENUMS.EventType.RecipientsChanged, {
          changedRecipientFields: {
            requiredAttendees: required,
            optionalAttendees: optional,
            resources: false,
          },
        });
      }
      if (JSON.stringify(before.recurrence) !== JSON.stringify(state.recurrence)) {
        fire(ENUMS.EventType.RecurrenceChanged, {
          recurrence: officeRecurrence(state.recurrence, state),
        });
      }
      if (locationText(before.locations) !== locationText(state.locations)) {
        fire(ENUMS.EventType.EnhancedLocationsChanged, {
          enhancedLocations: state.locations.map(locationDetails),
        });
      }
    },
  };
}

/** A failed outcome of a call, as opposed to a value (which may itself be undefined). */
class OfficeFailure {
  constructor(readonly error: OfficeError) {}
}

function loadRoaming(storage: KeyValueStorage): { values: Record<string, unknown> } {
  try {
    const stored = storage.getItem(ROAMING_SETTINGS_KEY);
    const parsed: unknown = stored ? JSON.parse(stored) : {};
    return {
      values:
        parsed && typeof parsed === "object" && !Array.isArray(parsed)
          ? (parsed as Record<string, unknown>)
          : {},
    };
  } catch {
    return { values: {} };
  }
}

/** Escapes text for HTML (for plain-text writes into an HTML body). */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}
