import * as advisor from "../../../src/advisor";
import { DEFAULT_POLICY } from "../../../src/policy/defaultPolicy";
import { officeCallLoad, PRIORITY_RETRY_PAUSE_MS } from "../../../src/office/async";
import { encodeInviteeSites, SITES_PROPERTY } from "../../../src/office/inviteeSites";
import * as timeZones from "../../../src/office/timeZone";
import {
  COMMAND_NAMES,
  COMPOSE_TIMEOUT_MS,
  EVENT_POLICY_TIMEOUT_MS,
  forgetEventPolicy,
  HANDLER_NAMES,
  NOTIFICATION_KEY,
  onAppointmentAttendeesChanged,
  onAppointmentRecurrenceChanged,
  onAppointmentSend,
  onAppointmentTimeChanged,
  onNewAppointmentOrganizer,
  SEND_TIMEOUT_MS,
  SITES_GRACE_MS,
} from "../../../src/launchevent/launchevent";
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

type Appointment = keyof typeof appointments;
const globals = globalThis as { Office?: unknown; fetch?: unknown };
const realFetch = globals.fetch;

let installed: FakeOutlook | undefined;

function install(appointment: Appointment | AppointmentSpec, spec: Partial<OutlookSpec> = {}) {
  const outlook = fakeOutlook({
    appointment: typeof appointment === "string" ? appointments[appointment] : appointment,
    mailboxSets: setsUpTo("1.14"),
    settings: { site: "Sorø" },
    ...spec,
  });
  globals.Office = outlook.office;
  installed = outlook;
  if (!policyServerSet) servePolicy(served(DEFAULT_POLICY));
  return outlook;
}
let policyServerSet = false;

/** The completion is the last thing that happens, once, after every Office callback. */
function expectCompletedOnceAtTheEnd(outlook: FakeOutlook, event: ReturnType<typeof fakeEvent>) {
  expect(event.completed).toHaveBeenCalledTimes(1);
  expect(outlook.log.filter((l) => l === "completed")).toHaveLength(1);
  expect(outlook.log[outlook.log.length - 1]).toBe("completed");
  const calls = outlook.log.filter((l) => l.startsWith("call ")).length;
  const callbacks = outlook.log.filter((l) => l.startsWith("callback ")).length;
  expect(callbacks).toBe(calls);
}

const notificationCalls = (outlook: FakeOutlook) =>
  outlook.log.filter((l) => l.startsWith("call notificationMessages.")).map((l) => l.slice(5));

afterEach(() => {
  forgetEventPolicy();
  policyServerSet = false;
  globals.fetch = realFetch;
  // officeCall keeps Outlook's 3-calls-in-flight limit across the add-in: a call left hanging
  // would hold its slot into the next test.
  installed?.answerHung();
  installed = undefined;
  delete globals.Office;
  jest.restoreAllMocks();
  jest.useRealTimers();
});

const COMPOSE_HANDLERS = [
  ["onNewAppointmentOrganizer", onNewAppointmentOrganizer],
  ["onAppointmentAttendeesChanged", onAppointmentAttendeesChanged],
  ["onAppointmentTimeChanged", onAppointmentTimeChanged],
  ["onAppointmentRecurrenceChanged", onAppointmentRecurrenceChanged],
] as const;

describe.each(COMPOSE_HANDLERS)("%s", (_name, handler) => {
  it("shows the advice as an Insight with an action that opens the pane where Mailbox 1.10 is", async () => {
    const outlook = install("statusMeeting");
    const event = fakeEvent(outlook);
    await expect(handler(event)).resolves.toMatchObject({ kind: "completed" });
    expect(outlook.notifications.get(NOTIFICATION_KEY)).toEqual({
      type: "insightMessage",
      message: "Statusmøde: hold det som Cisco Jabber-møde",
      icon: "Icon.16x16",
      actions: [
        {
          actionType: "showTaskPane",
          actionText: "Åbn Mødeguide",
          commandId: "MoedeguideOrganizerButton",
          contextData: JSON.stringify({ source: "moedeguide-notification" }),
        },
      ],
    });
    expect(notificationCalls(outlook)).toEqual([
      "notificationMessages.getAllAsync",
      "notificationMessages.addAsync",
    ]);
    expect(event.completed.mock.calls).toEqual([[]]);
    expectCompletedOnceAtTheEnd(outlook, event);
  });

  it("shows an InformationalMessage where Mailbox 1.10 is missing", async () => {
    const outlook = install("workshop", { mailboxSets: setsUpTo("1.9") });
    const event = fakeEvent(outlook);
    await handler(event);
    expect(outlook.notifications.get(NOTIFICATION_KEY)).toEqual({
      type: "informationalMessage",
      message: "Workshop eller idéudvikling: mød op fysisk",
      icon: "Icon.16x16",
      persistent: false,
    });
    expectCompletedOnceAtTheEnd(outlook, event);
  });

  it("updates the notification (replaceAsync) when the meeting changed", async () => {
    const outlook = install("workshop", {
      notifications: [
        {
          key: NOTIFICATION_KEY,
          type: "insightMessage",
          message: "Statusmøde: hold det som Cisco Jabber-møde",
        },
        { key: "another-key", type: "informationalMessage", message: "Noget andet" },
      ],
    });
    const event = fakeEvent(outlook);
    await handler(event);
    expect(notificationCalls(outlook)).toEqual([
      "notificationMessages.getAllAsync",
      "notificationMessages.replaceAsync",
    ]);
    expect(outlook.notifications.get(NOTIFICATION_KEY)?.message).toBe(
      "Workshop eller idéudvikling: mød op fysisk",
    );
    expect(outlook.notifications.get("another-key")?.message).toBe("Noget andet");
    expectCompletedOnceAtTheEnd(outlook, event);
  });

  it.each([
    ["no one else is invited", "statusMeetingAlone"],
    ["the advice is unclear (either)", "unclear"],
    ["the Jabber link is already in the invitation", "statusMeetingWithJabber"],
  ] as const)("removes the notification when %s", async (_why, appointment) => {
    const outlook = install(appointment, {
      notifications: [
        {
          key: NOTIFICATION_KEY,
          type: "insightMessage",
          message: "Statusmøde: hold det som Cisco Jabber-møde",
        },
        { key: "another-key", type: "informationalMessage", message: "Noget andet" },
      ],
    });
    const event = fakeEvent(outlook);
    await handler(event);
    expect(notificationCalls(outlook)).toEqual([
      "notificationMessages.getAllAsync",
      "notificationMessages.removeAsync",
    ]);
    expect([...outlook.notifications.keys()]).toEqual(["another-key"]);
    expectCompletedOnceAtTheEnd(outlook, event);
  });

  it("completes without a word when there is nothing to say", async () => {
    const outlook = install("statusMeetingAlone");
    const event = fakeEvent(outlook);
    await handler(event);
    expect(notificationCalls(outlook)).toEqual(["notificationMessages.getAllAsync"]);
    expect(outlook.notifications.size).toBe(0);
    expect(event.completed.mock.calls).toEqual([[]]);
    expectCompletedOnceAtTheEnd(outlook, event);
  });

  it("completes once when reading the appointment fails", async () => {
    const outlook = install("statusMeeting", { failing: ["location.getAsync"] });
    const event = fakeEvent(outlook);
    await expect(handler(event)).resolves.toMatchObject({ kind: "failed" });
    expect(notificationCalls(outlook)).toEqual([]);
    expect(event.completed.mock.calls).toEqual([[]]);
    expectCompletedOnceAtTheEnd(outlook, event);
  });

  it("completes once when the notification call fails", async () => {
    const outlook = install("statusMeeting", { failing: ["notificationMessages.addAsync"] });
    const event = fakeEvent(outlook);
    await expect(handler(event)).resolves.toMatchObject({ kind: "failed" });
    expect(event.completed.mock.calls).toEqual([[]]);
    expectCompletedOnceAtTheEnd(outlook, event);
  });

  it("completes once when Outlook never answers", async () => {
    jest.useFakeTimers();
    const outlook = install("statusMeeting", { hanging: ["notificationMessages.getAllAsync"] });
    const event = fakeEvent(outlook);
    const running = handler(event);
    await jest.advanceTimersByTimeAsync(COMPOSE_TIMEOUT_MS - 1);
    expect(event.completed).not.toHaveBeenCalled();
    await jest.advanceTimersByTimeAsync(1);
    await expect(running).resolves.toMatchObject({ kind: "timed-out" });
    expect(event.completed.mock.calls).toEqual([[]]);
  });
});

describe("compose notices", () => {
  it("speak English to an English Outlook", async () => {
    const outlook = install("statusMeetingEnglish", { displayLanguage: "en-GB" });
    await onNewAppointmentOrganizer(fakeEvent(outlook));
    expect(outlook.notifications.get(NOTIFICATION_KEY)?.message).toBe(
      "Status meeting: hold it as a Cisco Jabber meeting",
    );
    expect(outlook.notifications.get(NOTIFICATION_KEY)?.actions?.[0]?.actionText).toBe(
      "Open Mødeguide",
    );
  });

  it("count the travel the organizer saves from the site in their settings", async () => {
    // The organizer works in Køge; the meeting is at Regionshuset in Sorø: 45 minutes each way.
    const outlook = install("statusMeeting", { settings: { site: "Køge" } });
    await onAppointmentAttendeesChanged(fakeEvent(outlook));
    expect(outlook.notifications.get(NOTIFICATION_KEY)?.message).toBe(
      "Statusmøde: hold det som Cisco Jabber-møde — sparer 1 t 30 min kørsel",
    );
  });

  it("still advise meeting in person when a Jabber link is in the invitation", async () => {
    const outlook = install("workshopWithJabber", {
      notifications: [
        {
          key: NOTIFICATION_KEY,
          type: "insightMessage",
          message: "Statusmøde: hold det som Cisco Jabber-møde",
        },
      ],
    });
    const event = fakeEvent(outlook);
    await onAppointmentAttendeesChanged(event);
    expect(notificationCalls(outlook)).toEqual([
      "notificationMessages.getAllAsync",
      "notificationMessages.replaceAsync",
    ]);
    expect(outlook.notifications.get(NOTIFICATION_KEY)?.message).toBe(
      "Workshop eller idéudvikling: mød op fysisk",
    );
    expectCompletedOnceAtTheEnd(outlook, event);
  });

  it("leave an unchanged notification alone", async () => {
    const outlook = install("statusMeeting");
    await onNewAppointmentOrganizer(fakeEvent(outlook));
    outlook.log.length = 0;
    const event = fakeEvent(outlook);
    await onAppointmentTimeChanged(event);
    expect(notificationCalls(outlook)).toEqual(["notificationMessages.getAllAsync"]);
    expectCompletedOnceAtTheEnd(outlook, event);
  });
});

describe("the invitees' sites the pane kept on the item", () => {
  // The pane found A in Køge and B in Holbæk; the meeting is at Regionshuset in Sorø, where the
  // organizer works (their settings).
  const kept = {
    [SITES_PROPERTY]: encodeInviteeSites([
      ["a@regionsjaelland.dk", "Køge"],
      ["b@regionsjaelland.dk", "Holbæk"],
    ]) as string,
  };
  const withSites = { ...appointments.statusMeeting, customProperties: kept };

  it("are counted by the compose notice beside the person's own travel", async () => {
    const alone = install("statusMeeting");
    await onAppointmentAttendeesChanged(fakeEvent(alone));
    // Without them only the organizer's own site is known: at the meeting's site, no driving.
    expect(alone.notifications.get(NOTIFICATION_KEY)?.message).toBe(
      "Statusmøde: hold det som Cisco Jabber-møde",
    );
    installed?.answerHung();
    forgetEventPolicy();
    const outlook = install(withSites);
    const event = fakeEvent(outlook);
    await onAppointmentAttendeesChanged(event);
    // Three sites; Køge–Sorø 45 min and Holbæk–Sorø 35 min each way, both round trips.
    expect(outlook.notifications.get(NOTIFICATION_KEY)?.message).toBe(
      "Statusmøde på tværs af 3 matrikler: hold det som Cisco Jabber-møde — sparer 2 t 40 min kørsel",
    );
    expect(outlook.log.filter((l) => l === "call loadCustomPropertiesAsync")).toHaveLength(1);
    expect(outlook.log.some((l) => l.includes("customProperties.saveAsync"))).toBe(false);
    expectCompletedOnceAtTheEnd(outlook, event);
  });

  it("never override the person's own site, and count only invitees still on the meeting", async () => {
    const outlook = install(
      {
        ...withSites,
        required: [{ email: "a@regionsjaelland.dk", name: "A" }],
        customProperties: {
          [SITES_PROPERTY]: encodeInviteeSites([
            ["a@regionsjaelland.dk", "Køge"],
            ["c@regionsjaelland.dk", "Nykøbing F."],
            ["organisator@regionsjaelland.dk", "Slagelse"],
          ]) as string,
        },
      },
      { settings: { site: "Sorø" } },
    );
    await onAppointmentAttendeesChanged(fakeEvent(outlook));
    // A drives from Køge; the organizer is counted at Sorø (their settings); C is not invited.
    expect(outlook.notifications.get(NOTIFICATION_KEY)?.message).toBe(
      "Statusmøde på tværs af 2 matrikler: hold det som Cisco Jabber-møde — sparer 1 t 30 min kørsel",
    );
  });

  it("leave the person's own travel when they cannot be read, and the event completes once", async () => {
    const outlook = install(withSites, { failing: ["loadCustomPropertiesAsync"] });
    const event = fakeEvent(outlook);
    await expect(onAppointmentAttendeesChanged(event)).resolves.toMatchObject({
      kind: "completed",
    });
    expect(outlook.notifications.get(NOTIFICATION_KEY)?.message).toBe(
      "Statusmøde: hold det som Cisco Jabber-møde",
    );
    expectCompletedOnceAtTheEnd(outlook, event);
  });

  it("are read at send too", async () => {
    const outlook = install(withSites);
    const event = fakeEvent(outlook);
    await onAppointmentSend(event);
    expect(outlook.log).toContain("callback loadCustomPropertiesAsync");
    expectCompletedOnceAtTheEnd(outlook, event);
  });

  it("are not waited for long: a read that never answers costs the send a moment, not its time", async () => {
    jest.useFakeTimers();
    const outlook = install(
      { ...appointments.cprInBody, customProperties: kept },
      { hanging: ["loadCustomPropertiesAsync"] },
    );
    const event = fakeEvent(outlook);
    const sending = onAppointmentSend(event);
    await jest.advanceTimersByTimeAsync(SITES_GRACE_MS - 1);
    expect(event.completed).not.toHaveBeenCalled();
    await jest.advanceTimersByTimeAsync(1);
    // Held for its CPR number, well before the 4 seconds after which a send goes unchecked.
    await expect(sending).resolves.toMatchObject({ kind: "completed" });
    expect(event.completed).toHaveBeenCalledWith(expect.objectContaining({ allowEvent: false }));
  });
});

describe("overlapping compose events", () => {
  /** Lets pending callbacks run until `done` holds (fake timers leave promises alone). */
  async function until(done: () => boolean) {
    for (let i = 0; i < 1000 && !done(); i++) await Promise.resolve();
    expect(done()).toBe(true);
  }
  const count = (outlook: FakeOutlook, line: string) =>
    outlook.log.filter((l) => l === line).length;
  /** The person turns the workshop into a status meeting (subject and agenda). */
  function editIntoStatusMeeting(outlook: FakeOutlook) {
    outlook.appointment.subject = appointments.statusMeeting.subject;
    outlook.appointment.body = appointments.statusMeeting.body;
  }
  const STATUS_NOTICE = "Statusmøde: hold det som Cisco Jabber-møde";

  it("leave the later meeting's notice, stopping an earlier run that was still reading", async () => {
    jest.useFakeTimers();
    const outlook = install("workshop", { delays: { "body.getAsync": 50 } });
    const first = fakeEvent(outlook, "A");
    const firstRun = onNewAppointmentOrganizer(first);
    await until(() => outlook.log.includes("call body.getAsync"));
    editIntoStatusMeeting(outlook);
    outlook.delays.delete("body.getAsync");
    const second = fakeEvent(outlook, "B");
    const secondRun = onAppointmentAttendeesChanged(second);
    // The first run is stopped at once: its event completes without waiting for its slow read.
    await expect(firstRun).resolves.toMatchObject({ kind: "completed" });
    await expect(secondRun).resolves.toMatchObject({ kind: "completed" });
    expect(count(outlook, "callback body.getAsync")).toBe(1);

    expect(outlook.notifications.get(NOTIFICATION_KEY)?.message).toBe(STATUS_NOTICE);
    // The first run, superseded while it read, wrote nothing; the second read afresh after it.
    expect(notificationCalls(outlook)).toEqual([
      "notificationMessages.getAllAsync",
      "notificationMessages.addAsync",
    ]);
    expect(count(outlook, "call subject.getAsync")).toBe(2);
    const firstDone = outlook.log.indexOf("completed A");
    expect(outlook.log.slice(firstDone + 1).filter((l) => l === "call subject.getAsync")).toEqual([
      "call subject.getAsync",
    ]);
    expect(outlook.log[outlook.log.length - 1]).toBe("completed B");

    // The stopped read answers at last: nothing more happens.
    await jest.advanceTimersByTimeAsync(50);
    expect(outlook.log[outlook.log.length - 1]).toBe("callback body.getAsync");
    expect(notificationCalls(outlook)).toHaveLength(2);
    expect(first.completed.mock.calls).toEqual([[]]);
    expect(second.completed.mock.calls).toEqual([[]]);
  });

  it("let a run that a later event superseded before its turn complete without Office calls", async () => {
    jest.useFakeTimers();
    const outlook = install("workshop", { delays: { "body.getAsync": 50 } });
    const events = ["A", "B", "C"].map((label) => fakeEvent(outlook, label));
    const runs = [onNewAppointmentOrganizer(events[0]!)];
    await until(() => outlook.log.includes("call body.getAsync"));
    editIntoStatusMeeting(outlook);
    outlook.delays.delete("body.getAsync");
    runs.push(onAppointmentAttendeesChanged(events[1]!), onAppointmentTimeChanged(events[2]!));
    for (const outcome of await Promise.all(runs)) expect(outcome.kind).toBe("completed");

    const done = ["A", "B", "C"].map((label) => outlook.log.indexOf(`completed ${label}`));
    expect(done[0]).toBeLessThan(done[1]!);
    expect(done[1]).toBe(done[0]! + 1); // B made no call between A's completion and its own
    expect(done[2]).toBe(outlook.log.length - 1);
    expect(count(outlook, "call subject.getAsync")).toBe(2); // A and C read; B did not
    expect(outlook.notifications.get(NOTIFICATION_KEY)?.message).toBe(STATUS_NOTICE);
    for (const event of events) expect(event.completed.mock.calls).toEqual([[]]);
    await jest.advanceTimersByTimeAsync(50);
  });

  it("let a run held up by a hung one start at once, and drop the hung run's late answer", async () => {
    jest.useFakeTimers();
    const outlook = install("workshop", { delays: { "body.getAsync": 2 * COMPOSE_TIMEOUT_MS } });
    const first = fakeEvent(outlook, "A");
    const firstRun = onNewAppointmentOrganizer(first);
    await until(() => outlook.log.includes("call body.getAsync"));
    editIntoStatusMeeting(outlook);
    outlook.delays.set("body.getAsync", COMPOSE_TIMEOUT_MS / 2);
    const second = fakeEvent(outlook, "B");
    const secondRun = onAppointmentTimeChanged(second);

    await expect(firstRun).resolves.toMatchObject({ kind: "completed" });
    expect(first.completed.mock.calls).toEqual([[]]);
    expect(second.completed).not.toHaveBeenCalled();

    // The second run started its turn when the first was stopped; its read takes half a limit.
    await jest.advanceTimersByTimeAsync(COMPOSE_TIMEOUT_MS / 2);
    await expect(secondRun).resolves.toMatchObject({ kind: "completed" });
    expect(second.completed.mock.calls).toEqual([[]]);
    expect(outlook.notifications.get(NOTIFICATION_KEY)?.message).toBe(STATUS_NOTICE);

    // The first run's read answers at last, for a meeting that has changed since: no write.
    await jest.advanceTimersByTimeAsync(2 * COMPOSE_TIMEOUT_MS);
    expect(count(outlook, "callback body.getAsync")).toBe(2);
    expect(notificationCalls(outlook)).toEqual([
      "notificationMessages.getAllAsync",
      "notificationMessages.addAsync",
    ]);
    expect(outlook.notifications.get(NOTIFICATION_KEY)?.message).toBe(STATUS_NOTICE);
    expect(first.completed).toHaveBeenCalledTimes(1);
    expect(second.completed).toHaveBeenCalledTimes(1);
  });

  it("let a run that is already writing its notice finish before the next one reads", async () => {
    jest.useFakeTimers();
    const outlook = install("workshop", { delays: { "notificationMessages.addAsync": 50 } });
    const first = fakeEvent(outlook, "A");
    const firstRun = onNewAppointmentOrganizer(first);
    await until(() => outlook.log.includes("call notificationMessages.addAsync"));
    editIntoStatusMeeting(outlook);
    const second = fakeEvent(outlook, "B");
    const secondRun = onAppointmentTimeChanged(second);
    await jest.advanceTimersByTimeAsync(50);
    await expect(firstRun).resolves.toMatchObject({ kind: "completed" });
    await expect(secondRun).resolves.toMatchObject({ kind: "completed" });
    // A's write went through and B, reading after it, replaced it rather than adding a second.
    expect(notificationCalls(outlook)).toEqual([
      "notificationMessages.getAllAsync",
      "notificationMessages.addAsync",
      "notificationMessages.getAllAsync",
      "notificationMessages.replaceAsync",
    ]);
    const firstDone = outlook.log.indexOf("completed A");
    expect(outlook.log.indexOf("callback notificationMessages.addAsync")).toBeLessThan(firstDone);
    expect(count(outlook, "call subject.getAsync")).toBe(2);
    expect(outlook.log.lastIndexOf("call subject.getAsync")).toBeGreaterThan(firstDone);
    expect(outlook.notifications.get(NOTIFICATION_KEY)?.message).toBe(STATUS_NOTICE);
  });
});

describe("onAppointmentSend", () => {
  it("lets a meeting with nothing to object to go", async () => {
    const outlook = install("workshop");
    const event = fakeEvent(outlook);
    await expect(onAppointmentSend(event)).resolves.toMatchObject({ kind: "completed" });
    expect(event.completed.mock.calls).toEqual([[{ allowEvent: true }]]);
    expectCompletedOnceAtTheEnd(outlook, event);
  });

  it("lets a virtual meeting with its Jabber link go", async () => {
    const outlook = install("statusMeetingWithJabber");
    const event = fakeEvent(outlook);
    await onAppointmentSend(event);
    expect(event.completed.mock.calls).toEqual([[{ allowEvent: true }]]);
  });

  it("holds an invitation with a CPR number, naming it masked, with no send anyway of ours", async () => {
    const outlook = install("cprInBody");
    const event = fakeEvent(outlook);
    await onAppointmentSend(event);
    expect(event.completed).toHaveBeenCalledTimes(1);
    const options = event.completed.mock.calls[0]![0]!;
    expect(Object.keys(options).sort()).toEqual(["allowEvent", "errorMessage"]);
    expect(options.allowEvent).toBe(false);
    expect(options.errorMessage).toContain("CPR-nummer 010270-**** i invitationens tekst");
    expect(options.errorMessage).not.toContain("0102701234");
    expectCompletedOnceAtTheEnd(outlook, event);
  });

  it("holds a CPR number also where Mailbox 1.14 is missing", async () => {
    const outlook = install("cprInBody", { mailboxSets: setsUpTo("1.12") });
    const event = fakeEvent(outlook);
    await onAppointmentSend(event);
    expect(event.completed.mock.calls[0]![0]).toMatchObject({ allowEvent: false });
  });

  it("offers to add the Jabber meeting, or send anyway, for a virtual meeting without the link", async () => {
    const outlook = install("statusMeeting");
    const event = fakeEvent(outlook);
    await onAppointmentSend(event);
    expect(event.completed).toHaveBeenCalledTimes(1);
    const options = event.completed.mock.calls[0]![0]!;
    expect(options).toMatchObject({
      allowEvent: false,
      cancelLabel: "Tilføj videomøde",
      commandId: "MoedeguideOrganizerButton",
      sendModeOverride: "promptUser",
    });
    expect(JSON.parse(options.contextData as string)).toEqual({
      source: "moedeguide-send",
      action: "add-jabber-meeting",
    });
    expect(options.errorMessage).toContain("intet Cisco Jabber-link");
    expectCompletedOnceAtTheEnd(outlook, event);
  });

  it("lets a virtual meeting without the link go when the advice was too unsure to show", async () => {
    const realAdvise = advisor.advise;
    jest.spyOn(advisor, "advise").mockImplementation((draft, options) => ({
      ...realAdvise(draft, options),
      confidence: 0.45,
    }));
    const outlook = install("statusMeeting");
    await onNewAppointmentOrganizer(fakeEvent(outlook, "compose"));
    expect(outlook.notifications.size).toBe(0);
    const event = fakeEvent(outlook);
    await onAppointmentSend(event);
    expect(advisor.advise).toHaveBeenCalledTimes(2);
    expect(jest.mocked(advisor.advise).mock.results[1]?.value).toMatchObject({
      recommendation: "virtual",
      meetingLink: { present: false },
    });
    expect(event.completed.mock.calls).toEqual([[{ allowEvent: true }]]);
    expectCompletedOnceAtTheEnd(outlook, event);
  });

  it("speaks English at send to an English Outlook", async () => {
    const outlook = install("statusMeetingEnglish", { displayLanguage: "en-US" });
    const event = fakeEvent(outlook);
    await onAppointmentSend(event);
    expect(event.completed.mock.calls[0]![0]).toMatchObject({
      allowEvent: false,
      cancelLabel: "Add video meeting",
    });
  });

  it("lets the meeting without a link go where Mailbox 1.14 (send anyway) is missing", async () => {
    const outlook = install("statusMeeting", { mailboxSets: setsUpTo("1.13") });
    const event = fakeEvent(outlook);
    await onAppointmentSend(event);
    expect(event.completed.mock.calls).toEqual([[{ allowEvent: true }]]);
  });

  it("says so when two providers' meetings are in the invitation, and lets the person send anyway", async () => {
    const outlook = install("jabberAndTeams");
    const event = fakeEvent(outlook);
    await onAppointmentSend(event);
    const options = event.completed.mock.calls[0]![0]!;
    expect(options).toMatchObject({ allowEvent: false, sendModeOverride: "promptUser" });
    expect(options.errorMessage).toContain("Cisco Jabber og Microsoft Teams");
    expect(options).not.toHaveProperty("commandId");
  });

  it("lets the meeting go on a client without Smart Alerts, without reading it", async () => {
    const outlook = install("cprInBody", { mailboxSets: setsUpTo("1.11") });
    const event = fakeEvent(outlook);
    await onAppointmentSend(event);
    expect(event.completed.mock.calls).toEqual([[{ allowEvent: true }]]);
    expect(outlook.log).toEqual(["completed"]);
  });

  it("lets the meeting go when an Office call fails", async () => {
    const outlook = install("cprInBody", { failing: ["body.getAsync"] });
    const event = fakeEvent(outlook);
    await expect(onAppointmentSend(event)).resolves.toMatchObject({ kind: "failed" });
    expect(event.completed.mock.calls).toEqual([[{ allowEvent: true }]]);
    expectCompletedOnceAtTheEnd(outlook, event);
  });

  it("lets the meeting go when our own code throws", async () => {
    jest.spyOn(advisor, "advise").mockImplementation(() => {
      throw new TypeError("a bug of ours");
    });
    const outlook = install("cprInBody");
    const event = fakeEvent(outlook);
    await expect(onAppointmentSend(event)).resolves.toMatchObject({ kind: "failed" });
    expect(advisor.advise).toHaveBeenCalled();
    expect(event.completed.mock.calls).toEqual([[{ allowEvent: true }]]);
    expectCompletedOnceAtTheEnd(outlook, event);
  });

  it("lets the meeting go when the item is not there at all", async () => {
    const outlook = install("cprInBody");
    (outlook.office.context.mailbox as { item?: unknown }).item = undefined;
    const event = fakeEvent(outlook);
    await onAppointmentSend(event);
    expect(event.completed.mock.calls).toEqual([[{ allowEvent: true }]]);
  });

  it("lets the meeting go before Outlook says 'taking longer' when the check hangs", async () => {
    jest.useFakeTimers();
    const outlook = install("cprInBody", { hanging: ["body.getAsync"] });
    const event = fakeEvent(outlook);
    const running = onAppointmentSend(event);
    await jest.advanceTimersByTimeAsync(SEND_TIMEOUT_MS - 1);
    expect(event.completed).not.toHaveBeenCalled();
    await jest.advanceTimersByTimeAsync(1);
    await expect(running).resolves.toMatchObject({ kind: "timed-out" });
    expect(event.completed.mock.calls).toEqual([[{ allowEvent: true }]]);
    expect(SEND_TIMEOUT_MS).toBeLessThan(5000);
  });
});

describe("the check at send beside hung compose runs", () => {
  /** The item's async methods that the handlers call, by the fake's names. */
  const METHODS = [
    "subject",
    "body",
    "start",
    "end",
    "location",
    "organizer",
    "requiredAttendees",
    "optionalAttendees",
    "recurrence",
    "enhancedLocation",
    "sensitivity",
  ];
  type Callback = (result: Office.AsyncResult<unknown>) => void;
  type AsyncMethod = (...args: unknown[]) => void;

  /**
   * Makes Outlook stricter than the fake: the first call of each name in `hang` never calls back
   * (later calls answer as usual), and, when `limit` is given, a call made while that many are
   * truly in flight is refused at once as Outlook refuses a fourth. Returns a way to answer the
   * hung calls at last.
   */
  function hangFirstReads(outlook: FakeOutlook, hang: string[], limit = Infinity) {
    const item = outlook.office.context.mailbox.item as unknown as Record<
      string,
      Record<string, AsyncMethod>
    >;
    const hung: Array<() => void> = [];
    let outstanding = 0;
    for (const name of METHODS) {
      const target = item[name]!;
      const original = target.getAsync!;
      let first = hang.includes(name);
      target.getAsync = (...args: unknown[]) => {
        const callback = args[args.length - 1] as Callback;
        if (outstanding >= limit) {
          outlook.log.push(`refused ${name}.getAsync`);
          void Promise.resolve().then(() =>
            callback({
              status: "failed",
              error: { name: "TooManyAsyncCalls", code: 5001, message: "limit" },
            } as unknown as Office.AsyncResult<unknown>),
          );
          return;
        }
        outstanding++;
        if (first) {
          first = false;
          outlook.log.push(`hung ${name}.getAsync`);
          hung.push(() => {
            outstanding--;
            outlook.log.push(`late callback ${name}.getAsync`);
            callback({ status: "failed", error: { name: "Timeout", code: 9000 } } as never);
          });
          return;
        }
        original(...args.slice(0, -1), (result: Office.AsyncResult<unknown>) => {
          outstanding--;
          callback(result);
        });
      };
    }
    return () => {
      for (const answer of hung.splice(0)) answer();
    };
  }

  /** Lets pending callbacks run until `done` holds (fake timers leave promises alone). */
  async function until(done: () => boolean) {
    for (let i = 0; i < 1000 && !done(); i++) await Promise.resolve();
    expect(done()).toBe(true);
  }

  /** A fake event that also notes the (fake) time of each completion. */
  function timedEvent(outlook: FakeOutlook, label: string) {
    const event = fakeEvent(outlook, label);
    const times: number[] = [];
    const completed = event.completed.getMockImplementation()!;
    event.completed.mockImplementation((options) => {
      times.push(Date.now());
      completed(options);
    });
    return { event, times };
  }

  const HUNG = ["subject", "body", "start"];

  it("holds a send with a CPR number at once while three compose reads hang", async () => {
    jest.useFakeTimers();
    const outlook = install("cprInBody");
    const answerHung = hangFirstReads(outlook, HUNG);
    const compose = timedEvent(outlook, "compose");
    const composeRun = onNewAppointmentOrganizer(compose.event);
    await until(() => outlook.log.filter((l) => l.startsWith("hung ")).length === 3);
    expect(officeCallLoad()).toMatchObject({ inFlight: 3 });

    const firedAt = Date.now();
    const send = timedEvent(outlook, "send");
    const sendRun = onAppointmentSend(send.event);
    await jest.advanceTimersByTimeAsync(SEND_TIMEOUT_MS - 1);
    expect(send.event.completed).toHaveBeenCalledTimes(1);
    const options = send.event.completed.mock.calls[0]![0]!;
    expect(options.allowEvent).toBe(false);
    expect(options.errorMessage).toContain("010270-****");
    expect(send.times[0]! - firedAt).toBeLessThan(SEND_TIMEOUT_MS);
    await expect(sendRun).resolves.toMatchObject({ kind: "completed" });
    // The compose run made way: its event completed once, without a notice.
    await expect(composeRun).resolves.toMatchObject({ kind: "completed" });
    expect(compose.event.completed.mock.calls).toEqual([[]]);
    expect(outlook.notifications.size).toBe(0);

    // The hung reads answer at last: nothing more is written or completed.
    answerHung();
    await jest.advanceTimersByTimeAsync(COMPOSE_TIMEOUT_MS);
    expect(send.event.completed).toHaveBeenCalledTimes(1);
    expect(compose.event.completed).toHaveBeenCalledTimes(1);
    expect(notificationCalls(outlook)).toEqual([]);
    expect(officeCallLoad()).toEqual({ inFlight: 0, waiting: 0, orphaned: 0 });
  });

  it("holds it too after a hung compose run timed out, whose slots came back with it", async () => {
    jest.useFakeTimers();
    const outlook = install("cprInBody");
    const answerHung = hangFirstReads(outlook, HUNG);
    const compose = timedEvent(outlook, "compose");
    const composeRun = onNewAppointmentOrganizer(compose.event);
    await jest.advanceTimersByTimeAsync(COMPOSE_TIMEOUT_MS);
    await expect(composeRun).resolves.toMatchObject({ kind: "timed-out" });
    // Given back when the run gave up, not a minute later; Outlook may still count them.
    expect(officeCallLoad()).toEqual({ inFlight: 0, waiting: 0, orphaned: 3 });

    const firedAt = Date.now();
    const send = timedEvent(outlook, "send");
    const sendRun = onAppointmentSend(send.event);
    await jest.advanceTimersByTimeAsync(SEND_TIMEOUT_MS - 1);
    await expect(sendRun).resolves.toMatchObject({ kind: "completed" });
    expect(send.event.completed).toHaveBeenCalledTimes(1);
    expect(send.event.completed.mock.calls[0]![0]).toMatchObject({ allowEvent: false });
    expect(send.times[0]! - firedAt).toBeLessThan(SEND_TIMEOUT_MS);
    expect(compose.event.completed).toHaveBeenCalledTimes(1);
    answerHung();
  });

  it("tries again while Outlook refuses the send's reads for the hung ones, and holds the send", async () => {
    jest.useFakeTimers();
    const outlook = install("cprInBody");
    const answerHung = hangFirstReads(outlook, HUNG, 3);
    const compose = timedEvent(outlook, "compose");
    void onNewAppointmentOrganizer(compose.event);
    await until(() => outlook.log.filter((l) => l.startsWith("hung ")).length === 3);

    const firedAt = Date.now();
    const send = timedEvent(outlook, "send");
    const sendRun = onAppointmentSend(send.event);
    await jest.advanceTimersByTimeAsync(5 * PRIORITY_RETRY_PAUSE_MS);
    expect(outlook.log.filter((l) => l.startsWith("refused ")).length).toBeGreaterThan(3);
    expect(send.event.completed).not.toHaveBeenCalled();
    // Outlook finishes the hung reads at last; the send's next tries go through.
    answerHung();
    await jest.advanceTimersByTimeAsync(SEND_TIMEOUT_MS - 1 - 5 * PRIORITY_RETRY_PAUSE_MS);
    await expect(sendRun).resolves.toMatchObject({ kind: "completed" });
    expect(send.event.completed.mock.calls).toHaveLength(1);
    expect(send.event.completed.mock.calls[0]![0]).toMatchObject({ allowEvent: false });
    expect(send.times[0]! - firedAt).toBeLessThan(SEND_TIMEOUT_MS);
    expect(compose.event.completed).toHaveBeenCalledTimes(1);
  });

  it("lets the send go after 4 seconds, once, when Outlook never takes its reads", async () => {
    jest.useFakeTimers();
    const outlook = install("cprInBody");
    const answerHung = hangFirstReads(outlook, HUNG, 3);
    const compose = timedEvent(outlook, "compose");
    void onNewAppointmentOrganizer(compose.event);
    await until(() => outlook.log.filter((l) => l.startsWith("hung ")).length === 3);
    const send = timedEvent(outlook, "send");
    const sendRun = onAppointmentSend(send.event);
    await jest.advanceTimersByTimeAsync(SEND_TIMEOUT_MS);
    await expect(sendRun).resolves.toMatchObject({ kind: "timed-out" });
    expect(send.event.completed.mock.calls).toEqual([[{ allowEvent: true }]]);
    // Its tries stop with it, and compose calls are no longer held behind it.
    const refused = outlook.log.filter((l) => l.startsWith("refused ")).length;
    await jest.advanceTimersByTimeAsync(10 * PRIORITY_RETRY_PAUSE_MS);
    expect(outlook.log.filter((l) => l.startsWith("refused ")).length).toBe(refused);
    answerHung();
    const later = timedEvent(outlook, "later");
    await expect(onAppointmentTimeChanged(later.event)).resolves.toMatchObject({
      kind: "completed",
    });
    expect(send.event.completed).toHaveBeenCalledTimes(1);
    expect(compose.event.completed).toHaveBeenCalledTimes(1);
  });
});

describe("the user's time zone", () => {
  /** The draft each advice was given for, passing the real advice through. */
  function draftsAdvised() {
    const realAdvise = advisor.advise;
    return jest.spyOn(advisor, "advise").mockImplementation(realAdvise);
  }

  // The fake appointment starts at 09:00 UTC.
  it("reads the meeting's times in the zone of the user's Outlook", async () => {
    const advise = draftsAdvised();
    const outlook = install("statusMeeting", { userTimeZone: "GTB Standard Time" });
    await onNewAppointmentOrganizer(fakeEvent(outlook));
    expect(advise.mock.calls[0]?.[0].start).toBe("2027-02-02T11:00:00+02:00");
  });

  it("reads them in Copenhagen's time for the region's usual Windows zone", async () => {
    const advise = draftsAdvised();
    const outlook = install("statusMeeting", { userTimeZone: "Romance Standard Time" });
    await onAppointmentSend(fakeEvent(outlook));
    expect(advise.mock.calls[0]?.[0].start).toBe("2027-02-02T10:00:00+01:00");
  });

  it("falls back to the policy's zone when the user's zone cannot be had, and still advises", async () => {
    const advise = draftsAdvised();
    jest.spyOn(timeZones, "userTimeZone").mockImplementation(() => {
      throw new TypeError("no zone");
    });
    const outlook = install("statusMeeting", { userTimeZone: "GTB Standard Time" });
    const event = fakeEvent(outlook);
    await expect(onAppointmentSend(event)).resolves.toMatchObject({ kind: "completed" });
    expect(timeZones.userTimeZone).toHaveBeenCalled();
    expect(advise.mock.calls[0]?.[0].start).toBe("2027-02-02T10:00:00+01:00");
    expect(event.completed.mock.calls[0]?.[0]).toMatchObject({ allowEvent: false });
  });
});

describe("registration", () => {
  it("associates every manifest function name with its handler", () => {
    const associate = jest.fn();
    globals.Office = { actions: { associate } };
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const fresh = require("../../../src/launchevent/launchevent") as Record<string, unknown>;
      expect(associate.mock.calls.map(([name]) => name)).toEqual([
        ...HANDLER_NAMES,
        ...COMMAND_NAMES,
      ]);
      for (const [name, fn] of associate.mock.calls) expect(fn).toBe(fresh[name]);
    });
  });

  it("also puts the button's functions in the global scope, where older clients look for them", () => {
    globals.Office = { actions: { associate: jest.fn() } };
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const fresh = require("../../../src/launchevent/launchevent") as Record<string, unknown>;
      for (const name of COMMAND_NAMES) {
        expect((globalThis as Record<string, unknown>)[name]).toBe(fresh[name]);
      }
    });
  });

  it("loads without Office (a test or a page outside Outlook) without throwing", () => {
    delete globals.Office;
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      expect(() => require("../../../src/launchevent/launchevent")).not.toThrow();
    });
  });
});

describe("the served policy", () => {
  const acme = {
    ...DEFAULT_POLICY,
    name: "Acme Health",
    revision: "7",
    meetingLink: {
      ...DEFAULT_POLICY.meetingLink,
      name: "Acme Video",
      joinUrl: "https://video.acmehealth.dk/m/{meetingId}",
      videoAddress: "sip:{meetingId}@video.acmehealth.dk",
    },
  };
  const serve = (answer: Parameters<typeof servePolicy>[0]) => {
    policyServerSet = true;
    return servePolicy(answer);
  };
  const noticeOf = (outlook: FakeOutlook) => outlook.notifications.get(NOTIFICATION_KEY)?.message;

  it("is fetched from beside the add-in, and its provider is named", async () => {
    const server = serve(served(acme));
    const outlook = install("statusMeeting");
    await onNewAppointmentOrganizer(fakeEvent(outlook));
    expect(server.requested).toEqual(["https://localhost:3000/policy.json"]);
    expect(noticeOf(outlook)).toBe("Statusmøde: hold det som Acme Video-møde");
  });

  it("decides whose link is the meeting's: another provider's link does not silence the notice", async () => {
    const outlook = install("statusMeetingWithJabber");
    await onNewAppointmentOrganizer(fakeEvent(outlook));
    expect(noticeOf(outlook)).toBeUndefined();
    forgetEventPolicy();

    serve(served(acme));
    const again = install("statusMeetingWithJabber");
    await onNewAppointmentOrganizer(fakeEvent(again));
    expect(noticeOf(again)).toBe("Statusmøde: hold det som Acme Video-møde");
  });

  it("names its provider when a send is held for a missing link", async () => {
    serve(served(acme));
    const outlook = install("statusMeeting");
    const event = fakeEvent(outlook);
    await onAppointmentSend(event);
    const options = event.completed.mock.calls[0]![0]!;
    expect(options.allowEvent).toBe(false);
    expect(options.errorMessage).toContain("intet Acme Video-link");
    expect(options.errorMessage).not.toContain("Jabber");
  });

  it("is fetched once for the events of one runtime", async () => {
    const server = serve(served(acme));
    const outlook = install("statusMeeting");
    await onNewAppointmentOrganizer(fakeEvent(outlook));
    await onAppointmentAttendeesChanged(fakeEvent(outlook));
    await onAppointmentSend(fakeEvent(outlook));
    expect(server.requested).toHaveLength(1);
  });

  it.each([
    ["a 404", served("Not found", 404), /HTTP 404/],
    ["a file that is not JSON", served("{ sites: "), /is not JSON/],
    [
      "a network failure",
      () => Promise.reject(new TypeError("fetch failed")),
      /could not be fetched \(fetch failed\)/,
    ],
    [
      "an invalid policy",
      served({ ...acme, travel: [{ from: "Sorø", to: "Kalundborg", km: 40, minutes: 35 }] }),
      /travel\[0\]\.to: "Kalundborg" is not one of the policy's sites/,
    ],
  ])(
    "falls back to the embedded default on %s, and says why in the console",
    async (_name, answer, reason) => {
      const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
      serve(answer);
      const outlook = install("statusMeeting");
      const event = fakeEvent(outlook);
      await onNewAppointmentOrganizer(event);
      expect(noticeOf(outlook)).toBe("Statusmøde: hold det som Cisco Jabber-møde");
      expect(warn).toHaveBeenCalledTimes(1);
      expect(String(warn.mock.calls[0]![0])).toMatch(
        /policy \(https:\/\/localhost:3000\/policy\.json\) is not used/,
      );
      expect(String(warn.mock.calls[0]![0])).toMatch(reason);
      expectCompletedOnceAtTheEnd(outlook, event);
    },
  );

  it("does not wait longer than its timeout for a policy that does not come", async () => {
    jest.useFakeTimers();
    const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    serve(() => new Promise(() => undefined));
    const outlook = install("cprInBody");
    const event = fakeEvent(outlook);
    const running = onAppointmentSend(event);
    await jest.advanceTimersByTimeAsync(EVENT_POLICY_TIMEOUT_MS - 1);
    expect(event.completed).not.toHaveBeenCalled();
    await jest.advanceTimersByTimeAsync(1);
    await running;
    // The check at send still ran, on the embedded default: the CPR number holds the send.
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(event.completed.mock.calls[0]![0]).toMatchObject({ allowEvent: false });
    expect(String(warn.mock.calls[0]![0])).toMatch(/no answer within 1500 ms/);
  });
});
