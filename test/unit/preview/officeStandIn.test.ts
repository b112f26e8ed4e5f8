// The preview's Office stand-in, in Node: Office's async shapes and timing, loud failure on what it
// lacks, injected failures, events, roaming settings, and the Office layer's real code running on it.
import type {
  NewAppointmentForm,
  HtmlCodec,
  KeyValueStorage,
  StandInAppointment,
  StandInOptions,
} from "../../../src/preview/officeStandIn";
import {
  ROAMING_SETTINGS_KEY,
  StandInMissingMemberError,
  compareVersions,
  createOfficeStandIn,
  locationsFromText,
} from "../../../src/preview/officeStandIn";
import { isComposeItem } from "../../../src/office/host";
import { readAppointment } from "../../../src/office/readAppointment";
import { insertJabberMeeting, removeJabberMeeting } from "../../../src/office/meetingLink";
import { loadSettings, saveSettings } from "../../../src/office/settings";
import { subscribeToItemChanges } from "../../../src/office/itemEvents";
import {
  PANE_CONTEXTS,
  readPaneContext,
  subscribeToPaneContext,
  type PaneContext,
} from "../../../src/office/initializationContext";
import { DEFAULT_POLICY } from "../../../src/policy/defaultPolicy";

/** The zone the tests read in: the embedded policy's. */
const ZONE = DEFAULT_POLICY.timeZone;

/** A codec without a DOM: keeps the body's HTML as given (the browser's codec re-serialises it). */
const plainCodec: HtmlCodec = {
  normalize: (html) => /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? html,
  toDocument: (body) => `<html><head></head><body>${body}</body></html>`,
  toText: (body) => body.replace(/<[^>]*>/g, ""),
};

function memoryStorage(): KeyValueStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
  };
}

const APPOINTMENT: StandInAppointment = {
  subject: "Statusmøde: ny hjemmeside",
  bodyHtml: "<div>Dagsorden</div>",
  start: new Date("2027-02-02T09:00:00Z"),
  end: new Date("2027-02-02T10:00:00Z"),
  locations: locationsFromText("SUH Køge"),
  organizer: { name: "Mette Hansen", email: "mette.hansen@regionsjaelland.dk" },
  attendees: [
    { name: "Anders Nielsen", email: "anders@regionsjaelland.dk", type: "required" },
    { name: "Birgitte Holm", email: "birgitte@regionsjaelland.dk", type: "optional" },
  ],
  recurrence: null,
  sensitivity: "normal",
};

type AnyOffice = {
  context: {
    mailbox: { item: Record<string, unknown> & { [k: string]: never } } & Record<string, unknown>;
    requirements: { isSetSupported(name: string, version?: string): boolean };
    roamingSettings: Office.RoamingSettings;
    displayLanguage: string;
  };
  onReady(callback?: (info: unknown) => void): Promise<{ host: string }>;
};

interface AsyncResultShape {
  status: string;
  value: unknown;
  error?: { name: string; message: string; code: number };
  asyncContext: unknown;
}

/** A stand-in whose callbacks run when the test flushes them. */
function setup(overrides: Partial<StandInOptions> = {}, appointment = APPOINTMENT) {
  const queue: Array<() => void> = [];
  const storage = memoryStorage();
  const onWrite = jest.fn();
  const standIn = createOfficeStandIn(appointment, {
    mode: "compose",
    displayLanguage: "da-DK",
    theme: {
      bodyBackgroundColor: "#FFFFFF",
      bodyForegroundColor: "#000000",
      controlBackgroundColor: "#FFFFFF",
      controlForegroundColor: "#000000",
    },
    mailboxVersion: "1.14",
    user: { displayName: "Mette Hansen", emailAddress: "mette.hansen@regionsjaelland.dk" },
    storage,
    html: plainCodec,
    schedule: (task) => queue.push(task),
    onWrite,
    ...overrides,
  });
  const office = standIn.office as AnyOffice;
  const item = office.context.mailbox.item as unknown as Office.AppointmentCompose;
  const flush = () => {
    while (queue.length > 0) queue.shift()!();
  };
  /** Calls an Office async method and returns its AsyncResult after flushing. */
  const result = (invoke: (cb: (r: AsyncResultShape) => void) => void): AsyncResultShape => {
    const results: AsyncResultShape[] = [];
    invoke((r) => results.push(r));
    expect(results).toHaveLength(0);
    flush();
    expect(results).toHaveLength(1);
    return results[0]!;
  };
  return { standIn, office, item, queue, flush, result, storage, onWrite };
}

describe("async calls", () => {
  it("call back later, never inside the call, with Office's AsyncResult shape", () => {
    const { item, result } = setup();
    const r = result((cb) => item.subject.getAsync(cb as never));
    expect(r).toEqual({
      status: "succeeded",
      value: "Statusmøde: ny hjemmeside",
      asyncContext: undefined,
    });
  });

  it("pass asyncContext through", () => {
    const { item, result } = setup();
    const r = result((cb) =>
      item.body.getAsync(Office_Html(), { asyncContext: { n: 42 } }, cb as never),
    );
    expect(r.asyncContext).toEqual({ n: 42 });
    expect(r.value).toBe("<html><head></head><body><div>Dagsorden</div></body></html>");
  });

  it("return the body as text or HTML and its type", () => {
    const { item, result } = setup();
    expect(result((cb) => item.body.getAsync("text" as never, cb as never)).value).toBe(
      "Dagsorden",
    );
    expect(result((cb) => item.body.getTypeAsync(cb as never)).value).toBe("html");
    const bad = result((cb) => item.body.getAsync("rtf" as never, cb as never));
    expect(bad.status).toBe("failed");
    expect(bad.error?.name).toBe("InvalidCoercion");
  });

  it("prepend to the body, re-serialised by the codec, and tell the editor", () => {
    const codec: HtmlCodec = {
      ...plainCodec,
      normalize: (html) => html.replace(/ id="[^"]*"/g, ""),
    };
    const { item, result, standIn, onWrite } = setup({ html: codec });
    const r = result((cb) =>
      item.body.prependAsync('<p id="x">Jabber</p>', { coercionType: Office_Html() }, cb as never),
    );
    expect(r.status).toBe("succeeded");
    expect(standIn.appointment().bodyHtml).toBe("<p>Jabber</p><div>Dagsorden</div>");
    expect(onWrite).toHaveBeenCalledWith(
      expect.objectContaining({ bodyHtml: "<p>Jabber</p><div>Dagsorden</div>" }),
    );
  });

  it("write plain text into an HTML body as escaped text", () => {
    const { item, result, standIn } = setup();
    result((cb) => item.body.setAsync("a <b>\nc", { coercionType: "text" as never }, cb as never));
    expect(standIn.appointment().bodyHtml).toBe("<div>a &lt;b&gt;</div><div>c</div>");
  });

  it("refuse data over Outlook's limits, leaving the item as it was", () => {
    const { item, result, standIn } = setup();
    const subject = result((cb) => item.subject.setAsync("x".repeat(256), cb as never));
    expect(subject.status).toBe("failed");
    expect(subject.error).toEqual(
      expect.objectContaining({ name: "DataExceedsMaximumSize", code: 1000 }),
    );
    const body = result((cb) => item.body.setAsync("x".repeat(1_000_001), cb as never));
    expect(body.status).toBe("failed");
    expect(standIn.appointment().subject).toBe(APPOINTMENT.subject);
    expect(standIn.appointment().bodyHtml).toBe(APPOINTMENT.bodyHtml);
  });

  it("fail as injected, as many times as asked, and then work", () => {
    const { item, result, standIn } = setup({ failures: { "body.setAsync": { times: 1 } } });
    const first = result((cb) => item.body.setAsync("<div>new</div>", cb as never));
    expect(first).toEqual({
      status: "failed",
      value: undefined,
      error: {
        name: "InternalServerError",
        message: "An internal error has occurred.",
        code: 5001,
      },
      asyncContext: undefined,
    });
    expect(standIn.appointment().bodyHtml).toBe("<div>Dagsorden</div>");
    expect(result((cb) => item.body.setAsync("<div>new</div>", cb as never)).status).toBe(
      "succeeded",
    );
    expect(standIn.appointment().bodyHtml).toBe("<div>new</div>");
  });

  it("give recipients as Office's EmailAddressDetails", () => {
    const { item, result } = setup();
    expect(result((cb) => item.requiredAttendees.getAsync(cb as never)).value).toEqual([
      {
        emailAddress: "anders@regionsjaelland.dk",
        displayName: "Anders Nielsen",
        appointmentResponse: "none",
        recipientType: "user",
      },
    ]);
    expect(
      (result((cb) => item.optionalAttendees.getAsync(cb as never)).value as unknown[]).length,
    ).toBe(1);
  });

  it("keep the location and the enhanced locations in step", () => {
    const { item, result } = setup();
    result((cb) =>
      item.enhancedLocation.addAsync(
        [{ id: "Cisco Jabber: https://x", type: "custom" as never }],
        cb as never,
      ),
    );
    expect(result((cb) => item.location.getAsync(cb as never)).value).toBe(
      "SUH Køge; Cisco Jabber: https://x",
    );
    result((cb) =>
      item.enhancedLocation.removeAsync(
        [{ id: "Cisco Jabber: https://x", type: "custom" as never }],
        cb as never,
      ),
    );
    expect(result((cb) => item.location.getAsync(cb as never)).value).toBe("SUH Køge");
  });
});

describe("loud failure", () => {
  it("throws a clear error naming a member it does not implement, and records it", () => {
    const onMissingMember = jest.fn();
    const { item, standIn } = setup({ onMissingMember });
    expect(() => (item as unknown as Record<string, unknown>).categories).toThrow(
      StandInMissingMemberError,
    );
    expect(() => (item as unknown as Record<string, unknown>).categories).toThrow(
      /Office\.context\.mailbox\.item\.categories is not implemented/,
    );
    expect(standIn.missingMembers).toContain("Office.context.mailbox.item.categories");
    expect(onMissingMember).toHaveBeenCalledWith("Office.context.mailbox.item.categories");
  });

  it("names nested members with their whole path", () => {
    const { office } = setup();
    expect(() => (office.context.mailbox as Record<string, unknown>).displayNewMessageForm).toThrow(
      /^Office\.context\.mailbox\.displayNewMessageForm is not implemented/,
    );
  });

  it("opens a new appointment form as Outlook reads its parameters, and tells the preview", () => {
    const forms: NewAppointmentForm[] = [];
    const { office } = setup({ onNewAppointmentForm: (form) => forms.push(form) });
    const mailbox = office.context.mailbox as unknown as {
      displayNewAppointmentForm(parameters: unknown): void;
    };
    const start = new Date("2026-12-03T10:00:00Z");
    mailbox.displayNewAppointmentForm({
      requiredAttendees: ["a@x.dk", { emailAddress: "b@x.dk", displayName: "B" }],
      start,
      end: new Date("2026-12-03T10:30:00Z"),
      subject: "Møde",
    });
    expect(forms).toEqual([
      {
        requiredAttendees: ["a@x.dk", "b@x.dk"],
        optionalAttendees: [],
        start,
        end: new Date("2026-12-03T10:30:00Z"),
        subject: "Møde",
        location: "",
        body: "",
      },
    ]);
    expect(forms[0]?.start).not.toBe(start);
    expect(() =>
      mailbox.displayNewAppointmentForm({
        requiredAttendees: Array.from({ length: 101 }, (_, i) => `p${i}@x.dk`),
      }),
    ).toThrow(/more than 100 attendees/);
  });

  it("gives a mail in mail mode, which has nothing of the appointment", () => {
    const { office } = setup({ mode: "mail" });
    const item = office.context.mailbox.item as unknown as Record<string, unknown>;
    expect(item.itemType).toBe("message");
    expect(() => item.start).toThrow(StandInMissingMemberError);
  });

  it("answers feature detection of optional members with undefined, and records nothing", () => {
    const { item, standIn } = setup();
    expect((item as unknown as Record<string, unknown>).isAllDayEvent).toBeUndefined();
    expect(standIn.missingMembers).toEqual([]);
  });
});

describe("context", () => {
  it("supports Mailbox sets up to its version and nothing else", () => {
    const { office } = setup({ mailboxVersion: "1.8" });
    const supported = (v: string) => office.context.requirements.isSetSupported("Mailbox", v);
    expect(supported("1.1")).toBe(true);
    expect(supported("1.8")).toBe(true);
    expect(supported("1.10")).toBe(false);
    expect(office.context.requirements.isSetSupported("NestedAppAuth", "1.1")).toBe(false);
  });

  it("gives officeTheme's colours, or no officeTheme at all for a client without it", () => {
    const themed = setup().office as unknown as {
      context: { officeTheme: { bodyBackgroundColor: string } };
    };
    expect(themed.context.officeTheme.bodyBackgroundColor).toBe("#FFFFFF");
    const { office, standIn } = setup({ theme: null });
    expect((office as unknown as { context: { officeTheme?: unknown } }).context.officeTheme).toBe(
      undefined,
    );
    expect(standIn.missingMembers).toEqual([]);
  });

  it("compares versions as numbers", () => {
    expect(compareVersions("1.14", "1.8")).toBeGreaterThan(0);
    expect(compareVersions("1.8", "1.8")).toBe(0);
    expect(compareVersions("1.3", "1.10")).toBeLessThan(0);
  });

  it("calls onReady's callback later and resolves with Outlook", async () => {
    const { office, flush } = setup();
    const callback = jest.fn();
    const ready = office.onReady(callback);
    expect(callback).not.toHaveBeenCalled();
    flush();
    expect(callback).toHaveBeenCalledWith({ host: "Outlook", platform: "OfficeOnline" });
    await expect(ready).resolves.toEqual({ host: "Outlook", platform: "OfficeOnline" });
  });

  it("keeps roaming settings in storage between loads, within 32 KB", () => {
    const { office, result, storage } = setup();
    office.context.roamingSettings.set("k", { site: "Køge" });
    expect(storage.getItem(ROAMING_SETTINGS_KEY)).toBeNull();
    expect(result((cb) => office.context.roamingSettings.saveAsync(cb as never)).status).toBe(
      "succeeded",
    );
    const again = setup({ storage });
    expect(again.office.context.roamingSettings.get("k")).toEqual({ site: "Køge" });

    again.office.context.roamingSettings.set("big", "x".repeat(33 * 1024));
    const tooBig = again.result((cb) =>
      again.office.context.roamingSettings.saveAsync(cb as never),
    );
    expect(tooBig.status).toBe("failed");
    expect(tooBig.error?.code).toBe(9057);
  });
});

describe("events", () => {
  it("fire time, recipients and recurrence changes made by the person, later", () => {
    const { item, result, standIn, queue, flush } = setup();
    const handler = jest.fn();
    for (const type of [
      "olkAppointmentTimeChanged",
      "olkRecipientsChanged",
      "olkRecurrenceChanged",
    ]) {
      expect(result((cb) => item.addHandlerAsync(type as never, handler, cb as never)).status).toBe(
        "succeeded",
      );
    }
    const start = new Date("2027-02-02T10:00:00Z");
    const end = new Date("2027-02-02T11:00:00Z");
    standIn.edit({ start, end });
    expect(handler).not.toHaveBeenCalled();
    expect(queue).toHaveLength(1);
    flush();
    expect(handler).toHaveBeenLastCalledWith({ type: "olkAppointmentTimeChanged", start, end });

    standIn.edit({ attendees: APPOINTMENT.attendees.slice(1) });
    flush();
    expect(handler).toHaveBeenLastCalledWith({
      type: "olkRecipientsChanged",
      changedRecipientFields: {
        requiredAttendees: true,
        optionalAttendees: false,
        resources: false,
      },
    });

    standIn.edit({ recurrence: { frequency: "weekly", interval: 2 } });
    flush();
    expect(handler).toHaveBeenLastCalledWith(
      expect.objectContaining({
        type: "olkRecurrenceChanged",
        recurrence: expect.objectContaining({
          recurrenceType: "weekly",
          recurrenceProperties: { interval: 2 },
        }),
      }),
    );
    expect(handler).toHaveBeenCalledTimes(3);

    // Subject and body have no change event in Outlook.
    standIn.edit({ subject: "MUS", bodyHtml: "<div>x</div>" });
    flush();
    expect(handler).toHaveBeenCalledTimes(3);
  });

  it("stop firing once the handler is removed, and refuse unknown events", () => {
    const { item, result, standIn, flush } = setup();
    const handler = jest.fn();
    result((cb) =>
      item.addHandlerAsync("olkAppointmentTimeChanged" as never, handler, cb as never),
    );
    result((cb) => item.removeHandlerAsync("olkAppointmentTimeChanged" as never, cb as never));
    standIn.edit({ end: new Date("2027-02-02T12:00:00Z") });
    flush();
    expect(handler).not.toHaveBeenCalled();
    const bad = result((cb) =>
      item.addHandlerAsync("olkNoSuchEvent" as never, handler, cb as never),
    );
    expect(bad.status).toBe("failed");
  });
});

describe("read mode", () => {
  it("gives a snapshot as plain properties, and offers no writes", () => {
    const { office, standIn, result } = setup({
      mode: "read",
      user: { displayName: "Anders Nielsen", emailAddress: "anders@regionsjaelland.dk" },
    });
    const item = office.context.mailbox.item as unknown as Office.AppointmentRead;
    expect(item.subject).toBe("Statusmøde: ny hjemmeside");
    expect(item.start).toEqual(APPOINTMENT.start);
    expect(item.location).toBe("SUH Køge");
    expect(item.organizer).toEqual(
      expect.objectContaining({ emailAddress: "mette.hansen@regionsjaelland.dk" }),
    );
    expect(item.requiredAttendees.map((a) => a.emailAddress)).toEqual([
      "anders@regionsjaelland.dk",
    ]);
    expect(item.recurrence).toBeNull();
    expect(result((cb) => item.body.getAsync("html" as never, cb as never)).status).toBe(
      "succeeded",
    );
    expect(() => (item.body as unknown as Record<string, unknown>).setAsync).toThrow(
      StandInMissingMemberError,
    );
    standIn.edit({ subject: "Changed" });
    expect(item.subject).toBe("Statusmøde: ny hjemmeside");
  });
});

// ---------------------------------------------------------------------------------------------
// The Office layer's real code on the stand-in: the preview is only useful if they fit.

function Office_Html(): Office.CoercionType {
  return "html" as Office.CoercionType;
}

/** Runs `fn` with the stand-in installed as the global Office, flushing callbacks as they come. */
async function withGlobalOffice<T>(
  overrides: Partial<StandInOptions>,
  fn: (s: ReturnType<typeof setup>) => Promise<T>,
) {
  const s = setup({ ...overrides, schedule: (task) => void setTimeout(task, 0) });
  const global = globalThis as unknown as { Office?: unknown };
  global.Office = s.office;
  try {
    return await fn(s);
  } finally {
    delete global.Office;
  }
}

describe("the Office layer on the stand-in", () => {
  it("recognises compose and read items", () => {
    expect(isComposeItem(setup().item)).toBe(true);
    const read = setup({ mode: "read" }).office.context.mailbox
      .item as unknown as Office.AppointmentRead;
    expect(isComposeItem(read)).toBe(false);
  });

  it("reads the appointment into a draft (compose)", async () => {
    await withGlobalOffice({}, async ({ item, standIn }) => {
      const draft = await readAppointment(item, { timeZone: ZONE, userSite: "Sorø" });
      expect(draft).toEqual(
        expect.objectContaining({
          subject: "Statusmøde: ny hjemmeside",
          bodyType: "html",
          start: "2027-02-02T10:00:00+01:00",
          end: "2027-02-02T11:00:00+01:00",
          location: "SUH Køge",
          organizer: expect.objectContaining({
            email: "mette.hansen@regionsjaelland.dk",
            site: "Sorø",
          }),
          recurrence: null,
          sensitivity: "normal",
        }),
      );
      expect(draft.body).toContain("<div>Dagsorden</div>");
      expect(draft.attendees.map((a) => [a.email, a.type])).toEqual([
        ["anders@regionsjaelland.dk", "required"],
        ["birgitte@regionsjaelland.dk", "optional"],
      ]);
      // Outlook has no sites for other people: nor has the draft.
      expect(draft.attendees.every((a) => a.site === undefined)).toBe(true);
      expect(standIn.missingMembers).toEqual([]);
    });
  });

  it("inserts and removes a Jabber meeting, leaving body and location exactly as before", async () => {
    await withGlobalOffice({}, async ({ item, standIn }) => {
      const before = standIn.appointment();
      const inserted = await insertJabberMeeting(item, {
        provider: DEFAULT_POLICY.meetingLink,
        locale: "da",
        random: () => 0.5,
      });
      expect(inserted.kind).toBe("inserted");
      const again = await insertJabberMeeting(item, {
        provider: DEFAULT_POLICY.meetingLink,
        locale: "da",
        random: () => 0.1,
      });
      expect(again.kind).toBe("already-present");
      const middle = standIn.appointment();
      expect(
        middle.bodyHtml.match(/video\.regionsjaelland\.dk\/meeting\/5555555555/g)?.length,
      ).toBe(2);
      expect(middle.locations.map((l) => l.displayName)).toHaveLength(2);
      expect(await removeJabberMeeting(item, { provider: DEFAULT_POLICY.meetingLink })).toEqual({
        kind: "removed",
      });
      const after = standIn.appointment();
      expect(after.bodyHtml).toBe(before.bodyHtml);
      expect(after.locations).toEqual(before.locations);
      expect(standIn.missingMembers).toEqual([]);
    });
  });

  it("saves and loads the person's settings through roaming settings", async () => {
    await withGlobalOffice({}, async ({ storage }) => {
      await saveSettings({ site: "Holbæk", unit: "Akutafdelingen" });
      expect(loadSettings()).toEqual({ site: "Holbæk", unit: "Akutafdelingen" });
      expect(JSON.parse(storage.getItem(ROAMING_SETTINGS_KEY)!)).toEqual({
        "moedeguide.settings": { site: "Holbæk", unit: "Akutafdelingen" },
      });
    });
  });

  it("delivers item events to the Office layer's subscription", async () => {
    await withGlobalOffice({}, async ({ item, standIn }) => {
      const changes: string[] = [];
      const unsubscribe = await subscribeToItemChanges(item, (change) => changes.push(change));
      standIn.edit({ attendees: [] });
      standIn.edit({
        start: new Date("2027-02-03T09:00:00Z"),
        end: new Date("2027-02-03T10:00:00Z"),
      });
      await new Promise((r) => setTimeout(r, 5));
      expect(changes).toEqual(["recipients", "time"]);
      await unsubscribe();
      standIn.edit({ recurrence: { frequency: "daily", interval: 1 } });
      await new Promise((r) => setTimeout(r, 5));
      expect(changes).toEqual(["recipients", "time"]);
    });
  });
});

describe("why the pane was opened (initialization context)", () => {
  const FROM_SEND = JSON.stringify(PANE_CONTEXTS.send);

  it("gives the context it was opened with, later, and an empty string without one", () => {
    const opened = setup({ initializationContext: FROM_SEND });
    expect(opened.result((cb) => opened.item.getInitializationContextAsync(cb as never))).toEqual({
      status: "succeeded",
      value: FROM_SEND,
      asyncContext: undefined,
    });
    const plain = setup();
    expect(plain.result((cb) => plain.item.getInitializationContextAsync(cb as never)).value).toBe(
      "",
    );
  });

  it("has it in read mode too", () => {
    const { office, result } = setup({ mode: "read", initializationContext: FROM_SEND });
    const item = office.context.mailbox.item as unknown as Office.AppointmentRead;
    expect(result((cb) => item.getInitializationContextAsync(cb as never)).value).toBe(FROM_SEND);
  });

  it("fires InitializationContextChanged when an open pane is opened again, from Mailbox 1.15", () => {
    const { item, result, standIn, flush } = setup({ mailboxVersion: "1.15" });
    const handler = jest.fn();
    const added = result((cb) =>
      item.addHandlerAsync("olkInitializationContextChanged" as never, handler, cb as never),
    );
    expect(added.status).toBe("succeeded");
    standIn.openPaneWith(FROM_SEND);
    expect(handler).not.toHaveBeenCalled();
    flush();
    expect(handler).toHaveBeenCalledWith({
      type: "olkInitializationContextChanged",
      initializationContextData: FROM_SEND,
    });
    expect(result((cb) => item.getInitializationContextAsync(cb as never)).value).toBe(FROM_SEND);
  });

  it.each([
    ["olkInitializationContextChanged", "1.14"],
    ["olkEnhancedLocationsChanged", "1.7"],
    ["olkRecipientsChanged", "1.5"],
  ])("refuses %s on a client of Mailbox %s, which lacks it", (type, mailboxVersion) => {
    const { item, result } = setup({ mailboxVersion });
    const outcome = result((cb) => item.addHandlerAsync(type as never, jest.fn(), cb as never));
    expect(outcome.status).toBe("failed");
    expect(outcome.error?.name).toBe("InvalidEventType");
  });

  it("serves the Office layer: the context on load and a new one while open", async () => {
    await withGlobalOffice(
      { mailboxVersion: "1.15", initializationContext: JSON.stringify(PANE_CONTEXTS.notification) },
      async ({ item, standIn }) => {
        await expect(readPaneContext(item)).resolves.toEqual(PANE_CONTEXTS.notification);
        const seen: Array<PaneContext | null> = [];
        const stop = await subscribeToPaneContext(item, (c) => seen.push(c));
        standIn.openPaneWith(FROM_SEND);
        await new Promise((r) => setTimeout(r, 5));
        expect(seen).toEqual([PANE_CONTEXTS.send]);
        await stop();
      },
    );
  });
});
