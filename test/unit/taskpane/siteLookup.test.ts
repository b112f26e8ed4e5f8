/**
 * The meeting view's directory: invitees' sites from their Graph profiles (office location matched
 * through the policy), through the real Graph client: the preview's local Graph, or the policy's
 * registration with silent tokens only. Batched by 20, cached for the pane, only new addresses
 * asked, nothing but addresses sent; without sign-in or registration, no site and no prompt.
 */
import { advise } from "../../../src/advisor";
import type { MeetingDraft } from "../../../src/advisor/types";
import { createSignIn } from "../../../src/graph/auth";
import type { FetchLike } from "../../../src/graph/client";
import {
  ConsentMissingError,
  NotConfiguredError,
  NotSignedInError,
} from "../../../src/graph/errors";
import { DEFAULT_POLICY } from "../../../src/policy/defaultPolicy";
import type { Policy } from "../../../src/policy/types";
import { createFakeGraph, type FakeGraphFaults } from "../../../src/preview/fakeGraph";
import { InviteeSites } from "../../../src/taskpane/inviteeSites";
import { SITES_PROPERTY } from "../../../src/office/inviteeSites";
import { openSiteSource, SiteLookups, startSiteLookups } from "../../../src/taskpane/siteLookup";
import { installFakeOutlook, uninstallFakeOutlook } from "../office/fakeOutlook";

jest.mock("../../../src/graph/auth", () => ({ createSignIn: jest.fn() }));

const globals = globalThis as { moedeguidePreview?: unknown; fetch?: unknown };
const realFetch = globals.fetch;

afterEach(() => {
  delete globals.moedeguidePreview;
  globals.fetch = realFetch;
  jest.mocked(createSignIn).mockReset();
});

/** The preview page's local Graph, with every request's body recorded. */
function previewGraph(faults: FakeGraphFaults = {}) {
  const fake = createFakeGraph({ sites: DEFAULT_POLICY.sites, faults });
  const sent: { url: string; body: unknown }[] = [];
  const fetch: FetchLike = (url, init) => {
    sent.push({ url, body: init.body === undefined ? undefined : JSON.parse(init.body) });
    return fake.fetch(url, init);
  };
  const graph = jest.fn(async () => ({ fetch, tokens: fake.tokens }));
  globals.moedeguidePreview = { graph };
  return { fake, sent, graph };
}

const SCENARIO = [
  "anders.nielsen@regionsjaelland.dk",
  "birgitte.holm@regionsjaelland.dk",
  "carsten.lund@regionsjaelland.dk",
];

describe("openSiteSource on the preview's local Graph", () => {
  it("finds the scenario's people at their sites, and no site for those it cannot place", async () => {
    const { fake } = previewGraph();
    const unplaced = fake.directory.find((p) => p.officeLocation === "Hjemmearbejde")?.mail;
    const source = await openSiteSource(DEFAULT_POLICY);
    const sites = await source.sitesOf([...SCENARIO, "nobody@regionsjaelland.dk", unplaced!]);
    expect(sites).toEqual(
      new Map([
        ["anders.nielsen@regionsjaelland.dk", "Køge"],
        ["birgitte.holm@regionsjaelland.dk", "Køge"],
        ["carsten.lund@regionsjaelland.dk", "Holbæk"],
        ["nobody@regionsjaelland.dk", null],
        [unplaced, null],
      ]),
    );
  });

  it("asks in batches of at most 20, once per address while the pane is open", async () => {
    const { fake } = previewGraph();
    const source = await openSiteSource(DEFAULT_POLICY);
    const many = fake.directory.slice(0, 45).map((p) => p.mail);
    await source.sitesOf(many);
    expect(fake.requests.map((r) => [r.path, r.size])).toEqual([
      ["/$batch", 20],
      ["/$batch", 20],
      ["/$batch", 5],
    ]);
    await source.sitesOf(many);
    expect(fake.requests).toHaveLength(3);
    // One new address: one small batch for it alone.
    await source.sitesOf([...many, SCENARIO[0]!]);
    expect(fake.requests.slice(3).map((r) => [r.path, r.size])).toEqual([["/$batch", 1]]);
  });

  it("sends Graph the addresses and nothing else", async () => {
    const { sent } = previewGraph();
    const source = await openSiteSource(DEFAULT_POLICY);
    await source.sitesOf(SCENARIO);
    expect(sent).toEqual([
      {
        url: "https://graph.microsoft.com/v1.0/$batch",
        body: {
          requests: SCENARIO.map((email, i) => ({
            id: String(i + 1),
            method: "GET",
            url: `/users/${encodeURIComponent(email)}?$select=mail,officeLocation`,
          })),
        },
      },
    ]);
  });

  it("rejects with the client's failure when Graph refuses (the sites then stay unknown)", async () => {
    previewGraph({ forbidden: true });
    const source = await openSiteSource(DEFAULT_POLICY);
    await expect(source.sitesOf(SCENARIO)).rejects.toBeInstanceOf(ConsentMissingError);
  });
});

describe("openSiteSource with the policy's registration", () => {
  const configured: Policy = {
    ...DEFAULT_POLICY,
    graph: {
      clientId: "00000000-0000-4000-8000-000000000001",
      tenantId: "regionsjaelland.onmicrosoft.com",
    },
  };

  it("uses silent tokens only: not signed in, it asks Graph nothing and never prompts", async () => {
    const signIn = {
      method: "naa" as const,
      getToken: jest.fn(() => Promise.reject(new NotSignedInError())),
      signInInteractively: jest.fn(() => Promise.resolve()),
    };
    jest.mocked(createSignIn).mockReturnValue(signIn);
    const fetch = jest.fn();
    globals.fetch = fetch;
    const source = await openSiteSource(configured);
    await expect(source.sitesOf(SCENARIO)).rejects.toBeInstanceOf(NotSignedInError);
    expect(signIn.getToken).toHaveBeenCalled();
    expect(signIn.signInInteractively).not.toHaveBeenCalled();
    expect(fetch).not.toHaveBeenCalled();
  });

  it("is not there without a registration (nor is the sign-in's code loaded)", async () => {
    await expect(openSiteSource(DEFAULT_POLICY)).rejects.toBeInstanceOf(NotConfiguredError);
    expect(createSignIn).not.toHaveBeenCalled();
  });
});

describe("the meeting's travel with the sites found", () => {
  const draft: MeetingDraft = {
    subject: "Statusmøde: ny hjemmeside",
    start: "2027-02-02T10:00:00+01:00",
    end: "2027-02-02T11:00:00+01:00",
    location: "SUH Køge, Lykkebækvej 1, 4600 Køge",
    organizer: { email: "mette.hansen@regionsjaelland.dk", site: "Sorø" },
    attendees: SCENARIO.map((email) => ({ email, type: "required" as const })),
  };

  /** The draft once the lookup it started has settled, whether it found sites or failed. */
  async function resolved(faults?: FakeGraphFaults): Promise<MeetingDraft> {
    previewGraph(faults);
    let started: (answer: Promise<unknown>) => void = () => undefined;
    const lookup = new Promise<Promise<unknown>>((resolve) => (started = resolve));
    const onResolved = jest.fn();
    const sites = new InviteeSites(
      async () =>
        new SiteLookups({
          open: async () => {
            const source = await openSiteSource(DEFAULT_POLICY);
            return {
              sitesOf: (emails: readonly string[]) => {
                const answer = source.sitesOf(emails);
                started(answer.catch(() => undefined));
                return answer;
              },
            };
          },
          onResolved,
          setTimer: (run) => run(),
        }),
    );
    sites.apply(draft);
    sites.enable();
    await await lookup;
    // What InviteeSites does with the answer runs in promise callbacks, all before the next task.
    await new Promise((resolve) => setImmediate(resolve));
    expect(onResolved).toHaveBeenCalledTimes(faults ? 0 : 1);
    return sites.apply(draft);
  }

  it("counts everyone once the sites are there", async () => {
    const travel = advise(await resolved(), { policy: DEFAULT_POLICY, locale: "da" }).travel;
    // Mette drives from Sorø and Carsten from Holbæk; Anders and Birgitte work in Køge.
    expect(travel).toMatchObject({
      meetingSite: "Køge",
      attendeesTravelling: 2,
      attendeesUnknown: 0,
    });
  });

  it("counts only the person's own travel, as today, when Graph cannot be reached", async () => {
    const travel = advise(await resolved({ offline: true }), {
      policy: DEFAULT_POLICY,
      locale: "da",
    }).travel;
    expect(travel).toMatchObject({ attendeesTravelling: 1, attendeesUnknown: 3 });
  });
});

describe("startSiteLookups", () => {
  afterEach(uninstallFakeOutlook);

  /** Runs the pane's lookups on an item until the sites arrived and were handed on. */
  async function lookUpOn(mode: "compose" | "read") {
    previewGraph();
    const fake = installFakeOutlook({ mode });
    let reconsidered: () => void = () => undefined;
    const arrived = new Promise<void>((resolve) => (reconsidered = resolve));
    const writes: Promise<unknown>[] = [];
    const runExclusive = jest.fn((task: () => Promise<unknown>) => {
      const written = task();
      writes.push(written);
      return written;
    });
    const watcher = {
      reconsider: jest.fn(async () => reconsidered()),
      runExclusive: runExclusive as <T>(task: () => Promise<T>) => Promise<T>,
    };
    const lookups = startSiteLookups(fake.item, DEFAULT_POLICY, {
      watcher: () => watcher,
      onError: jest.fn(),
    });
    const draft = lookups.noticed({
      subject: "Statusmøde",
      start: "2027-02-02T10:00:00+01:00",
      end: "2027-02-02T11:00:00+01:00",
      location: "SUH Køge",
      organizer: { email: "mette.hansen@regionsjaelland.dk", site: "Sorø" },
      attendees: SCENARIO.map((email) => ({ email, type: "required" as const })),
    });
    expect(draft.attendees.map((a) => a.site)).toEqual([undefined, undefined, undefined]);
    await arrived;
    await Promise.all(writes);
    return { fake, watcher, runExclusive, lookups };
  }

  it("composing, keeps the sites on the item in the watcher's turn, for the event handlers", async () => {
    const { fake, runExclusive } = await lookUpOn("compose");
    expect(runExclusive).toHaveBeenCalledTimes(1);
    expect(fake.state.customProperties).toEqual({
      [SITES_PROPERTY]:
        "1;Holbæk=carsten.lund@regionsjaelland.dk;Køge=anders.nielsen@regionsjaelland.dk,birgitte.holm",
    });
  });

  it("reading an invitation, writes nothing to it", async () => {
    const { fake, watcher, runExclusive, lookups } = await lookUpOn("read");
    expect(watcher.reconsider).toHaveBeenCalledTimes(1);
    expect(runExclusive).not.toHaveBeenCalled();
    expect(fake.calls).not.toContain("customProperties.saveAsync");
    lookups.stop();
  });
});
