import { DateTime } from "luxon";
import type { ColleagueStatus } from "../../../src/availability/status";
import { presenceBadge, statusLine } from "../../../src/colleagues/PersonRow";
import { translator } from "../../../src/i18n/catalogue";
import { colleaguesMessages } from "../../../src/i18n/colleagues";

const ZONE = "Europe/Copenhagen";
const at = (iso: string) => DateTime.fromISO(iso, { zone: ZONE });
const now = at("2026-12-03T09:30");
const t = translator(colleaguesMessages, "da");
const time = (d: DateTime) => d.setZone(ZONE).toFormat("HH:mm");
const dayTime = (d: DateTime) => d.setZone(ZONE).setLocale("da").toFormat("ccc HH:mm");
const line = (status: Partial<ColleagueStatus>) =>
  statusLine(
    {
      email: "a@x.dk",
      status: "busy",
      detail: "busy",
      until: null,
      nextFree: null,
      atWork: true,
      workingHoursToday: [{ start: at("2026-12-03T08:00"), end: at("2026-12-03T16:00") }],
      timeline: [],
      ...status,
    },
    { t, time, dayTime, now, locale: "da" },
  );

describe("statusLine", () => {
  it("says busy until when, and when next free", () => {
    expect(
      line({
        until: at("2026-12-03T11:00"),
        nextFree: { start: at("2026-12-03T11:00"), end: at("2026-12-03T16:00") },
      }),
    ).toBe("Optaget til 11:00 · Ledig fra 11:00");
  });

  it("names the day when the next free time is not today", () => {
    expect(
      line({
        status: "away",
        detail: "oof",
        until: at("2026-12-04T08:00"),
        nextFree: { start: at("2026-12-04T08:00"), end: at("2026-12-04T16:00") },
      }),
    ).toBe("Fraværende til fre. 08:00 · Ledig fra fre. 08:00");
  });

  it("tells tentative from working elsewhere", () => {
    expect(line({ status: "tentative", detail: "tentative" })).toMatch(/^Foreløbig · /);
    expect(line({ status: "tentative", detail: "workingElsewhere" })).toMatch(
      /^Arbejder andetsteds · /,
    );
  });

  it("says free until the next appointment or the end of the working day, whichever is first", () => {
    expect(line({ status: "free", detail: "free", until: at("2026-12-03T10:15") })).toBe(
      "Ledig til 10:15",
    );
    expect(line({ status: "free", detail: "free", until: at("2026-12-04T09:00") })).toBe(
      "Ledig til 16:00",
    );
    expect(line({ status: "free", detail: "free", until: null })).toBe("Ledig til 16:00");
  });

  it("says outside working hours, and when they are back", () => {
    expect(
      line({
        status: "free",
        detail: "free",
        atWork: false,
        nextFree: { start: at("2026-12-04T08:00"), end: at("2026-12-04T16:00") },
      }),
    ).toBe("Uden for arbejdstid · Ledig fra fre. 08:00");
  });

  it("says when there is no free time left", () => {
    expect(line({ until: at("2026-12-03T16:00") })).toBe(
      "Optaget til 16:00 · Ikke ledig resten af arbejdstiden",
    );
  });

  it("says why a status is unknown", () => {
    expect(line({ status: "unknown", detail: "unknown", problem: "no-access" })).toBe(
      "Ukendt · Deler ikke sin kalender med dig",
    );
  });
});

describe("presenceBadge", () => {
  it.each([
    ["free at work", { status: "free", atWork: true }, "available"],
    ["free outside working hours", { status: "free", atWork: false }, "offline"],
    ["busy outside working hours", { status: "busy", atWork: false }, "busy"],
    ["away", { status: "away", atWork: true }, "out-of-office"],
    ["tentative", { status: "tentative", atWork: true }, "away"],
    ["unknown", { status: "unknown", atWork: false }, "unknown"],
  ] as const)("%s: %s", (_name, status, badge) => {
    expect(presenceBadge(status)).toBe(badge);
  });

  it("is unknown while the status is not known yet", () => {
    expect(presenceBadge(undefined)).toBe("unknown");
  });
});
