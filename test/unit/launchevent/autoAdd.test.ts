/**
 * The Jabber meeting added automatically, through the compose handlers Outlook calls: only for
 * people who turned it on, only when the advice is clearly video (the notice's own threshold),
 * never twice, never beside another provider's meeting, never on the person's own appointments,
 * and never again once the person took it out (by hand or with the pane's Remove), however the
 * meeting changes afterwards.
 */
import { adviceWith } from "./adviceFixture";
import { wantsAutoAdd } from "../../../src/launchevent/autoAdd";
import type { ComposeNotice } from "../../../src/launchevent/composeNotice";
import {
  forgetEventPolicy,
  NOTIFICATION_KEY,
  onAppointmentAttendeesChanged,
  onAppointmentTimeChanged,
  onNewAppointmentOrganizer,
} from "../../../src/launchevent/launchevent";
import { removeJabberMeeting } from "../../../src/office/meetingLink";
import { MEETING_REMOVED_PROPERTY, OWN_MEETING_PROPERTY } from "../../../src/office/ownership";
import { DEFAULT_POLICY } from "../../../src/policy/defaultPolicy";
import appointments from "../../fixtures/launchevent/appointments.json";
import {
  fakeEvent,
  fakeOutlook,
  served,
  servePolicy,
  setsUpTo,
  type AppointmentSpec,
  type FakeOutlook,
  type OutlookSpec,
} from "../../fixtures/launchevent/fakeOutlook";

const globals = globalThis as { Office?: unknown; fetch?: unknown };
const realFetch = globals.fetch;
let installed: FakeOutlook | undefined;

const ON = { site: "Sorø", autoAddMeeting: true };

function install(appointment: AppointmentSpec, spec: Partial<OutlookSpec> = {}) {
  const outlook = fakeOutlook({
    appointment,
    mailboxSets: setsUpTo("1.14"),
    settings: ON,
    ...spec,
  });
  globals.Office = outlook.office;
  installed = outlook;
  servePolicy(served(DEFAULT_POLICY));
  return outlook;
}

afterEach(() => {
  forgetEventPolicy();
  globals.fetch = realFetch;
  installed?.answerHung();
  installed = undefined;
  delete globals.Office;
});

const STATUS = appointments.statusMeeting as AppointmentSpec;
const JABBER_URL = /https:\/\/video\.regionsjaelland\.dk\/meeting\/(\d{10})/g;
const meetingsIn = (outlook: FakeOutlook) =>
  new Set([...(outlook.appointment.body ?? "").matchAll(JABBER_URL)].map((m) => m[1])).size;

/** Completed once, as the last thing, after every Office callback. */
function expectCompletedOnceAtTheEnd(outlook: FakeOutlook, event: ReturnType<typeof fakeEvent>) {
  expect(event.completed.mock.calls).toEqual([[]]);
  expect(outlook.log[outlook.log.length - 1]).toBe("completed");
  const calls = outlook.log.filter((l) => l.startsWith("call ")).length;
  const callbacks = outlook.log.filter((l) => l.startsWith("callback ")).length;
  expect(callbacks).toBe(calls);
}

describe("wantsAutoAdd", () => {
  const show: ComposeNotice = { kind: "show", message: "…", recommendation: "virtual" };
  const virtual = adviceWith({ recommendation: "virtual", confidence: 0.9 });
  it.each([
    ["turned on, clear video advice", ON, show, virtual, true],
    ["turned off", { site: "Sorø" }, show, virtual, false],
    ["turned off explicitly", { autoAddMeeting: false }, show, virtual, false],
    ["advice to meet in person", ON, { ...show, recommendation: "physical" }, virtual, false],
    [
      "no notice (unclear, alone, or linked)",
      ON,
      { kind: "none", reason: "unclear" },
      virtual,
      false,
    ],
    [
      "another provider's meeting",
      ON,
      show,
      adviceWith({
        recommendation: "virtual",
        confidence: 0.9,
        meetingLink: { present: false, others: [{ provider: "teams", url: "https://teams" }] },
      }),
      false,
    ],
    [
      "the provider's link already there",
      ON,
      show,
      adviceWith({ meetingLink: { present: true, others: [] } }),
      false,
    ],
  ] as const)("%s: %s", (_name, settings, notice, advice, expected) => {
    expect(wantsAutoAdd(settings, notice as ComposeNotice, advice)).toBe(expected);
  });
});

describe("the compose handlers with the setting on", () => {
  it("add the meeting once the advice is clearly video, and say so and how to remove it", async () => {
    const outlook = install(STATUS);
    const event = fakeEvent(outlook);
    await expect(onNewAppointmentOrganizer(event)).resolves.toMatchObject({ kind: "completed" });
    expect(meetingsIn(outlook)).toBe(1);
    const id = /meeting\/(\d{10})/.exec(outlook.appointment.body ?? "")?.[1];
    expect(outlook.appointment.customProperties).toEqual({ [OWN_MEETING_PROPERTY]: id });
    expect(outlook.appointment.location).toContain(`Cisco Jabber: https://video`);
    expect(outlook.notifications.get(NOTIFICATION_KEY)).toMatchObject({
      type: "insightMessage",
      message:
        "Cisco Jabber-mødet er tilføjet, fordi rådet er videomøde. Vil du ikke have det, så fjern det i Mødeguide.",
      actions: [{ actionType: "showTaskPane", commandId: "MoedeguideOrganizerButton" }],
    });
    expectCompletedOnceAtTheEnd(outlook, event);
  });

  it("never add it twice: the next events find it", async () => {
    const outlook = install(STATUS);
    await onNewAppointmentOrganizer(fakeEvent(outlook));
    await onAppointmentAttendeesChanged(fakeEvent(outlook));
    await onAppointmentTimeChanged(fakeEvent(outlook));
    expect(meetingsIn(outlook)).toBe(1);
    expect(outlook.log.filter((l) => l === "call body.prependAsync")).toHaveLength(1);
  });

  it("never add it twice when events overlap", async () => {
    const outlook = install(STATUS, { delays: { "body.getAsync": 5 } });
    const events = [fakeEvent(outlook, "A"), fakeEvent(outlook, "B"), fakeEvent(outlook, "C")];
    await Promise.all([
      onNewAppointmentOrganizer(events[0]!),
      onAppointmentAttendeesChanged(events[1]!),
      onAppointmentTimeChanged(events[2]!),
    ]);
    expect(meetingsIn(outlook)).toBe(1);
    for (const event of events) expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it.each([
    ["the person's own appointment (no one invited)", appointments.statusMeetingAlone],
    ["advice to meet in person", appointments.workshop],
    ["unclear advice", appointments.unclear],
    [
      "a Teams meeting in the invitation",
      { ...STATUS, body: "<p>https://teams.microsoft.com/l/meetup-join/19%3ameeting_x</p>" },
    ],
    ["a Jabber link already in the invitation", appointments.statusMeetingWithJabber],
  ])("add nothing for %s", async (_name, appointment) => {
    const outlook = install(appointment as AppointmentSpec);
    const body = outlook.appointment.body;
    const event = fakeEvent(outlook);
    await onNewAppointmentOrganizer(event);
    expect(outlook.appointment.body).toBe(body);
    expect(outlook.log.filter((l) => /prependAsync|body\.setAsync|saveAsync/.test(l))).toEqual([]);
    expectCompletedOnceAtTheEnd(outlook, event);
  });

  it("do not add it again after the person deleted it by hand, when the time changes", async () => {
    const outlook = install(STATUS);
    const original = { body: outlook.appointment.body, location: outlook.appointment.location };
    await onNewAppointmentOrganizer(fakeEvent(outlook));
    expect(meetingsIn(outlook)).toBe(1);
    // The person deletes the block and the location entry in Outlook.
    outlook.appointment.body = original.body;
    outlook.appointment.location = original.location;
    const event = fakeEvent(outlook);
    await onAppointmentTimeChanged(event);
    expect(meetingsIn(outlook)).toBe(0);
    expect(outlook.appointment.customProperties).toEqual({ [MEETING_REMOVED_PROPERTY]: "true" });
    // The advice is shown again as usual.
    expect(outlook.notifications.get(NOTIFICATION_KEY)?.message).toBe(
      "Statusmøde: hold det som Cisco Jabber-møde",
    );
    expectCompletedOnceAtTheEnd(outlook, event);
    // And stays out through later changes.
    await onAppointmentTimeChanged(fakeEvent(outlook));
    await onAppointmentAttendeesChanged(fakeEvent(outlook));
    expect(meetingsIn(outlook)).toBe(0);
  });

  it("do not add it again after the person removed it with the pane's Remove", async () => {
    const outlook = install(STATUS);
    await onNewAppointmentOrganizer(fakeEvent(outlook));
    const item = (outlook.office as unknown as { context: { mailbox: { item: unknown } } }).context
      .mailbox.item as Office.AppointmentCompose;
    await expect(
      removeJabberMeeting(item, { provider: DEFAULT_POLICY.meetingLink }),
    ).resolves.toMatchObject({ kind: "removed" });
    expect(meetingsIn(outlook)).toBe(0);
    await onAppointmentTimeChanged(fakeEvent(outlook));
    expect(meetingsIn(outlook)).toBe(0);
  });

  it("leave the item as it was and show the advice when Office refuses the block", async () => {
    const outlook = install(STATUS, { failing: ["body.prependAsync"] });
    const before = JSON.stringify(outlook.appointment);
    const event = fakeEvent(outlook);
    await onNewAppointmentOrganizer(event);
    expect(JSON.stringify({ ...outlook.appointment, customProperties: undefined })).toBe(
      JSON.stringify({ ...JSON.parse(before), customProperties: undefined }),
    );
    expect(outlook.appointment.customProperties ?? {}).toEqual({});
    expect(outlook.notifications.get(NOTIFICATION_KEY)?.message).toBe(
      "Statusmøde: hold det som Cisco Jabber-møde",
    );
    expectCompletedOnceAtTheEnd(outlook, event);
  });

  it("add nothing when the item's record cannot be read, and show the advice", async () => {
    const outlook = install(STATUS, { failing: ["loadCustomPropertiesAsync"] });
    const event = fakeEvent(outlook);
    await onNewAppointmentOrganizer(event);
    expect(meetingsIn(outlook)).toBe(0);
    expect(outlook.notifications.get(NOTIFICATION_KEY)?.message).toBe(
      "Statusmøde: hold det som Cisco Jabber-møde",
    );
    expectCompletedOnceAtTheEnd(outlook, event);
  });
});

describe("the compose handlers with the setting off", () => {
  it.each([
    ["never turned on", { site: "Sorø" }],
    ["turned off", { site: "Sorø", autoAddMeeting: false }],
  ])("only advise when it is %s", async (_name, settings) => {
    const outlook = install(STATUS, { settings });
    const event = fakeEvent(outlook);
    await onNewAppointmentOrganizer(event);
    expect(meetingsIn(outlook)).toBe(0);
    // The item's properties are read once, for the invitees' sites the pane kept; Mødeguide's
    // meeting record is never read or written.
    expect(outlook.log.filter((l) => l === "call loadCustomPropertiesAsync")).toHaveLength(1);
    expect(outlook.log.some((l) => l.includes("customProperties.saveAsync"))).toBe(false);
    expect(outlook.notifications.get(NOTIFICATION_KEY)?.message).toBe(
      "Statusmøde: hold det som Cisco Jabber-møde",
    );
    expectCompletedOnceAtTheEnd(outlook, event);
  });

  it("stop adding once it is turned off", async () => {
    const outlook = install({ ...STATUS, required: [] });
    // Alone: nothing to add yet, even with the setting on.
    await onNewAppointmentOrganizer(fakeEvent(outlook));
    expect(meetingsIn(outlook)).toBe(0);
    // Turned off, then a colleague is invited: the advice only.
    const settings = { site: "Sorø", autoAddMeeting: false };
    const office = outlook.office as unknown as {
      context: { roamingSettings: { get: (key: string) => unknown } };
    };
    office.context.roamingSettings.get = () => settings;
    outlook.appointment.required = STATUS.required;
    await onAppointmentAttendeesChanged(fakeEvent(outlook));
    expect(meetingsIn(outlook)).toBe(0);
    expect(outlook.notifications.get(NOTIFICATION_KEY)?.message).toBe(
      "Statusmøde: hold det som Cisco Jabber-møde",
    );
  });
});
