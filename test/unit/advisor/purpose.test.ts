import { readFileSync } from "node:fs";
import path from "node:path";
import { advise } from "../../../src/advisor";
import type { Purpose } from "../../../src/advisor/types";
import type { Policy } from "../../../src/policy/types";
import { DEFAULT_POLICY } from "../../../src/policy/defaultPolicy";
import { draft } from "./draftBuilder";

interface PurposeCase {
  subject: string;
  body?: string;
  bodyType?: "text" | "html";
  purpose: Purpose;
}

const fixture = JSON.parse(
  readFileSync(path.join(__dirname, "../../fixtures/advisor/purposes.json"), "utf8"),
) as { cases: PurposeCase[] };

describe("purpose from subject and body", () => {
  it.each(fixture.cases.map((c) => [c.subject, c.body ?? "", c] as const))(
    "%j with body %j",
    (_s, _b, c) => {
      const advice = advise(
        draft({ subject: c.subject, body: c.body ?? "", bodyType: c.bodyType ?? "text" }),
      );
      expect(advice.purpose).toBe(c.purpose);
    },
  );

  it("covers every purpose that words can tell, in the fixture", () => {
    const covered = new Set(fixture.cases.map((c) => c.purpose));
    for (const p of [
      "status", "decision", "information", "creative", "personnel", "relationship",
      "onboarding", "social", "training", "clinical", "unknown",
    ]) expect(covered).toContain(p); // prettier-ignore
  });

  // Policies are immutable once used (their matchers are compiled once), so each variant is a clone.
  const variant = (change: (p: Policy) => void): Policy => {
    const policy = structuredClone(DEFAULT_POLICY);
    change(policy);
    return policy;
  };

  it("reads vocabulary that IT adds to the policy", () => {
    expect(advise(draft({ subject: "Kvalitetsråd" })).purpose).toBe("unknown");
    const policy = variant((p) => p.vocabulary.purposes.decision.push("kvalitetsråd"));
    expect(advise(draft({ subject: "Kvalitetsråd" }), { policy }).purpose).toBe("decision");
    expect(advise(draft({ subject: "KVALITETSRAAD" }), { policy }).purpose).toBe("decision");
  });

  it("lets a neutral word shadow the purpose word it ends with", () => {
    expect(advise(draft({ subject: "Patientinformation" })).purpose).toBe("information");
    const policy = variant((p) => p.vocabulary.neutral.push("patientinformation"));
    expect(advise(draft({ subject: "Patientinformation" }), { policy }).purpose).toBe("unknown");
  });
});
