import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { draftSchema, validateDrafts } from "../../../src/cli/draftSchema";
import { compareWithContract } from "./contractCompare";
import { FIXTURES } from "./harness";

const contract = JSON.parse(
  readFileSync(path.join(FIXTURES, "contract", "meeting-draft.schema.json"), "utf8"),
) as Record<string, unknown>;

const EXTENSIONS = { "": ["showAs"], organizer: ["unit"], "attendees[]": ["unit"] };

const draft = {
  subject: "Statusmøde",
  start: "2027-02-02T10:00:00+01:00",
  end: "2027-02-02T11:00:00+01:00",
  attendees: [],
};

describe("draftSchema against the contract", () => {
  it("matches the MeetingDraft contract, with our extensions optional", () => {
    expect(compareWithContract(draftSchema, contract, EXTENSIONS)).toEqual([]);
  });

  it("would notice a required field, an enum or closed properties that differ", () => {
    const changed = draftSchema.extend({
      location: z.string(),
      bodyType: z.enum(["text"]).optional(),
    });
    expect(compareWithContract(changed, contract, EXTENSIONS)).toEqual([
      "(root): required attendees,end,start,subject vs attendees,end,location,start,subject",
      'bodyType: enum ["text","html"] vs ["text"]',
    ]);
    const closed = z.strictObject(draftSchema.shape);
    expect(compareWithContract(closed, contract, EXTENSIONS)).toEqual([
      "(root): the contract allows additional properties, ours does not",
    ]);
    expect(compareWithContract(draftSchema, contract, {})).toEqual([
      "(root): property showAs is not in the contract",
      "organizer: property unit is not in the contract",
      "attendees[]: property unit is not in the contract",
    ]);
  });
});

describe("validateDrafts", () => {
  it("accepts one draft and keeps its additional properties", () => {
    const result = validateDrafts({ ...draft, "x-source": "script" });
    expect(result).toEqual({
      ok: true,
      single: true,
      drafts: [{ ...draft, "x-source": "script" }],
    });
  });

  it("accepts an array of drafts, in order", () => {
    const second = { ...draft, subject: "MUS" };
    expect(validateDrafts([draft, second])).toEqual({
      ok: true,
      single: false,
      drafts: [draft, second],
    });
  });

  it.each([
    ["Z", "2027-02-02T10:00:00Z"],
    ["an offset", "2027-02-02T10:00:00-05:00"],
    ["fractions of a second", "2027-02-02T10:00:00.250+01:00"],
  ])("accepts a date-time with %s", (_name, start) => {
    expect(validateDrafts({ ...draft, start, end: "2027-02-02T23:00:00+01:00" }).ok).toBe(true);
  });

  it("accepts an end equal to the start, and an end that is later only through the offsets", () => {
    expect(validateDrafts({ ...draft, end: draft.start }).ok).toBe(true);
    // 10:30+02:00 is 09:30+01:00: before the start, although the clock reads later.
    expect(validateDrafts({ ...draft, end: "2027-02-02T10:30:00+02:00" })).toEqual({
      ok: false,
      issues: [
        {
          path: "end",
          message: "2027-02-02T10:30:00+02:00 is before start 2027-02-02T10:00:00+01:00",
        },
      ],
    });
  });

  it.each([
    ["a year to the second", "2027-02-02T10:00:00+01:00", "2028-02-02T10:00:00+01:00", null],
    [
      "a year and a second",
      "2027-02-02T10:00:00+01:00",
      "2028-02-02T10:00:01+01:00",
      "2028-02-02T10:00:01+01:00 is more than a year after start 2027-02-02T10:00:00+01:00",
    ],
    // A year from 29 February is 28 February: a day more is over the limit.
    ["a year from a leap day", "2028-02-29T10:00:00+01:00", "2029-02-28T10:00:00+01:00", null],
    [
      "a leap-day year and a day",
      "2028-02-29T10:00:00+01:00",
      "2029-03-01T10:00:00+01:00",
      "is more than a year after start",
    ],
    // The same instant as a year, written with another offset.
    ["a year through offsets", "2027-02-02T10:00:00+01:00", "2028-02-02T04:00:00-05:00", null],
    [
      "centuries",
      "2027-02-02T10:00:00+01:00",
      "2207-02-02T11:00:00+01:00",
      "a meeting lasts at most a year",
    ],
  ])("the span: %s", (_name, start, end, problem) => {
    const result = validateDrafts({ ...draft, start, end });
    if (problem === null) expect(result.ok).toBe(true);
    else {
      expect(result.ok ? [] : result.issues).toEqual([
        { path: "end", message: expect.stringContaining(problem) as unknown },
      ]);
    }
  });

  it.each([
    ["start", { start: "0000-02-02T10:00:00+01:00", end: "2027-02-02T11:00:00+01:00" }],
    ["end", { start: "2027-02-02T10:00:00+01:00", end: "0000-02-02T11:00:00+01:00" }],
    ["start", { start: "0000-01-01T00:30:00+01:00", end: "2027-02-02T11:00:00+01:00" }],
  ])("rejects year 0 in %s, naming it", (field, times) => {
    const result = validateDrafts({ ...draft, ...times });
    if (result.ok) throw new Error("expected the draft to be rejected");
    expect(result.issues).toEqual([
      {
        path: field,
        message: `"${times[field as "start" | "end"]}" is in year 0, which does not exist; write the year in full, like 2026-12-03T10:00:00+01:00`,
      },
    ]);
  });

  it("accepts year 1 and year 9999", () => {
    const start = "0001-01-01T10:00:00+01:00";
    expect(validateDrafts({ ...draft, start, end: "0001-01-01T11:00:00+01:00" }).ok).toBe(true);
    const late = "9999-12-31T10:00:00+01:00";
    expect(validateDrafts({ ...draft, start: late, end: late }).ok).toBe(true);
  });

  it.each([
    ["a null recurrence", { recurrence: null }],
    ["a recurrence with an interval", { recurrence: { frequency: "monthly", interval: 3 } }],
    ["every sensitivity", { sensitivity: "confidential" }],
    ["a resource", { attendees: [{ email: "lokale@x.dk", type: "resource", extra: 1 }] }],
    ["an organizer with a unit", { organizer: { email: "o@x.dk", site: "Køge", unit: "Akut" } }],
    ["showAs", { showAs: "workingElsewhere" }],
    ["an all-day flag", { isAllDay: true }],
  ])("accepts %s", (_name, extra) => {
    expect(validateDrafts({ ...draft, ...extra }).ok).toBe(true);
  });

  it.each([
    ["subject null", { subject: null }, "subject", "expected a string, got null"],
    [
      "attendee without email",
      { attendees: [{ name: "A" }] },
      "attendees[0].email",
      "is required but missing",
    ],
    ["attendee type", { attendees: [{ email: "a", type: "cc" }] }, "attendees[0].type", 'got "cc"'],
    [
      "interval 0",
      { recurrence: { frequency: "daily", interval: 0 } },
      "recurrence.interval",
      "whole number",
    ],
    [
      "interval 1.5",
      { recurrence: { frequency: "daily", interval: 1.5 } },
      "recurrence.interval",
      "whole number",
    ],
    [
      "recurrence a string",
      { recurrence: "weekly" },
      "recurrence",
      "expected an object, got a string",
    ],
    ["sensitivity", { sensitivity: "secret" }, "sensitivity", 'got "secret"'],
    ["isAllDay a string", { isAllDay: "yes" }, "isAllDay", "expected true or false, got a string"],
    [
      "organizer a string",
      { organizer: "o@x.dk" },
      "organizer",
      "expected an object, got a string",
    ],
    ["time zone", { timeZone: "CET+1" }, "timeZone", "is not an IANA time zone"],
    [
      "start a number",
      { start: 1_800_000_000_000 },
      "start",
      "expected a date-time string, got 1800000000000",
    ],
    ["start without seconds", { start: "2027-02-02T10:00+01:00" }, "start", "seconds included"],
    ["start a date only", { start: "2027-02-02" }, "start", "has no time and no UTC offset"],
    ["start without an offset", { start: "2027-02-02T10:00:00" }, "start", "has no UTC offset"],
    [
      "start on 29 February 2027",
      { start: "2027-02-29T10:00:00+01:00" },
      "start",
      "is not a real date and time",
    ],
    [
      "start at 24:00",
      { start: "2027-02-02T24:00:00+01:00" },
      "start",
      "is not a real date and time",
    ],
    [
      "start in words",
      { start: "tomorrow at ten" },
      "start",
      "is not a date and time; write it like",
    ],
  ])("rejects %s", (_name, extra, issuePath, message) => {
    const result = validateDrafts({ ...draft, ...extra });
    if (result.ok) throw new Error("expected the draft to be rejected");
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]?.path).toBe(issuePath);
    expect(result.issues[0]?.message).toContain(message);
  });

  it("prefixes the issues of an array's drafts with their index", () => {
    const result = validateDrafts([draft, { ...draft, attendees: [{ email: 1 }] }, "x"]);
    expect(result).toEqual({
      ok: false,
      issues: [
        { path: "[1].attendees[0].email", message: "expected a string, got a number" },
        { path: "[2]", message: "expected an object, got a string" },
      ],
    });
  });

  it("cuts a long bad value short in its message", () => {
    const result = validateDrafts({ ...draft, start: "x".repeat(100_000) });
    if (result.ok) throw new Error("expected the draft to be rejected");
    expect(result.issues[0]?.message.length).toBeLessThan(150);
  });
});
