/**
 * The meeting view's lookups of the invitees' sites: none before the first advice is shown, each
 * address asked once while the pane is open, new addresses that come together asked together, and
 * when the directory cannot be asked, the draft as it was (every site unknown, as today).
 */
import type { Attendee, MeetingDraft } from "../../../src/advisor/types";
import { NotSignedInError } from "../../../src/graph/errors";
import { InviteeSites } from "../../../src/taskpane/inviteeSites";
import { SiteLookups, type SiteSource } from "../../../src/taskpane/siteLookup";

const DIRECTORY = new Map<string, string | null>([
  ["anders.nielsen@regionsjaelland.dk", "Køge"],
  ["birgitte.holm@regionsjaelland.dk", "Køge"],
  ["carsten.lund@regionsjaelland.dk", "Holbæk"],
  ["hjemme@regionsjaelland.dk", null],
]);

const person = (local: string, type: Attendee["type"] = "required"): Attendee => ({
  email: `${local}@regionsjaelland.dk`,
  type,
});

const meeting = (...attendees: Attendee[]): MeetingDraft => ({
  subject: "Statusmøde",
  start: "2027-02-02T10:00:00+01:00",
  end: "2027-02-02T11:00:00+01:00",
  location: "SUH Køge",
  organizer: { email: "mette.hansen@regionsjaelland.dk", site: "Sorø" },
  attendees,
});

/** A directory that answers when the test says so, and records what it was asked. */
function fakeSource(options: { fail?: unknown } = {}) {
  const asked: string[][] = [];
  const pending: Array<() => void> = [];
  const source: SiteSource = {
    sitesOf: jest.fn((emails: readonly string[]) => {
      asked.push([...emails]);
      return new Promise<Map<string, string | null>>((resolve, reject) => {
        pending.push(() => {
          if (options.fail) {
            reject(options.fail);
            return;
          }
          // Like the client: an address not in the directory is answered with no site.
          resolve(new Map(emails.map((e) => [e, DIRECTORY.get(e) ?? null])));
        });
      });
    }),
  };
  return {
    source,
    asked,
    answerAll: async () => {
      while (pending.length > 0) pending.shift()?.();
      await flush();
    },
  };
}

/** Lets every settled promise's callbacks run. */
const flush = async () => {
  for (let i = 0; i < 10; i++) await Promise.resolve();
};

function setup(source: SiteSource | (() => Promise<SiteSource>)) {
  const timers: Array<{ run: () => void; ms: number }> = [];
  const onResolved = jest.fn();
  const keep = jest.fn();
  const open = jest.fn(typeof source === "function" ? source : () => Promise.resolve(source));
  // The lookups as the pane loads them, with a timer the test fires.
  const start = jest.fn(() =>
    Promise.resolve(
      new SiteLookups({
        open,
        onResolved,
        keep,
        setTimer: (run, ms) => timers.push({ run, ms }),
      }),
    ),
  );
  const sites = new InviteeSites(start);
  // The lookups hear of each draft once their code has loaded (a promise): let that happen first.
  const fireTimers = async () => {
    await flush();
    while (timers.length > 0) timers.shift()?.run();
    await flush();
  };
  return { sites, timers, onResolved, keep, open, start, fireTimers };
}

const sitesOf = (draft: MeetingDraft) => draft.attendees.map((a) => a.site ?? null);

describe("InviteeSites", () => {
  it("asks nothing before the first advice is shown, and gives the draft as read", async () => {
    const directory = fakeSource();
    const { sites, timers, open, start } = setup(directory.source);
    const draft = meeting(person("anders.nielsen"));
    expect(sites.apply(draft)).toBe(draft);
    await flush();
    expect(timers).toHaveLength(0);
    // Not even the lookups' code is loaded.
    expect(start).not.toHaveBeenCalled();
    expect(open).not.toHaveBeenCalled();
  });

  it("then looks up every invitee without a site at once, and the advice counts them", async () => {
    const directory = fakeSource();
    const { sites, timers, onResolved, fireTimers } = setup(directory.source);
    const draft = meeting(
      person("anders.nielsen"),
      person("birgitte.holm"),
      person("carsten.lund", "optional"),
      person("lokale.2", "resource"),
    );
    sites.apply(draft);
    sites.enable();
    await flush();
    expect(timers.map((t) => t.ms)).toEqual([250]);
    await fireTimers();
    // The organizer's own site (from their settings) is not looked up, nor is a room.
    expect(directory.asked).toEqual([
      [
        "anders.nielsen@regionsjaelland.dk",
        "birgitte.holm@regionsjaelland.dk",
        "carsten.lund@regionsjaelland.dk",
      ],
    ]);
    expect(onResolved).not.toHaveBeenCalled();
    await directory.answerAll();
    expect(onResolved).toHaveBeenCalledTimes(1);
    expect(sitesOf(sites.apply(draft))).toEqual(["Køge", "Køge", "Holbæk", null]);
  });

  it("asks each address once: a read with no new address costs nothing", async () => {
    const directory = fakeSource();
    const { sites, fireTimers, timers } = setup(directory.source);
    sites.enable();
    const draft = meeting(person("anders.nielsen"), person("hjemme"));
    sites.apply(draft);
    await fireTimers();
    await directory.answerAll();
    for (let i = 0; i < 5; i++) sites.apply({ ...draft, subject: `Statusmøde ${i}` });
    await flush();
    expect(timers).toHaveLength(0);
    // Someone is added: only they are asked.
    sites.apply(meeting(person("anders.nielsen"), person("hjemme"), person("carsten.lund")));
    await fireTimers();
    expect(directory.asked).toEqual([
      ["anders.nielsen@regionsjaelland.dk", "hjemme@regionsjaelland.dk"],
      ["carsten.lund@regionsjaelland.dk"],
    ]);
    await directory.answerAll();
    // One with no site in the directory stays unknown, and is not asked again.
    const after = sites.apply(
      meeting(person("anders.nielsen"), person("hjemme"), person("carsten.lund")),
    );
    expect(sitesOf(after)).toEqual(["Køge", null, "Holbæk"]);
    await flush();
    expect(timers).toHaveLength(0);
  });

  it("asks for addresses that come together in one lookup, and for those that come during one after it", async () => {
    const directory = fakeSource();
    const { sites, fireTimers } = setup(directory.source);
    sites.enable();
    sites.apply(meeting(person("anders.nielsen")));
    sites.apply(meeting(person("anders.nielsen"), person("birgitte.holm")));
    await fireTimers();
    expect(directory.asked).toHaveLength(1);
    // Added while the lookup is under way: asked once it is answered, not beside it.
    sites.apply(meeting(person("anders.nielsen"), person("birgitte.holm"), person("carsten.lund")));
    await fireTimers();
    expect(directory.asked).toHaveLength(1);
    await directory.answerAll();
    await fireTimers();
    expect(directory.asked).toEqual([
      ["anders.nielsen@regionsjaelland.dk", "birgitte.holm@regionsjaelland.dk"],
      ["carsten.lund@regionsjaelland.dk"],
    ]);
  });

  it("keeps today's behaviour when Graph cannot be asked: every site unknown, no new advice", async () => {
    const directory = fakeSource({ fail: new NotSignedInError() });
    const { sites, onResolved, keep, fireTimers, timers } = setup(directory.source);
    sites.enable();
    const draft = meeting(person("anders.nielsen"));
    sites.apply(draft);
    await fireTimers();
    await directory.answerAll();
    expect(onResolved).not.toHaveBeenCalled();
    expect(keep).not.toHaveBeenCalled();
    expect(sites.apply(draft)).toBe(draft);
    await flush();
    // Not asked again on every read: only with the next new address, and then together.
    expect(timers).toHaveLength(0);
    sites.apply(meeting(person("anders.nielsen"), person("carsten.lund")));
    await fireTimers();
    expect(directory.asked[1]).toEqual([
      "carsten.lund@regionsjaelland.dk",
      "anders.nielsen@regionsjaelland.dk",
    ]);
  });

  it("opens the directory again with the next new address when it could not be opened", async () => {
    const directory = fakeSource();
    let opens = 0;
    const { sites, fireTimers, onResolved } = setup(() =>
      ++opens === 1 ? Promise.reject(new NotSignedInError()) : Promise.resolve(directory.source),
    );
    sites.enable();
    sites.apply(meeting(person("anders.nielsen")));
    await fireTimers();
    expect(directory.asked).toHaveLength(0);
    sites.apply(meeting(person("anders.nielsen"), person("carsten.lund")));
    await fireTimers();
    await directory.answerAll();
    expect(opens).toBe(2);
    expect(onResolved).toHaveBeenCalledTimes(1);
  });

  it("hands the invitees' sites to keep, once for each change, and only sites", async () => {
    const directory = fakeSource();
    const { sites, keep, fireTimers } = setup(directory.source);
    sites.enable();
    const draft = meeting(person("anders.nielsen"), person("hjemme"), person("carsten.lund"));
    sites.apply(draft);
    await fireTimers();
    await directory.answerAll();
    expect(keep).toHaveBeenCalledTimes(1);
    expect(keep).toHaveBeenLastCalledWith(
      new Map([
        ["anders.nielsen@regionsjaelland.dk", "Køge"],
        ["carsten.lund@regionsjaelland.dk", "Holbæk"],
      ]),
    );
    sites.apply(draft);
    await flush();
    expect(keep).toHaveBeenCalledTimes(1);
    // Carsten is taken off the meeting: his site is no longer kept.
    sites.apply(meeting(person("anders.nielsen")));
    await flush();
    expect(keep).toHaveBeenLastCalledWith(new Map([["anders.nielsen@regionsjaelland.dk", "Køge"]]));
  });

  it("asks nothing more and reports nothing once stopped", async () => {
    const directory = fakeSource();
    const { sites, onResolved, fireTimers } = setup(directory.source);
    sites.enable();
    sites.apply(meeting(person("anders.nielsen")));
    await fireTimers();
    sites.stop();
    await directory.answerAll();
    expect(onResolved).not.toHaveBeenCalled();
    sites.apply(meeting(person("carsten.lund")));
    await fireTimers();
    expect(directory.asked).toHaveLength(1);
  });

  it("stops the lookups that load after the pane closed, and lives without their code", async () => {
    const directory = fakeSource();
    const { sites, start, fireTimers } = setup(directory.source);
    sites.apply(meeting(person("anders.nielsen")));
    sites.enable();
    sites.stop();
    await fireTimers();
    expect(start).toHaveBeenCalledTimes(1);
    expect(directory.asked).toHaveLength(0);

    const offline = new InviteeSites(() => Promise.reject(new Error("chunk failed to load")));
    const draft = meeting(person("anders.nielsen"));
    offline.apply(draft);
    offline.enable();
    await flush();
    expect(offline.apply(draft)).toBe(draft);
    offline.stop();
    await flush();
  });
});
