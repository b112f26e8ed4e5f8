import fc from "fast-check";
import {
  longestMatches,
  MAX_INFLECTION,
  MIN_COMPOUND_LENGTH,
  PhraseMatcher,
  type Match,
} from "../../../src/advisor/matcher";
import { foldTerm, foldText, type FoldedText } from "../../../src/advisor/text";

interface Tag {
  name: string;
  group: number;
}

/**
 * The matching rules written the plain way: every term tried at every position. Quadratic, so
 * only for small inputs, but obviously what the rules say; the automaton must agree with it.
 */
function reference(
  entries: readonly { term: string; tag: Tag }[],
  endings: readonly string[],
  text: FoldedText,
): Match<Tag>[] {
  const { symbols, length, boundary, wordEnd } = text;
  const foldedEndings = endings.map((e) => foldTerm(e)).filter((e) => e.length > 0);
  const endsCompound = (from: number, to: number) => {
    const linking = symbols[from] === 18 || symbols[from] === 4;
    for (const skip of linking ? [1, 0] : [0]) {
      for (const ending of foldedEndings) {
        const at = from + skip;
        if (at + ending.length > to || to - (at + ending.length) > MAX_INFLECTION) continue;
        if (ending.every((s, k) => symbols[at + k] === s)) return true;
      }
    }
    return false;
  };
  const seen = new Set<string>();
  const found: Match<Tag>[] = [];
  for (const { term, tag } of entries) {
    const folded = foldTerm(term);
    const key = `${Array.from(folded).join(",")}|${tag.name}`;
    if (folded.length === 0 || seen.has(key)) continue;
    seen.add(key);
    const words = folded.some((s) => s >= 26) ? foldText(term).boundary : null;
    for (let start = 0; start + folded.length <= length; start++) {
      if (!folded.every((s, k) => symbols[start + k] === s)) continue;
      const end = start + folded.length;
      const startsWord = boundary[start] === 1;
      const endsWord = boundary[end] === 1;
      let extent = end;
      if (words !== null) {
        if (!startsWord || !endsWord) continue;
        let same = true;
        for (let k = 1; k < folded.length; k++) {
          if ((boundary[start + k] === 1) !== (words[k] === 1)) same = false;
        }
        if (!same) continue;
      } else if (folded.length < MIN_COMPOUND_LENGTH) {
        if (!startsWord || !endsWord) continue;
      } else {
        const inside = start >= 2 && boundary[start - 1] !== 1 && boundary[start - 2] !== 1;
        if (!startsWord && !inside) continue;
        if (!endsWord) {
          if (wordEnd[end]! - end > MAX_INFLECTION && !endsCompound(end, wordEnd[end]!)) continue;
          extent = wordEnd[end]!;
        }
      }
      found.push({ start, end, extent, tag, term });
    }
  }
  return found;
}

/** Per group and end position, the longest matches: what findAll promises to report. */
function longestPerEnd(matches: readonly Match<Tag>[]): string[] {
  const best = new Map<string, Match<Tag>[]>();
  for (const m of matches) {
    const key = `${m.tag.group}@${m.end}`;
    const list = best.get(key) ?? [];
    if (list.length === 0 || list[0]!.start === m.start) list.push(m);
    else if (m.start < list[0]!.start) list.splice(0, list.length, m);
    best.set(key, list);
  }
  return [...best.values()].flat().map(show).sort();
}

const show = (m: Match<Tag>) => `${m.start}-${m.end}/${m.extent} ${m.tag.name} ${m.term}`;

/** longestMatches as first written: sort by start, then drop what the current span holds. */
function referenceLongest(matches: readonly Match<Tag>[]): Match<Tag>[] {
  const sorted = matches.slice().sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Match<Tag>[] = [];
  let spanStart = -1;
  let spanEnd = -1;
  for (const m of sorted) {
    const inside = m.start >= spanStart && m.end <= spanEnd;
    if (inside && !(m.start === spanStart && m.end === spanEnd)) continue;
    kept.push(m);
    if (m.end > spanEnd) {
      spanStart = m.start;
      spanEnd = m.end;
    }
  }
  return kept;
}

const TAGS: Tag[] = [
  { name: "p1", group: 0 },
  { name: "p2", group: 0 },
  { name: "neutral", group: 0 },
  { name: "signal", group: 1 },
  { name: "other", group: 2 },
];
const groupOf = (tag: Tag) => tag.group;

// Few letters, so that terms overlap, share prefixes and suffixes, and fold alike often.
const piece = fc.constantFrom("a", "b", "s", "e", "aa", "æ", "ø", "o", "1", "2", " ", "-", "ß");
const termArb = fc.array(piece, { minLength: 1, maxLength: 9 }).map((p) => p.join(""));
const textArb = fc.array(piece, { maxLength: 60 }).map((p) => p.join(""));
/** Long words and words ending in compound endings, so that the compound rules are exercised. */
const letter = fc.constantFrom("a", "b", "s", "e", "o", "ø");
const endingArb = fc.array(letter, { minLength: 1, maxLength: 4 }).map((p) => p.join(""));
const longTermArb = fc.array(letter, { minLength: 5, maxLength: 8 }).map((p) => p.join(""));
const entriesArb = fc.array(fc.record({ term: termArb, tag: fc.constantFrom(...TAGS) }), {
  maxLength: 25,
});

describe("PhraseMatcher against the rules written plainly", () => {
  it("reports, at each end and for each group, exactly the longest matches the rules allow", () => {
    fc.assert(
      fc.property(
        entriesArb,
        fc.array(termArb, { maxLength: 4 }),
        textArb,
        (entries, endings, t) => {
          const text = foldText(t);
          const matcher = new PhraseMatcher(entries, { compoundEndings: endings, groupOf });
          const actual = matcher.findAll(text).map(show).sort();
          expect(actual).toEqual(longestPerEnd(reference(entries, endings, text)));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("gives the same on every text when one matcher serves many (transitions kept between texts)", () => {
    fc.assert(
      fc.property(
        entriesArb,
        fc.array(termArb, { maxLength: 4 }),
        fc.array(textArb, { minLength: 2, maxLength: 5 }),
        (entries, endings, texts) => {
          const matcher = new PhraseMatcher(entries, { compoundEndings: endings, groupOf });
          for (const t of texts) {
            const text = foldText(t);
            const actual = matcher.findAll(text).map(show).sort();
            expect(actual).toEqual(longestPerEnd(reference(entries, endings, text)));
          }
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("agrees on compounds: long words, inflections and compound endings", () => {
    // The text is made of the terms and endings themselves, glued into long words.
    const input = fc
      .record({
        entries: fc.array(fc.record({ term: longTermArb, tag: fc.constantFrom(...TAGS) }), {
          minLength: 1,
          maxLength: 6,
        }),
        endings: fc.array(endingArb, { minLength: 1, maxLength: 4 }),
      })
      .chain(({ entries, endings }) =>
        fc.record({
          entries: fc.constant(entries),
          endings: fc.constant(endings),
          text: fc
            .array(
              fc.oneof(
                fc.constantFrom(...entries.map((e) => e.term), ...endings, " ", "s", "e"),
                letter,
              ),
              { maxLength: 14 },
            )
            .map((p) => p.join("")),
        }),
      );
    fc.assert(
      fc.property(input, ({ entries, endings, text: t }) => {
        const text = foldText(t);
        const matcher = new PhraseMatcher(entries, { compoundEndings: endings, groupOf });
        const actual = matcher.findAll(text).map(show).sort();
        expect(actual).toEqual(longestPerEnd(reference(entries, endings, text)));
      }),
      { numRuns: 3000 },
    );
  });

  it("keeps the same longest readings as every match would give", () => {
    fc.assert(
      fc.property(
        entriesArb,
        fc.array(termArb, { maxLength: 4 }),
        textArb,
        (entries, endings, t) => {
          const text = foldText(t);
          const matcher = new PhraseMatcher(entries, { compoundEndings: endings, groupOf });
          const all = reference(entries, endings, text);
          for (const group of [0, 1, 2]) {
            const kept = longestMatches(matcher.findAll(text).filter((m) => m.tag.group === group));
            const expected = referenceLongest(all.filter((m) => m.tag.group === group));
            expect(kept.map(show)).toEqual(expected.map(show));
          }
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe("longestMatches", () => {
  const m = (start: number, end: number, term = `${start}-${end}`): Match<Tag> => ({
    start,
    end,
    extent: end,
    tag: TAGS[0]!,
    term,
  });

  it.each([
    ["a match inside a longer one goes", [m(0, 10), m(2, 10), m(0, 5), m(3, 4)], ["0-10"]],
    ["overlapping matches both stay, by start", [m(5, 12), m(0, 8)], ["0-8", "5-12"]],
    ["the same span twice stays twice, in order", [m(0, 4, "x"), m(0, 4, "y")], ["x", "y"]],
    [
      "a match inside the later of two overlapping ones goes",
      [m(0, 6), m(4, 12), m(5, 9)],
      ["0-6", "4-12"],
    ],
  ])("%s", (_name, matches, expected) => {
    expect(longestMatches(matches).map((k) => k.term)).toEqual(expected);
    expect(
      longestMatches(matches.slice().reverse())
        .map((k) => k.term)
        .sort(),
    ).toEqual(expected.slice().sort());
  });

  it("agrees with the sorting version on matches in any order", () => {
    const span = fc
      .tuple(fc.nat(30), fc.integer({ min: 1, max: 8 }))
      .map(([start, len]) => m(start, start + len));
    fc.assert(
      fc.property(fc.array(span, { maxLength: 30 }), (matches) => {
        expect(longestMatches(matches).map(show)).toEqual(referenceLongest(matches).map(show));
      }),
    );
  });
});

describe("PhraseMatcher's size is bounded by the distinct folded terms (a hostile policy)", () => {
  const tag = TAGS[0]!;

  it("keeps one entry for 100,000 spellings that fold alike", () => {
    const spellings = ["statusmøde", "statusmoede", "STATUS-MØDE", "Status Mode", "status.møde"];
    const entries = Array.from({ length: 100_000 }, (_, i) => ({
      term: `${spellings[i % spellings.length]!}${" ".repeat(i % 7)}`,
      tag,
    }));
    const size = new PhraseMatcher(entries).size();
    expect(size).toEqual({
      states: 1 + foldTerm("statusmøde").length,
      terms: 1,
      duplicates: 99_999,
      maxOwnOutputs: 1,
      endingStates: 1,
    });
  });

  it("has at most one state per folded letter and one output per tag at a state", () => {
    // Terms that are substrings of each other and share prefixes and suffixes: "bb" … "b×64"
    // ("b", as "aa" folds to "a").
    const entries = Array.from({ length: 63 }, (_, i) => ({ term: "b".repeat(i + 2), tag }));
    entries.push(...entries.map((e) => ({ term: e.term.toUpperCase(), tag: TAGS[3]! })));
    const size = new PhraseMatcher(entries, { groupOf }).size();
    expect(size.states).toBe(65);
    expect(size.terms).toBe(126);
    expect(size.maxOwnOutputs).toBe(2);
  });

  it("reports at most one match per group at each end, however many terms end there", () => {
    const entries = Array.from({ length: 63 }, (_, i) => ({ term: "b".repeat(i + 2), tag }));
    entries.push({ term: "bb", tag: TAGS[3]! });
    const matcher = new PhraseMatcher(entries, { groupOf });
    const text = foldText("bb bbb bbbbbbb ".repeat(200));
    const found = matcher.findAll(text);
    const perEnd = new Map<string, number>();
    for (const f of found) {
      const key = `${f.tag.group}@${f.end}`;
      perEnd.set(key, (perEnd.get(key) ?? 0) + 1);
    }
    expect(Math.max(...perEnd.values())).toBe(1);
    // Every word end has a match of group 0, and the longest one: the word with what precedes.
    expect(found.filter((f) => f.tag.group === 0).length).toBeGreaterThanOrEqual(600);
    expect(found.length).toBeLessThanOrEqual(2 * text.length);
  });

  it("reports a once-group's first match in a text only, and the other groups as before", () => {
    const entries = [
      { term: "bb", tag },
      { term: "bb", tag: TAGS[3]! },
      { term: "ccccc", tag: TAGS[3]! },
    ];
    const text = foldText("bb x bb ccccc bb");
    const once = new PhraseMatcher(entries, { groupOf, onceGroups: [1] }).findAll(text);
    const every = new PhraseMatcher(entries, { groupOf }).findAll(text);
    expect(every.filter((m) => m.tag.group === 1).map((m) => m.start)).toEqual([0, 3, 5, 10]);
    expect(once.filter((m) => m.tag.group === 1).map((m) => m.start)).toEqual([0]);
    expect(once.filter((m) => m.tag.group === 0)).toEqual(every.filter((m) => m.tag.group === 0));
  });

  it("finds nothing and builds nothing for terms without letters or digits", () => {
    const matcher = new PhraseMatcher([
      { term: " - ", tag },
      { term: "", tag },
    ]);
    expect(matcher.size().states).toBe(1);
    expect(matcher.findAll(foldText("a - b"))).toEqual([]);
  });

  it("refuses a group out of range", () => {
    expect(() => new PhraseMatcher([{ term: "abc", tag }], { groupOf: () => 31 })).toThrow(
      RangeError,
    );
  });
});
