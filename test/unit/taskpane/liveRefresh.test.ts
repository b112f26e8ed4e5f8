// How much the pane reads on each trigger, counted in Office calls on a fake Outlook: a full read
// on load and on item events, a cheap one (subject, body, location) on polling, focus and
// visibility; and never more than 3 Office calls in flight, even when a write meets a refresh.
import { DEFAULT_POLICY } from "../../../src/policy/defaultPolicy";
import type { Advice, MeetingDraft } from "../../../src/advisor/types";
import { officeCallLoad } from "../../../src/office/async";
import { insertJabberMeeting } from "../../../src/office/meetingLink";
import type { MeetingLinkProvider } from "../../../src/policy/types";
import { startLiveRefresh } from "../../../src/taskpane/liveRefresh";
import { MeetingWatcher } from "../../../src/taskpane/meetingWatcher";
import type { TriggerEnvironment } from "../../../src/taskpane/refreshTriggers";
import { readMeeting, readMeetingCheaply } from "../../../src/taskpane/reading";
import provider from "../../fixtures/office/provider.json";
import { installFakeOutlook, uninstallFakeOutlook, type FakeOptions } from "../office/fakeOutlook";

afterEach(uninstallFakeOutlook);

const PROVIDER = provider as MeetingLinkProvider;
const FULL_READ_1_14 = [
  "body.getAsync",
  "end.getAsync",
  "enhancedLocation.getAsync",
  "location.getAsync",
  "optionalAttendees.getAsync",
  "organizer.getAsync",
  "recurrence.getAsync",
  "requiredAttendees.getAsync",
  "sensitivity.getAsync",
  "start.getAsync",
  "subject.getAsync",
];
const FULL_READ_1_5 = [
  "body.getAsync",
  "end.getAsync",
  "location.getAsync",
  "optionalAttendees.getAsync",
  "requiredAttendees.getAsync",
  "start.getAsync",
  "subject.getAsync",
];
const CHEAP_READ = ["body.getAsync", "location.getAsync", "subject.getAsync"];

/** Waits until no Office call is in flight or waiting, over a few turns of the event loop. */
async function idle(): Promise<void> {
  for (let quiet = 0; quiet < 3;) {
    await new Promise((resolve) => setTimeout(resolve, 1));
    const load = officeCallLoad();
    quiet = load.inFlight === 0 && load.waiting === 0 ? quiet + 1 : 0;
  }
}

function environment() {
  const win = new EventTarget();
  const doc = Object.assign(new EventTarget(), { visibilityState: "visible" });
  const timers = new Map<number, () => void>();
  let next = 1;
  const env: TriggerEnvironment = {
    window: win,
    document: doc,
    setInterval: (callback) => {
      timers.set(next, callback);
      return next++;
    },
    clearInterval: (handle) => void timers.delete(handle as number),
  };
  return {
    env,
    tick: () => [...timers.values()].forEach((callback) => callback()),
    focus: () => win.dispatchEvent(new Event("focus")),
    show: () => {
      doc.visibilityState = "hidden";
      doc.dispatchEvent(new Event("visibilitychange"));
      doc.visibilityState = "visible";
      doc.dispatchEvent(new Event("visibilitychange"));
    },
  };
}

async function start(options: FakeOptions) {
  const fake = installFakeOutlook(options);
  const onAdvice = jest.fn<void, [MeetingDraft, Advice]>();
  const onReadResult = jest.fn();
  const watcher = new MeetingWatcher({
    read: () => readMeeting(fake.compose, {}, undefined, DEFAULT_POLICY),
    readCheap: (last) => readMeetingCheaply(fake.compose, last),
    advise: (draft) =>
      ({ recommendation: draft.subject.startsWith("MUS") ? "physical" : "virtual" }) as Advice,
    onAdvice,
    onReadResult,
  });
  const triggers = environment();
  const stop = startLiveRefresh({
    item: fake.compose,
    refresh: (kind) => void watcher.refresh(kind),
    env: triggers.env,
  });
  await idle();
  /** The Office calls one action causes, sorted. */
  const callsOf = async (action: () => void): Promise<string[]> => {
    const before = fake.calls.length;
    action();
    await idle();
    return fake.calls.slice(before).sort();
  };
  return { fake, watcher, onAdvice, onReadResult, triggers, stop, callsOf };
}

describe("reads per trigger (Mailbox 1.14: item events)", () => {
  it("reads fully on load, and subscribes to the item events", async () => {
    const { fake, onAdvice } = await start({ mailbox: "1.14" });
    const reads = fake.calls.filter((c) => c !== "addHandlerAsync").sort();
    expect(reads).toEqual(FULL_READ_1_14);
    expect(fake.calls.filter((c) => c === "addHandlerAsync")).toHaveLength(3);
    expect(onAdvice).toHaveBeenCalledTimes(1);
  });

  it("re-reads only subject, body and location on the interval, focus and visibility", async () => {
    const { triggers, callsOf } = await start({ mailbox: "1.14" });
    expect(await callsOf(triggers.tick)).toEqual(CHEAP_READ);
    expect(await callsOf(triggers.focus)).toEqual(CHEAP_READ);
    expect(await callsOf(triggers.show)).toEqual(CHEAP_READ);
  });

  it("reads fully on an item event", async () => {
    const { fake, callsOf } = await start({ mailbox: "1.14" });
    const fire = () =>
      fake.handlers.get("olkRecipientsChanged")?.({ type: "olkRecipientsChanged" });
    expect(await callsOf(fire)).toEqual(FULL_READ_1_14);
  });

  it("advises on a new subject found by the cheap read, keeping the rest of the draft", async () => {
    const { fake, triggers, onAdvice, callsOf } = await start({ mailbox: "1.14" });
    const first = onAdvice.mock.calls[0]![0];
    fake.state.subject = "MUS med Bo";
    await callsOf(triggers.tick);
    expect(onAdvice).toHaveBeenCalledTimes(2);
    expect(onAdvice.mock.calls[1]![0]).toEqual({ ...first, subject: "MUS med Bo" });
    expect(onAdvice.mock.calls[1]![1]).toEqual({ recommendation: "physical" });
  });

  it("reads fully when the cheap read finds the location changed (a room may have come)", async () => {
    const { fake, triggers, callsOf } = await start({ mailbox: "1.14" });
    fake.state.locations = [
      {
        locationIdentifier: { id: "lokale@regionsjaelland.dk", type: "room" },
        displayName: "Lokale 1",
        emailAddress: "lokale@regionsjaelland.dk",
      } as Office.LocationDetails,
    ];
    const calls = await callsOf(triggers.tick);
    expect(calls).toEqual([...CHEAP_READ, ...FULL_READ_1_14].sort());
  });

  it("reads fully on the triggers when subscribing to item events fails", async () => {
    const { triggers, callsOf } = await start({
      mailbox: "1.14",
      fail: { addHandlerAsync: { name: "GenericResponseError", code: 9020, message: "no" } },
    });
    expect(await callsOf(triggers.tick)).toEqual(FULL_READ_1_14);
  });

  it("stops reading when stopped", async () => {
    const { fake, triggers, stop, callsOf } = await start({ mailbox: "1.14" });
    stop();
    await idle();
    expect(fake.handlers.size).toBe(0);
    expect(await callsOf(triggers.tick)).toEqual([]);
    expect(await callsOf(triggers.focus)).toEqual([]);
  });
});

describe("reads per trigger (Mailbox 1.5: no item events)", () => {
  it("reads fully on the triggers, so that changed attendees are still seen", async () => {
    const { fake, triggers, callsOf } = await start({ mailbox: "1.5" });
    expect(fake.calls).not.toContain("addHandlerAsync");
    expect(await callsOf(triggers.tick)).toEqual(FULL_READ_1_5);
    expect(await callsOf(triggers.focus)).toEqual(FULL_READ_1_5);
  });
});

describe("a write meeting a refresh", () => {
  const random = () => 0.5;

  it("never has more than 3 Office calls in flight, even without the watcher's turn-taking", async () => {
    const fake = installFakeOutlook({ mailbox: "1.14", delayMs: 3 });
    const watcher = new MeetingWatcher({
      read: () => readMeeting(fake.compose, {}, undefined, DEFAULT_POLICY),
      advise: () => ({}) as Advice,
      onAdvice: () => undefined,
      onReadResult: () => undefined,
    });
    const [, inserted] = await Promise.all([
      watcher.refresh("full"),
      insertJabberMeeting(fake.compose, { provider: PROVIDER, locale: "da", random }),
      watcher.refresh("full"),
    ]);
    expect(inserted.kind).toBe("inserted");
    expect(fake.maxInFlight).toBeLessThanOrEqual(3);
    expect(fake.calls.filter((c) => c === "subject.getAsync")).toHaveLength(2);
  });

  it("runs the write between reads, never beside one (runExclusive)", async () => {
    const fake = installFakeOutlook({ mailbox: "1.14", delayMs: 3 });
    const watcher = new MeetingWatcher({
      read: () => readMeeting(fake.compose, {}, undefined, DEFAULT_POLICY),
      advise: () => ({}) as Advice,
      onAdvice: () => undefined,
      onReadResult: () => undefined,
    });
    const reading = watcher.refresh("full");
    const writing = watcher.runExclusive(() =>
      insertJabberMeeting(fake.compose, { provider: PROVIDER, locale: "da", random }),
    );
    const again = watcher.refresh("full");
    await Promise.all([reading, writing, again]);
    expect(fake.maxInFlight).toBeLessThanOrEqual(3);
    // The first read's 11 calls, then the write's, then the second read's.
    expect(fake.calls.slice(0, 11).sort()).toEqual(FULL_READ_1_14);
    expect(fake.calls.slice(11, 11 + 3)).toEqual([
      "body.getTypeAsync",
      "body.getAsync",
      "location.getAsync",
    ]);
    expect(fake.calls.slice(-11).sort()).toEqual(FULL_READ_1_14);
    // The write: 3 reads, recording the meeting (load + save), prepend, location read and add.
    expect(fake.calls).toHaveLength(11 + 8 + 11);
  });
});
