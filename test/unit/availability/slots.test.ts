/**
 * A group's first common free slot: working hours (in each member's own zone), the 15-minute grid
 * from now, lunch from the policy, driving between sites for a meeting in person, working
 * elsewhere, members without data, and the days searched.
 */
import { DateTime } from "luxon";
import { firstCommonSlot, meetingSite, type SlotMember } from "../../../src/availability/slots";
import type { BusyPeriod, FreeBusyStatus, WorkingHours } from "../../../src/availability/types";
import { DEFAULT_POLICY } from "../../../src/policy/defaultPolicy";
import type { Policy, Site } from "../../../src/policy/types";
import { scheduleLookup, utc } from "./lookups";

const ZONE = "Europe/Copenhagen";
const policy: Policy = DEFAULT_POLICY;
const lunchPolicy: Policy = {
  ...DEFAULT_POLICY,
  scheduling: { lunch: { start: "11:30", end: "12:00" } },
};
const site = (name: string) => policy.sites.find((s) => s.name === name) as Site;

const OFFICE_HOURS: WorkingHours = {
  days: [1, 2, 3, 4, 5, 6, 7],
  start: "08:00",
  end: "16:00",
  zone: { kind: "named", name: "Romance Standard Time" },
};

/** A member with busy periods given as local times on `day` ("08:00-10:00", status). */
function member(
  email: string,
  busy: [string, FreeBusyStatus?][],
  options: { site?: string; hours?: WorkingHours; day?: string; days?: number } = {},
): SlotMember {
  const day = DateTime.fromISO(options.day ?? "2027-03-01", { zone: ZONE });
  const end = day.plus({ days: options.days ?? 2 });
  const periods: BusyPeriod[] = busy.map(([span, status]) => {
    // "08:00-10:00", or with dates: "2027-03-02 08:00-2027-03-02 16:00".
    const [from = "", to = ""] = span.split(/-(?=\d{4}-|\d{2}:)/);
    const [date, fromTime] = from.includes(" ") ? from.split(" ") : [day.toISODate(), from];
    const [toDate, toTime] = to.includes(" ") ? to.split(" ") : [date, to];
    return {
      status: status ?? "busy",
      start: utc(DateTime.fromISO(`${date}T${fromTime}`, { zone: ZONE })),
      end: utc(DateTime.fromISO(`${toDate}T${toTime}`, { zone: ZONE })),
    };
  });
  const lookup = scheduleLookup(email, { start: day, end }, periods, options.hours ?? OFFICE_HOURS);
  return { email, lookup, site: options.site ? site(options.site) : null };
}

const now = (iso: string) => DateTime.fromISO(iso, { zone: ZONE });
const request = (
  members: SlotMember[],
  at: string,
  extra: Partial<Parameters<typeof firstCommonSlot>[0]> = {},
) => ({
  members,
  durationMinutes: 30,
  days: 2,
  now: now(at),
  zone: ZONE,
  physical: false,
  ...extra,
});
const slot = (result: ReturnType<typeof firstCommonSlot>) =>
  result.found
    ? `${result.start.toFormat("yyyy-LL-dd HH:mm")}-${result.end.toFormat("HH:mm")}`
    : result.reason;

describe("firstCommonSlot", () => {
  const a = member("a@x.dk", [["08:00-10:00"]]);
  const b = member("b@x.dk", [["10:00-11:00"]]);

  it("finds the first time both are free, within working hours", () => {
    expect(slot(firstCommonSlot(request([a, b], "2027-03-01T07:00"), policy))).toBe(
      "2027-03-01 11:00-11:30",
    );
  });

  it("starts on the next quarter hour from now", () => {
    const free = member("c@x.dk", []);
    expect(slot(firstCommonSlot(request([free], "2027-03-01T09:07:30"), policy))).toBe(
      "2027-03-01 09:15-09:45",
    );
    expect(slot(firstCommonSlot(request([free], "2027-03-01T09:15"), policy))).toBe(
      "2027-03-01 09:15-09:45",
    );
  });

  it("never covers the policy's lunch break", () => {
    const result = firstCommonSlot(
      request([a, b], "2027-03-01T07:00", { durationMinutes: 60 }),
      lunchPolicy,
    );
    expect(slot(result)).toBe("2027-03-01 12:00-13:00");
    // Without the rule, 11:00–12:00 would do.
    expect(
      slot(firstCommonSlot(request([a, b], "2027-03-01T07:00", { durationMinutes: 60 }), policy)),
    ).toBe("2027-03-01 11:00-12:00");
  });

  it("keeps to each member's hours in their own zone (London 09–17 is 10–18 here)", () => {
    const london = member("l@x.dk", [], {
      hours: {
        ...OFFICE_HOURS,
        start: "09:00",
        end: "17:00",
        zone: { kind: "named", name: "GMT Standard Time" },
      },
    });
    const here = member("h@x.dk", []);
    expect(slot(firstCommonSlot(request([london, here], "2027-03-01T07:00"), policy))).toBe(
      "2027-03-01 10:00-10:30",
    );
    expect(
      slot(
        firstCommonSlot(
          request([london, here], "2027-03-01T15:45", { durationMinutes: 30 }),
          policy,
        ),
      ),
    ).toBe("2027-03-02 10:00-10:30");
  });

  it("goes on to the next day, but not past the days asked", () => {
    const full = member("f@x.dk", [["08:00-16:00"]]);
    expect(slot(firstCommonSlot(request([full], "2027-03-01T07:00"), policy))).toBe(
      "2027-03-02 08:00-08:30",
    );
    expect(slot(firstCommonSlot(request([full], "2027-03-01T07:00", { days: 1 }), policy))).toBe(
      "no-common-time",
    );
  });

  it("answers in the viewer's zone", () => {
    const result = firstCommonSlot(request([a], "2027-03-01T07:00"), policy);
    expect(result.found && result.start.zoneName).toBe(ZONE);
  });

  it("counts tentative as not free", () => {
    const tentative = member("t@x.dk", [["08:00-09:00", "tentative"]]);
    expect(slot(firstCommonSlot(request([tentative], "2027-03-01T07:00"), policy))).toBe(
      "2027-03-01 09:00-09:30",
    );
  });

  it("on a DST day, the grid and the hours follow the clock", () => {
    const sunday = member("s@x.dk", [["07:00-09:00"]], { day: "2027-03-28" });
    expect(slot(firstCommonSlot(request([sunday], "2027-03-28T01:10"), policy))).toBe(
      "2027-03-28 09:00-09:30",
    );
  });
});

describe("a meeting in person: sites and driving", () => {
  const koge1 = member("k1@x.dk", [], { site: "Køge" });
  const koge2 = member("k2@x.dk", [], { site: "Køge" });
  const holbaek = member("h@x.dk", [["08:00-09:00"]], { site: "Holbæk" });

  it("meets where most members work", () => {
    expect(meetingSite([holbaek, koge1, koge2])?.name).toBe("Køge");
    expect(meetingSite([holbaek, koge1])?.name).toBe("Holbæk");
    expect(meetingSite([member("n@x.dk", [])])).toBeNull();
  });

  it("leaves the driving free before and after for members from another site", () => {
    const result = firstCommonSlot(
      request([koge1, koge2, holbaek], "2027-03-01T07:00", { physical: true }),
      policy,
    );
    // Holbæk–Køge is 45 minutes one way: free from 09:00, so 09:45 at the earliest.
    expect(slot(result)).toBe("2027-03-01 09:45-10:15");
    expect(result.found && result.site?.name).toBe("Køge");
    expect(result.found && result.travel).toEqual([{ email: "h@x.dk", minutes: 45 }]);
    // As a video meeting, nobody drives.
    expect(
      slot(firstCommonSlot(request([koge1, koge2, holbaek], "2027-03-01T07:00"), policy)),
    ).toBe("2027-03-01 09:00-09:30");
  });

  it("keeps the drive home inside working hours", () => {
    const late = firstCommonSlot(
      request([koge1, koge2, holbaek], "2027-03-01T15:00", { physical: true, days: 1 }),
      policy,
    );
    // 15:00 + 30 min + 45 min back is past Holbæk's 16:00: no time left today.
    expect(slot(late)).toBe("no-common-time");
  });

  it("working elsewhere is free for video, not for a meeting in person", () => {
    const away = member(
      "w@x.dk",
      [
        ["08:00-16:00", "workingElsewhere"],
        ["2027-03-02 08:00-2027-03-02 16:00", "workingElsewhere"],
      ],
      { site: "Køge" },
    );
    expect(slot(firstCommonSlot(request([koge1, away], "2027-03-01T07:00"), policy))).toBe(
      "2027-03-01 08:00-08:30",
    );
    expect(
      slot(firstCommonSlot(request([koge1, away], "2027-03-01T07:00", { physical: true }), policy)),
    ).toBe("no-common-time");
  });

  it("names members without a known site, and members whose calendar could not be read", () => {
    const noSite = member("n@x.dk", []);
    const unreadable: SlotMember = {
      email: "u@x.dk",
      lookup: { email: "u@x.dk", ok: false, problem: "no-access" },
      site: null,
    };
    const result = firstCommonSlot(
      request([koge1, noSite, unreadable], "2027-03-01T07:00", { physical: true }),
      policy,
    );
    expect(slot(result)).toBe("2027-03-01 08:00-08:30");
    expect(result.skipped).toEqual(["u@x.dk"]);
    expect(result.unknownSites).toEqual(["n@x.dk"]);
    expect(firstCommonSlot(request([unreadable], "2027-03-01T07:00"), policy)).toMatchObject({
      found: false,
      reason: "no-members",
    });
  });
});
