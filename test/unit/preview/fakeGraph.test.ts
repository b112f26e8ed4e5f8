/**
 * The preview's fake Graph: a deterministic directory across the policy's sites, calendars for any
 * date, answers in Graph's documented shapes, and switchable faults, all through the real client.
 */
import { DateTime } from "luxon";
import { siteInText } from "../../../src/advisor/sites";
import { colleagueStatus, dayWindow } from "../../../src/availability/status";
import type { GraphClientOptions } from "../../../src/graph/client";
import { ConsentMissingError, OfflineError } from "../../../src/graph/errors";
import { DEFAULT_POLICY } from "../../../src/policy/defaultPolicy";
import {
  BIRGITTE_HOLM,
  createFakeGraph,
  fakeCalendarDay,
  SCENARIO_PEOPLE,
  type FakeGraphFaults,
} from "../../../src/preview/fakeGraph";
import { steppedClockClient } from "./steppedClient";

const ZONE = "Europe/Copenhagen";
const policy = DEFAULT_POLICY;

function setUp(faults: FakeGraphFaults = {}, overrides: Partial<GraphClientOptions> = {}) {
  const fake = createFakeGraph({ sites: policy.sites, faults });
  const graph = steppedClockClient(fake.fetch, fake.tokens, overrides);
  return { fake, graph };
}

describe("the directory", () => {
  const { fake } = setUp();

  it("has Birgitte Holm and about 150 others, each address once", () => {
    expect(fake.directory.length).toBeGreaterThanOrEqual(140);
    expect(fake.directory.length).toBeLessThanOrEqual(160);
    expect(new Set(fake.directory.map((p) => p.mail)).size).toBe(fake.directory.length);
    expect(fake.directory[0]).toMatchObject({ displayName: "Birgitte Holm", mail: BIRGITTE_HOLM });
  });

  it("has the preview scenarios' people at their sites, after the drawn colleagues", () => {
    const fixed = fake.directory.slice(-SCENARIO_PEOPLE.length);
    expect(
      fixed.map((p) => [p.displayName, siteInText(policy, p.officeLocation ?? "")?.name]),
    ).toEqual([
      ["Anders Nielsen", "Køge"],
      ["Carsten Lund", "Holbæk"],
      ["Mette Hansen", "Sorø"],
    ]);
    expect(fixed.map((p) => p.mail)).toEqual(
      SCENARIO_PEOPLE.map((p) => `${p.local}@regionsjaelland.dk`),
    );
    // The drawn ones are as before: Birgitte Holm first, 150 others, none of them fixed.
    expect(fake.directory).toHaveLength(151 + SCENARIO_PEOPLE.length);
    expect(fake.directory[0]?.mail).toBe(BIRGITTE_HOLM);
  });

  it("places most at the policy's sites, across most of them, and some where no site matches", () => {
    const sites = fake.directory.map((p) =>
      p.officeLocation ? siteInText(policy, p.officeLocation) : null,
    );
    const matched = sites.filter((s) => s !== null);
    expect(matched.length / sites.length).toBeGreaterThan(0.8);
    expect(new Set(matched.map((s) => s?.name)).size).toBeGreaterThanOrEqual(7);
    expect(sites.length - matched.length).toBeGreaterThanOrEqual(5);
    expect(siteInText(policy, fake.directory[0]?.officeLocation ?? "")?.name).toBe("Køge");
  });

  it("is the same every time", () => {
    const again = createFakeGraph({ sites: policy.sites });
    expect(again.directory).toEqual(fake.directory);
    const person = fake.directory[42];
    if (!person) throw new Error("no person");
    expect(fakeCalendarDay(person, "2027-03-02")).toEqual(fakeCalendarDay(person, "2027-03-02"));
  });

  it("draws realistic days: out of office, working elsewhere, meetings, days off", () => {
    const statuses = new Set<string>();
    let empty = 0;
    for (const person of fake.directory) {
      for (const date of ["2027-03-01", "2027-03-02", "2027-03-03", "2027-03-06"]) {
        const items = fakeCalendarDay(person, date);
        if (items.length === 0) empty++;
        for (const item of items) statuses.add(item.status);
      }
    }
    expect([...statuses].sort()).toEqual(["busy", "oof", "tentative", "workingElsewhere"]);
    expect(empty).toBeGreaterThan(50); // Saturdays, for most
  });
});

describe("answers through the real client", () => {
  const now = DateTime.fromISO("2027-03-01T09:30", { zone: ZONE });

  it("shows Birgitte Holm busy until 11:00 and next free at 11:00, on any day", async () => {
    for (const day of ["2027-03-01T09:30", "2027-03-06T09:30", "2027-10-31T09:30"]) {
      const at = DateTime.fromISO(day, { zone: ZONE });
      const { graph } = setUp();
      const [lookup] = await graph.getSchedules([BIRGITTE_HOLM], dayWindow(at, ZONE));
      if (!lookup) throw new Error("no lookup");
      const status = colleagueStatus(lookup, { now: at, zone: ZONE, fallbackZone: ZONE });
      expect([
        status.status,
        status.until?.toFormat("HH:mm"),
        status.nextFree?.start.toFormat("HH:mm"),
      ]).toEqual(["busy", "11:00", "11:00"]);
    }
  });

  it("answers 100 colleagues in 5 requests of 20, with subjects on the wire but none kept", async () => {
    const { fake, graph } = setUp();
    const raw = await fake.fetch("https://graph.microsoft.com/v1.0/me/calendar/getSchedule", {
      method: "POST",
      headers: { Authorization: "Bearer fake-token-1" },
      body: JSON.stringify({
        schedules: [BIRGITTE_HOLM],
        startTime: { dateTime: "2027-03-01T00:00:00", timeZone: "Romance Standard Time" },
        endTime: { dateTime: "2027-03-02T00:00:00", timeZone: "Romance Standard Time" },
        availabilityViewInterval: 15,
      }),
    });
    const body = (await raw.json()) as { value: Record<string, unknown>[] };
    expect(Object.keys(body)).toEqual(["@odata.context", "value"]);
    expect(Object.keys(body.value[0] ?? {})).toEqual([
      "scheduleId",
      "availabilityView",
      "scheduleItems",
      "workingHours",
    ]);
    expect(String(body.value[0]?.availabilityView)).toHaveLength(96);
    expect(JSON.stringify(body)).toContain('"subject":"Stuegang"');

    const emails = fake.directory.slice(0, 100).map((p) => p.mail);
    const lookups = await graph.getSchedules(emails, dayWindow(now, ZONE));
    expect(lookups.every((l) => l.ok)).toBe(true);
    expect(
      fake.requests.filter((r) => r.path === "/me/calendar/getSchedule").map((r) => r.size),
    ).toEqual([1, 20, 20, 20, 20, 20]);
    expect(fake.peakInFlight).toBeLessThanOrEqual(4);
    expect(JSON.stringify(lookups)).not.toMatch(/Stuegang|Mødelokale|subject/);
  });

  it("refuses more than 20 schedules in one request, as Graph documents", async () => {
    const { fake, graph } = setUp({}, { schedulesPerRequest: 21 });
    const emails = fake.directory.slice(0, 21).map((p) => p.mail);
    await expect(graph.getSchedules(emails, dayWindow(now, ZONE))).rejects.toMatchObject({
      code: "graph-unexpected",
      status: 400,
    });
  });

  it("finds colleagues by the start of their names, with ConsistencyLevel: eventual", async () => {
    const { fake, graph } = setUp();
    const found = await graph.searchColleagues("birg hol");
    expect(found.map((c) => c.displayName)).toContain("Birgitte Holm");
    expect(found.every((c) => /^birg/i.test(c.displayName.split(" ")[0] ?? ""))).toBe(true);
    const without = await fake.fetch(
      'https://graph.microsoft.com/v1.0/users?$search="displayName:birg"',
      { method: "GET", headers: { Authorization: "Bearer fake-token-1" } },
    );
    expect(without.status).toBe(400);
  });

  it("answers office locations by $batch, 404 for an address it does not know", async () => {
    const { fake, graph } = setUp();
    const people = fake.directory.slice(0, 30);
    const locations = await graph.officeLocations([
      ...people.map((p) => p.mail),
      "ingen@regionsjaelland.dk",
    ]);
    expect(locations.get(BIRGITTE_HOLM)).toBe(people[0]?.officeLocation);
    expect(locations.get("ingen@regionsjaelland.dk")).toBeNull();
    expect(fake.requests.filter((r) => r.path === "/$batch").map((r) => r.size)).toEqual([20, 11]);
  });
});

describe("faults", () => {
  const window = dayWindow(DateTime.fromISO("2027-03-01T09:30", { zone: ZONE }), ZONE);

  it("429 with Retry-After: the client waits and gets its answer", async () => {
    const { fake, graph } = setUp({ throttle: { requests: 1, retryAfterSeconds: 2 } });
    const lookups = await graph.getSchedules([BIRGITTE_HOLM], window);
    expect(lookups[0]?.ok).toBe(true);
    expect(fake.requests.map((r) => r.status)).toEqual([429, 200]);
  });

  it("a per-schedule error marks that colleague only", async () => {
    const { fake, graph } = setUp();
    const other = fake.directory[5]?.mail as string;
    fake.faults.scheduleErrors = [other];
    const lookups = await graph.getSchedules(
      [BIRGITTE_HOLM, other, "ingen@regionsjaelland.dk"],
      window,
    );
    expect(lookups.map((l) => (l.ok ? "ok" : l.problem))).toEqual(["ok", "error", "not-found"]);
  });

  it("an expired token: the client gets a fresh one and goes on", async () => {
    const { fake, graph } = setUp({ expiredTokens: ["fake-token-1"] });
    const lookups = await graph.getSchedules([BIRGITTE_HOLM], window);
    expect(lookups[0]?.ok).toBe(true);
    expect(fake.requests.map((r) => r.status)).toEqual([401, 200]);
  });

  it("403 is consent missing; offline is offline", async () => {
    const { graph } = setUp({ forbidden: true });
    await expect(graph.getSchedules([BIRGITTE_HOLM], window)).rejects.toBeInstanceOf(
      ConsentMissingError,
    );
    const offline = setUp({ offline: true });
    await expect(offline.graph.searchColleagues("birgitte")).rejects.toBeInstanceOf(OfflineError);
  });
});
