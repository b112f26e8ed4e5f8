/**
 * Text handling for the advisor: HTML reduced to text (by the one HTML reader, ./html), and text
 * folded into a compact symbol stream for vocabulary matching. Both are single linear passes:
 * bodies can be megabytes, and nothing here may be super-linear.
 */
import { htmlToText } from "./html";

export { decodeEntities, htmlToText } from "./html";

/** The plain text of a draft's body, whatever its type. */
export function bodyText(body: string, bodyType: "text" | "html" | undefined): string {
  if (bodyType === "html") return htmlToText(body);
  // A body marked text that is really HTML (a common slip in hand-written drafts) is read as HTML.
  if (bodyType === undefined && /^\s*<(?:!doctype|html|body|div|p|span|table)\b/i.test(body)) {
    return htmlToText(body);
  }
  return body;
}

/**
 * The folded alphabet: a–z then 0–9. Letters are lower-cased, accents dropped, and Danish
 * letters written the way people type them without a Danish keyboard collapse together:
 * æ/ae/a, ø/oe/o and å/aa/a all fold to the same symbols.
 */
export const ALPHABET_SIZE = 36;
const NONE = 255;

/** Maps a UTF-16 code unit to its folded symbol sequence (one or two symbols), or none. */
const FOLD = new Map<number, number[]>();
(function buildFold() {
  const letter = (c: string) => c.charCodeAt(0) - 97;
  for (let c = 0; c < 26; c++) {
    FOLD.set(97 + c, [c]);
    FOLD.set(65 + c, [c]);
  }
  for (let d = 0; d < 10; d++) FOLD.set(48 + d, [26 + d]);
  const extra: Record<string, string> = {
    æ: "ae", Æ: "ae", ø: "oe", Ø: "oe", å: "aa", Å: "aa", ä: "ae", Ä: "ae", ö: "oe", Ö: "oe",
    ü: "u", Ü: "u", é: "e", É: "e", è: "e", È: "e", ê: "e", ë: "e", á: "a", à: "a", â: "a",
    í: "i", ì: "i", î: "i", ï: "i", ó: "o", ò: "o", ô: "o", ú: "u", ù: "u", û: "u", ñ: "n",
    ç: "c", ß: "ss", ÿ: "y", ý: "y",
  }; // prettier-ignore
  for (const [ch, folded] of Object.entries(extra)) {
    FOLD.set(ch.charCodeAt(0), Array.from(folded, letter));
  }
})();
const FOLD_TABLE = new Uint8Array(0x250).fill(NONE);
const FOLD_SECOND = new Uint8Array(0x250).fill(NONE);
for (const [code, syms] of FOLD) {
  FOLD_TABLE[code] = syms[0]!;
  if (syms[1] !== undefined) FOLD_SECOND[code] = syms[1];
}
const A = 0;
const E = 4;
const O = 14;

/** Text folded for matching: one symbol per kept character, and where each word starts and ends. */
export interface FoldedText {
  symbols: Uint8Array;
  length: number;
  /** boundary[i] is 1 when position i starts a word or ends one (i === length included). */
  boundary: Uint8Array;
  /** wordEnd[i]: the position where the word holding position i ends. */
  wordEnd: Uint32Array;
}

/**
 * Folds text into symbols in one pass. Word separators (spaces, punctuation, hyphens) are dropped
 * so that compounds written apart or hyphenated ("status-møde", "STATUS MØDE") read as written
 * together ("statusmøde"); the boundaries are kept so that matches can be judged against words.
 * The digraphs aa, ae and oe collapse to a, a and o within a word, so "moede", "mode" and "møde"
 * fold alike. The same fold applies to the vocabulary, so both sides agree.
 */
export function foldText(text: string): FoldedText {
  const n = text.length;
  const symbols = new Uint8Array(n * 2 + 1);
  const boundary = new Uint8Array(n * 2 + 2);
  const len = foldInto(text, symbols, boundary);
  const wordEnd = new Uint32Array(len + 1);
  let end = len;
  wordEnd[len] = len;
  for (let i = len - 1; i >= 0; i--) {
    if (boundary[i + 1] === 1) end = i + 1;
    wordEnd[i] = end;
  }
  return { symbols: symbols.subarray(0, len), length: len, boundary, wordEnd };
}

/**
 * The fold itself: writes the symbols and sets the boundaries (never clears one) of `text`, and
 * returns how many symbols it wrote. `symbols` must hold 2 × length + 1, `boundary` one more.
 */
function foldInto(text: string, symbols: Uint8Array, boundary: Uint8Array): number {
  const n = text.length;
  let len = 0;
  let prev = NONE; // the last symbol of the current word, NONE between words
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    const first = code < 0x250 ? FOLD_TABLE[code]! : NONE;
    if (first === NONE) {
      // A combining accent (U+0300–U+036F) belongs to the letter before it, and a soft hyphen
      // (U+00AD) is an invisible hint inside a word: skip both silently.
      if ((code >= 0x300 && code <= 0x36f) || code === 0xad) continue;
      if (prev !== NONE) {
        boundary[len] = 1;
        prev = NONE;
      }
      continue;
    }
    if (prev === NONE) boundary[len] = 1;
    const second = FOLD_SECOND[code]!;
    for (let k = 0; k < 2; k++) {
      const s = k === 0 ? first : second;
      if (s === NONE) break;
      // Collapse aa→a, ae→a, oe→o inside a word.
      if ((s === A && prev === A) || (s === E && (prev === A || prev === O))) continue;
      symbols[len++] = s;
      prev = s;
    }
  }
  boundary[len] = 1;
  return len;
}

/**
 * Scratch space for foldTerm, grown as needed: a vocabulary is a thousand short terms, and
 * allocating a text's three arrays for each was most of the cost of compiling it.
 */
let termSymbols = new Uint8Array(64);
let termBoundary = new Uint8Array(65);

/** A term folded to its symbol sequence (separators dropped), for building matchers. */
export function foldTerm(term: string): Uint8Array {
  if (termSymbols.length < term.length * 2 + 1) {
    termSymbols = new Uint8Array(term.length * 2 + 1);
    termBoundary = new Uint8Array(term.length * 2 + 2);
  }
  // The boundaries are written but not read: a term's symbols do not depend on them.
  const len = foldInto(term, termSymbols, termBoundary);
  return termSymbols.slice(0, len);
}

/** Folds a short text to a plain string key (for comparing names such as sites and units). */
export function foldKey(text: string): string {
  const folded = foldText(text);
  let out = "";
  for (let i = 0; i < folded.length; i++) {
    if (i > 0 && folded.boundary[i] === 1) out += " ";
    const s = folded.symbols[i]!;
    out += s < 26 ? String.fromCharCode(97 + s) : String.fromCharCode(48 + s - 26);
  }
  return out;
}

/** The words of a text, folded, in order (for short texts such as a location or a subject). */
export function foldWords(text: string): string[] {
  const key = foldKey(text);
  return key === "" ? [] : key.split(" ");
}
