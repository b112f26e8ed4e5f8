import { readFileSync } from "node:fs";
import path from "node:path";
import { advise } from "../../../src/advisor";
import type { MeetingDraft, Purpose, Recommendation } from "../../../src/advisor/types";
import { at, draft } from "./draftBuilder";
import { DEFAULT_POLICY } from "../../../src/policy/defaultPolicy";

interface RuleCase {
  name: string;
  draft: Partial<MeetingDraft>;
  recommendation: Recommendation;
  purpose: Purpose;
  minConfidence?: number;
  maxConfidence?: number;
}

const rules = JSON.parse(
  readFileSync(path.join(__dirname, "../../fixtures/advisor/recommendations.json"), "utf8"),
) as { cases: RuleCase[] };

describe("recommendation rules", () => {
  it.each(rules.cases.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    const advice = advise(draft(c.draft), { policy: DEFAULT_POLICY });
    expect(advice.recommendation).toBe(c.recommendation);
    expect(advice.purpose).toBe(c.purpose);
    if (c.minConfidence !== undefined)
      expect(advice.confidence).toBeGreaterThanOrEqual(c.minConfidence);
    if (c.maxConfidence !== undefined)
      expect(advice.confidence).toBeLessThanOrEqual(c.maxConfidence);
    // Every recommendation is explained, and every reason cites a section of the guidance.
    expect(advice.reasons.length).toBeGreaterThan(0);
  });
});

describe("confidence", () => {
  const weeklyStatusAcrossSites = advise(
    draft({
      subject: "Ugentligt statusmøde",
      attendees: at("Køge", "Nykøbing F."),
      recurrence: { frequency: "weekly", interval: 1 },
    }),
    { policy: DEFAULT_POLICY },
  );
  const statusFromBodyOnly = advise(
    draft({ subject: "Møde", body: "Vi tager en status på projektet.", attendees: at("Køge") }),
    { policy: DEFAULT_POLICY },
  );
  const nothingTells = advise(draft({ subject: "Møde" }), { policy: DEFAULT_POLICY });

  it("is highest when words and context agree", () => {
    expect(weeklyStatusAcrossSites.confidence).toBeGreaterThan(0.9);
    expect(weeklyStatusAcrossSites.reasons.map((r) => r.code)).toEqual(
      expect.arrayContaining(["purpose-status", "recurring", "travel-saved"]),
    );
  });

  it("is lower when only the body tells", () => {
    expect(statusFromBodyOnly.purpose).toBe("status");
    expect(statusFromBodyOnly.confidence).toBeLessThan(weeklyStatusAcrossSites.confidence);
    expect(statusFromBodyOnly.confidence).toBeGreaterThan(nothingTells.confidence);
  });

  it("is low when nothing tells", () => {
    expect(nothingTells.purpose).toBe("unknown");
    expect(nothingTells.confidence).toBeLessThanOrEqual(0.3);
  });

  it("drops when the text points two ways", () => {
    const clear = advise(draft({ subject: "Statusmøde", body: "Status og opgaver." }), {
      policy: DEFAULT_POLICY,
    });
    const torn = advise(
      draft({ subject: "Statusmøde", body: "Bagefter holder vi workshop og julefrokost." }),
      { policy: DEFAULT_POLICY },
    );
    expect(torn.purpose).toBe("status");
    expect(torn.confidence).toBeLessThan(clear.confidence);
    expect(torn.reasons.map((r) => r.code)).toContain("purpose-conflict");
  });

  it("drops when context pulls against the words", () => {
    const near = advise(draft({ subject: "Workshop om patientforløb" }), {
      policy: DEFAULT_POLICY,
    });
    const far = advise(
      draft({
        subject: "Workshop om patientforløb",
        attendees: at("Nykøbing F.", "Holbæk", "Roskilde"),
      }),
      { policy: DEFAULT_POLICY },
    );
    expect(far.recommendation).toBe("physical");
    expect(far.confidence).toBeLessThan(near.confidence);
  });

  it("stays within [0, 1] with two decimals", () => {
    for (const a of [weeklyStatusAcrossSites, statusFromBodyOnly, nothingTells]) {
      expect(a.confidence).toBeGreaterThanOrEqual(0);
      expect(a.confidence).toBeLessThanOrEqual(1);
      expect(Math.round(a.confidence * 100) / 100).toBe(a.confidence);
    }
  });
});

describe("reasons", () => {
  it("cite the guidance and speak Danish by default, English on request", () => {
    const d = draft({ subject: "Statusmøde", attendees: at("Køge", "Holbæk") });
    const da = advise(d, { policy: DEFAULT_POLICY });
    const en = advise(d, { policy: DEFAULT_POLICY, locale: "en" });
    expect(da.reasons.map((r) => r.code)).toEqual(en.reasons.map((r) => r.code));
    const travelDa = da.reasons.find((r) => r.code === "travel-saved");
    const travelEn = en.reasons.find((r) => r.code === "travel-saved");
    // Sorø–Køge 45 min and Sorø–Holbæk 35 min, each way: 160 minutes and 176 km in round trips.
    expect(travelDa?.message).toBe(
      "Som videomøde sparer 2 personer 2 t 40 min kørsel og 176 km (tur-retur til Sorø).",
    );
    expect(travelEn?.message).toBe(
      "As a video meeting, 2 people save 2 h 40 min of driving and 176 km (round trips to Sorø).",
    );
    expect(travelDa?.guideline).toBe("video-meeting");
  });

  it("say honestly when invitees' sites are unknown", () => {
    const advice = advise(
      draft({ subject: "Statusmøde", attendees: at("Køge", undefined, undefined) }),
      { policy: DEFAULT_POLICY },
    );
    const note = advice.reasons.find((r) => r.code === "travel-unknown-sites");
    expect(note?.message).toBe(
      "2 deltagere har et ukendt arbejdssted og er ikke regnet med i den sparede kørsel.",
    );
  });

  it("name another provider's meeting already in the invitation", () => {
    const advice = advise(
      draft({
        subject: "Statusmøde",
        body: '<a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc/0?context=x">Join</a>',
        bodyType: "html",
      }),
      { policy: DEFAULT_POLICY, locale: "en" },
    );
    expect(advice.reasons.find((r) => r.code === "link-others")?.message).toContain(
      "Microsoft Teams",
    );
  });
});
