import { DEFAULT_POLICY } from "../../../src/policy/defaultPolicy";
import { foldKey } from "../../../src/advisor/text";
import { WORD_PURPOSES, type WordPurpose } from "../../../src/advisor/types";

const { vocabulary } = DEFAULT_POLICY;

/** The distinct folded terms of lists: spellings that fold alike count once. */
const distinct = (lists: readonly (readonly string[] | undefined)[]) =>
  new Set(lists.flatMap((list) => (list ?? []).map((term) => foldKey(term).replace(/ /g, ""))));

describe("the embedded vocabulary", () => {
  it("has at least 500 distinct terms across the purposes, activity words alone", () => {
    const activity = distinct(WORD_PURPOSES.map((p) => vocabulary.purposes[p]));
    expect(activity.size).toBeGreaterThanOrEqual(500);
  });

  it.each(WORD_PURPOSES.map((p) => [p] as const))("has at least 20 terms for %s", (purpose) => {
    expect(distinct([vocabulary.purposes[purpose]]).size).toBeGreaterThanOrEqual(20);
  });

  it("covers the kinds of meeting the issue names, each with its purpose", () => {
    const purposeOf = (term: string): WordPurpose | undefined =>
      WORD_PURPOSES.find((p) => vocabulary.purposes[p].includes(term));
    const expected: [string, WordPurpose][] = [
      ["UTH", "decision"],
      ["audit", "decision"],
      ["GDPR", "decision"],
      ["TR", "decision"],
      ["AMR", "decision"],
      ["LMU", "decision"],
      ["APV", "decision"],
      ["MED-udvalg", "decision"],
      ["morgenkonference", "clinical"],
      ["røntgenkonference", "clinical"],
      ["MDT", "clinical"],
      ["udskrivningskonference", "clinical"],
      ["behandlingskonference", "clinical"],
      ["vagtskifte", "clinical"],
      ["overlevering", "clinical"],
      ["brandøvelse", "training"],
      ["evakuering", "training"],
      ["simulation", "training"],
      ["genoplivning", "training"],
      ["HLR", "training"],
      ["PALS", "training"],
      ["refresher", "training"],
      ["hands-on", "training"],
      ["mentor", "personnel"],
      ["konfliktmægling", "personnel"],
      ["samarbejdssamtale", "personnel"],
      ["vendor demo", "information"],
      ["town hall", "information"],
      ["all-hands", "information"],
      ["kick-off", "relationship"],
      ["kagebord", "social"],
      ["fødselsdag", "social"],
      ["birthday", "social"],
      ["stand-up", "status"],
      ["retro", "status"],
    ];
    expect(expected.filter(([term, purpose]) => purposeOf(term) !== purpose)).toEqual([]);
  });

  it("keeps counterparts and vague kinds as topics, never as activities", () => {
    const all = WORD_PURPOSES.flatMap((p) => vocabulary.purposes[p].map(foldKey));
    for (const term of ["leverandør", "samtale", "velkommen", "1:1"]) {
      expect(all).not.toContain(foldKey(term));
      expect(Object.values(vocabulary.topics).flat()).toContain(term);
    }
    // "leverandørmøde" is a meeting with a supplier, not a first meeting.
    expect(vocabulary.purposes.relationship).not.toContain("leverandørmøde");
  });
});
