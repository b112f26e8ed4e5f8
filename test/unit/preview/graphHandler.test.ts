/**
 * @jest-environment node
 *
 * The preview's Graph as msw serves it (the handler its service worker runs, here under msw's
 * server): the real client over the global fetch gets the fake directory's answers as HTTP, with
 * Graph's statuses and headers, and a network failure when the fake is offline. What the handler
 * notes of each request is its path, size and outcome only.
 */
import { DateTime } from "luxon";
import { setupServer } from "msw/node";
import { dayWindow } from "../../../src/availability/status";
import { ConsentMissingError, OfflineError } from "../../../src/graph/errors";
import { DEFAULT_POLICY } from "../../../src/policy/defaultPolicy";
import {
  BIRGITTE_HOLM,
  createFakeGraph,
  type FakeGraphFaults,
} from "../../../src/preview/fakeGraph";
import { graphHandler, type GraphRequest } from "../../../src/preview/graphHandler";
import { steppedClockClient } from "./steppedClient";

const ZONE = "Europe/Copenhagen";
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

function setUp(faults: FakeGraphFaults = {}) {
  const fake = createFakeGraph({ sites: DEFAULT_POLICY.sites, faults });
  const noted: GraphRequest[] = [];
  server.use(graphHandler(fake, noted));
  // The global fetch, looked up at each call, as the pane does: msw intercepts it.
  const graph = steppedClockClient((url, init) => fetch(url, init), fake.tokens);
  return { fake, graph, noted };
}

const morning = dayWindow(DateTime.fromISO("2027-03-01T09:30", { zone: ZONE }), ZONE);

it("answers search and getSchedule over HTTP, as Graph does", async () => {
  const { graph, noted } = setUp();
  const found = await graph.searchColleagues("Birgit");
  expect(found.map((p) => p.mail)).toContain(BIRGITTE_HOLM);
  const [lookup] = await graph.getSchedules([BIRGITTE_HOLM], morning);
  expect(lookup?.ok).toBe(true);
  expect(noted).toEqual([
    { path: "/v1.0/users", outcome: 200 },
    { path: "/v1.0/me/calendar/getSchedule", outcome: 200 },
  ]);
});

it("sends the headers that matter: a 429's Retry-After is waited for, a token is read whatever its case", async () => {
  const { graph, noted } = setUp({ throttle: { requests: 1, retryAfterSeconds: 2 } });
  const [lookup] = await graph.getSchedules([BIRGITTE_HOLM], morning);
  expect(lookup?.ok).toBe(true);
  expect(noted.map((r) => r.outcome)).toEqual([429, 200]);
});

it("notes how many lookups a $batch held, and never what it asked", async () => {
  const { fake, graph, noted } = setUp();
  const people = fake.directory.slice(1, 4).map((p) => p.mail);
  const found = await graph.officeLocations(people);
  expect(found.size).toBe(3);
  expect(noted).toEqual([{ path: "/v1.0/$batch", size: 3, outcome: 200 }]);
  expect(JSON.stringify(noted)).not.toMatch(/@/);
});

it("offline, the request fails as without a network; 403 is consent missing", async () => {
  const offline = setUp({ offline: true });
  await expect(offline.graph.searchColleagues("Birgit")).rejects.toBeInstanceOf(OfflineError);
  expect(offline.noted).toEqual([{ path: "/v1.0/users", outcome: "failed" }]);
  server.resetHandlers();
  const forbidden = setUp({ forbidden: true });
  await expect(forbidden.graph.getSchedules([BIRGITTE_HOLM], morning)).rejects.toBeInstanceOf(
    ConsentMissingError,
  );
});
