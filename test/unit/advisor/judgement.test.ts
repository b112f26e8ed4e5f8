import { readFileSync } from "node:fs";
import path from "node:path";
import { advise, adviseExplained } from "../../../src/advisor";
import { CONFIDENCE, RULES } from "../../../src/advisor/rules";
import type {
  MeetingDraft,
  Purpose,
  Recommendation,
  ReminderCode,
} from "../../../src/advisor/types";
import { draft } from "./draftBuilder";
import { DEFAULT_POLICY } from "../../../src/policy/defaultPolicy";

/** The judgement of issue 8, each rule pinned from both sides (see the fixture's description). */
interface JudgementCase {
  rule: string;
  name: string;
  draft: Partial<MeetingDraft>;
  recommendation?: Recommendation;
  purpose?: Purpose;
  reasons?: string[];
  absentReasons?: string[];
  facts?: string[];
  reminders?: ReminderCode[];
  absentReminders?: ReminderCode[];
  noReminders?: boolean;
  travelNull?: boolean;
  minConfidence?: number;
  maxConfidence?: number;
}

const fixture = JSON.parse(
  readFileSync(path.join(__dirname, "../../fixtures/advisor/judgement.json"), "utf8"),
) as { cases: JudgementCase[] };

/** The base: organized from Sorø, one attendee in Køge. */
const base = (overrides: Partial<MeetingDraft>): MeetingDraft =>
  draft({ attendees: [{ email: "a@regionsjaelland.dk", name: "A", site: "Køge" }], ...overrides });

describe("judgement", () => {
  it.each(fixture.cases.map((c) => [`${c.rule}: ${c.name}`, c] as const))("%s", (_name, c) => {
    const advice = advise(base(c.draft), { policy: DEFAULT_POLICY });
    const reasonCodes = advice.reasons.map((r) => r.code);
    const reminderCodes = advice.reminders.map((r) => r.code);
    if (c.recommendation) expect(advice.recommendation).toBe(c.recommendation);
    if (c.purpose) expect(advice.purpose).toBe(c.purpose);
    for (const code of c.reasons ?? []) expect(reasonCodes).toContain(code);
    for (const code of c.absentReasons ?? []) expect(reasonCodes).not.toContain(code);
    for (const code of c.facts ?? []) {
      expect(advice.reasons.find((r) => r.code === code)?.fact).toBe(true);
    }
    for (const code of c.reminders ?? []) expect(reminderCodes).toContain(code);
    for (const code of c.absentReminders ?? []) expect(reminderCodes).not.toContain(code);
    if (c.noReminders) expect(reminderCodes).toEqual([]);
    if (c.travelNull) expect(advice.travel).toBeNull();
    if (c.minConfidence !== undefined)
      expect(advice.confidence).toBeGreaterThanOrEqual(c.minConfidence);
    if (c.maxConfidence !== undefined)
      expect(advice.confidence).toBeLessThanOrEqual(c.maxConfidence);
  });

  it("reasons that rest on the guidance cite it; facts are marked", () => {
    const advice = advise(base({ subject: "Statusmøde om driften" }), { policy: DEFAULT_POLICY });
    const purpose = advice.reasons.find((r) => r.code === "purpose-status");
    expect(purpose?.fact).toBeUndefined();
    expect(purpose?.guideline).toBe("video-meeting");
  });

  it("every named rule fires on some case of the fixture", () => {
    const fired = new Set<string>();
    for (const c of fixture.cases) {
      for (const step of adviseExplained(base(c.draft), { policy: DEFAULT_POLICY }).explanation
        .steps)
        fired.add(step.rule);
    }
    // sensitive and other-providers have their own fixtures (rules.json, recommendations.json).
    const expected = RULES.map(([name]) => name).filter(
      (name) => name !== "sensitive" && name !== "other-providers" && name !== "unknown-purpose",
    );
    for (const name of expected) expect([name, fired.has(name)]).toEqual([name, true]);
  });

  it("keeps every confidence figure within its bounds, and the notice threshold above a lone body word", () => {
    for (const [name, value] of Object.entries(CONFIDENCE)) {
      if (name === "maxAgreements") continue;
      expect([name, value >= 0 && value <= 1]).toEqual([name, true]);
    }
    expect(CONFIDENCE.purposeInBodyOnce).toBeLessThan(0.6);
  });
});
