import { readFileSync } from "node:fs";
import path from "node:path";
import { advise } from "../../../src/advisor";
import type {
  Locale,
  MeetingDraft,
  Recommendation,
  ReminderCode,
} from "../../../src/advisor/types";
import { draft } from "./draftBuilder";
import { DEFAULT_POLICY } from "../../../src/policy/defaultPolicy";

/**
 * The advisor's context rules (sensitivity, many sites, nobody travelling, show as free,
 * recurrence), each pinned from both sides so that deleting or loosening a rule fails a case.
 */
interface ContextRuleCase {
  rule: string;
  name: string;
  locale?: Locale;
  draft: Partial<MeetingDraft>;
  recommendation?: Recommendation;
  reasons?: Record<string, string>;
  absentReasons?: string[];
  reminders?: ReminderCode[];
  absentReminders?: ReminderCode[];
}

const fixture = JSON.parse(
  readFileSync(path.join(__dirname, "../../fixtures/advisor/rules.json"), "utf8"),
) as { cases: ContextRuleCase[] };

describe("context rules", () => {
  it("cover every rule from both sides", () => {
    // A rule guarded only by cases where it fires would survive being made unconditional.
    const byRule = new Map<string, ContextRuleCase[]>();
    for (const c of fixture.cases) byRule.set(c.rule, [...(byRule.get(c.rule) ?? []), c]);
    expect([...byRule.keys()].sort()).toEqual(
      [
        "many sites",
        "nobody travels",
        "recurring",
        "sensitive non-personnel",
        "show as free",
      ].sort(),
    );
    for (const cases of byRule.values()) {
      expect(cases.some((c) => c.reasons || c.reminders)).toBe(true);
      expect(cases.some((c) => c.absentReasons || c.absentReminders)).toBe(true);
    }
  });

  it.each(fixture.cases.map((c) => [`${c.rule}: ${c.name}`, c] as const))("%s", (_name, c) => {
    const advice = advise(draft(c.draft), {
      policy: DEFAULT_POLICY,
      ...(c.locale ? { locale: c.locale } : {}),
    });
    const reasonCodes = advice.reasons.map((r) => r.code);
    const reminderCodes = advice.reminders.map((r) => r.code);

    for (const [code, message] of Object.entries(c.reasons ?? {})) {
      expect(advice.reasons.filter((r) => r.code === code).map((r) => r.message)).toEqual([
        message,
      ]);
    }
    for (const code of c.absentReasons ?? []) expect(reasonCodes).not.toContain(code);
    for (const code of c.reminders ?? []) expect(reminderCodes).toContain(code);
    for (const code of c.absentReminders ?? []) expect(reminderCodes).not.toContain(code);
    if (c.recommendation !== undefined) expect(advice.recommendation).toBe(c.recommendation);
  });
});
