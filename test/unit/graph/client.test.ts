/**
 * @jest-environment node
 *
 * The Graph client against responses shaped as Microsoft's documentation shows them
 * (test/fixtures/graph), served by msw: chunking and concurrency, 429 with Retry-After, per-schedule
 * errors, expired tokens, consent missing, offline.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { DateTime } from "luxon";
import { http, HttpResponse, delay } from "msw";
import { setupServer } from "msw/node";
import {
  createGraphClient,
  parseRetryAfter,
  ScheduleWindowError,
  searchExpression,
  type GraphClientOptions,
} from "../../../src/graph/client";
import {
  ConsentMissingError,
  NotSignedInError,
  OfflineError,
  ThrottledError,
  UnexpectedGraphError,
} from "../../../src/graph/errors";

const GRAPH = "https://graph.microsoft.com/v1.0";
const SCHEDULE_URL = `${GRAPH}/me/calendar/getSchedule`;

function fixture(name: string): Record<string, unknown> {
  const file = path.join(__dirname, "..", "..", "fixtures", "graph", name);
  return JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
}

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => {
  server.resetHandlers();
  jest.useRealTimers();
});
afterAll(() => server.close());

/** A token provider that counts its calls and hands out token-1, token-2, … */
function fakeTokens() {
  const calls: ({ forceRefresh?: boolean } | undefined)[] = [];
  return {
    calls,
    getToken: (options?: { forceRefresh?: boolean }) => {
      calls.push(options);
      return Promise.resolve(`token-${calls.length}`);
    },
  };
}

function client(overrides: Partial<GraphClientOptions> = {}) {
  const tokens = fakeTokens();
  const graph = createGraphClient({
    // Looked up at each call, so that msw's interception of the global fetch is used.
    fetch: (url, init) => fetch(url, init),
    tokens,
    scopes: ["Calendars.ReadBasic", "User.ReadBasic.All"],
    isOnline: () => true,
    ...overrides,
  });
  return { graph, tokens };
}

const DAY = {
  start: DateTime.fromISO("2027-03-01T00:00", { zone: "Europe/Copenhagen" }),
  end: DateTime.fromISO("2027-03-02T00:00", { zone: "Europe/Copenhagen" }),
};

interface ScheduleBody {
  schedules: string[];
  startTime: { dateTime: string; timeZone: string };
  endTime: { dateTime: string; timeZone: string };
  availabilityViewInterval: number;
}

/** A documented-shape answer for every asked address: free all day. */
function freeAnswer(body: ScheduleBody) {
  return {
    "@odata.context":
      "https://graph.microsoft.com/v1.0/$metadata#Collection(microsoft.graph.scheduleInformation)",
    value: body.schedules.map((scheduleId) => ({
      scheduleId,
      availabilityView: "0".repeat(96),
      scheduleItems: [],
      workingHours: {
        daysOfWeek: ["monday", "tuesday", "wednesday", "thursday", "friday"],
        startTime: "08:00:00.0000000",
        endTime: "16:00:00.0000000",
        timeZone: { name: "Romance Standard Time" },
      },
    })),
  };
}

const emails = (n: number) =>
  Array.from(
    { length: n },
    (_, i) => `kollega${String(i + 1).padStart(3, "0")}@regionsjaelland.dk`,
  );

describe("getSchedules: the request", () => {
  it("posts the schedules, the window in UTC and a 15-minute interval, with the token", async () => {
    const seen: { body: ScheduleBody; headers: Headers }[] = [];
    server.use(
      http.post(SCHEDULE_URL, async ({ request }) => {
        const body = (await request.json()) as ScheduleBody;
        seen.push({ body, headers: request.headers });
        return HttpResponse.json(freeAnswer(body));
      }),
    );
    const { graph } = client();
    await graph.getSchedules(["Birgitte.Holm@RegionSjaelland.dk"], DAY);
    expect(seen).toHaveLength(1);
    expect(seen[0]?.body).toEqual({
      schedules: ["birgitte.holm@regionsjaelland.dk"],
      startTime: { dateTime: "2027-02-28T23:00:00", timeZone: "UTC" },
      endTime: { dateTime: "2027-03-01T23:00:00", timeZone: "UTC" },
      availabilityViewInterval: 15,
    });
    expect(seen[0]?.headers.get("authorization")).toBe("Bearer token-1");
    expect(seen[0]?.headers.get("content-type")).toBe("application/json");
    expect(seen[0]?.headers.get("prefer")).toBe('outlook.timezone="UTC"');
  });

  it("reads the documentation's example, and keeps no subject or location", async () => {
    server.use(http.post(SCHEDULE_URL, () => HttpResponse.json(fixture("getSchedule.docs.json"))));
    const { graph } = client();
    const lookups = await graph.getSchedules(
      ["adelev@contoso.onmicrosoft.com", "meganb@contoso.onmicrosoft.com"],
      {
        start: DateTime.fromISO("2019-03-15T09:00", { zone: "America/Los_Angeles" }),
        end: DateTime.fromISO("2019-03-15T18:00", { zone: "America/Los_Angeles" }),
      },
    );
    expect(lookups.map((l) => [l.email, l.ok])).toEqual([
      ["adelev@contoso.onmicrosoft.com", true],
      ["meganb@contoso.onmicrosoft.com", true],
    ]);
    const [adele] = lookups;
    if (!adele?.ok) throw new Error("expected a schedule");
    expect(adele.schedule.periods).toEqual([
      { status: "busy", start: "2019-03-15T19:00:00.000Z", end: "2019-03-15T21:00:00.000Z" },
    ]);
    expect(adele.schedule.availabilityView).toBe("000220000");
    const kept = JSON.stringify(lookups);
    expect(kept).not.toMatch(/lunch|Harry|subject|location/i);
  });

  it("asks each address once, whatever its case, and answers in the asked order", async () => {
    const asked: string[][] = [];
    server.use(
      http.post(SCHEDULE_URL, async ({ request }) => {
        const body = (await request.json()) as ScheduleBody;
        asked.push(body.schedules);
        return HttpResponse.json(freeAnswer(body));
      }),
    );
    const { graph } = client();
    const lookups = await graph.getSchedules(["b@x.dk", "A@x.dk", "a@x.dk", "not an address"], DAY);
    expect(asked).toEqual([["b@x.dk", "a@x.dk"]]);
    expect(lookups.map((l) => [l.email, l.ok])).toEqual([
      ["b@x.dk", true],
      ["a@x.dk", true],
      ["a@x.dk", true],
      ["not an address", false],
    ]);
  });

  it.each([
    ["ends before it starts", { start: DAY.end, end: DAY.start }],
    ["is 63 days long", { start: DAY.start, end: DAY.start.plus({ days: 63 }) }],
  ])("refuses a window that %s, before any request", async (_name, window) => {
    const { graph } = client();
    await expect(graph.getSchedules(["a@x.dk"], window)).rejects.toBeInstanceOf(
      ScheduleWindowError,
    );
    expect(graph.stats.requests).toBe(0);
  });
});

describe("getSchedules: chunking and concurrency", () => {
  it.each([
    [100, 5, [20, 20, 20, 20, 20]],
    [85, 5, [20, 20, 20, 20, 5]],
    [20, 1, [20]],
    [21, 2, [20, 1]],
  ])(
    "asks %i colleagues in %i requests of at most 20, at most 4 at once",
    async (n, count, sizes) => {
      let inFlight = 0;
      let peak = 0;
      const seenSizes: number[] = [];
      server.use(
        http.post(SCHEDULE_URL, async ({ request }) => {
          const body = (await request.json()) as ScheduleBody;
          inFlight++;
          peak = Math.max(peak, inFlight);
          seenSizes.push(body.schedules.length);
          await delay(30);
          inFlight--;
          return HttpResponse.json(freeAnswer(body));
        }),
      );
      const { graph } = client();
      const asked = emails(n);
      const lookups = await graph.getSchedules(asked, DAY);
      expect(seenSizes).toHaveLength(count);
      expect(seenSizes.slice().sort((a, b) => b - a)).toEqual(sizes);
      expect(peak).toBeLessThanOrEqual(4);
      expect(peak).toBe(Math.min(4, count));
      expect(graph.stats.peakInFlight).toBe(peak);
      expect(lookups.map((l) => l.email)).toEqual(asked);
      expect(lookups.every((l) => l.ok)).toBe(true);
    },
  );

  it("stops the other requests when one fails", async () => {
    let calls = 0;
    server.use(
      http.post(SCHEDULE_URL, async ({ request }) => {
        const call = ++calls;
        const body = (await request.json()) as ScheduleBody;
        if (call === 1)
          return HttpResponse.json(fixture("error.accessDenied.json"), { status: 403 });
        await delay(30);
        return HttpResponse.json(freeAnswer(body));
      }),
    );
    const { graph } = client();
    await expect(graph.getSchedules(emails(200), DAY)).rejects.toBeInstanceOf(ConsentMissingError);
    // 10 chunks; the failure came back first, so the chunks still waiting for a slot never went.
    expect(calls).toBeLessThanOrEqual(4);
  });
});

describe("getSchedules: per-schedule errors", () => {
  it("marks only the colleague Graph could not answer for", async () => {
    server.use(
      http.post(SCHEDULE_URL, () => HttpResponse.json(fixture("getSchedule.copenhagen.json"))),
    );
    const { graph } = client();
    const lookups = await graph.getSchedules(
      [
        "birgitte.holm@regionsjaelland.dk",
        "ukendt@regionsjaelland.dk",
        "mangler@regionsjaelland.dk",
      ],
      DAY,
    );
    expect(lookups[0]?.ok).toBe(true);
    expect(lookups[1]).toEqual({
      email: "ukendt@regionsjaelland.dk",
      ok: false,
      problem: "not-found",
      responseCode: "ErrorMailRecipientNotFound",
    });
    // An address the answer left out is an error for that colleague, not for the list.
    expect(lookups[2]).toMatchObject({
      email: "mangler@regionsjaelland.dk",
      ok: false,
      problem: "error",
    });
    expect(JSON.stringify(lookups)).not.toMatch(/patient|010203|stue/i);
  });

  it("rejects an answer without a value list as unexpected", async () => {
    server.use(http.post(SCHEDULE_URL, () => HttpResponse.json({ hello: 1 })));
    const { graph } = client();
    await expect(graph.getSchedules(["a@x.dk"], DAY)).rejects.toBeInstanceOf(UnexpectedGraphError);
  });
});

describe("throttling: 429 and 503 with Retry-After", () => {
  beforeEach(() => {
    jest.useFakeTimers({ doNotFake: ["nextTick", "setImmediate", "queueMicrotask"] });
  });

  it("waits exactly Retry-After seconds, then tries again", async () => {
    let calls = 0;
    server.use(
      http.post(SCHEDULE_URL, async ({ request }) => {
        calls++;
        const body = (await request.json()) as ScheduleBody;
        if (calls === 1) {
          return HttpResponse.json(fixture("error.throttled.json"), {
            status: 429,
            headers: { "Retry-After": "5" },
          });
        }
        return HttpResponse.json(freeAnswer(body));
      }),
    );
    const { graph } = client();
    const result = graph.getSchedules(["a@x.dk"], DAY);
    await jest.advanceTimersByTimeAsync(4_999);
    expect(calls).toBe(1);
    await jest.advanceTimersByTimeAsync(1);
    const lookups = await result;
    expect(calls).toBe(2);
    expect(lookups[0]?.ok).toBe(true);
    expect(graph.stats.retries).toBe(1);
  });

  it("holds back the client's other requests while it waits", async () => {
    let scheduleCalls = 0;
    let searched = false;
    server.use(
      http.post(SCHEDULE_URL, async ({ request }) => {
        scheduleCalls++;
        const body = (await request.json()) as ScheduleBody;
        if (scheduleCalls === 1) {
          return new HttpResponse(null, { status: 429, headers: { "Retry-After": "3" } });
        }
        return HttpResponse.json(freeAnswer(body));
      }),
      http.get(`${GRAPH}/users`, () => {
        searched = true;
        return HttpResponse.json(fixture("users.search.json"));
      }),
    );
    const { graph } = client();
    const schedules = graph.getSchedules(["a@x.dk"], DAY);
    await jest.advanceTimersByTimeAsync(1_000);
    const search = graph.searchColleagues("birgitte");
    await jest.advanceTimersByTimeAsync(1_000);
    expect(searched).toBe(false);
    await jest.advanceTimersByTimeAsync(1_000);
    await Promise.all([schedules, search]);
    expect(searched).toBe(true);
  });

  it("backs off 1, 2, 4 s on 503 without Retry-After, then gives up with ThrottledError", async () => {
    const at: number[] = [];
    server.use(
      http.post(SCHEDULE_URL, () => {
        at.push(Date.now());
        return new HttpResponse(null, { status: 503 });
      }),
    );
    const { graph } = client();
    const result = graph.getSchedules(["a@x.dk"], DAY);
    const settled = result.catch((error: unknown) => error);
    await jest.advanceTimersByTimeAsync(10_000);
    const error = await settled;
    expect(error).toBeInstanceOf(ThrottledError);
    expect((error as ThrottledError).retryAfterSeconds).toBeNull();
    expect(at.slice(1).map((t, i) => t - (at[i] as number))).toEqual([1_000, 2_000, 4_000]);
  });

  it("gives up after 3 tries again, saying how long Graph asked to wait", async () => {
    let calls = 0;
    server.use(
      http.post(SCHEDULE_URL, () => {
        calls++;
        return HttpResponse.json(fixture("error.throttled.json"), {
          status: 429,
          headers: { "Retry-After": "2" },
        });
      }),
    );
    const { graph } = client();
    const settled = graph.getSchedules(["a@x.dk"], DAY).catch((error: unknown) => error);
    await jest.advanceTimersByTimeAsync(60_000);
    const error = await settled;
    expect(error).toBeInstanceOf(ThrottledError);
    expect(error).toMatchObject({ code: "throttled", retryAfterSeconds: 2 });
    expect(calls).toBe(4);
  });

  it("does not wait out a Retry-After longer than 30 s: it says so at once", async () => {
    let calls = 0;
    server.use(
      http.post(SCHEDULE_URL, () => {
        calls++;
        return new HttpResponse(null, { status: 429, headers: { "Retry-After": "120" } });
      }),
    );
    const { graph } = client();
    await expect(graph.getSchedules(["a@x.dk"], DAY)).rejects.toMatchObject({
      code: "throttled",
      retryAfterSeconds: 120,
    });
    expect(calls).toBe(1);
  });
});

describe("tokens: expired and missing", () => {
  it("gets a fresh token once after a 401 and tries again with it", async () => {
    const auth: (string | null)[] = [];
    server.use(
      http.post(SCHEDULE_URL, async ({ request }) => {
        auth.push(request.headers.get("authorization"));
        const body = (await request.json()) as ScheduleBody;
        if (auth.length === 1) {
          return HttpResponse.json(fixture("error.expiredToken.json"), { status: 401 });
        }
        return HttpResponse.json(freeAnswer(body));
      }),
    );
    const { graph, tokens } = client();
    const lookups = await graph.getSchedules(["a@x.dk"], DAY);
    expect(lookups[0]?.ok).toBe(true);
    expect(auth).toEqual(["Bearer token-1", "Bearer token-2"]);
    expect(tokens.calls).toEqual([undefined, { forceRefresh: true }]);
  });

  it("says consent is missing for Calendars.ReadBasic when a fresh token is refused too", async () => {
    server.use(
      http.post(SCHEDULE_URL, () =>
        HttpResponse.json(fixture("error.expiredToken.json"), { status: 401 }),
      ),
    );
    const { graph, tokens } = client();
    await expect(graph.getSchedules(["a@x.dk"], DAY)).rejects.toMatchObject({
      code: "consent-missing",
      permission: "Calendars.ReadBasic",
      status: 401,
    });
    expect(tokens.calls).toHaveLength(2);
  });

  it.each([
    ["getSchedule", ["Calendars.ReadBasic", "User.ReadBasic.All"], "Calendars.ReadBasic"],
    ["getSchedule", ["Calendars.Read", "User.Read.All"], "Calendars.Read"],
    ["search", ["Calendars.ReadBasic", "User.ReadBasic.All"], "User.ReadBasic.All"],
    ["search", ["Calendars.Read", "User.Read.All"], "User.Read.All"],
  ])("a 403 on %s with scopes %j names %s", async (operation, scopes, permission) => {
    const denied = () => HttpResponse.json(fixture("error.accessDenied.json"), { status: 403 });
    server.use(http.post(SCHEDULE_URL, denied), http.get(`${GRAPH}/users`, denied));
    const { graph } = client({ scopes });
    const call =
      operation === "search"
        ? graph.searchColleagues("birgitte")
        : graph.getSchedules(["a@x.dk"], DAY);
    const error = await call.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConsentMissingError);
    expect(error).toMatchObject({ permission, status: 403 });
  });

  it("passes on NotSignedInError from the token provider, without a request", async () => {
    const { graph } = client({
      tokens: { getToken: () => Promise.reject(new NotSignedInError()) },
    });
    await expect(graph.getSchedules(["a@x.dk"], DAY)).rejects.toBeInstanceOf(NotSignedInError);
    expect(graph.stats.requests).toBe(0);
  });
});

describe("offline and other failures", () => {
  it("is offline when fetch fails without an answer (a TypeError)", async () => {
    server.use(http.post(SCHEDULE_URL, () => HttpResponse.error()));
    const { graph } = client();
    const error = await graph.getSchedules(["a@x.dk"], DAY).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OfflineError);
    expect((error as OfflineError).cause).toBeInstanceOf(TypeError);
  });

  it("is offline without a request when the browser says so", async () => {
    const { graph } = client({ isOnline: () => false });
    await expect(graph.searchColleagues("birgitte")).rejects.toBeInstanceOf(OfflineError);
    expect(graph.stats.requests).toBe(0);
  });

  it("reports another status as unexpected, with Graph's code", async () => {
    server.use(
      http.post(SCHEDULE_URL, () =>
        HttpResponse.json(
          {
            error: {
              code: "ErrorInternalServerError",
              message: "An internal server error occurred.",
            },
          },
          { status: 500 },
        ),
      ),
    );
    const { graph } = client();
    await expect(graph.getSchedules(["a@x.dk"], DAY)).rejects.toMatchObject({
      code: "graph-unexpected",
      status: 500,
      graphCode: "ErrorInternalServerError",
    });
  });

  it("stops when the caller aborts: nothing more is sent, and the promise rejects", async () => {
    let calls = 0;
    server.use(
      http.post(SCHEDULE_URL, async ({ request }) => {
        calls++;
        await delay(200);
        return HttpResponse.json(freeAnswer((await request.json()) as ScheduleBody));
      }),
    );
    const { graph } = client();
    const controller = new AbortController();
    const result = graph.getSchedules(emails(200), DAY, { signal: controller.signal });
    await delay(20);
    controller.abort();
    const error = await result.catch((e: unknown) => e);
    expect(error).toMatchObject({ name: expect.stringMatching(/AbortError|SlotAbortedError/) });
    await delay(250);
    expect(calls).toBe(4);
  });
});

describe("searchColleagues", () => {
  it("searches display names with ConsistencyLevel: eventual, selecting only what it shows", async () => {
    const seen: Request[] = [];
    server.use(
      http.get(`${GRAPH}/users`, ({ request }) => {
        seen.push(request);
        return HttpResponse.json(fixture("users.search.json"));
      }),
    );
    const { graph } = client();
    const found = await graph.searchColleagues('  Birg "Holm ', { top: 10 });
    const url = new URL(seen[0]?.url ?? "");
    expect(url.searchParams.get("$search")).toBe('"displayName:Birg" AND "displayName:Holm"');
    expect(url.searchParams.get("$select")).toBe(
      "id,displayName,mail,jobTitle,officeLocation,businessPhones,mobilePhone",
    );
    expect(url.searchParams.get("$top")).toBe("10");
    expect(seen[0]?.headers.get("consistencylevel")).toBe("eventual");
    expect(found).toEqual([
      {
        id: "87d349ed-44d7-43e1-9a83-5f2406dee5bd",
        displayName: "Birgitte Holm",
        mail: "birgitte.holm@regionsjaelland.dk",
        jobTitle: "Afdelingssygeplejerske",
        officeLocation: "SUH Køge, afsnit B4",
        businessPhones: ["+45 56 31 20 00"],
        mobilePhone: null,
      },
      {
        id: "5bde3e51-d13b-4db1-9948-fe4b109d11a7",
        displayName: "Birgit Hansen",
        mail: "birgit.hansen@regionsjaelland.dk",
        jobTitle: null,
        officeLocation: null,
        businessPhones: [],
        mobilePhone: "+45 20 30 40 50",
      },
    ]);
  });

  it.each(["", " ", "b", '"', '\\"'])("sends nothing for %j", async (text) => {
    const { graph } = client();
    await expect(graph.searchColleagues(text)).resolves.toEqual([]);
    expect(graph.stats.requests).toBe(0);
  });
});

describe("officeLocations ($batch)", () => {
  it("reads locations in batches of at most 20, keeps them, and retries a throttled one", async () => {
    jest.useFakeTimers({ doNotFake: ["nextTick", "setImmediate", "queueMicrotask"] });
    const batches: { id: string; method: string; url: string }[][] = [];
    server.use(
      http.post(`${GRAPH}/$batch`, async ({ request }) => {
        const body = (await request.json()) as {
          requests: { id: string; method: string; url: string }[];
        };
        batches.push(body.requests);
        if (batches.length === 1) return HttpResponse.json(fixture("batch.officeLocation.json"));
        return HttpResponse.json({
          responses: body.requests.map((r) => ({
            id: r.id,
            status: 200,
            headers: { "Content-Type": "application/json" },
            body: { mail: "retried@regionsjaelland.dk", officeLocation: "Holbæk Sygehus" },
          })),
        });
      }),
    );
    const { graph } = client();
    const asked = [
      "birgitte.holm@regionsjaelland.dk",
      "ukendt@regionsjaelland.dk",
      "retried@regionsjaelland.dk",
    ];
    const result = graph.officeLocations(asked);
    await jest.advanceTimersByTimeAsync(2_999);
    expect(batches).toHaveLength(1);
    await jest.advanceTimersByTimeAsync(1);
    const locations = await result;
    expect(batches[0]).toEqual([
      {
        id: "1",
        method: "GET",
        url: "/users/birgitte.holm%40regionsjaelland.dk?$select=mail,officeLocation",
      },
      {
        id: "2",
        method: "GET",
        url: "/users/ukendt%40regionsjaelland.dk?$select=mail,officeLocation",
      },
      {
        id: "3",
        method: "GET",
        url: "/users/retried%40regionsjaelland.dk?$select=mail,officeLocation",
      },
    ]);
    expect(batches[1]?.map((r) => r.url)).toEqual([
      "/users/retried%40regionsjaelland.dk?$select=mail,officeLocation",
    ]);
    expect([...locations]).toEqual([
      ["birgitte.holm@regionsjaelland.dk", "SUH Køge, afsnit B4"],
      ["ukendt@regionsjaelland.dk", null],
      ["retried@regionsjaelland.dk", "Holbæk Sygehus"],
    ]);
    // Kept for the pane's lifetime: asking again sends nothing.
    const again = await graph.officeLocations(["UKENDT@regionsjaelland.dk", asked[0] as string]);
    expect(batches).toHaveLength(2);
    expect([...again]).toEqual([
      ["ukendt@regionsjaelland.dk", null],
      ["birgitte.holm@regionsjaelland.dk", "SUH Køge, afsnit B4"],
    ]);
  });

  it("splits 45 addresses into batches of 20, 20 and 5", async () => {
    const sizes: number[] = [];
    server.use(
      http.post(`${GRAPH}/$batch`, async ({ request }) => {
        const body = (await request.json()) as { requests: { id: string }[] };
        sizes.push(body.requests.length);
        return HttpResponse.json({
          responses: body.requests.map((r) => ({
            id: r.id,
            status: 200,
            body: { officeLocation: null },
          })),
        });
      }),
    );
    const { graph } = client();
    const locations = await graph.officeLocations(emails(45));
    expect(sizes.sort((a, b) => b - a)).toEqual([20, 20, 5]);
    expect(locations.size).toBe(45);
  });
});

describe("helpers", () => {
  it.each([
    ["5", 5],
    [" 120 ", 120],
    [null, null],
    ["soon", null],
    ["Wed, 21 Oct 2015 07:28:10 GMT", 10],
  ])("Retry-After %j is %j seconds", (header, seconds) => {
    expect(parseRetryAfter(header, Date.parse("Wed, 21 Oct 2015 07:28:00 GMT"))).toBe(seconds);
  });

  it.each([
    ["ann", '"displayName:ann"'],
    ["Birgitte Holm", '"displayName:Birgitte" AND "displayName:Holm"'],
    ['a"b', '"displayName:a" AND "displayName:b"'],
    ["x", null],
  ])("the search for %j is %j", (text, expression) => {
    expect(searchExpression(text)).toBe(expression);
  });
});
