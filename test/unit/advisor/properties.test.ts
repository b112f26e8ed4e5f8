import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import fc from "fast-check";
import { readFileSync } from "node:fs";
import path from "node:path";
import { advise } from "../../../src/advisor";
import type { MeetingDraft } from "../../../src/advisor/types";
import { DEFAULT_POLICY } from "../../../src/policy/defaultPolicy";

const schema = (name: string) =>
  JSON.parse(readFileSync(path.join(__dirname, "../../fixtures/contract", name), "utf8"));
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const validAdvice = ajv.compile(schema("advice.schema.json"));
const validDraft = ajv.compile(schema("meeting-draft.schema.json"));

const siteNames = DEFAULT_POLICY.sites.flatMap((s) => [s.name, ...s.aliases]);
const words = [
  "statusmøde", "Workshop", "MUS", "julefrokost", "kursus", "MDT-konference", "beslutning",
  "orientering", "kick-off", "velkomst", "møde", "om", "ny", "status meeting", "0102701234",
  "010270-1234", "+45 12345678", "https://video.regionsjaelland.dk/meeting/4817263950",
  "https://meet.google.com/abc-defg-hij", "<p>", "</p>", "<b>", "&amp;", "&", "<", "æøå", "\n",
]; // prettier-ignore
const text = fc.oneof(
  fc.string(),
  fc.array(fc.constantFrom(...words), { maxLength: 12 }).map((w) => w.join(" ")),
);
const isoDate = fc
  .date({
    min: new Date("2000-01-01T00:00:00Z"),
    max: new Date("2099-12-31T00:00:00Z"),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString());
const person = fc.record(
  {
    email: fc.emailAddress(),
    name: fc.string(),
    site: fc.oneof(fc.constantFrom(...siteNames), fc.string()),
    unit: fc.string(),
  },
  { requiredKeys: ["email"] },
);
const attendee = fc.record(
  {
    email: fc.emailAddress(),
    name: fc.string(),
    site: fc.oneof(fc.constantFrom(...siteNames), fc.string()),
    type: fc.constantFrom("required", "optional", "resource"),
  },
  { requiredKeys: ["email"] },
);
const meetingDraft: fc.Arbitrary<MeetingDraft> = fc.record(
  {
    subject: text,
    body: text,
    bodyType: fc.constantFrom("text", "html"),
    start: isoDate,
    end: isoDate,
    timeZone: fc.constantFrom("Europe/Copenhagen", "UTC", "Not/AZone"),
    isAllDay: fc.boolean(),
    location: text,
    organizer: person,
    attendees: fc.array(attendee, { maxLength: 30 }),
    recurrence: fc.option(
      fc.record(
        {
          frequency: fc.constantFrom("daily", "weekly", "monthly", "yearly"),
          interval: fc.integer({ min: 1, max: 12 }),
        },
        { requiredKeys: ["frequency"] },
      ),
    ),
    sensitivity: fc.constantFrom("normal", "personal", "private", "confidential"),
  },
  { requiredKeys: ["subject", "start", "end", "attendees"] },
) as fc.Arbitrary<MeetingDraft>;

describe("advisor properties", () => {
  it("advises every draft of the contract's shape, in the contract's shape", () => {
    fc.assert(
      fc.property(meetingDraft, fc.constantFrom("da", "en"), (d, locale) => {
        expect(validDraft(d)).toBe(true);
        const advice = advise(d, { policy: DEFAULT_POLICY, locale: locale as "da" | "en" });
        if (!validAdvice(advice)) throw new Error(ajv.errorsText(validAdvice.errors));
      }),
      { numRuns: 400 },
    );
  });

  it("is deterministic: the same draft and policy always give the same advice", () => {
    fc.assert(
      fc.property(meetingDraft, (d) => {
        const first = advise(d, { policy: DEFAULT_POLICY });
        const again = advise(structuredClone(d), { policy: structuredClone(DEFAULT_POLICY) });
        expect(again).toEqual(first);
      }),
      { numRuns: 200 },
    );
  });

  it("never reports a reminder code twice, and every note cites a guideline", () => {
    fc.assert(
      fc.property(meetingDraft, (d) => {
        const advice = advise(d, { policy: DEFAULT_POLICY });
        const codes = advice.reminders.map((r) => r.code);
        expect(new Set(codes).size).toBe(codes.length);
        for (const n of [...advice.reasons, ...advice.reminders]) expect(n.message).not.toBe("");
      }),
      { numRuns: 200 },
    );
  });

  it("survives drafts that break the contract without throwing", () => {
    const broken = [
      { subject: 42, start: "not a date", end: null, attendees: "everyone" },
      { subject: "Statusmøde", start: "2027-02-02T11:00:00+01:00", end: "2027-02-02T10:00:00+01:00", attendees: [null, 7, { email: 3 }] },
      { subject: "Statusmøde", start: "", end: "", attendees: [], recurrence: { frequency: "hourly" }, organizer: "me" },
    ] as unknown as MeetingDraft[]; // prettier-ignore
    for (const d of broken) {
      const advice = advise(d, { policy: DEFAULT_POLICY });
      expect(validAdvice(advice)).toBe(true);
    }
  });
});
