/**
 * Finds vocabulary terms in folded text with one Aho–Corasick automaton: a single pass over the
 * text whatever the number of terms, so that a megabyte body costs a few array look-ups per
 * character and nothing more.
 */
import { ALPHABET_SIZE, foldTerm, foldText, type FoldedText } from "./text";

/** Terms shorter than this (folded) must stand as whole words: "MUS" is not in "musik". */
export const MIN_COMPOUND_LENGTH = 5;
/** Letters an inflection may add after a term inside a word: -en, -et, -er, -erne, -ens. */
export const MAX_INFLECTION = 4;
/**
 * A term may end a compound ("projektstatusmøde") only after this many letters of the word: a
 * compound's first part is rarely shorter, while "re" + "mediation" is not a mediation.
 */
export const MIN_COMPOUND_PREFIX = 3;
/** Folded symbols of the linking letters a compound's first part may end with: -s- and -e-. */
const LINKING = new Set([18 /* s */, 4 /* e */]);

export interface Match<T> {
  start: number;
  end: number;
  /**
   * Where the part of the text the match accounts for ends: `end`, or the end of its word when
   * the rest of the word is an inflection or a compound ending ("statusmødet", "kursusforløb").
   */
  extent: number;
  tag: T;
  /** The term as the policy wrote it. */
  term: string;
}

interface Term<T> {
  term: string;
  length: number;
  tag: T;
  /**
   * For a term with digits ("HLR 2", "1:1"), where its own words start and end: such a term
   * matches only the same words, never digits that happen to run together ("kl. 11").
   */
  words: Uint8Array | null;
}

export interface MatcherOptions {
  /** Endings that may follow a term inside a compound word, after an optional -s- or -e-. */
  compoundEndings?: readonly string[];
}

export class PhraseMatcher<T> {
  private readonly delta: Int32Array;
  private readonly outputs: number[][];
  private readonly terms: Term<T>[] = [];
  private readonly endings: Uint8Array[];

  constructor(entries: readonly { term: string; tag: T }[], options: MatcherOptions = {}) {
    this.endings = (options.compoundEndings ?? [])
      .map((e) => foldTerm(e))
      .filter((e) => e.length > 0);
    // The trie and the automaton live in flat typed arrays: one allocation each, however many
    // terms, so that a fresh runtime (an event handler's) compiles the vocabulary quickly.
    const folded = entries.map(({ term, tag }) => ({ term, tag, symbols: foldTerm(term) }));
    const maxStates = 1 + folded.reduce((sum, f) => sum + f.symbols.length, 0);
    const delta = new Int32Array(maxStates * ALPHABET_SIZE).fill(-1);
    const own: number[][] = [[]];
    let count = 1;
    for (const { term, tag, symbols } of folded) {
      if (symbols.length === 0) continue;
      let state = 0;
      for (const s of symbols) {
        let next = delta[state * ALPHABET_SIZE + s]!;
        if (next < 0) {
          next = count++;
          own.push([]);
          delta[state * ALPHABET_SIZE + s] = next;
        }
        state = next;
      }
      own[state]!.push(this.terms.length);
      this.terms.push({ term, length: symbols.length, tag, words: digitTermWords(term, symbols) });
    }
    // Breadth-first: failure links, the missing transitions filled in from them (a complete
    // automaton: one look-up per character), and outputs that include every term ending at a
    // state's suffixes. A trie edge always leads to a state deeper than its source, which is
    // how the two kinds of entry are told apart in the one table.
    const depth = new Int32Array(count);
    const fail = new Int32Array(count);
    const outputs: number[][] = own;
    const queue: number[] = [];
    for (let s = 0; s < ALPHABET_SIZE; s++) {
      const child = delta[s]!;
      if (child > 0) {
        depth[child] = 1;
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
        const at = state * ALPHABET_SIZE + s;
        const child = delta[at]!;
        if (child > 0 && depth[child] === 0 && child !== state) {
          depth[child] = depth[state]! + 1;
          fail[child] = delta[f * ALPHABET_SIZE + s]!;
          queue.push(child);
        } else {
          delta[at] = delta[f * ALPHABET_SIZE + s]!;
        }
      }
    }
    this.delta = delta.subarray(0, count * ALPHABET_SIZE);
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
        const startsWord = boundary[start] === 1;
        let extent = end;
        if (term.words !== null) {
          if (!startsWord || !endsWord || !sameWords(boundary, start, term.words)) continue;
        } else if (term.length < MIN_COMPOUND_LENGTH) {
          if (!startsWord || !endsWord) continue;
        } else {
          if (
            !startsWord &&
            !(start >= 2 && boundary[start - 1] !== 1 && boundary[start - 2] !== 1)
          ) {
            continue;
          }
          if (!endsWord) {
            const rest = wordEnd[end]! - end;
            if (rest > MAX_INFLECTION && !this.endsCompound(symbols, end, wordEnd[end]!)) continue;
            extent = wordEnd[end]!;
          }
        }
        found.push({ start, end, extent, tag: term.tag, term: term.term });
      }
    }
    return found;
  }

  /** Whether symbols[from, to) is a compound ending: an optional -s- or -e-, an ending, an inflection. */
  private endsCompound(symbols: Uint8Array, from: number, to: number): boolean {
    for (const skip of LINKING.has(symbols[from]!) ? [1, 0] : [0]) {
      for (const ending of this.endings) {
        const at = from + skip;
        if (at + ending.length > to || to - (at + ending.length) > MAX_INFLECTION) continue;
        let same = true;
        for (let k = 0; k < ending.length && same; k++) same = symbols[at + k] === ending[k];
        if (same) return true;
      }
    }
    return false;
  }
}

/** A digit term's word boundaries (see Term.words), or null for a term without digits. */
function digitTermWords(term: string, symbols: Uint8Array): Uint8Array | null {
  if (!symbols.some((s) => s >= 26)) return null;
  return foldText(term).boundary.slice(0, symbols.length + 1);
}

/** Whether the text's word boundaries inside a match are the term's own. */
function sameWords(boundary: Uint8Array, start: number, words: Uint8Array): boolean {
  for (let k = 1; k < words.length - 1; k++) {
    if ((boundary[start + k] === 1) !== (words[k] === 1)) return false;
  }
  return true;
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
