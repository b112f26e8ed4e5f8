/**
 * A stateful stand-in for Outlook's appointment APIs, built on office-addin-mock's OfficeMockObject:
 * the seed functions call their callbacks themselves (asynchronously, as Office does), keep the
 * item's state, record every call, fail on request, and measure how many calls are in flight.
 */
import { OfficeMockObject } from "office-addin-mock";

// office-addin-mock uses only the OfficeApp enum of office-addin-manifest, whose entry point pulls
// in an ES-module-only dependency (strip-bom) that jest cannot require; the enum's file has none.
// (jest.mock is hoisted above the import.)
jest.mock("office-addin-manifest", () => jest.requireActual("office-addin-manifest/lib/officeApp"));

export interface Failure {
  name: string;
  code: number;
  message: string;
}

export interface FakeState {
  subject: string;
  bodyType: "html" | "text";
  body: string;
  start: Date;
  end: Date;
  /** Locations as enhanced location details; the location text is their names joined by "; ". */
  locations: Office.LocationDetails[];
  organizer: Office.EmailAddressDetails;
  required: Office.EmailAddressDetails[];
  optional: Office.EmailAddressDetails[];
  recurrence: Office.Recurrence | null;
  sensitivity: string;
  roaming: Record<string, unknown>;
  /** The add-in's custom properties as saved on the item. */
  customProperties: Record<string, unknown>;
}

export interface FakeOptions {
  /** The highest Mailbox requirement set the client supports, e.g. "1.3" or "1.14". */
  mailbox?: string;
  mode?: "compose" | "read";
  /** Method paths (e.g. "body.getAsync") that fail with the given error. */
  fail?: Record<string, Failure>;
  /** Method paths that throw synchronously instead of calling back. */
  throwing?: string[];
  state?: Partial<FakeState>;
  userProfile?: { emailAddress: string; displayName: string; timeZone?: string };
  /** Whether roamingSettings.get throws. */
  roamingGetThrows?: boolean;
  /** How long each call takes before Office calls back, in ms (0: the next tick). */
  delayMs?: number;
  /** What getInitializationContextAsync gives (Mailbox 1.8); "" by default. */
  initializationContext?: string;
}

export interface Fake {
  state: FakeState;
  /** Every async call made, in order, as "body.getAsync" etc. */
  calls: string[];
  /** The most calls that were in flight at once. */
  maxInFlight: number;
  /** How many calls are in flight now. */
  inFlight(): number;
  handlers: Map<string, (args: unknown) => void>;
  item: Office.AppointmentCompose | Office.AppointmentRead;
  compose: Office.AppointmentCompose;
  read: Office.AppointmentRead;
  location(): string;
}

export const ORGANIZER: Office.EmailAddressDetails = {
  emailAddress: "anne.organisator@regionsjaelland.dk",
  displayName: "Anne Organisator",
  appointmentResponse: "organizer",
  recipientType: "user",
} as Office.EmailAddressDetails;

export function person(emailAddress: string, displayName: string): Office.EmailAddressDetails {
  return {
    emailAddress,
    displayName,
    appointmentResponse: "none",
    recipientType: "user",
  } as Office.EmailAddressDetails;
}

function versionAtMost(wanted: string, supported: string): boolean {
  const [wMajor = 0, wMinor = 0] = wanted.split(".").map(Number);
  const [sMajor = 0, sMinor = 0] = supported.split(".").map(Number);
  return wMajor < sMajor || (wMajor === sMajor && wMinor <= sMinor);
}

/** Builds the fake and installs it as the global Office. */
export function installFakeOutlook(options: FakeOptions = {}): Fake {
  const mailboxVersion = options.mailbox ?? "1.14";
  const state: FakeState = {
    subject: "Statusmøde",
    bodyType: "html",
    body: "<p>Dagsorden følger.</p>",
    start: new Date("2026-12-03T09:00:00Z"),
    end: new Date("2026-12-03T10:00:00Z"),
    locations: [],
    organizer: ORGANIZER,
    required: [person("bo@regionsjaelland.dk", "Bo Deltager")],
    optional: [],
    recurrence: null,
    sensitivity: "normal",
    roaming: {},
    customProperties: {},
    ...options.state,
  };
  const calls: string[] = [];
  const handlers = new Map<string, (args: unknown) => void>();
  let inFlight = 0;
  const fake = { state, calls, maxInFlight: 0, handlers } as Fake;
  fake.inFlight = () => inFlight;
  const locationText = (): string => state.locations.map((l) => l.displayName).join("; ");
  fake.location = locationText;

  /** An async Office method: records, fails or throws on request, calls back on a later tick. */
  function method<T>(path: string, run: (...args: never[]) => T) {
    return (...args: unknown[]): void => {
      calls.push(path);
      if (options.throwing?.includes(path)) throw new Error(`${path} threw`);
      // Office's callback is the last argument; everything before it is the call's input.
      const last = args[args.length - 1];
      const callback =
        typeof last === "function" ? (last as (r: Office.AsyncResult<T>) => void) : undefined;
      const input = callback ? args.slice(0, -1) : args;
      inFlight++;
      fake.maxInFlight = Math.max(fake.maxInFlight, inFlight);
      setTimeout(() => {
        inFlight--;
        const failure = options.fail?.[path];
        if (failure) {
          callback?.({ status: "failed", error: failure, value: undefined } as never);
          return;
        }
        const value = (run as (...a: unknown[]) => T)(...input);
        callback?.({ status: "succeeded", value } as unknown as Office.AsyncResult<T>);
      }, options.delayMs ?? 0);
    };
  }

  const insertAtBodyStart = (html: string, data: string): string => {
    const open = /<body[^>]*>/i.exec(html);
    if (!open) return data + html;
    const at = open.index + open[0].length;
    return html.slice(0, at) + data + html.slice(at);
  };

  const compose = {
    subject: { getAsync: method("subject.getAsync", () => state.subject) },
    body: {
      getTypeAsync: method("body.getTypeAsync", () => state.bodyType),
      getAsync: method("body.getAsync", (type: string) => {
        if (type === "html" && state.bodyType === "text") {
          return `<html><body><pre>${state.body}</pre></body></html>`;
        }
        if (type === "text" && state.bodyType === "html") return state.body.replace(/<[^>]*>/g, "");
        return state.body;
      }),
      prependAsync: method(
        "body.prependAsync",
        (data: string, opts?: { coercionType?: string }) => {
          state.body =
            state.bodyType === "html" && opts?.coercionType === "html"
              ? insertAtBodyStart(state.body, data)
              : data + state.body;
        },
      ),
      setAsync: method("body.setAsync", (data: string) => {
        state.body = data;
      }),
    },
    start: { getAsync: method("start.getAsync", () => state.start) },
    end: { getAsync: method("end.getAsync", () => state.end) },
    location: {
      getAsync: method("location.getAsync", () => locationText()),
      setAsync: method("location.setAsync", (text: string) => {
        state.locations =
          text === ""
            ? []
            : [
                {
                  locationIdentifier: { id: text, type: "custom" },
                  displayName: text,
                  emailAddress: "",
                } as Office.LocationDetails,
              ];
      }),
    },
    enhancedLocation: {
      getAsync: method("enhancedLocation.getAsync", () => state.locations.map((l) => ({ ...l }))),
      addAsync: method("enhancedLocation.addAsync", (ids: Office.LocationIdentifier[]) => {
        for (const id of ids) {
          state.locations.push({
            locationIdentifier: { ...id },
            displayName: id.id,
            emailAddress: "",
          } as Office.LocationDetails);
        }
      }),
      removeAsync: method("enhancedLocation.removeAsync", (ids: Office.LocationIdentifier[]) => {
        state.locations = state.locations.filter(
          (l) =>
            !ids.some(
              (id) => id.id === l.locationIdentifier.id && id.type === l.locationIdentifier.type,
            ),
        );
      }),
    },
    organizer: { getAsync: method("organizer.getAsync", () => ({ ...state.organizer })) },
    requiredAttendees: { getAsync: method("requiredAttendees.getAsync", () => state.required) },
    optionalAttendees: { getAsync: method("optionalAttendees.getAsync", () => state.optional) },
    recurrence: { getAsync: method("recurrence.getAsync", () => state.recurrence) },
    sensitivity: { getAsync: method("sensitivity.getAsync", () => state.sensitivity) },
    addHandlerAsync: method("addHandlerAsync", (type: string, handler: (args: unknown) => void) => {
      handlers.set(type, handler);
    }),
    removeHandlerAsync: method("removeHandlerAsync", (type: string) => {
      handlers.delete(type);
    }),
    getInitializationContextAsync: method(
      "getInitializationContextAsync",
      () => options.initializationContext ?? "",
    ),
    // A loaded copy, as Outlook gives it: set and remove change the copy, saveAsync stores it.
    loadCustomPropertiesAsync: method("loadCustomPropertiesAsync", () => {
      const values: Record<string, unknown> = { ...state.customProperties };
      return {
        get: (name: string) => values[name],
        set: (name: string, value: unknown) => {
          values[name] = value;
        },
        remove: (name: string) => {
          delete values[name];
        },
        getAll: () => ({ ...values }),
        saveAsync: method("customProperties.saveAsync", () => {
          state.customProperties = { ...values };
        }),
      };
    }),
  };

  const read = {
    subject: state.subject,
    body: { getAsync: compose.body.getAsync },
    start: state.start,
    end: state.end,
    location: locationText(),
    enhancedLocation: { getAsync: compose.enhancedLocation.getAsync },
    organizer: state.organizer,
    requiredAttendees: state.required,
    optionalAttendees: state.optional,
    sensitivity: state.sensitivity,
    addHandlerAsync: compose.addHandlerAsync,
    removeHandlerAsync: compose.removeHandlerAsync,
  };

  // Members that a client of a lower requirement set does not have at all.
  const drop = (target: Record<string, unknown>, mode: "compose" | "read"): void => {
    if (!versionAtMost("1.7", mailboxVersion)) {
      if (mode === "compose") delete target.organizer;
      delete target.recurrence;
      delete target.addHandlerAsync;
      delete target.removeHandlerAsync;
    }
    if (!versionAtMost("1.8", mailboxVersion)) {
      delete target.enhancedLocation;
      delete target.getInitializationContextAsync;
    }
    if (!versionAtMost("1.14", mailboxVersion)) delete target.sensitivity;
  };
  if (options.mode === "read") drop(read, "read");
  else drop(compose, "compose");

  const roaming = {
    get: (key: string) => {
      if (options.roamingGetThrows) throw new Error("roaming settings unavailable");
      return state.roaming[key];
    },
    set: (key: string, value: unknown) => {
      state.roaming[key] = value;
    },
    remove: (key: string) => {
      delete state.roaming[key];
    },
    saveAsync: method("roamingSettings.saveAsync", () => undefined),
  };

  const office = new OfficeMockObject({
    host: "outlook",
    context: {
      displayLanguage: "da-DK",
      requirements: {
        isSetSupported: (name: string, version?: string) =>
          name === "Mailbox" && versionAtMost(version ?? "1.1", mailboxVersion),
      },
      mailbox: {
        item: options.mode === "read" ? read : compose,
        userProfile: options.userProfile ?? {
          emailAddress: ORGANIZER.emailAddress,
          displayName: ORGANIZER.displayName,
          timeZone: "Romance Standard Time",
        },
      },
      roamingSettings: roaming,
    },
    CoercionType: { Html: "html", Text: "text" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    EventType: {
      AppointmentTimeChanged: "olkAppointmentTimeChanged",
      RecipientsChanged: "olkRecipientsChanged",
      RecurrenceChanged: "olkRecurrenceChanged",
      InitializationContextChanged: "olkInitializationContextChanged",
    },
    MailboxEnums: { LocationType: { Custom: "custom", Room: "room" } },
  });
  const item = (office as unknown as { context: { mailbox: { item: Record<string, unknown> } } })
    .context.mailbox.item;
  if (options.mode === "read" && versionAtMost("1.7", mailboxVersion)) {
    // OfficeMockObject cannot seed null and turns objects into mocks: set the value afterwards.
    (item as { recurrence: unknown }).recurrence = state.recurrence;
  }
  (globalThis as { Office?: unknown }).Office = office;
  fake.item = item as unknown as Office.AppointmentCompose;
  fake.compose = item as unknown as Office.AppointmentCompose;
  fake.read = item as unknown as Office.AppointmentRead;
  return fake;
}

/** Removes the global Office. */
export function uninstallFakeOutlook(): void {
  delete (globalThis as { Office?: unknown }).Office;
}
