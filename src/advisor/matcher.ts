/**
 * Finds vocabulary terms in folded text with one Aho–Corasick automaton: a single pass over the
 * text whatever the number of terms, so that a megabyte body costs a few array look-ups per
 * character and nothing more.
 *
 * The policy is untrusted input, so every cost is bounded by its size and the text's, never by how
 * its terms overlap: terms that fold alike share one entry (the first wins), outputs are reached by
 * dictionary suffix links instead of copied lists, and each end position reports at most the
 * longest accepted reading of each group.
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
const LINKING_S = 18;
const LINKING_E = 4;
/** Groups are bits of one 32-bit mask. */
export const MAX_GROUPS = 31;
/** An odd multiplier for the word-shape hash of digit terms (arithmetic modulo 2^32). */
const HASH_BASE = 0x9e3779b1 | 0;

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

export interface MatcherOptions<T> {
  /** Endings that may follow a term inside a compound word, after an optional -s- or -e-. */
  compoundEndings?: readonly string[];
  /**
   * The group of a tag, 0 to MAX_GROUPS - 1 (all 0 when not given). At each end position only the
   * longest accepted matches of each group are reported: a shorter match of the same group ending
   * there lies inside the longer one and would be dropped by longestMatches anyway, and reporting
   * it would let overlapping terms ("aa", "aaa", … "a…a") multiply the output.
   */
  groupOf?: (tag: T) => number;
  /**
   * Groups whose first match in a text is all the caller needs (a yes/no signal): after it,
   * findAll reports no more matches of that group for that text.
   */
  onceGroups?: readonly number[];
}

/** What the automaton holds: for structural checks (tests, bench), never for matching. */
export interface MatcherSize {
  /** States of the automaton (the root included): at most 1 + the folded letters of all terms. */
  states: number;
  /** Terms kept: one per folded spelling and tag. */
  terms: number;
  /** Terms dropped because an earlier term with the same tag folds alike. */
  duplicates: number;
  /** The most terms any one state outputs itself (its suffixes are reached by links). */
  maxOwnOutputs: number;
  /** States of the compound endings' trie. */
  endingStates: number;
}

/** Lazily built per text: the compound-ending marks of the current word and the word-shape hash. */
interface ScanState {
  /** compound[q] = 1 when symbols[q…] is a compound ending plus at most MAX_INFLECTION letters. */
  compound: Uint8Array | null;
  /** The word end up to which `compound` is filled in. */
  compoundUpTo: number;
  /** Prefix sums of boundary bits times powers of HASH_BASE, and those powers. */
  shapeHash: Int32Array | null;
  powers: Int32Array | null;
}

export class PhraseMatcher<T> {
  /**
   * The transition table, states × ALPHABET_SIZE, holding the next state + 1, or 0 where it is not
   * known yet. The trie's edges are there from the start; every other transition is worked out
   * from the failure links the first time a text needs it and kept, so that compiling costs the
   * terms' letters, not states × alphabet (most of the table is never used), and a text still
   * costs one look-up per character once its transitions are known.
   */
  private readonly delta: Int32Array;
  /** The failure link of each state: the longest proper suffix that is also a state. */
  private readonly fail: Int32Array;
  /** The first term a state outputs itself, or -1; further ones chain through nextTerm. */
  private readonly firstTerm: Int32Array;
  /** The nearest proper suffix state that outputs a term itself, or -1 (dictionary suffix link). */
  private readonly outLink: Int32Array;
  /** Bit mask of the groups output at a state or any of its suffix states: 0 means nothing ends here. */
  private readonly groupsBelow: Int32Array;
  private readonly nextTerm: Int32Array;
  private readonly termLength: Int32Array;
  private readonly termGroup: Int32Array;
  private readonly termTag: T[] = [];
  private readonly termText: string[] = [];
  /** For a term with digits, its own word boundaries (see digitTermWords); else null. */
  private readonly termWords: (Uint8Array | null)[] = [];
  private readonly termShape: Int32Array;
  /** The compound endings reversed, in a trie walked backwards from a word's end. */
  private readonly endDelta: Int32Array;
  private readonly endTerminal: Uint8Array;
  private readonly maxEnding: number;
  /** Bit mask of the groups reported once per text (MatcherOptions.onceGroups). */
  private readonly onceMask: number;
  private readonly sizeInfo: MatcherSize;

  constructor(entries: readonly { term: string; tag: T }[], options: MatcherOptions<T> = {}) {
    const groupOf = options.groupOf ?? (() => 0);
    const folded = entries.map(({ term, tag }) => ({ term, tag, symbols: foldTerm(term) }));
    // One allocation per table however many terms, so that a fresh runtime (an event handler's)
    // compiles the vocabulary quickly and a hostile vocabulary cannot make millions of objects.
    // Sized by the distinct folded terms: 100,000 spellings of one word need one word's states.
    const distinct = new Set<string>();
    let maxStates = 1;
    for (const { symbols } of folded) {
      const key = symbols.join(",");
      if (distinct.has(key)) continue;
      distinct.add(key);
      maxStates += symbols.length;
    }
    // 0 marks a transition not known yet, so the fresh, zeroed table needs no filling: the
    // operating system supplies zeroed pages only as they are touched.
    const delta = new Int32Array(maxStates * ALPHABET_SIZE);
    // The trie's edges also as lists of children (first child, next sibling, the edge's symbol),
    // so that the breadth-first pass below visits edges, not every entry of the table.
    const firstChild = new Int32Array(maxStates).fill(-1);
    const nextSibling = new Int32Array(maxStates);
    const edgeSymbol = new Uint8Array(maxStates);
    const firstTerm = new Int32Array(maxStates).fill(-1);
    const nextTerm = new Int32Array(folded.length).fill(-1);
    const termLength = new Int32Array(folded.length);
    const termGroup = new Int32Array(folded.length);
    const termShape = new Int32Array(folded.length);
    const ownGroups = new Int32Array(maxStates);
    let count = 1;
    let kept = 0;
    let duplicates = 0;
    let maxOwnOutputs = 0;
    for (const { term, tag, symbols } of folded) {
      if (symbols.length === 0) continue;
      let state = 0;
      for (let k = 0; k < symbols.length; k++) {
        const s = symbols[k]!;
        let next = delta[state * ALPHABET_SIZE + s]! - 1;
        if (next < 0) {
          next = count++;
          delta[state * ALPHABET_SIZE + s] = next + 1;
          nextSibling[next] = firstChild[state]!;
          firstChild[state] = next;
          edgeSymbol[next] = s;
        }
        state = next;
      }
      // Terms that fold alike match at the same places: keep the first of each tag, so that 100,000
      // spellings of one word cost one entry and the policy's order decides deterministically.
      let last = -1;
      let own = 0;
      let duplicate = false;
      for (let t = firstTerm[state]!; t >= 0; t = nextTerm[t]!) {
        if (this.termTag[t] === tag) duplicate = true;
        last = t;
        own++;
      }
      if (duplicate) {
        duplicates++;
        continue;
      }
      const group = groupOf(tag);
      if (!Number.isInteger(group) || group < 0 || group >= MAX_GROUPS) {
        throw new RangeError(`a matcher group must be a whole number from 0 to ${MAX_GROUPS - 1}`);
      }
      const index = kept++;
      if (last < 0) firstTerm[state] = index;
      else nextTerm[last] = index;
      maxOwnOutputs = Math.max(maxOwnOutputs, own + 1);
      ownGroups[state] = ownGroups[state]! | (1 << group);
      const words = digitTermWords(term, symbols);
      termLength[index] = symbols.length;
      termGroup[index] = 1 << group;
      termShape[index] = words === null ? 0 : shapeOf(words);
      this.termTag.push(tag);
      this.termText.push(term);
      this.termWords.push(words);
    }
    // The root's row is complete from the start (a letter no term starts with stays at the root),
    // which ends every walk along the failure links in transition().
    for (let s = 0; s < ALPHABET_SIZE; s++) if (delta[s] === 0) delta[s] = 1;
    this.delta = delta.subarray(0, count * ALPHABET_SIZE);
    // Breadth-first over the trie's edges: failure links, dictionary suffix links and the groups
    // below each state. A state's failure link is shallower than the state, so it is done first.
    const fail = new Int32Array(count);
    const outLink = new Int32Array(count).fill(-1);
    const groupsBelow = new Int32Array(count);
    const queue = new Int32Array(count);
    this.fail = fail;
    let tail = 0;
    for (let child = firstChild[0]!; child >= 0; child = nextSibling[child]!) queue[tail++] = child;
    for (let head = 0; head < tail; head++) {
      const state = queue[head]!;
      const f = fail[state]!;
      outLink[state] = firstTerm[f]! >= 0 ? f : outLink[f]!;
      groupsBelow[state] = ownGroups[state]! | groupsBelow[f]!;
      for (let child = firstChild[state]!; child >= 0; child = nextSibling[child]!) {
        fail[child] = this.transition(f, edgeSymbol[child]!);
        queue[tail++] = child;
      }
    }
    this.firstTerm = firstTerm.subarray(0, count);
    this.outLink = outLink;
    this.groupsBelow = groupsBelow;
    this.nextTerm = nextTerm.subarray(0, kept);
    this.termLength = termLength.subarray(0, kept);
    this.termGroup = termGroup.subarray(0, kept);
    this.termShape = termShape.subarray(0, kept);

    // The compound endings, reversed into a small trie: a word's possible endings are found by
    // walking back from its end, a bounded number of steps per word instead of trying every
    // ending at every position.
    const endings = (options.compoundEndings ?? []).map((e) => foldTerm(e)).filter((e) => e.length);
    const endStates = 1 + endings.reduce((sum, e) => sum + e.length, 0);
    const endDelta = new Int32Array(endStates * ALPHABET_SIZE).fill(-1);
    const endTerminal = new Uint8Array(endStates);
    let endCount = 1;
    let maxEnding = 0;
    for (const ending of endings) {
      let state = 0;
      for (let k = ending.length - 1; k >= 0; k--) {
        const at = state * ALPHABET_SIZE + ending[k]!;
        if (endDelta[at]! < 0) endDelta[at] = endCount++;
        state = endDelta[at]!;
      }
      endTerminal[state] = 1;
      maxEnding = Math.max(maxEnding, ending.length);
    }
    this.endDelta = endDelta.subarray(0, endCount * ALPHABET_SIZE);
    this.endTerminal = endTerminal.subarray(0, endCount);
    this.maxEnding = maxEnding;
    this.onceMask = (options.onceGroups ?? []).reduce((mask, g) => mask | (1 << g), 0);
    this.sizeInfo = {
      states: count,
      terms: kept,
      duplicates,
      maxOwnOutputs,
      endingStates: endCount,
    };
  }

  /**
   * The state after `state` on symbol `s`: the table's entry, or else the transition from the
   * failure link's, worked out and kept for every state on the way. Each step either ends at a
   * known entry or fills one in, so the work over the matcher's life is bounded by the table.
   */
  private transition(state: number, s: number): number {
    const { delta, fail } = this;
    let known = state;
    while (delta[known * ALPHABET_SIZE + s] === 0) known = fail[known]!;
    const next = delta[known * ALPHABET_SIZE + s]!;
    for (let q = state; q !== known; q = fail[q]!) delta[q * ALPHABET_SIZE + s] = next;
    return next - 1;
  }

  /** What the automaton holds (for tests and benchmarks). */
  size(): MatcherSize {
    return { ...this.sizeInfo };
  }

  /**
   * Every occurrence of a term that stands as a word or as part of a compound — a short term
   * must start and end at word boundaries; a longer one may end a compound ("projektstatusmøde")
   * and may be followed by an inflection ("statusmødet"), but not by another word part
   * ("internat" is not in "international") — keeping at each end position only the longest of
   * each group (see MatcherOptions.groupOf). Matches come in order of their end.
   */
  findAll(text: FoldedText): Match<T>[] {
    const { symbols, length, boundary, wordEnd } = text;
    const { delta, groupsBelow, firstTerm, outLink, nextTerm, termLength, termGroup } = this;
    const found: Match<T>[] = [];
    const scan: ScanState = { compound: null, compoundUpTo: -1, shapeHash: null, powers: null };
    let state = 0;
    let finished = 0; // the once-groups already reported in this text
    for (let i = 0; i < length; i++) {
      const symbol = symbols[i]!;
      const next = delta[state * ALPHABET_SIZE + symbol]!;
      state = next !== 0 ? next - 1 : this.transition(state, symbol);
      if ((groupsBelow[state]! & ~finished) === 0) continue;
      const end = i + 1;
      const endsWord = boundary[end] === 1;
      // Whether anything may end here is the same for every term: inside a word, only a long
      // term followed by an inflection or a compound ending can, so most positions stop here.
      if (
        !endsWord &&
        wordEnd[end]! - end > MAX_INFLECTION &&
        !this.endsCompound(text, scan, end)
      ) {
        continue;
      }
      let done = finished;
      let s = firstTerm[state]! >= 0 ? state : outLink[state]!;
      // Longest first; a group is done once it has a match here, and the walk stops when no
      // group still open has a term further down the chain.
      while (s >= 0 && (groupsBelow[s]! & ~done) !== 0) {
        let accepted = 0;
        for (let t = firstTerm[s]!; t >= 0; t = nextTerm[t]!) {
          const group = termGroup[t]!;
          if ((done & group) !== 0) continue;
          const len = termLength[t]!;
          const start = end - len;
          const startsWord = boundary[start] === 1;
          let extent = end;
          const words = this.termWords[t] ?? null;
          if (words !== null) {
            if (!startsWord || !endsWord || !this.sameShape(text, scan, t, start, end, words)) {
              continue;
            }
          } else if (len < MIN_COMPOUND_LENGTH) {
            if (!startsWord || !endsWord) continue;
          } else {
            if (
              !startsWord &&
              !(start >= 2 && boundary[start - 1] !== 1 && boundary[start - 2] !== 1)
            ) {
              continue;
            }
            if (!endsWord) extent = wordEnd[end]!;
          }
          accepted |= group;
          found.push({ start, end, extent, tag: this.termTag[t]!, term: this.termText[t]! });
        }
        done |= accepted;
        finished |= accepted & this.onceMask;
        s = outLink[s]!;
      }
    }
    return found;
  }

  /**
   * Whether symbols[end, wordEnd) is an optional -s- or -e-, a compound ending and at most an
   * inflection. The marks are computed once per word, walking back from its end, so the cost is
   * bounded per letter of text whatever the endings.
   */
  private endsCompound(text: FoldedText, scan: ScanState, end: number): boolean {
    if (this.maxEnding === 0) return false;
    const to = text.wordEnd[end]!;
    if (scan.compound === null) scan.compound = new Uint8Array(text.length + 1);
    const marks = scan.compound;
    if (scan.compoundUpTo !== to) {
      scan.compoundUpTo = to;
      const { symbols, boundary } = text;
      // The word's start: the last boundary at or before `end` (compound endings never cross words).
      let from = end;
      while (from > 0 && boundary[from] !== 1) from--;
      for (let k = 0; k <= MAX_INFLECTION && to - k > from; k++) {
        let node = 0;
        for (let q = to - k - 1, steps = 0; q >= from && steps < this.maxEnding; q--, steps++) {
          node = this.endDelta[node * ALPHABET_SIZE + symbols[q]!]!;
          if (node < 0) break;
          if (this.endTerminal[node] === 1) marks[q] = 1;
        }
      }
    }
    if (marks[end] === 1) return true;
    const linking = text.symbols[end];
    return (linking === LINKING_S || linking === LINKING_E) && marks[end + 1] === 1 && end + 1 < to;
  }

  /** Whether the text's word boundaries inside [start, end) are the digit term's own. */
  private sameShape(
    text: FoldedText,
    scan: ScanState,
    t: number,
    start: number,
    end: number,
    words: Uint8Array,
  ): boolean {
    if (scan.shapeHash === null || scan.powers === null) {
      // Prefix sums of the boundary bits, so that each candidate compares in O(1); equal sums
      // are then confirmed letter by letter, so a hash collision can never make a false match.
      const n = text.length;
      const hash = new Int32Array(n + 1);
      const powers = new Int32Array(n + 1);
      powers[0] = 1;
      for (let i = 0; i < n; i++) {
        powers[i + 1] = Math.imul(powers[i]!, HASH_BASE);
        hash[i + 1] = (hash[i]! + (text.boundary[i] === 1 ? powers[i]! : 0)) | 0;
      }
      scan.shapeHash = hash;
      scan.powers = powers;
    }
    const inside = (scan.shapeHash[end]! - scan.shapeHash[start + 1]!) | 0;
    if (inside !== Math.imul(this.termShape[t]!, scan.powers[start + 1]!)) return false;
    return sameWords(text.boundary, start, words);
  }
}

/** A digit term's word boundaries (see digitTermWords) as the same hash the text's use. */
function shapeOf(words: Uint8Array): number {
  let hash = 0;
  let power = 1;
  for (let k = 1; k < words.length - 1; k++) {
    if (words[k] === 1) hash = (hash + power) | 0;
    power = Math.imul(power, HASH_BASE);
  }
  return hash;
}

/**
 * For a term with digits ("HLR 2", "1:1"), where its own words start and end: such a term
 * matches only the same words, never digits that happen to run together ("kl. 11"). Null for a
 * term without digits.
 */
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
 * compound wins: "afskedsreception" is a farewell party even though it holds "afsked". The kept
 * matches come in order of their start (matches with the same span in their given order).
 *
 * Linear for matches in order of their end (as findAll gives them), so that a body full of
 * matches costs no sort; any other order is sorted first.
 */
export function longestMatches<T>(matches: readonly Match<T>[]): Match<T>[] {
  let byEnd = true;
  for (let k = 1; k < matches.length && byEnd; k++) {
    if (matches[k]!.end < matches[k - 1]!.end) byEnd = false;
  }
  const list = byEnd ? matches : matches.slice().sort((a, b) => a.end - b.end);
  // From the last end back: a match is strictly inside another when one ending later starts at
  // or before it, or one ending at the same place starts before it.
  const keep = new Uint8Array(list.length);
  let laterMinStart = Infinity; // over matches that end after the current end
  for (let hi = list.length - 1; hi >= 0;) {
    const end = list[hi]!.end;
    let lo = hi;
    let sameEndMinStart = Infinity;
    while (lo >= 0 && list[lo]!.end === end) {
      sameEndMinStart = Math.min(sameEndMinStart, list[lo]!.start);
      lo--;
    }
    for (let k = lo + 1; k <= hi; k++) {
      const start = list[k]!.start;
      if (start > sameEndMinStart || laterMinStart <= start) continue;
      keep[k] = 1;
    }
    laterMinStart = Math.min(laterMinStart, sameEndMinStart);
    hi = lo;
  }
  const kept: Match<T>[] = [];
  for (let k = 0; k < list.length; k++) if (keep[k] === 1) kept.push(list[k]!);
  // Kept matches nest in none of each other, so in order of their end they are in order of start.
  return kept;
}
