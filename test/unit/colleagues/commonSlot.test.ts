/**
 * The view's search for a group's first common slot: the days searched (working days), the group
 * (the person themself first, each address once), what is fetched from Graph and when (sites only
 * in person, and only those not known), how the answer is worded, and the meeting it books.
 */
import { DateTime } from "luxon";
import type { SlotAnswer, SlotPerson } from "../../../src/colleagues/commonSlot";
import {
  bookingForm,
  findCommonSlot,
  joinNames,
  searchDays,
  slotGroup,
  slotSummary,
} from "../../../src/colleagues/commonSlot";
import type { BusyPeriod, ScheduleLookup } from "../../../src/availability/types";
import { availabilityMessages } from "../../../src/i18n/availability";
import { translator } from "../../../src/i18n/catalogue";
import { colleaguesMessages } from "../../../src/i18n/colleagues";
import { DEFAULT_POLICY } from "../../../src/policy/defaultPolicy";
import type { Site } from "../../../src/policy/types";
import { scheduleLookup, utc } from "../availability/lookups";

const ZONE = "Europe/Copenhagen";
const at = (iso: string) => DateTime.fromISO(iso, { zone: ZONE });
/** Thursday 3 December 2026, 09:30: the browser tests' clock. */
const THURSDAY = at("2026-12-03T09:30");
const site = (name: string) => DEFAULT_POLICY.sites.find((s) => s.name === name) as Site;

/** A lookup with busy periods given as local "yyyy-MM-dd HH:mm" pairs; 08–16 every weekday. */
function lookup(email: string, busy: [string, string][] = []): ScheduleLookup {
  const periods: BusyPeriod[] = busy.map(([start, end]) => ({
    status: "busy",
    start: utc(at(start.replace(" ", "T"))),
    end: utc(at(end.replace(" ", "T"))),
  }));
  const window = { start: at("2026-12-03T00:00"), end: at("2026-12-10T00:00") };
  return scheduleLookup(email, window, periods);
}

/** A fake of the client's two calls, recording what it was asked. */
function fakeClient(
  lookups: ScheduleLookup[],
  locations: Record<string, string | null> = {},
  options: { locationsFail?: boolean; schedulesFail?: Error } = {},
) {
  const calls = {
    schedules: [] as { emails: string[]; start: string; end: string }[],
    locations: [] as string[][],
  };
  return {
    calls,
    client: {
      getSchedules: (emails: readonly string[], window: { start: DateTime; end: DateTime }) => {
        calls.schedules.push({
          emails: [...emails],
          start: window.start.setZone(ZONE).toISO() as string,
          end: window.end.setZone(ZONE).toISO() as string,
        });
        if (options.schedulesFail) return Promise.reject(options.schedulesFail);
        return Promise.resolve(lookups.filter((l) => emails.includes(l.email)));
      },
      officeLocations: (emails: readonly string[]) => {
        calls.locations.push([...emails]);
        if (options.locationsFail) return Promise.reject(new Error("batch failed"));
        return Promise.resolve(
          new Map(emails.filter((e) => e in locations).map((e) => [e, locations[e] ?? null])),
        );
      },
    },
  };
}

const ME: SlotPerson = { email: "me@x.dk", name: "Mette Hansen", me: true, ownSite: "Sorø" };
const A: SlotPerson = { email: "a@x.dk", name: "Anne Thomsen" };
const B: SlotPerson = { email: "b@x.dk", name: "Bo Madsen", officeLocation: "SUH Køge, afsnit B4" };

describe("searchDays: the calendar days that hold five working days", () => {
  it.each([
    ["Monday", "2026-11-30T09:00", 5],
    ["Thursday", "2026-12-03T09:30", 7],
    ["Friday", "2026-12-04T15:00", 7],
    ["Saturday (not a working day itself)", "2026-12-05T10:00", 7],
    ["Sunday", "2026-12-06T10:00", 6],
  ])("from a %s", (_day, iso, days) => {
    expect(searchDays(at(iso), ZONE)).toBe(days);
  });

  it("counts the days in the person's zone, not the clock's", () => {
    // Sunday 23:30 UTC is already Monday in Copenhagen.
    expect(searchDays(DateTime.fromISO("2026-12-06T23:30Z", { zone: "UTC" }), ZONE)).toBe(5);
    expect(searchDays(at("2026-12-05T10:00"), ZONE, 1)).toBe(3);
  });
});

describe("slotGroup", () => {
  it("puts the person themself first and keeps each address once, whatever its case", () => {
    const group = slotGroup(ME, [
      { email: "A@X.dk", name: "Anne Thomsen" },
      { email: "me@x.dk", name: "Mette Hansen" },
      { email: "a@x.dk", name: "Anne again" },
      B,
    ]);
    expect(group.map((p) => [p.email, !!p.me])).toEqual([
      ["me@x.dk", true],
      ["a@x.dk", false],
      ["b@x.dk", false],
    ]);
  });

  it("is the colleagues alone when Outlook does not say who the person is", () => {
    expect(slotGroup(null, [A, B]).map((p) => p.email)).toEqual(["a@x.dk", "b@x.dk"]);
  });
});

describe("findCommonSlot", () => {
  const search = (people: SlotPerson[], form: "video" | "physical" = "video", duration = 30) => ({
    people,
    durationMinutes: duration,
    form,
    now: THURSDAY,
    zone: ZONE,
    policy: DEFAULT_POLICY,
  });

  it("asks for everyone's calendar once, over the next five working days, and finds the time", async () => {
    const { client, calls } = fakeClient([
      lookup("me@x.dk", [["2026-12-03 09:00", "2026-12-03 11:00"]]),
      lookup("a@x.dk", [["2026-12-03 11:00", "2026-12-03 12:00"]]),
      lookup("b@x.dk"),
    ]);
    const answer = await findCommonSlot(client, search([ME, A, B]));
    expect(calls.schedules).toEqual([
      {
        emails: ["me@x.dk", "a@x.dk", "b@x.dk"],
        start: "2026-12-03T00:00:00.000+01:00",
        end: "2026-12-10T00:00:00.000+01:00",
      },
    ]);
    // A video meeting needs no sites.
    expect(calls.locations).toEqual([]);
    expect(answer.result.found && answer.result.start.toISO()).toBe(
      "2026-12-03T12:00:00.000+01:00",
    );
    expect(answer.result.found && answer.result.end.toISO()).toBe("2026-12-03T12:30:00.000+01:00");
  });

  it("in person: the person's own site from their settings, the directory's, and looks up only the rest", async () => {
    const { client, calls } = fakeClient([lookup("me@x.dk"), lookup("a@x.dk"), lookup("b@x.dk")], {
      "a@x.dk": "Næstved Sygehus, Røntgen",
      "me@x.dk": "Holbæk Sygehus",
    });
    const answer = await findCommonSlot(client, search([ME, A, B], "physical"));
    expect(calls.locations).toEqual([["a@x.dk"]]);
    const { result } = answer;
    if (!result.found) throw new Error("no slot");
    // Sorø, Næstved, Køge: a tie, so the first member's site, the person's own.
    expect(result.site?.name).toBe("Sorø");
    expect(result.travel.map((t) => t.email).sort()).toEqual(["a@x.dk", "b@x.dk"]);
    expect(result.unknownSites).toEqual([]);
  });

  it("in person: sites that cannot be looked up are unknown, and a time is still found", async () => {
    const { client } = fakeClient(
      [lookup("a@x.dk"), lookup("b@x.dk")],
      {},
      { locationsFail: true },
    );
    const answer = await findCommonSlot(client, search([A, B], "physical"));
    expect(answer.result.found).toBe(true);
    expect(answer.result.unknownSites).toEqual(["a@x.dk"]);
  });

  it("skips a member Graph did not answer for, and names them", async () => {
    const { client } = fakeClient([lookup("a@x.dk")]);
    const answer = await findCommonSlot(client, search([A, B]));
    expect(answer.result.skipped).toEqual(["b@x.dk"]);
    expect(answer.result.found).toBe(true);
  });

  it("rejects when Graph's requests fail, for the view to say why", async () => {
    const offline = new Error("offline");
    const { client } = fakeClient([], {}, { schedulesFail: offline });
    await expect(findCommonSlot(client, search([A, B]))).rejects.toBe(offline);
  });
});

describe("slotSummary", () => {
  const da = translator(colleaguesMessages, "da");
  const daAvailability = translator(availabilityMessages, "da");
  const say = (answer: SlotAnswer, locale: "da" | "en" = "da") => {
    const summary = slotSummary(answer, locale);
    const t = translator(colleaguesMessages, locale);
    const ta = translator(availabilityMessages, locale);
    return [
      ...(summary.when ? [t("slotFound", summary.when)] : []),
      ...summary.lines.map((l) =>
        l.from === "colleagues" ? t(l.key, l.params) : ta(l.key, l.params),
      ),
    ];
  };
  const people = [ME, A, B, { email: "c@x.dk", name: "Carsten Lund" }];
  const found = (extra: Partial<Extract<SlotAnswer["result"], { found: true }>> = {}) =>
    ({
      people,
      form: "physical",
      durationMinutes: 30,
      result: {
        found: true,
        start: at("2026-12-03T11:00"),
        end: at("2026-12-03T11:30"),
        site: null,
        travel: [],
        skipped: [],
        unknownSites: [],
        ...extra,
      },
    }) satisfies SlotAnswer;

  it("says the day and time, and that the person's own calendar counted", () => {
    expect(say(found())).toEqual(["tors. 3. dec. 11:00–11:30", da("slotWithYou")]);
    expect(say(found(), "en")[0]).toBe("Thu 3 Dec 11:00–11:30");
  });

  it("says where, who drives how far (those driving as far together), and whose site is unknown", () => {
    expect(
      say(
        found({
          site: site("Køge"),
          travel: [
            { email: "a@x.dk", minutes: 45 },
            { email: "me@x.dk", minutes: 80 },
            { email: "c@x.dk", minutes: 45 },
          ],
          unknownSites: ["b@x.dk"],
        }),
      ),
    ).toEqual([
      "tors. 3. dec. 11:00–11:30",
      "Mødested: Køge",
      "Inkl. 80 min kørsel for Mette Hansen.",
      "Inkl. 45 min kørsel for Anne Thomsen og Carsten Lund.",
      "Arbejdsstedet kendes ikke for Bo Madsen: deres kørsel er ikke regnet med.",
      da("slotWithYou"),
    ]);
  });

  it("names whom it could not count, and does not claim the person's calendar when it was not read", () => {
    expect(say(found({ skipped: ["me@x.dk", "b@x.dk"] }))).toEqual([
      "tors. 3. dec. 11:00–11:30",
      daAvailability("slotUnknownMembers", { names: "Mette Hansen og Bo Madsen" }),
    ]);
  });

  it("says when there is no common time in the working days searched", () => {
    const none: SlotAnswer = {
      people,
      form: "video",
      durationMinutes: 90,
      result: { found: false, reason: "no-common-time", skipped: ["c@x.dk"], unknownSites: [] },
    };
    expect(say(none)).toEqual([
      "Ingen fælles ledig tid de næste 5 arbejdsdage.",
      "Uden Carsten Lund: deres kalender kunne ikke læses.",
    ]);
    expect(slotSummary(none, "da").when).toBeNull();
  });

  it("says when no calendar at all could be read", () => {
    const none: SlotAnswer = {
      people,
      form: "video",
      durationMinutes: 30,
      result: { found: false, reason: "no-members", skipped: ["a@x.dk"], unknownSites: [] },
    };
    expect(say(none)[0]).toBe(da("slotNoCalendars"));
  });

  it("joins names as the language does", () => {
    expect(joinNames(["A", "B", "C"], "da")).toBe("A, B og C");
    expect(joinNames(["A", "B", "C"], "en")).toBe("A, B and C");
    expect(joinNames(["A"], "da")).toBe("A");
  });
});

describe("bookingForm", () => {
  it("invites the group (those not read too) but not the organizer, at the time found", () => {
    const answer: SlotAnswer = {
      people: [ME, A, B],
      form: "video",
      durationMinutes: 45,
      result: {
        found: true,
        start: at("2026-12-03T11:00"),
        end: at("2026-12-03T11:45"),
        site: null,
        travel: [],
        skipped: ["b@x.dk"],
        unknownSites: [],
      },
    };
    expect(bookingForm(answer)).toEqual({
      requiredAttendees: ["a@x.dk", "b@x.dk"],
      start: new Date("2026-12-03T10:00:00Z"),
      end: new Date("2026-12-03T10:45:00Z"),
    });
  });

  it("books nothing when no time was found", () => {
    expect(
      bookingForm({
        people: [A, B],
        form: "video",
        durationMinutes: 30,
        result: { found: false, reason: "no-common-time", skipped: [], unknownSites: [] },
      }),
    ).toBeNull();
  });
});
