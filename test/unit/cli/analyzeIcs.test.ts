/**
 * Reading exported calendars: the streaming splitter, zones, and each VEVENT expanded into
 * MeetingDrafts (src/cli/icsReader.ts, icsTime.ts, icsEvents.ts), on the fixtures in
 * test/fixtures/cli/ics/.
 */
import { createReadStream } from "node:fs";
import path from "node:path";
import { DateTime } from "luxon";
import { parseComponent, readEvent, recurrenceIdOf } from "../../../src/cli/icsEvents";
import type { Occurrence, Range } from "../../../src/cli/icsEvents";
import { IcsFormatError, IcsSplitter, readIcs } from "../../../src/cli/icsReader";
import type { IcsItem } from "../../../src/cli/icsReader";
import { FileZones } from "../../../src/cli/icsTime";
import { FIXTURES } from "./harness";

const ICS = path.join(FIXTURES, "ics");
const ALL_TIME: Range = { fromMs: Date.UTC(1900, 0, 1), toMs: Date.UTC(2100, 0, 1) };

async function items(name: string): Promise<IcsItem[]> {
  const all: IcsItem[] = [];
  for await (const item of readIcs(createReadStream(path.join(ICS, name)))) all.push(item);
  return all;
}

/** Every meeting of a fixture, as the analysis sees it (moved occurrences left out of series). */
async function occurrencesOf(name: string, range: Range = ALL_TIME) {
  const all = await items(name);
  const zones = new FileZones("Europe/Copenhagen");
  for (const item of all) if (item.kind === "timezone") zones.addTimezone(item.text);
  const moved = new Map<string, Set<number>>();
  for (const item of all) {
    if (item.kind !== "event") continue;
    const component = parseComponent(item.text);
    const at = recurrenceIdOf(component, zones);
    const uid = component.getFirstPropertyValue("uid");
    if (at !== null && typeof uid === "string")
      moved.set(uid, (moved.get(uid) ?? new Set()).add(at));
  }
  const found: (Occurrence & { unknownZones: string[]; truncated: boolean })[] = [];
  for (const item of all) {
    if (item.kind !== "event") continue;
    const reading = readEvent(item.text, zones);
    if (!reading.ok) throw new Error(`${name}: ${reading.problem}: ${reading.detail}`);
    const { event } = reading;
    let truncated = false;
    const excluded = event.uid === null ? undefined : moved.get(event.uid);
    for (const o of event.occurrences(range, excluded, () => (truncated = true))) {
      found.push({ ...o, unknownZones: event.unknownZones, truncated });
    }
  }
  return found.sort((a, b) => a.startMs - b.startMs);
}

/** The wall clock of an RFC 3339 text in Copenhagen: what a person there sees. */
const copenhagen = (iso: string) =>
  DateTime.fromISO(iso, { setZone: true })
    .setZone("Europe/Copenhagen")
    .toFormat("yyyy-MM-dd HH:mm");

describe("a weekly series across a change of summer time", () => {
  it("stays at 09:00 local time in Europe/Copenhagen on both sides of the last Sunday of March", async () => {
    const found = await occurrencesOf("dst-march.ics");
    expect(found.map((o) => o.draft.start)).toEqual([
      "2026-03-16T09:00:00+01:00",
      "2026-03-23T09:00:00+01:00",
      "2026-03-30T09:00:00+02:00",
      "2026-04-06T09:00:00+02:00",
    ]);
    for (const o of found) {
      expect(
        DateTime.fromISO(o.draft.end).diff(DateTime.fromISO(o.draft.start), "minutes").minutes,
      ).toBe(60);
      expect(o.draft.recurrence).toEqual({ frequency: "weekly", interval: 1 });
      expect(o.draft.timeZone).toBe("Europe/Copenhagen");
    }
    // Across the change the gap between two meetings is an hour short of a week.
    const week = 7 * 24 * 3_600_000;
    expect((found[2] as Occurrence).startMs - (found[1] as Occurrence).startMs).toBe(
      week - 3_600_000,
    );
  });
});

describe("an Outlook export: Windows zone, EXDATE, a moved occurrence, UNTIL in UTC, October", () => {
  it("expands the series at 09:00, without the excluded and moved dates, and keeps the moved one", async () => {
    const found = await occurrencesOf("outlook-series.ics");
    expect(found.map((o) => copenhagen(o.draft.start))).toEqual([
      "2026-10-12 09:00",
      // 19 October is an EXDATE; 26 October moved to Wednesday 28 October at 13:00.
      "2026-10-28 13:00",
      "2026-11-02 09:00",
      // UNTIL=20261109T080000Z is 09:00 in winter time: the last meeting is kept.
      "2026-11-09 09:00",
    ]);
    expect(found.map((o) => o.draft.start.slice(-6))).toEqual([
      "+02:00",
      "+01:00",
      "+01:00",
      "+01:00",
    ]);
  });

  it("reads organizer, attendees with their roles, location, body and show-as", async () => {
    const [first, moved] = await occurrencesOf("outlook-series.ics");
    const draft = (first as Occurrence).draft;
    expect(draft.subject).toBe("Statusmøde: ny hjemmeside");
    expect(draft.location).toBe("Regionshuset, Alléen 15, 4180 Sorø");
    expect(draft.organizer).toEqual({ email: "anne@regionsjaelland.dk", name: "Hansen, Anne" });
    expect(draft.attendees).toEqual([
      { email: "bo@regionsjaelland.dk", name: "Bo Jensen", type: "required" },
      // Folded across two lines in the file.
      { email: "carla@regionsjaelland.dk", name: "Carla Holm", type: "optional" },
      { email: "lokale2@regionsjaelland.dk", name: "Mødelokale 2", type: "resource" },
    ]);
    expect(draft).toMatchObject({ bodyType: "text", showAs: "busy", sensitivity: "normal" });
    expect(draft.body).toContain("Vi gennemgår status");
    // The moved occurrence has an HTML body (X-ALT-DESC), preferred to its plain copy.
    expect((moved as Occurrence).draft).toMatchObject({
      bodyType: "html",
      body: "<html><body><p>Flyttet til <b>onsdag</b> eftermiddag.</p></body></html>",
      showAs: "tentative",
    });
  });

  it("keeps only the occurrences that start within the range", async () => {
    const from = Date.parse("2026-10-20T00:00:00+02:00");
    const to = Date.parse("2026-11-03T00:00:00+01:00");
    const found = await occurrencesOf("outlook-series.ics", { fromMs: from, toMs: to });
    expect(found.map((o) => copenhagen(o.draft.start))).toEqual([
      "2026-10-28 13:00",
      "2026-11-02 09:00",
    ]);
  });
});

describe("zones and whole days", () => {
  it("reads a custom VTIMEZONE by its rules, and an unknown TZID in the policy's zone", async () => {
    const [custom, unknown] = await occurrencesOf("custom-zone.ics");
    expect(custom?.draft.start).toBe("2026-07-07T09:00:00+03:00");
    expect(custom?.draft.showAs).toBe("free");
    expect(custom?.unknownZones).toEqual([]);
    expect(unknown?.draft.start).toBe("2026-07-08T09:00:00+02:00");
    expect(unknown?.unknownZones).toEqual(["Atlantis Standard Time"]);
  });

  it("reads an all-day event as whole days in the policy's zone, private and out of office", async () => {
    const [day] = await occurrencesOf("all-day.ics");
    expect(day?.draft).toMatchObject({
      isAllDay: true,
      start: "2026-04-15T00:00:00+02:00",
      end: "2026-04-17T00:00:00+02:00",
      sensitivity: "private",
      showAs: "oof",
    });
  });
});

describe("a malformed event is a value, not a throw", () => {
  it.each([
    ["bad-date@test", "bad-time"],
    ["no-start@test", "no-start"],
    ["backwards@test", "end-before-start"],
  ])("%s is %s", async (uid, problem) => {
    const all = await items("broken-events.ics");
    const event = all.find((i) => i.kind === "event" && i.text.includes(`UID:${uid}`));
    if (event?.kind !== "event") throw new Error(`no event ${uid}`);
    expect(readEvent(event.text, new FileZones("Europe/Copenhagen"))).toMatchObject({
      ok: false,
      problem,
    });
  });

  it("reports an event that never ends as broken, with its first line", async () => {
    const all = await items("broken-events.ics");
    expect(all.filter((i) => i.kind === "broken")).toEqual([
      { kind: "broken", line: 32, problem: "unterminated" },
    ]);
  });

  it("cuts a series that never ends at the step limit instead of running on", () => {
    const text = [
      "BEGIN:VEVENT",
      "UID:forever@test",
      "DTSTART:19700101T000000Z",
      "DTEND:19700101T000100Z",
      "RRULE:FREQ=MINUTELY",
      "SUMMARY:Every minute since 1970",
      "END:VEVENT",
    ].join("\r\n");
    const reading = readEvent(text, new FileZones("Europe/Copenhagen"));
    if (!reading.ok) throw new Error(reading.detail);
    let truncated = 0;
    const all = [...reading.event.occurrences(ALL_TIME, undefined, () => truncated++)];
    expect(truncated).toBe(1);
    expect(all.length).toBeLessThanOrEqual(20_000);
  });
});

describe("the splitter", () => {
  const feed = (chunks: string[], max?: number) => {
    const splitter = new IcsSplitter(max);
    const out = chunks.flatMap((c) => splitter.push(c));
    return [...out, ...splitter.end()];
  };

  it("unfolds lines split anywhere between chunks, and leaves alarms and attachments out", () => {
    const text =
      "\uFEFFBEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:Sta\r\n tusmøde\r\nATTACH;ENCODING=BASE64:QUFB\r\n QUFB\r\n" +
      "BEGIN:VALARM\r\nTRIGGER:-PT15M\r\nEND:VALARM\r\nDTSTART:20260101T100000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    for (const size of [1, 3, 7, text.length]) {
      const chunks: string[] = [];
      for (let i = 0; i < text.length; i += size) chunks.push(text.slice(i, i + size));
      expect(feed(chunks)).toEqual([
        {
          kind: "event",
          line: 2,
          text: "BEGIN:VEVENT\r\nSUMMARY:Statusmøde\r\nDTSTART:20260101T100000Z\r\nEND:VEVENT",
        },
      ]);
    }
  });

  it("skips an event larger than the cap, and reads the next one", () => {
    const big = `DESCRIPTION:${"x".repeat(500)}`;
    const text = `BEGIN:VCALENDAR\nBEGIN:VEVENT\n${big}\nEND:VEVENT\nBEGIN:VEVENT\nUID:small\nEND:VEVENT\nEND:VCALENDAR\n`;
    expect(feed([text], 200)).toEqual([
      { kind: "broken", line: 2, problem: "too-large" },
      { kind: "event", line: 5, text: "BEGIN:VEVENT\r\nUID:small\r\nEND:VEVENT" },
    ]);
  });

  it.each([
    ["an empty file", [""]],
    ["blank lines only", ["\r\n\r\n"]],
    ["a text file", ["Dear all,\nsee you.\n"]],
    ["a long line with no end", ["x".repeat(5000)]],
  ])("refuses %s as not iCalendar", (_name, chunks) => {
    expect(() => feed(chunks, 1000)).toThrow(IcsFormatError);
  });
});
