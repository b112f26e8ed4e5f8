/**
 * The BUILT handler bundle (dist/launchevent.js), loaded the way classic Outlook on Windows loads
 * it: a bare JavaScript runtime with no window, document or localStorage, where Office.onReady
 * never runs; only Office (actions.associate and the mailbox item) and timers exist. `npm test`
 * builds before jest; run `npm run build` first when running jest alone.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { parse } from "acorn";
import { DEFAULT_POLICY } from "../../../src/policy/defaultPolicy";
import appointments from "../../fixtures/launchevent/appointments.json";
import { fakeOutlook, setsUpTo, type FakeOutlook } from "../../fixtures/launchevent/fakeOutlook";

const BUNDLE = path.resolve(__dirname, "../../../dist/launchevent.js");

/** Built-ins newer than ECMAScript 2016, which classic Outlook's runtime does not promise. */
const NEWER_BUILT_INS = [
  "Object.entries",
  "Object.values",
  "Object.fromEntries",
  "Object.hasOwn",
  "String.prototype.padStart",
  "String.prototype.padEnd",
  "String.prototype.trimStart",
  "String.prototype.trimEnd",
  "String.prototype.matchAll",
  "String.prototype.replaceAll",
  "String.prototype.at",
  "Array.prototype.flat",
  "Array.prototype.flatMap",
  "Array.prototype.at",
  "Array.prototype.findLast",
  "Promise.prototype.finally",
  "Promise.allSettled",
  "Promise.any",
  "globalThis",
];

function readBundle(): string {
  if (!existsSync(BUNDLE)) {
    throw new Error(
      `${BUNDLE} is missing: build it first (npm run build, or npx webpack --mode production --config-name launchevent). npm test builds before jest.`,
    );
  }
  return readFileSync(BUNDLE, "utf8");
}

type Handler = (event: { completed(options?: unknown): void }) => unknown;

/** Loads the bundle into a fresh bare context and returns what it registered. */
function loadBundle(
  outlook: FakeOutlook,
  options: {
    es2016Only?: boolean;
    fetch?: (url: string) => Promise<unknown>;
    /** localStorage, as the runtimes of new Outlook, the web and Mac have it. */
    localStorage?: Map<string, string>;
  } = {},
) {
  const source = readBundle();
  const handlers = new Map<string, Handler>();
  const warnings: string[] = [];
  const office = outlook.office as unknown as Record<string, unknown>;
  office.actions = { associate: (name: string, fn: Handler) => handlers.set(name, fn) };
  const context = vm.createContext({
    Office: office,
    setTimeout,
    clearTimeout,
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(options.localStorage ? { localStorage: storageOver(options.localStorage) } : {}),
    console: { warn: (message: string) => warnings.push(message) },
  });
  if (options.es2016Only) {
    vm.runInContext(NEWER_BUILT_INS.map((name) => `delete ${name};`).join("\n"), context);
  }
  vm.runInContext(source, context, { filename: "launchevent.js" });
  return { context, handlers, warnings };
}

/** Storage's getItem and setItem over a map. */
function storageOver(items: Map<string, string>) {
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, String(value)),
  };
}

/** Runs one handler as Outlook does and resolves with the options it completed with. */
function run(handlers: Map<string, Handler>, name: string) {
  const handler = handlers.get(name);
  if (!handler) throw new Error(`the bundle did not register ${name}`);
  return new Promise<{ calls: unknown[][] }>((resolve) => {
    const calls: unknown[][] = [];
    handler({
      completed: (...args: unknown[]) => {
        calls.push(args);
        // Wait a little for a second, wrong completion before reporting.
        setTimeout(() => resolve({ calls }), 20);
      },
    });
  });
}

const install = (
  appointment: keyof typeof appointments,
  spec: { mailboxSets?: string[]; settings?: { site?: string; autoAddMeeting?: boolean } } = {},
) =>
  fakeOutlook({
    appointment: appointments[appointment],
    mailboxSets: spec.mailboxSets ?? setsUpTo("1.14"),
    settings: spec.settings ?? { site: "Sorø" },
  });

const JABBER_LINK = /https:\/\/video\.regionsjaelland\.dk\/meeting\/\d{10}/;

describe("the built bundle in a bare JavaScript runtime", () => {
  it("is ECMAScript 2016 throughout, dependencies included (classic Outlook parses nothing newer)", () => {
    // vm runs newer syntax happily, so the runtime tests below cannot show this: a parser can.
    expect(() => parse(readBundle(), { ecmaVersion: 2016 })).not.toThrow();
  });

  it("runs with no window, document or localStorage and registers every handler", () => {
    const { context, handlers } = loadBundle(install("workshop"));
    expect(
      vm.runInContext("[typeof window, typeof document, typeof localStorage].join()", context),
    ).toBe("undefined,undefined,undefined");
    expect([...handlers.keys()].sort()).toEqual([
      "addJabberMeeting",
      "addJabberMeetingMobile",
      "onAppointmentAttendeesChanged",
      "onAppointmentRecurrenceChanged",
      "onAppointmentSend",
      "onAppointmentTimeChanged",
      "onNewAppointmentOrganizer",
    ]);
  });

  it("holds an invitation with a CPR number at send", async () => {
    const { handlers } = loadBundle(install("cprInBody"));
    const { calls } = await run(handlers, "onAppointmentSend");
    expect(calls).toHaveLength(1);
    const [options] = calls[0] as [{ allowEvent: boolean; errorMessage: string }];
    expect(options.allowEvent).toBe(false);
    expect(options.errorMessage).toContain("010270-****");
  });

  it("offers the Jabber meeting at send for a virtual meeting without it", async () => {
    const { handlers } = loadBundle(install("statusMeeting"));
    const { calls } = await run(handlers, "onAppointmentSend");
    expect(calls).toHaveLength(1);
    expect(calls[0]![0]).toMatchObject({
      allowEvent: false,
      commandId: "MoedeguideOrganizerButton",
      sendModeOverride: "promptUser",
    });
  });

  it("puts the advice on the appointment while it is composed", async () => {
    const outlook = install("statusMeeting");
    const { handlers } = loadBundle(outlook);
    const { calls } = await run(handlers, "onNewAppointmentOrganizer");
    expect(calls).toEqual([[]]);
    expect(outlook.notifications.get("moedeguide-advice")).toMatchObject({
      type: "insightMessage",
      message: "Statusmøde: hold det som Cisco Jabber-møde",
    });
  });

  it("still checks at send where the runtime has only ECMAScript 2016's built-ins", async () => {
    const outlook = install("cprInBody");
    const { context, handlers } = loadBundle(outlook, { es2016Only: true });
    expect(
      vm.runInContext("typeof ''.padEnd === 'function' && typeof Object.entries", context),
    ).toBe("function");
    const { calls } = await run(handlers, "onAppointmentSend");
    expect(calls).toHaveLength(1);
    expect(calls[0]![0]).toMatchObject({ allowEvent: false });
  });

  it("advises with the served policy, fetched from the address the add-in was built for", async () => {
    const outlook = install("statusMeeting");
    const requested: string[] = [];
    const acme = {
      ...DEFAULT_POLICY,
      meetingLink: { ...DEFAULT_POLICY.meetingLink, name: "Acme Video" },
    };
    const { handlers, warnings } = loadBundle(outlook, {
      fetch: (url) => {
        requested.push(url);
        return Promise.resolve({ status: 200, text: () => Promise.resolve(JSON.stringify(acme)) });
      },
    });
    const { calls } = await run(handlers, "onNewAppointmentOrganizer");
    expect(calls).toEqual([[]]);
    expect(requested).toHaveLength(1);
    expect(requested[0]).toMatch(/^https:\/\/[^/]+\/(.*\/)?policy\.json$/);
    expect(outlook.notifications.get("moedeguide-advice")?.message).toBe(
      "Statusmøde: hold det som Acme Video-møde",
    );
    expect(warnings).toEqual([]);
  });

  it("with localStorage, uses a text this build found valid without validating it again", async () => {
    const serve = (text: string) => () =>
      Promise.resolve({ status: 200, text: () => Promise.resolve(text) });
    const acme = JSON.stringify({
      ...DEFAULT_POLICY,
      meetingLink: { ...DEFAULT_POLICY.meetingLink, name: "Acme Video" },
    });
    // Not valid (a travel leg to a site the policy does not name), so the validator would refuse it.
    const unchecked = JSON.stringify({
      ...DEFAULT_POLICY,
      meetingLink: { ...DEFAULT_POLICY.meetingLink, name: "Beta Video" },
      travel: [{ from: "Sorø", to: "Atlantis", km: 1, minutes: 1 }],
    });
    const storage = new Map<string, string>();
    const first = loadBundle(install("statusMeeting"), {
      fetch: serve(acme),
      localStorage: storage,
    });
    await run(first.handlers, "onNewAppointmentOrganizer");
    const entry = JSON.parse(storage.get("moedeguide.policy.checked")!) as { build: string };
    expect(entry).toEqual({ build: expect.stringMatching(/^[0-9a-f]{16}$/), text: acme });

    // What the store holds is what decides: a text recorded as found valid by this build is used
    // as it is (the validator would have refused this one), by another build's record it is not.
    for (const [build, expected] of [
      [entry.build, "Statusmøde: hold det som Beta Video-møde"],
      ["another build", "Statusmøde: hold det som Cisco Jabber-møde"],
    ]) {
      storage.set("moedeguide.policy.checked", JSON.stringify({ build, text: unchecked }));
      const outlook = install("statusMeeting");
      const next = loadBundle(outlook, { fetch: serve(unchecked), localStorage: storage });
      await run(next.handlers, "onNewAppointmentOrganizer");
      expect(outlook.notifications.get("moedeguide-advice")?.message).toBe(expected);
    }
  });

  it.each([
    ["answers 404", () => Promise.resolve({ status: 404, text: () => Promise.resolve("") })],
    ["is refused", () => Promise.reject(new TypeError("Failed to fetch"))],
  ])("falls back to the embedded default when the policy %s", async (_name, fetch) => {
    const outlook = install("statusMeeting");
    const { handlers, warnings } = loadBundle(outlook, { fetch });
    const { calls } = await run(handlers, "onNewAppointmentOrganizer");
    expect(calls).toEqual([[]]);
    expect(outlook.notifications.get("moedeguide-advice")?.message).toBe(
      "Statusmøde: hold det som Cisco Jabber-møde",
    );
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/policy \(https:.*policy\.json\) is not used/);
  });

  it("adds the Jabber meeting from the ribbon's button, as classic Outlook runs the function file", async () => {
    const outlook = install("statusMeeting");
    const { context, handlers } = loadBundle(outlook, { es2016Only: true });
    // Older clients look the command up by name in the global scope.
    expect(vm.runInContext("typeof addJabberMeeting", context)).toBe("function");
    const { calls } = await run(handlers, "addJabberMeeting");
    expect(calls).toEqual([[]]);
    expect(outlook.appointment.body).toMatch(JABBER_LINK);
    expect(outlook.appointment.location).toMatch(JABBER_LINK);
    expect(Object.keys(outlook.appointment.customProperties ?? {})).toEqual([
      "moedeguideMeetingId",
    ]);
    expect(outlook.notifications.get("moedeguide-advice")).toMatchObject({
      type: "informationalMessage",
      message: "Cisco Jabber-mødet er tilføjet invitationen.",
    });
    // Pressed again: nothing more.
    const body = outlook.appointment.body;
    const again = await run(handlers, "addJabberMeeting");
    expect(again.calls).toEqual([[]]);
    expect(outlook.appointment.body).toBe(body);
  });

  it("adds nothing beside another provider's meeting, and offers the pane", async () => {
    const outlook = install("jabberAndTeams");
    outlook.appointment.body =
      '<p><a href="https://teams.microsoft.com/l/meetup-join/19%3a1">Teams</a></p>';
    const { handlers } = loadBundle(outlook);
    const { calls } = await run(handlers, "addJabberMeeting");
    expect(calls).toEqual([[]]);
    expect(outlook.appointment.body).not.toMatch(JABBER_LINK);
    expect(outlook.notifications.get("moedeguide-advice")).toMatchObject({
      type: "insightMessage",
      actions: [{ commandId: "MoedeguideOrganizerButton" }],
    });
  });

  it("adds the Jabber meeting from Outlook mobile's button with Mailbox 1.5 calls", async () => {
    const outlook = install("statusMeeting", { mailboxSets: setsUpTo("1.5") });
    const { handlers } = loadBundle(outlook, { es2016Only: true });
    const { calls } = await run(handlers, "addJabberMeetingMobile");
    expect(calls).toEqual([[{ allowEvent: true }]]);
    expect(outlook.appointment.body).toMatch(JABBER_LINK);
    expect(outlook.log).toContain("call body.setAsync");
    expect(outlook.log).not.toContain("call body.prependAsync");
  });

  it("adds the meeting by itself while composing, for a person who turned it on", async () => {
    const outlook = install("statusMeeting", { settings: { site: "Sorø", autoAddMeeting: true } });
    const { handlers } = loadBundle(outlook);
    const { calls } = await run(handlers, "onNewAppointmentOrganizer");
    expect(calls).toEqual([[]]);
    expect(outlook.appointment.body).toMatch(JABBER_LINK);
    expect(outlook.notifications.get("moedeguide-advice")?.message).toMatch(
      /^Cisco Jabber-mødet er tilføjet, fordi rådet er videomøde/,
    );
  });

  it("still refuses an invalid served policy (the validator works without zod's JSON Schema code)", async () => {
    const outlook = install("statusMeeting");
    const broken = {
      ...DEFAULT_POLICY,
      meetingLink: { ...DEFAULT_POLICY.meetingLink, meetingIdDigits: 0 },
    };
    const { handlers, warnings } = loadBundle(outlook, {
      es2016Only: true,
      fetch: () =>
        Promise.resolve({ status: 200, text: () => Promise.resolve(JSON.stringify(broken)) }),
    });
    await run(handlers, "onNewAppointmentOrganizer");
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/is not used: it is not valid:[\s\S]*meetingIdDigits/);
    expect(outlook.notifications.get("moedeguide-advice")?.message).toBe(
      "Statusmøde: hold det som Cisco Jabber-møde",
    );
  });

  it("checks a served policy where the runtime has only ECMAScript 2016's built-ins", async () => {
    const outlook = install("statusMeeting");
    const acme = {
      ...DEFAULT_POLICY,
      meetingLink: { ...DEFAULT_POLICY.meetingLink, name: "Acme Video" },
    };
    const { handlers, warnings } = loadBundle(outlook, {
      es2016Only: true,
      fetch: () =>
        Promise.resolve({ status: 200, text: () => Promise.resolve(JSON.stringify(acme)) }),
    });
    await run(handlers, "onNewAppointmentOrganizer");
    expect(warnings).toEqual([]);
    expect(outlook.notifications.get("moedeguide-advice")?.message).toBe(
      "Statusmøde: hold det som Acme Video-møde",
    );
  });
});
