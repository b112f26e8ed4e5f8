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
