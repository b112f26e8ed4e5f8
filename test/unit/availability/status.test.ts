/**
 * Colleagues' status from getSchedule's answer (read through the Graph client's boundary, as in
 * the pane): every availabilityView digit, every scheduleItem status, until when, next free, the
 * timeline within working hours, DST days in Copenhagen, working hours in other zones, all-day
 * out of office, and never a subject.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { DateTime } from "luxon";
import { colleagueStatus, dayWindow, scheduleSpans } from "../../../src/availability/status";
import type { ScheduleLookup } from "../../../src/availability/types";
import { readScheduleResponse } from "../../../src/graph/schedule";

const ZONE = "Europe/Copenhagen";
const EMAIL = "birgitte.holm@regionsjaelland.dk";

const ROMANCE_8_16 = {
  daysOfWeek: ["monday", "tuesday", "wednesday", "thursday", "friday"],
  startTime: "08:00:00.0000000",
  endTime: "16:00:00.0000000",
  timeZone: { name: "Romance Standard Time" },
};
const EVERY_DAY_7_15 = {
  ...ROMANCE_8_16,
  daysOfWeek: ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"],
  startTime: "07:00:00.0000000",
  endTime: "15:00:00.0000000",
};

interface RawItem {
  status: string;
  start: string;
  end: string;
  subject?: string;
  location?: string;
}

/** A Graph scheduleInformation for one colleague over `days` Copenhagen days, read as the pane reads it. */
function lookup(options: {
  day: string;
  days?: number;
  view?: string;
  items?: RawItem[] | null;
  workingHours?: unknown;
}): ScheduleLookup {
  const { start, end } = dayWindow(
    DateTime.fromISO(options.day, { zone: ZONE }),
    ZONE,
    options.days ?? 1,
  );
  const window = {
    start: start.toUTC().toISO() as string,
    end: end.toUTC().toISO() as string,
    intervalMinutes: 15,
  };
  const info: Record<string, unknown> = {
    scheduleId: EMAIL,
    availabilityView: options.view ?? "",
    workingHours: options.workingHours === undefined ? ROMANCE_8_16 : options.workingHours,
  };
  if (options.items !== null) {
    info.scheduleItems = (options.items ?? []).map((item) => ({
      isPrivate: false,
      status: item.status,
      ...(item.subject ? { subject: item.subject } : {}),
      ...(item.location ? { location: item.location } : {}),
      start: { dateTime: item.start, timeZone: "UTC" },
      end: { dateTime: item.end, timeZone: "UTC" },
    }));
  }
  const [result] = readScheduleResponse({ value: [info] }, [EMAIL], window);
  if (!result) throw new Error("no lookup");
  return result;
}

const at = (iso: string) => DateTime.fromISO(iso, { zone: ZONE });
const options = (now: string) => ({ now: at(now), zone: ZONE, fallbackZone: ZONE });
/** A time shown in the viewer's zone, as the view formats it: "11:00". */
const hm = (time: DateTime | null | undefined) => (time ? time.toFormat("HH:mm") : null);
const timeline = (status: ReturnType<typeof colleagueStatus>) =>
  status.timeline.map((s) => `${hm(s.start)}-${hm(s.end)} ${s.detail}`);

describe("every availabilityView digit (a response without scheduleItems)", () => {
  it.each([
    ["0", "free", "free"],
    ["1", "tentative", "tentative"],
    ["2", "busy", "busy"],
    ["3", "away", "oof"],
    ["4", "tentative", "workingElsewhere"],
    ["9", "unknown", "unknown"],
  ] as const)("digit %s is %s (%s)", (digit, status, detail) => {
    const day = "2027-03-01";
    // Free all day, the digit from 09:00 to 11:00 (slots 36 to 43).
    const view = "0".repeat(36) + digit.repeat(8) + "0".repeat(52);
    const result = colleagueStatus(lookup({ day, view, items: null }), options(`${day}T10:00`));
    expect([result.status, result.detail]).toEqual([status, detail]);
    expect(hm(result.until)).toBe(digit === "0" ? null : "11:00");
  });

  it("is unknown past the end of a short view", () => {
    const result = colleagueStatus(
      lookup({ day: "2027-03-01", view: "0".repeat(40), items: null }),
      options("2027-03-01T12:00"),
    );
    expect(result.status).toBe("unknown");
  });

  it("is unknown with neither items nor a view", () => {
    const result = colleagueStatus(
      lookup({ day: "2027-03-01", view: "", items: null }),
      options("2027-03-01T12:00"),
    );
    expect(result.status).toBe("unknown");
  });
});

describe("every scheduleItem status", () => {
  it.each([
    ["free", "free", null],
    ["tentative", "tentative", "11:00"],
    ["busy", "busy", "11:00"],
    ["oof", "away", "11:00"],
    ["workingElsewhere", "tentative", "11:00"],
    ["unknown", "unknown", "11:00"],
    ["somethingNew", "unknown", "11:00"],
  ] as const)("%s is %s until %s", (itemStatus, status, until) => {
    const items = [
      { status: itemStatus, start: "2027-03-01T08:00:00", end: "2027-03-01T10:00:00" },
    ];
    const result = colleagueStatus(
      lookup({ day: "2027-03-01", items }),
      options("2027-03-01T10:00"),
    );
    expect(result.status).toBe(status);
    expect(result.detail).toBe(itemStatus === "somethingNew" ? "unknown" : itemStatus);
    expect(hm(result.until)).toBe(until);
  });

  it("takes the stronger status where items overlap (the documentation's Megan)", () => {
    const items = [
      { status: "busy", start: "2027-03-01T11:00:00", end: "2027-03-01T13:00:00" },
      { status: "tentative", start: "2027-03-01T11:00:00", end: "2027-03-01T12:00:00" },
      { status: "oof", start: "2027-03-01T12:30:00", end: "2027-03-01T13:30:00" },
    ];
    const l = lookup({ day: "2027-03-01", items });
    expect(
      [12, 13, 14].map((h) => colleagueStatus(l, options(`2027-03-01T${h}:15`)).detail),
    ).toEqual(["busy", "busy", "oof"]);
  });

  it("trusts the items' exact times over the view's slots", () => {
    // The view rounds a meeting that ends 10:50 up to 11:00; the item says 10:50.
    const view = "0".repeat(36) + "2".repeat(8) + "0".repeat(52);
    const items = [{ status: "busy", start: "2027-03-01T08:00:00", end: "2027-03-01T09:50:00" }];
    const result = colleagueStatus(
      lookup({ day: "2027-03-01", view, items }),
      options("2027-03-01T10:00"),
    );
    expect(hm(result.until)).toBe("10:50");
    expect(hm(result.nextFree?.start)).toBe("10:50");
  });
});

describe("the receptionist's question: Birgitte Holm, busy until 11:00", () => {
  const l = lookup({
    day: "2027-03-01",
    items: [
      {
        status: "busy",
        start: "2027-03-01T07:00:00",
        end: "2027-03-01T10:00:00",
        subject: "Samtale med patient 010203-1234",
        location: "Afsnit B4, stue 12",
      },
    ],
  });

  it("is busy until 11:00, next free at 11:00 until the end of her day", () => {
    const result = colleagueStatus(l, options("2027-03-01T09:30"));
    expect(result.status).toBe("busy");
    expect(hm(result.until)).toBe("11:00");
    expect([hm(result.nextFree?.start), hm(result.nextFree?.end)]).toEqual(["11:00", "16:00"]);
    expect(result.atWork).toBe(true);
    expect(timeline(result)).toEqual(["08:00-11:00 busy", "11:00-16:00 free"]);
  });

  it("is free from 11:00, and next free is now", () => {
    const result = colleagueStatus(l, options("2027-03-01T11:20"));
    expect([result.status, hm(result.until), hm(result.nextFree?.start)]).toEqual([
      "free",
      null,
      "11:20",
    ]);
  });

  it("keeps no subject or location, anywhere in what it returns", () => {
    const kept = JSON.stringify([l, colleagueStatus(l, options("2027-03-01T09:30"))]);
    expect(kept).not.toMatch(/patient|010203|stue|subject|location/i);
  });

  it("reads the same from the fixture the Graph client tests use", () => {
    const body = JSON.parse(
      readFileSync(
        path.join(__dirname, "..", "..", "fixtures", "graph", "getSchedule.copenhagen.json"),
        "utf8",
      ),
    ) as unknown;
    const window = dayWindow(at("2027-03-01T09:30"), ZONE);
    const lookups = readScheduleResponse(body, [EMAIL, "ukendt@regionsjaelland.dk"], {
      start: window.start.toUTC().toISO() as string,
      end: window.end.toUTC().toISO() as string,
      intervalMinutes: 15,
    });
    const [birgitte, unknown] = lookups.map((x) => colleagueStatus(x, options("2027-03-01T09:30")));
    expect([birgitte?.status, hm(birgitte?.until), hm(birgitte?.nextFree?.start)]).toEqual([
      "busy",
      "11:00",
      "11:00",
    ]);
    expect(unknown).toMatchObject({ status: "unknown", problem: "not-found", timeline: [] });
    // The fixture's view agrees with its items: 12 busy slots from 08:00.
    const schedule = lookups[0]?.ok ? lookups[0].schedule : null;
    expect(schedule?.availabilityView).toHaveLength(96);
    expect(schedule?.availabilityView.indexOf("2")).toBe(32);
  });
});

describe("DST days in Europe/Copenhagen", () => {
  it("the spring change (28 March 2027): a 23-hour day, the view's slots in real time", () => {
    // Midnight is 23:00Z; 09:00 summer time is 07:00Z, 8 real hours (32 slots) after midnight.
    const view = "0".repeat(32) + "2".repeat(4) + "0".repeat(56);
    const l = lookup({ day: "2027-03-28", view, items: null, workingHours: EVERY_DAY_7_15 });
    if (!l.ok) throw new Error("expected a schedule");
    const { start, end } = l.schedule.window;
    expect(Date.parse(end) - Date.parse(start)).toBe(23 * 3_600_000);
    const result = colleagueStatus(l, options("2027-03-28T09:30"));
    expect([result.status, hm(result.until)]).toEqual(["busy", "10:00"]);
    expect(timeline(result)).toEqual(["07:00-09:00 free", "09:00-10:00 busy", "10:00-15:00 free"]);
  });

  it("spring: an item across the missing hour ends at 03:30 summer time", () => {
    const items = [{ status: "busy", start: "2027-03-28T00:30:00", end: "2027-03-28T01:30:00" }];
    const l = lookup({ day: "2027-03-28", items, workingHours: EVERY_DAY_7_15 });
    const result = colleagueStatus(l, options("2027-03-28T01:45"));
    expect(result.until?.toISO()).toBe("2027-03-28T03:30:00.000+02:00");
  });

  it("the autumn change (31 October 2027): a 25-hour day, 100 slots", () => {
    // Midnight is 22:00Z (summer time); 09:00 winter time is 08:00Z, 10 real hours (40 slots) later.
    const view = "0".repeat(40) + "2".repeat(4) + "0".repeat(56);
    const l = lookup({ day: "2027-10-31", view, items: null, workingHours: EVERY_DAY_7_15 });
    if (!l.ok) throw new Error("expected a schedule");
    expect(Date.parse(l.schedule.window.end) - Date.parse(l.schedule.window.start)).toBe(
      25 * 3_600_000,
    );
    const result = colleagueStatus(l, options("2027-10-31T09:30"));
    expect([result.status, hm(result.until)]).toEqual(["busy", "10:00"]);
    expect(timeline(result)).toEqual(["07:00-09:00 free", "09:00-10:00 busy", "10:00-15:00 free"]);
  });

  it("autumn: an item in the repeated hour ends in the second 02:30 (winter time)", () => {
    const items = [{ status: "busy", start: "2027-10-31T00:00:00", end: "2027-10-31T01:30:00" }];
    const l = lookup({ day: "2027-10-31", items, workingHours: EVERY_DAY_7_15 });
    const result = colleagueStatus(l, {
      ...options("2027-10-31T00:00"),
      now: DateTime.fromISO("2027-10-31T00:45:00Z").setZone(ZONE),
    });
    expect(result.until?.toISO()).toBe("2027-10-31T02:30:00.000+01:00");
  });
});

describe("working hours in other zones", () => {
  const london = {
    ...ROMANCE_8_16,
    startTime: "09:00:00",
    endTime: "17:00:00",
    timeZone: { name: "GMT Standard Time" },
  };

  it("London's 09:00–17:00 is 10:00–18:00 in Copenhagen", () => {
    const l = lookup({ day: "2027-03-01", items: [], workingHours: london });
    const late = colleagueStatus(l, options("2027-03-01T17:30"));
    expect(late.atWork).toBe(true);
    expect(timeline(late)).toEqual(["10:00-18:00 free"]);
    const early = colleagueStatus(l, options("2027-03-01T09:30"));
    expect(early.atWork).toBe(false);
    expect(hm(early.nextFree?.start)).toBe("10:00");
  });

  it("reads a custom zone by its rules (the documentation's Pacific time, in daylight time in March)", () => {
    const custom = JSON.parse(
      readFileSync(
        path.join(__dirname, "..", "..", "fixtures", "graph", "getSchedule.docs.json"),
        "utf8",
      ),
    ) as { value: { workingHours: unknown }[] };
    const l = lookup({ day: "2027-03-15", items: [], workingHours: custom.value[1]?.workingHours });
    const result = colleagueStatus(l, options("2027-03-15T12:00"));
    // 08:00–17:00 at UTC−7 (not −8) is 15:00–24:00 UTC: 16:00–01:00 in Copenhagen (UTC+1 until
    // 28 March), cut at the viewer's midnight.
    expect(result.workingHoursToday.map((s) => `${hm(s.start)}-${hm(s.end)}`)).toEqual([
      "16:00-00:00",
    ]);
    expect(result.zoneAssumed).toBeUndefined();
  });

  it("falls back on the policy's zone for a zone it does not know, and says so", () => {
    const odd = { ...ROMANCE_8_16, timeZone: { name: "Klingon Standard Time" } };
    const result = colleagueStatus(lookup({ day: "2027-03-01", items: [], workingHours: odd }), {
      ...options("2027-03-01T09:00"),
      fallbackZone: "Europe/Copenhagen",
    });
    expect(result.zoneAssumed).toBe(true);
    expect(timeline(result)).toEqual(["08:00-16:00 free"]);
  });

  it("uses Monday–Friday 08:00–16:00 in the policy's zone for a mailbox without working hours", () => {
    const result = colleagueStatus(
      lookup({ day: "2027-03-01", items: [], workingHours: null }),
      options("2027-03-01T07:00"),
    );
    expect(timeline(result)).toEqual(["08:00-16:00 free"]);
    expect(hm(result.nextFree?.start)).toBe("08:00");
  });

  it("has no timeline on a day off", () => {
    const result = colleagueStatus(
      lookup({ day: "2027-03-06", items: [] }),
      options("2027-03-06T10:00"),
    );
    expect([result.atWork, result.workingHoursToday, result.timeline, result.nextFree]).toEqual([
      false,
      [],
      [],
      null,
    ]);
  });
});

describe("all-day out of office", () => {
  const allDay = { status: "oof", start: "2027-03-01T23:00:00", end: "2027-03-02T23:00:00" };

  it("is away all day, with no free time in it", () => {
    const result = colleagueStatus(
      lookup({ day: "2027-03-02", items: [allDay] }),
      options("2027-03-02T10:00"),
    );
    expect([result.status, result.until, result.nextFree]).toEqual(["away", null, null]);
    expect(timeline(result)).toEqual(["08:00-16:00 oof"]);
  });

  it("over two days: away until midnight, next free the next morning", () => {
    const result = colleagueStatus(
      lookup({ day: "2027-03-02", days: 2, items: [allDay] }),
      options("2027-03-02T10:00"),
    );
    expect(result.until?.toISO()).toBe("2027-03-03T00:00:00.000+01:00");
    expect(result.nextFree?.start.toISO()).toBe("2027-03-03T08:00:00.000+01:00");
  });
});

describe("scheduleSpans", () => {
  it("covers the window without gaps, joining neighbours of one status", () => {
    const l = lookup({
      day: "2027-03-01",
      items: [
        { status: "busy", start: "2027-03-01T08:00:00", end: "2027-03-01T09:00:00" },
        { status: "busy", start: "2027-03-01T09:00:00", end: "2027-03-01T10:00:00" },
      ],
    });
    if (!l.ok) throw new Error("expected a schedule");
    const spans = scheduleSpans(l.schedule);
    expect(spans.map((s) => s.status)).toEqual(["free", "busy", "free"]);
    expect(spans[0]?.start).toBe(Date.parse(l.schedule.window.start));
    expect(spans[2]?.end).toBe(Date.parse(l.schedule.window.end));
  });
});
