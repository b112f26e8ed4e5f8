import { readFileSync } from "node:fs";
import path from "node:path";
import { advise } from "../../../src/advisor";
import type { Purpose } from "../../../src/advisor/types";
import type { Policy } from "../../../src/policy/types";
import { DEFAULT_POLICY } from "../../../src/policy/defaultPolicy";
import {
  readText,
  SIGNALS,
  SUBJECT_WEIGHT,
  TOPIC_WEIGHT,
  type Signal,
} from "../../../src/advisor/vocabulary";
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
        { policy: DEFAULT_POLICY },
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
    expect(advise(draft({ subject: "Hygiejneråd" }), { policy: DEFAULT_POLICY }).purpose).toBe(
      "unknown",
    );
    const policy = variant((p) => p.vocabulary.purposes.decision.push("hygiejneråd"));
    expect(advise(draft({ subject: "Hygiejneråd" }), { policy }).purpose).toBe("decision");
    expect(advise(draft({ subject: "HYGIEJNERAAD" }), { policy }).purpose).toBe("decision");
  });

  it("lets a neutral word shadow the purpose word it ends with", () => {
    expect(
      advise(draft({ subject: "Patientinformation" }), { policy: DEFAULT_POLICY }).purpose,
    ).toBe("information");
    const policy = variant((p) => p.vocabulary.neutral.push("patientinformation"));
    expect(advise(draft({ subject: "Patientinformation" }), { policy }).purpose).toBe("unknown");
  });
});

describe("readText: activity words outweigh topic words", () => {
  const read = (subject: string, body = "", vocabulary = DEFAULT_POLICY.vocabulary) =>
    readText(vocabulary, subject, body);
  const top = (subject: string, body = "") => read(subject, body).purposes[0];

  it("weighs a topic word TOPIC_WEIGHT of an activity word, and says it is a topic", () => {
    const alone = top("Leverandørmøde");
    expect(alone).toMatchObject({ purpose: "information", activity: false, inSubject: true });
    expect(alone?.score).toBeCloseTo(SUBJECT_WEIGHT * TOPIC_WEIGHT);
    expect(alone?.matches).toEqual([
      { term: "leverandør", field: "subject", weight: SUBJECT_WEIGHT * TOPIC_WEIGHT, topic: true },
    ]);
    expect(top("Demo")).toMatchObject({ purpose: "information", activity: true, score: 3 });
  });

  it("keeps a topic word in the subject below one activity word in the body", () => {
    expect(SUBJECT_WEIGHT * TOPIC_WEIGHT).toBeLessThan(1);
    const reading = read("Samarbejdsmøde med kommunen om samarbejdspartner", "Siden sidst");
    expect(reading.purposes.map((p) => p.purpose)).toEqual(["status", "relationship"]);
  });

  it("reads topics IT adds to the policy, and only as topics", () => {
    const vocabulary = structuredClone(DEFAULT_POLICY.vocabulary);
    vocabulary.topics.decision = [...(vocabulary.topics.decision ?? []), "hygiejne"];
    expect(read("Hygiejne", "", vocabulary).purposes[0]).toMatchObject({
      purpose: "decision",
      activity: false,
    });
    // One activity word in the body beats it.
    expect(read("Hygiejne", "Statusmøde", vocabulary).purposes[0]?.purpose).toBe("status");
  });

  it("makes a subject's purpose word after a linking word a topic of the first activity", () => {
    const reading = read("Opfølgning på workshop");
    expect(reading.purposes.map((p) => [p.purpose, p.score])).toEqual([
      ["status", 3],
      ["creative", SUBJECT_WEIGHT * TOPIC_WEIGHT],
    ]);
    expect(reading.purposes[1]?.matches[0]).toMatchObject({ term: "workshop", topic: true });
    // Without the link both are activities and weigh alike; in the body nothing is demoted.
    expect(read("Opfølgning workshop").purposes.map((p) => p.score)).toEqual([3, 3]);
    expect(read("", "Opfølgning på workshop").purposes.map((p) => p.score)).toEqual([1, 1]);
    // The head's own purpose is not demoted: both words tell one thing.
    expect(read("Velkommen til Sara – introduktionsdag").purposes[0]?.score).toBeGreaterThan(3);
  });

  it("reads a compound by its head: a clinical conference, a fire drill, a mentor talk", () => {
    expect(top("Udskrivningskonference")?.purpose).toBe("clinical");
    expect(top("Neuroradiologisk konference")?.purpose).toBe("clinical");
    expect(top("Evakueringsøvelse")?.purpose).toBe("training");
    expect(top("Hjertestoptræning")?.purpose).toBe("training");
    expect(top("Mentorsamtalen")?.purpose).toBe("personnel");
    // A neutral compound shadows the head it ends with.
    expect(read("Trivselsundersøgelse").purposes).toEqual([]);
    expect(read("Ledelseskonference").purposes).toEqual([]);
  });
});

describe("readText: signals", () => {
  const on = (subject: string, body = "") => {
    const { signals } = readText(DEFAULT_POLICY.vocabulary, subject, body);
    return SIGNALS.filter((s) => signals[s]);
  };

  it("reports every signal, each false on a text that says nothing", () => {
    const { signals } = readText(DEFAULT_POLICY.vocabulary, "Møde", "Hej");
    expect(Object.keys(signals).sort()).toEqual([...SIGNALS].sort());
    expect(Object.values(signals).every((v) => v === false)).toBe(true);
    const names: Signal[] = ["patientContact", "formVirtual", "formPhysical", "interruptible"];
    for (const name of names) expect(SIGNALS).toContain(name);
  });

  it.each([
    ["Stuegang M3", "", "patientContact"],
    ["Pårørendesamtale – intensiv", "", "patientContact"],
    ["Ambulant konsultation", "", "patientContact"],
    ["Vagtskifte – rapport nat → dag", "", "patientContact"],
    ["Ward round with visiting professor", "", "patientContact"],
    ["Family meeting", "", "patientContact"],
    ["Udskrivningskonference", "Vi tager den pr. telefon.", "formVirtual"],
    ["Statusmøde", "Mødet holdes på Jabber.", "formVirtual"],
    ["Statusmøde", "Mødet holdes via Jabber.", "formVirtual"],
    ["Jabber-møde: drift", "", "formVirtual"],
    ["Telefonmøde", "", "formVirtual"],
    ["Overnight cut-over", "We stay on the bridge all night.", "formVirtual"],
    ["Status", "Join online.", "formVirtual"],
    ["TR-møde", "Fremmøde påkrævet.", "formPhysical"],
    ["Tavlemøde", "Vi mødes ved tavlen.", "formPhysical"],
    ["Workshop", "Mød op i afsnittet.", "formPhysical"],
    ["Kickoff", "In person, please.", "formPhysical"],
    ["Forberedelse til styregruppemøde", "", "interruptible"],
    ["Mails og administration", "", "interruptible"],
    ["Læsetid – nye retningslinjer", "", "interruptible"],
    ["Admin time", "", "interruptible"],
    ["Reading – journal club prep", "", "interruptible"],
  ] as const)("%j %j raises %s", (subject, body, signal) => {
    expect(on(subject, body)).toContain(signal);
  });

  it.each([
    ["Røntgenkonference", "", "patientContact"],
    ["Kursus i Jabber", "Vi ser en video om proceduren.", "formVirtual"],
    ["Tavlemøde", "Fysisk arbejdsmiljø på dagsordenen.", "formPhysical"],
    ["Tandlæge", "", "interruptible"],
    ["Frokost", "", "interruptible"],
  ] as const)("%j %j does not raise %s", (subject, body, signal) => {
    expect(on(subject, body)).not.toContain(signal);
  });
});
