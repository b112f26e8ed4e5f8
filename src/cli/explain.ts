/**
 * `moedeguide advise --explain`: how a piece of advice came about, for IT tuning the vocabulary.
 * For administrators, so in English (cliAdminMessages); the advice itself keeps its language.
 */
import type { Explanation } from "../advisor";
import { adminMessage } from "../i18n/cli";
import { inlineText } from "./terminal";

/** The explanation as text lines, to follow the advice's summary. */
export function explainText(explanation: Explanation): string {
  const lines = [adminMessage("explainHeading"), adminMessage("explainPurposes")];
  if (explanation.purposes.length === 0) lines.push(adminMessage("explainNoPurpose"));
  for (const p of explanation.purposes) {
    lines.push(
      adminMessage("explainPurpose", {
        purpose: p.purpose,
        score: p.score,
        field: adminMessage(p.inSubject ? "explainFieldSubject" : "explainFieldBody"),
        terms: p.terms.map((term) => `"${inlineText(term)}"`).join(", "),
      }),
    );
  }
  lines.push(
    explanation.signals.length > 0
      ? adminMessage("explainSignals", { signals: explanation.signals.join(", ") })
      : adminMessage("explainNoSignals"),
  );
  lines.push(adminMessage("explainSteps"));
  for (const step of explanation.steps) {
    lines.push(
      adminMessage("explainStep", {
        rule: step.rule,
        recommendation: step.recommendation,
        confidence: step.confidence.toFixed(2),
      }),
    );
  }
  return `${lines.join("\n")}\n`;
}
