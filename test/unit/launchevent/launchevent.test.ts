import * as advisor from "../../../src/advisor";
import {
  COMPOSE_TIMEOUT_MS,
  HANDLER_NAMES,
  NOTIFICATION_KEY,
  onAppointmentAttendeesChanged,
  onAppointmentRecurrenceChanged,
  onAppointmentSend,
  onAppointmentTimeChanged,
  onNewAppointmentOrganizer,
  SEND_TIMEOUT_MS,
} from "../../../src/launchevent/launchevent";
import appointments from "../../fixtures/launchevent/appointments.json";
import {
  fakeEvent,
  fakeOutlook,
  setsUpTo,
  type AppointmentSpec,
  type FakeOutlook,
  type OutlookSpec,
} from "../../fixtures/launchevent/fakeOutlook";

type Appointment = keyof typeof appointments;
const globals = globalThis as { Office?: unknown };

function install(appointment: Appointment | AppointmentSpec, spec: Partial<OutlookSpec> = {}) {
  const outlook = fakeOutlook({
    appointment: typeof appointment === "string" ? appointments[appointment] : appointment,
    mailboxSets: setsUpTo("1.14"),
    settings: { site: "Sorø" },
    ...spec,
  });
  globals.Office = outlook.office;
  return outlook;
}

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
      message: "Statusmøde: hold det som Jabber-møde",
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
          message: "Statusmøde: hold det som Jabber-møde",
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
          message: "Statusmøde: hold det som Jabber-møde",
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
      "Status meeting: hold it as a Jabber meeting",
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
      "Statusmøde: hold det som Jabber-møde — sparer 1 t 30 min kørsel",
    );
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
    expect(options.errorMessage).toContain("CPR-nummer 010270-**** i beskrivelsen");
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
      cancelLabel: "Tilføj Jabber-møde",
      commandId: "MoedeguideOrganizerButton",
      sendModeOverride: "promptUser",
    });
    expect(JSON.parse(options.contextData as string)).toEqual({
      source: "moedeguide-send",
      action: "add-jabber-meeting",
    });
    expect(options.errorMessage).toContain("intet Jabber-link");
    expectCompletedOnceAtTheEnd(outlook, event);
  });

  it("speaks English at send to an English Outlook", async () => {
    const outlook = install("statusMeetingEnglish", { displayLanguage: "en-US" });
    const event = fakeEvent(outlook);
    await onAppointmentSend(event);
    expect(event.completed.mock.calls[0]![0]).toMatchObject({
      allowEvent: false,
      cancelLabel: "Add a Jabber meeting",
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

describe("registration", () => {
  it("associates every manifest function name with its handler", () => {
    const associate = jest.fn();
    globals.Office = { actions: { associate } };
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const fresh = require("../../../src/launchevent/launchevent") as Record<string, unknown>;
      expect(associate.mock.calls.map(([name]) => name)).toEqual([...HANDLER_NAMES]);
      for (const [name, fn] of associate.mock.calls) expect(fn).toBe(fresh[name]);
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
