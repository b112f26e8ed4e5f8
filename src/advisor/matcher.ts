/**
 * Finds vocabulary terms in folded text with one Aho–Corasick automaton: a single pass over the
 * text whatever the number of terms, so that a megabyte body costs a few array look-ups per
 * character and nothing more.
 */
import { ALPHABET_SIZE, foldTerm, type FoldedText } from "./text";

/** Terms shorter than this (folded) must stand as whole words: "MUS" is not in "musik". */
export const MIN_COMPOUND_LENGTH = 5;
/** Letters an inflection may add after a term inside a word: -en, -et, -er, -erne, -ens. */
export const MAX_INFLECTION = 4;

export interface Match<T> {
  start: number;
  end: number;
  tag: T;
  /** The term as the policy wrote it. */
  term: string;
}

export class PhraseMatcher<T> {
  private readonly delta: Int32Array;
  private readonly outputs: number[][];
  private readonly terms: { term: string; length: number; tag: T }[] = [];

  constructor(entries: readonly { term: string; tag: T }[]) {
    const children: Int32Array[] = [new Int32Array(ALPHABET_SIZE).fill(-1)];
    const own: number[][] = [[]];
    for (const { term, tag } of entries) {
      const symbols = foldTerm(term);
      if (symbols.length === 0) continue;
      let state = 0;
      for (const s of symbols) {
        let next = children[state]![s]!;
        if (next < 0) {
          next = children.length;
          children.push(new Int32Array(ALPHABET_SIZE).fill(-1));
          own.push([]);
          children[state]![s] = next;
        }
        state = next;
      }
      own[state]!.push(this.terms.length);
      this.terms.push({ term, length: symbols.length, tag });
    }
    // Breadth-first: failure links, the complete transition table, and outputs that include
    // every term ending at a state's suffixes.
    const count = children.length;
    const delta = new Int32Array(count * ALPHABET_SIZE);
    const fail = new Int32Array(count);
    const outputs: number[][] = own.map((o) => o.slice());
    const queue: number[] = [];
    for (let s = 0; s < ALPHABET_SIZE; s++) {
      const child = children[0]![s]!;
      if (child >= 0) {
        delta[s] = child;
        fail[child] = 0;
        queue.push(child);
      } else {
        delta[s] = 0;
      }
    }
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head]!;
      const f = fail[state]!;
      if (outputs[f]!.length > 0) outputs[state] = outputs[state]!.concat(outputs[f]!);
      for (let s = 0; s < ALPHABET_SIZE; s++) {
        const child = children[state]![s]!;
        if (child >= 0) {
          fail[child] = delta[f * ALPHABET_SIZE + s]!;
          delta[state * ALPHABET_SIZE + s] = child;
          queue.push(child);
        } else {
          delta[state * ALPHABET_SIZE + s] = delta[f * ALPHABET_SIZE + s]!;
        }
      }
    }
    this.delta = delta;
    this.outputs = outputs;
  }

  /**
   * Every occurrence of a term that stands as a word or as part of a compound:
   * a short term must start and end at word boundaries; a longer one may end a compound
   * ("projektstatusmøde") and may be followed by an inflection ("statusmødet"), but not by
   * another word part ("internat" is not in "international").
   */
  findAll(text: FoldedText): Match<T>[] {
    const { symbols, length, boundary, wordEnd } = text;
    const delta = this.delta;
    const outputs = this.outputs;
    const found: Match<T>[] = [];
    let state = 0;
    for (let i = 0; i < length; i++) {
      state = delta[state * ALPHABET_SIZE + symbols[i]!]!;
      const out = outputs[state]!;
      if (out.length === 0) continue;
      const end = i + 1;
      for (const index of out) {
        const term = this.terms[index]!;
        const start = end - term.length;
        const endsWord = boundary[end] === 1;
        if (term.length < MIN_COMPOUND_LENGTH) {
          if (boundary[start] !== 1 || !endsWord) continue;
        } else if (!endsWord && wordEnd[end]! - end > MAX_INFLECTION) {
          continue;
        }
        found.push({ start, end, tag: term.tag, term: term.term });
      }
    }
    return found;
  }
}

/**
 * Drops every match that lies strictly inside a longer one, so that the longest reading of a
 * compound wins: "afskedsreception" is a farewell party even though it holds "afsked".
 */
export function longestMatches<T>(matches: readonly Match<T>[]): Match<T>[] {
  const sorted = matches.slice().sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Match<T>[] = [];
  let spanStart = -1;
  let spanEnd = -1;
  for (const m of sorted) {
    const inside = m.start >= spanStart && m.end <= spanEnd;
    const sameSpan = m.start === spanStart && m.end === spanEnd;
    if (inside && !sameSpan) continue;
    kept.push(m);
    if (m.end > spanEnd) {
      spanStart = m.start;
      spanEnd = m.end;
    }
  }
  return kept;
}
