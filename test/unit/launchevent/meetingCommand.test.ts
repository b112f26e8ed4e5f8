/**
 * The »Jabber-møde« button: the ribbon's function command (addJabberMeeting) and Outlook mobile's
 * online-meeting button (addJabberMeetingMobile), through the handlers Outlook calls, on a fake
 * Outlook built with office-addin-mock; and the notices they show (commandNotification).
 * Every path completes the event exactly once, as the last thing; a failure leaves the item as it
 * was.
 */
import { buildJabberBlock } from "../../../src/office/jabberBlock";
import { MEETING_REMOVED_PROPERTY, OWN_MEETING_PROPERTY } from "../../../src/office/ownership";
import {
  addJabberMeeting,
  addJabberMeetingMobile,
  COMMAND_TIMEOUT_MS,
  forgetEventPolicy,
  NOTIFICATION_KEY,
} from "../../../src/launchevent/launchevent";
import {
  autoAddedNotification,
  commandNotification,
  type CommandNoticeOptions,
  type CommandOutcome,
} from "../../../src/launchevent/meetingCommand";
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

function install(appointment: AppointmentSpec, spec: Partial<OutlookSpec> = {}) {
  const outlook = fakeOutlook({
    appointment,
    mailboxSets: setsUpTo("1.14"),
    settings: { site: "Sorø" },
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
  jest.useRealTimers();
});

/** What a failure must leave alone: the body, the location and the add-in's record. */
const snapshot = (outlook: FakeOutlook) =>
  JSON.stringify({
    body: outlook.appointment.body ?? "",
    location: outlook.appointment.location ?? "",
    properties: outlook.appointment.customProperties ?? {},
  });

/** Completed once, as the last thing, after every Office callback. */
function expectCompletedOnceAtTheEnd(outlook: FakeOutlook, event: ReturnType<typeof fakeEvent>) {
  expect(event.completed).toHaveBeenCalledTimes(1);
  expect(outlook.log.filter((l) => l === "completed")).toHaveLength(1);
  expect(outlook.log[outlook.log.length - 1]).toBe("completed");
  const calls = outlook.log.filter((l) => l.startsWith("call ")).length;
  const callbacks = outlook.log.filter((l) => l.startsWith("callback ")).length;
  expect(callbacks).toBe(calls);
}

/** Writes to the item (notifications are not the item's content). */
const writes = (outlook: FakeOutlook) =>
  outlook.log.filter((l) =>
    /^call (body|location|enhancedLocation|customProperties)\.(prepend|set|add|save)Async$/.test(l),
  );

const STATUS = appointments.statusMeeting as AppointmentSpec;
const JABBER_URL = /https:\/\/video\.regionsjaelland\.dk\/meeting\/(\d{10})/;
const TEAMS = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc";

describe("addJabberMeeting (the ribbon's »Jabber-møde«)", () => {
  it("adds the block, the location entry and the record, and confirms with a short notice", async () => {
    const outlook = install(STATUS);
    const event = fakeEvent(outlook);
    await expect(addJabberMeeting(event)).resolves.toMatchObject({ kind: "completed" });
    const id = JABBER_URL.exec(outlook.appointment.body ?? "")?.[1] ?? "";
    expect(id).toMatch(/^[1-9]\d{9}$/);
    // The pane's own block, at the top of the body.
    expect(outlook.appointment.body).toBe(
      `<html><body>${buildJabberBlock(DEFAULT_POLICY.meetingLink, id, "da")}<p>1. Status</p><p>2. Opgavefordeling</p></body></html>`,
    );
    expect(outlook.appointment.location).toBe(
      `Regionshuset, Alléen 15, 4180 Sorø; Cisco Jabber: https://video.regionsjaelland.dk/meeting/${id}`,
    );
    expect(outlook.appointment.customProperties).toEqual({ [OWN_MEETING_PROPERTY]: id });
    expect(outlook.notifications.get(NOTIFICATION_KEY)).toEqual({
      type: "informationalMessage",
      message: "Cisco Jabber-mødet er tilføjet invitationen.",
      icon: "Icon.16x16",
      persistent: false,
    });
    expect(event.completed.mock.calls).toEqual([[]]);
    expectCompletedOnceAtTheEnd(outlook, event);
  });

  it("pressed again, says the meeting is already there and adds nothing", async () => {
    const outlook = install(STATUS);
    await addJabberMeeting(fakeEvent(outlook));
    const before = snapshot(outlook);
    outlook.log.length = 0;
    const event = fakeEvent(outlook);
    await addJabberMeeting(event);
    expect(snapshot(outlook)).toBe(before);
    expect(writes(outlook)).toEqual([]);
    expect(outlook.notifications.get(NOTIFICATION_KEY)?.message).toBe(
      "Invitationen havde allerede et Cisco Jabber-møde, så der er ikke tilføjet et til.",
    );
    expectCompletedOnceAtTheEnd(outlook, event);
  });

  it("finds a Jabber link the person pasted as the meeting already there", async () => {
    const outlook = install(appointments.statusMeetingWithJabber as AppointmentSpec);
    const before = snapshot(outlook);
    const event = fakeEvent(outlook);
    await addJabberMeeting(event);
    expect(snapshot(outlook)).toBe(before);
    expect(outlook.notifications.get(NOTIFICATION_KEY)?.type).toBe("informationalMessage");
    expectCompletedOnceAtTheEnd(outlook, event);
  });

  it("beside another provider's meeting adds nothing, says so, and offers the pane (Insight)", async () => {
    const outlook = install({ ...STATUS, body: `<p><a href="${TEAMS}">Deltag i Teams</a></p>` });
    const before = snapshot(outlook);
    const event = fakeEvent(outlook);
    await addJabberMeeting(event);
    expect(snapshot(outlook)).toBe(before);
    expect(writes(outlook)).toEqual([]);
    expect(outlook.notifications.get(NOTIFICATION_KEY)).toEqual({
      type: "insightMessage",
      message:
        "Invitationen har allerede et møde i Microsoft Teams, så der er ikke tilføjet et Cisco Jabber-møde. Vælg i Mødeguide.",
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
    expectCompletedOnceAtTheEnd(outlook, event);
  });

  it("offers the pane in words where Insight messages are missing (before Mailbox 1.10)", async () => {
    const outlook = install(
      { ...STATUS, location: `Zoom: https://zoom.us/j/123456789` },
      { mailboxSets: setsUpTo("1.9") },
    );
    const event = fakeEvent(outlook);
    await addJabberMeeting(event);
    expect(outlook.notifications.get(NOTIFICATION_KEY)).toEqual({
      type: "informationalMessage",
      message:
        "Invitationen har allerede et møde i Zoom, så der er ikke tilføjet et Cisco Jabber-møde. Vælg under »Råd om mødet«.",
      icon: "Icon.16x16",
      persistent: false,
    });
    expectCompletedOnceAtTheEnd(outlook, event);
  });

  it.each(["body.getTypeAsync", "body.getAsync", "body.prependAsync"])(
    "when %s fails, leaves the item untouched and shows an error",
    async (call) => {
      const outlook = install(STATUS, { failing: [call] });
      const before = snapshot(outlook);
      const event = fakeEvent(outlook);
      await expect(addJabberMeeting(event)).resolves.toMatchObject({ kind: "completed" });
      expect(snapshot(outlook)).toBe(before);
      expect(outlook.notifications.get(NOTIFICATION_KEY)).toEqual({
        type: "errorMessage",
        message:
          "Mødeguide kunne ikke tilføje Cisco Jabber-mødet. Invitationen er ikke ændret. Prøv igen om lidt.",
      });
      expect(event.completed.mock.calls).toEqual([[]]);
      expectCompletedOnceAtTheEnd(outlook, event);
    },
  );

  it("still adds the meeting when the record cannot be kept, and says Mødeguide cannot remove it", async () => {
    const outlook = install(STATUS, { failing: ["loadCustomPropertiesAsync"] });
    const event = fakeEvent(outlook);
    await addJabberMeeting(event);
    expect(outlook.appointment.body).toMatch(JABBER_URL);
    expect(outlook.notifications.get(NOTIFICATION_KEY)?.message).toBe(
      "Cisco Jabber-mødet er tilføjet, men Mødeguide kunne ikke notere det på mødet. Skal det ud igen, må du selv slette det.",
    );
    expectCompletedOnceAtTheEnd(outlook, event);
  });

  it("takes its record back when the block is refused after the record was saved", async () => {
    const outlook = install(STATUS, { failing: ["body.prependAsync"] });
    await addJabberMeeting(fakeEvent(outlook));
    expect(outlook.log).toContain("callback customProperties.saveAsync");
    expect(outlook.appointment.customProperties).toEqual({});
  });

  it("completes once when the notice itself fails", async () => {
    const outlook = install(STATUS, { failing: ["notificationMessages.addAsync"] });
    const event = fakeEvent(outlook);
    await expect(addJabberMeeting(event)).resolves.toMatchObject({ kind: "completed" });
    expect(outlook.appointment.body).toMatch(JABBER_URL);
    expectCompletedOnceAtTheEnd(outlook, event);
  });

  it("completes once, failed open, when our own code throws (no mailbox)", async () => {
    const outlook = install(STATUS);
    (outlook.office as unknown as { context: { mailbox: unknown } }).context.mailbox = undefined;
    const event = fakeEvent(outlook);
    await expect(addJabberMeeting(event)).resolves.toMatchObject({ kind: "failed" });
    expect(event.completed.mock.calls).toEqual([[]]);
  });

  it("completes once when the insert itself throws (no item)", async () => {
    const outlook = install(STATUS);
    (
      outlook.office as unknown as { context: { mailbox: { item: unknown } } }
    ).context.mailbox.item = undefined;
    const event = fakeEvent(outlook);
    await expect(addJabberMeeting(event)).resolves.toMatchObject({ kind: "completed" });
    expect(event.completed.mock.calls).toEqual([[]]);
  });

  it("completes once when Outlook never answers, and writes nothing after", async () => {
    jest.useFakeTimers();
    const outlook = install(STATUS, { hanging: ["body.getAsync"] });
    const event = fakeEvent(outlook);
    const running = addJabberMeeting(event);
    await jest.advanceTimersByTimeAsync(COMMAND_TIMEOUT_MS - 1);
    expect(event.completed).not.toHaveBeenCalled();
    await jest.advanceTimersByTimeAsync(1);
    await expect(running).resolves.toMatchObject({ kind: "timed-out" });
    expect(event.completed.mock.calls).toEqual([[]]);
    outlook.answerHung();
    await jest.advanceTimersByTimeAsync(10);
    expect(writes(outlook)).toEqual([]);
    expect(outlook.notifications.size).toBe(0);
  });

  it("names the served policy's provider", async () => {
    const outlook = install(STATUS);
    const acme = {
      ...DEFAULT_POLICY,
      meetingLink: { ...DEFAULT_POLICY.meetingLink, name: "Acme Video" },
    };
    servePolicy(served(acme));
    await addJabberMeeting(fakeEvent(outlook));
    expect(outlook.appointment.body).toContain("Videomøde i Acme Video");
    expect(outlook.notifications.get(NOTIFICATION_KEY)?.message).toBe(
      "Acme Video-mødet er tilføjet invitationen.",
    );
  });
});

describe("addJabberMeetingMobile (Outlook on iOS and Android)", () => {
  const mobile = { mailboxSets: setsUpTo("1.5") };

  it("adds the meeting with getAsync and setAsync only, says nothing, and reports it in", async () => {
    const outlook = install(STATUS, mobile);
    const event = fakeEvent(outlook);
    await addJabberMeetingMobile(event);
    const id = JABBER_URL.exec(outlook.appointment.body ?? "")?.[1] ?? "";
    expect(outlook.appointment.body).toBe(
      `<html><body>${buildJabberBlock(DEFAULT_POLICY.meetingLink, id, "da")}<p>1. Status</p><p>2. Opgavefordeling</p></body></html>`,
    );
    expect(outlook.appointment.location).toContain(`Cisco Jabber: https://video`);
    expect(outlook.appointment.customProperties).toEqual({ [OWN_MEETING_PROPERTY]: id });
    const used = new Set(outlook.log.filter((l) => l.startsWith("call ")).map((l) => l.slice(5)));
    expect([...used].sort()).toEqual([
      "body.getAsync",
      "body.setAsync",
      "customProperties.saveAsync",
      "loadCustomPropertiesAsync",
      "location.getAsync",
      "location.setAsync",
    ]);
    expect(event.completed.mock.calls).toEqual([[{ allowEvent: true }]]);
    expectCompletedOnceAtTheEnd(outlook, event);
  });

  it("writes the meeting well within Outlook mobile's minute", () => {
    expect(COMMAND_TIMEOUT_MS).toBeLessThan(60_000);
  });

  it("adds nothing beside another provider's meeting, and reports no meeting in", async () => {
    const outlook = install({ ...STATUS, body: `<p>${TEAMS}</p>` }, mobile);
    const before = snapshot(outlook);
    const event = fakeEvent(outlook);
    await addJabberMeetingMobile(event);
    expect(snapshot(outlook)).toBe(before);
    expect(event.completed.mock.calls).toEqual([[{ allowEvent: false }]]);
    // No Insight on mobile: the notice (where Outlook shows one) names the pane in words.
    expect(outlook.notifications.get(NOTIFICATION_KEY)?.type).toBe("informationalMessage");
    expectCompletedOnceAtTheEnd(outlook, event);
  });

  it("leaves the item untouched when setAsync fails, and completes once", async () => {
    const outlook = install(STATUS, { ...mobile, failing: ["body.setAsync"] });
    const before = snapshot(outlook);
    const event = fakeEvent(outlook);
    await addJabberMeetingMobile(event);
    expect(snapshot(outlook)).toBe(before);
    expect(event.completed.mock.calls).toEqual([[{ allowEvent: false }]]);
    expectCompletedOnceAtTheEnd(outlook, event);
  });

  it("completes once where notifications are missing altogether", async () => {
    const outlook = install({ ...STATUS, body: `<p>${TEAMS}</p>` }, mobile);
    const item = (outlook.office as unknown as { context: { mailbox: { item: object } } }).context
      .mailbox.item as { notificationMessages?: unknown };
    delete item.notificationMessages;
    const event = fakeEvent(outlook);
    await expect(addJabberMeetingMobile(event)).resolves.toMatchObject({ kind: "completed" });
    expect(event.completed.mock.calls).toEqual([[{ allowEvent: false }]]);
  });
});

describe("commandNotification", () => {
  const look: CommandNoticeOptions = {
    locale: "da",
    provider: "Cisco Jabber",
    insight: true,
    icon: "Icon.16x16",
    commandId: "MoedeguideOrganizerButton",
  };
  const inserted: CommandOutcome = {
    kind: "inserted",
    meetingId: "1",
    joinUrl: "x",
    recorded: true,
  };
  const cases: Array<[CommandOutcome, string | RegExp]> = [
    [inserted, "The Cisco Jabber meeting is in the invitation."],
    [{ ...inserted, recorded: false }, /could not note it/],
    [{ kind: "already-present", joinUrl: "x" }, /already had a Cisco Jabber meeting/],
    [{ kind: "body-too-large" }, /too long/],
    [{ kind: "failed" }, /could not add the Cisco Jabber meeting\. The invitation is unchanged/],
    [{ kind: "other-meeting", providers: ["teams", "zoom"] }, /Microsoft Teams and Zoom/],
  ];

  it.each(cases)("%j in English", (outcome, message) => {
    const details = commandNotification(outcome, { ...look, locale: "en" });
    expect(details.message).toMatch(message);
  });

  it.each([
    ["Cisco Jabber", true],
    ["Region Sjællands videomødetjeneste (Cisco Jabber)", false],
  ] as const)("fits every notice into Outlook's 150 characters for %s", (provider, whole) => {
    const long = { ...look, provider };
    const outcomes: CommandOutcome[] = [
      ...cases.map(([outcome]) => outcome),
      { kind: "other-meeting", providers: ["teams", "zoom", "webex", "meet"] },
    ];
    for (const locale of ["da", "en"] as const) {
      for (const insight of [true, false]) {
        for (const outcome of outcomes) {
          const message = commandNotification(outcome, { ...long, locale, insight }).message;
          expect(message.length).toBeLessThanOrEqual(150);
          // The usual name never needs the ellipsis.
          if (whole) expect(message).not.toMatch(/…$/);
        }
        for (const recorded of [true, false]) {
          const message = autoAddedNotification(recorded, { ...long, locale, insight }).message;
          expect(message.length).toBeLessThanOrEqual(150);
          if (whole) expect(message).not.toMatch(/…$/);
        }
      }
    }
  });

  it("an error carries no icon and no action; only the other-provider notice offers the pane", () => {
    expect(commandNotification({ kind: "failed" }, look)).toEqual({
      type: "errorMessage",
      message: expect.any(String) as unknown,
    });
    expect(commandNotification(inserted, look).actions).toBeUndefined();
    expect(
      commandNotification({ kind: "other-meeting", providers: ["webex"] }, look).actions,
    ).toHaveLength(1);
  });
});

describe("autoAddedNotification", () => {
  const look: CommandNoticeOptions = {
    locale: "da",
    provider: "Cisco Jabber",
    insight: true,
    icon: "Icon.16x16",
    commandId: "MoedeguideOrganizerButton",
  };

  it.each([
    [true, true, "insightMessage", "så fjern det i Mødeguide."],
    [true, false, "informationalMessage", "så fjern det under »Råd om mødet«."],
    [false, true, "informationalMessage", "så slet det i invitationens tekst og i Placering."],
  ])(
    "recorded %s, Insight %s: a %s that says how to remove it",
    (recorded, insight, type, ending) => {
      const details = autoAddedNotification(recorded, { ...look, insight });
      expect(details.type).toBe(type);
      expect(details.message).toMatch(
        /^Cisco Jabber-mødet er tilføjet, fordi rådet er videomøde\./,
      );
      expect(details.message.endsWith(ending)).toBe(true);
    },
  );
});

// The removal record is not this button's business: pressing it adds the meeting even after the
// person once removed one (they ask for it now), and leaves the record as it was.
it("the button adds the meeting even where the person removed one before", async () => {
  const outlook = install({
    ...STATUS,
    customProperties: { [MEETING_REMOVED_PROPERTY]: "true" },
  });
  await addJabberMeeting(fakeEvent(outlook));
  expect(outlook.appointment.body).toMatch(JABBER_URL);
  expect(outlook.appointment.customProperties?.[MEETING_REMOVED_PROPERTY]).toBe("true");
});
