/**
 * Danish CPR numbers in an invitation, found the way people actually write them: with or without
 * a separator (hyphen, space, no-break space, en or em dash, non-breaking hyphen), with dots in the
 * date ("01.01.90-1234"), with invisible characters (zero-width, soft hyphen) or full-width digits
 * inside, split by inline tags ("01<b>01</b>90-1234", read through the one HTML reader), and right
 * after a label ("CPR:0101901234", "cpr.nr.0101901234").
 *
 * A CPR number is ten digits DDMMYY-SSSS whose first six are a real date; the 7th digit gives the
 * century. The modulus-11 check is deliberately not used: numbers issued since 2007 need not pass.
 * Never flagged: digits inside a URL (also percent-encoded, as in Outlook's Safe Links), SIP, tel
 * and other addresses, runs of 11 or more digits, decimals and impossible dates.
 *
 * A scanner rather than one regular expression: classic Outlook's JavaScript-only runtime
 * (ECMAScript 2016) has no lookbehind, and each judgement (the character before, the separators,
 * the label) reads more plainly in code. Every pass is linear in the text.
 */
import { mappedHiddenHtmlText, mappedHtmlText, tokenizeHtml, type MappedText } from "./html";
import type { PersonalDataFinding } from "./types";

/** One CPR number as written in a text, with where each part of it is. */
export interface CprMatch {
  /** The ten digits, DDMMYYSSSS, in ASCII. */
  digits: string;
  /** "DDMMYY-****". */
  masked: string;
  /** Whether CPR context stands right before it: a label (CPR, cpr.nr., personnummer, patient,
   * pt., borger) within a few words on the same line. */
  context: boolean;
  /** [start, end) in the text: from its first digit to just after its last. */
  start: number;
  end: number;
  /** Where in the text each of the four digits after the date is (what masking replaces). */
  serial: number[];
}

/** How many words before a number are read for CPR context ("Borgerens cpr.nr. er 0101901234"). */
const CONTEXT_WORDS = 4;
/** How far back (characters) context is read, whatever the words. */
const CONTEXT_CHARS = 48;
/** The longest gap between the date and the sequence number: " - ". */
const MAX_GAP = 3;

/** Labels that make a number a CPR number in the reader's eyes (lower case, after folding). */
const CONTEXT_LABEL = /(?:^|[^a-zæøå])(?:cpr|personn(?:umme)?r|patient|borger|pt[.:])/;

/** URI schemes written without "//" whose addresses hold digits: sip:, tel:, mailto: … */
const URL_START =
  /(^|[^a-z0-9+.-])(?:[a-z][a-z0-9+.-]*:\/\/|(?:sips?|tel|mailto|im|xmpp|callto|ciscotel|ciscotelconf|ciscoim|urn|sms|fax|facetime|skype|lync|msteams|webcal|data):|www\.)/gi;
/** Where a URL ends: white space, or a character that cannot stand in one unescaped. */
const URL_END = /[\s<>"]/g;

/** Characters that the scanner reads differently from how they are written (see `normalize`). */
const NEEDS_NORMALIZING =
  /[\u00a0\u00ad\u2000-\u2015\u2028-\u202f\u205f-\u2064\u2212\u3000\ufe58\ufe63\ufeff\uff0d\uff0e\uff10-\uff19]/;

/**
 * The text as the scanner reads it: invisible characters (zero-width, soft hyphen, word joiner)
 * dropped, every kind of space a space, every kind of dash a hyphen, full-width digits and full
 * stops in ASCII. `at[k]` is where character k came from in the text (null: the same place).
 * Unchanged stretches are copied whole: bodies can be megabytes.
 */
function normalize(text: string): { text: string; at: Int32Array | null } {
  if (!NEEDS_NORMALIZING.test(text)) return { text, at: null };
  const at = new Int32Array(text.length);
  let out = "";
  let copied = 0; // text[copied, i) is still to be copied
  let k = 0; // the length of the normalized text so far
  for (let i = 0; i < text.length; i++) {
    const replacement = normalizedChar(text.charCodeAt(i));
    if (replacement !== null) {
      out += text.slice(copied, i) + replacement;
      copied = i + 1;
    }
    if (replacement !== "") at[k++] = i;
  }
  out += text.slice(copied);
  return { text: out, at: at.subarray(0, k) };
}

/** What the scanner reads for a character: null for itself, "" for nothing (invisible). */
function normalizedChar(c: number): string | null {
  if (c < 0xa0) return null;
  if (c === 0xad || (c >= 0x200b && c <= 0x200d) || (c >= 0x2060 && c <= 0x2064) || c === 0xfeff)
    return "";
  if (c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000)
    return " ";
  if ((c >= 0x2010 && c <= 0x2015) || c === 0x2212 || c === 0xfe58 || c === 0xfe63 || c === 0xff0d)
    return "-";
  if (c === 0xff0e) return ".";
  if (c >= 0xff10 && c <= 0xff19) return String.fromCharCode(c - 0xff10 + 48);
  if (c === 0x2028 || c === 0x2029) return "\n";
  return null;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isHex(code: number): boolean {
  return isDigit(code) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102);
}

/** The [start, end) spans of the URLs and addresses in the text, in order. */
function urlSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  URL_START.lastIndex = 0;
  for (let m = URL_START.exec(text); m !== null; m = URL_START.exec(text)) {
    const start = m.index + m[1]!.length;
    URL_END.lastIndex = start;
    const end = URL_END.exec(text)?.index ?? text.length;
    spans.push([start, end]);
    URL_START.lastIndex = Math.max(end, start + 1);
  }
  return spans;
}

/**
 * Whether the character before a run of digits makes them part of something else: a longer
 * number or phone number (+45…), a link's path, query or fragment (/, =, #, &, %2F), an address
 * (…@), a decimal (3.0102701234) or a number range (2027-0101901234).
 */
function joinedBefore(text: string, at: number): boolean {
  if (at === 0) return false;
  const c = text.charCodeAt(at - 1);
  if (c === 43 || c === 47 || c === 64 || c === 61 || c === 35 || c === 38 || c === 95) return true; // + / @ = # & _
  if (c === 46 || c === 44 || c === 45) return at >= 2 && isDigit(text.charCodeAt(at - 2)); // . , -
  // A percent-encoded character right before ("%2F0101901234" in a Safe Links address).
  return (
    at >= 3 &&
    text.charCodeAt(at - 3) === 37 &&
    isHex(text.charCodeAt(at - 2)) &&
    isHex(text.charCodeAt(at - 1))
  );
}

/** Whether what follows the last digit makes the number part of something longer. */
function joinedAfter(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (isDigit(c) || c === 64 /* @ */) return true;
  // "0101901234-5", "0101901234.50", "0101901234,50", "0101901234/2", "0101901234:1".
  return (
    (c === 45 || c === 47 || c === 46 || c === 44 || c === 58) && isDigit(text.charCodeAt(at + 1))
  );
}

/** The century of a CPR number's birth year, from its 7th digit and its two-digit year. */
export function cprCentury(seventh: number, yy: number): number {
  if (seventh <= 3) return 1900;
  if (seventh === 4 || seventh === 9) return yy <= 36 ? 2000 : 1900;
  return yy <= 57 ? 2000 : 1800;
}

function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  return day <= days;
}

/** Whether ten digits (DDMMYYSSSS) form a CPR number with a valid date. */
export function isCprNumber(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false;
  const day = Number(digits.slice(0, 2));
  const month = Number(digits.slice(2, 4));
  const yy = Number(digits.slice(4, 6));
  const year = cprCentury(Number(digits[6]), yy) + yy;
  return isRealDate(year, month, day);
}

/**
 * Reads DD[s]MM[s]YY[gap]SSSS from `i` (the first digit of a run): s is "." or "-" (both the same)
 * or nothing, the gap up to three spaces and hyphens with at most one hyphen. Returns the
 * positions of the ten digits, or null.
 */
function readNumber(text: string, i: number): number[] | null {
  // Most runs of digits are not ten long (times, phone numbers, years): reject them cheaply.
  const third = text.charCodeAt(i + 2);
  if (!isDigit(text.charCodeAt(i + 1)) || !(isDigit(third) || third === 46 || third === 45)) {
    return null;
  }
  const digits: number[] = [];
  let k = i;
  const two = (): boolean => {
    if (!isDigit(text.charCodeAt(k)) || !isDigit(text.charCodeAt(k + 1))) return false;
    digits.push(k, k + 1);
    k += 2;
    return true;
  };
  if (!two()) return null;
  const sep = text.charCodeAt(k);
  if ((sep === 46 || sep === 45) && text.charCodeAt(k + 3) === sep) {
    // "01.01.90" or "01-01-90": the same separator after the day and after the month.
    k += 1;
    if (!two()) return null;
    k += 1;
    if (!two()) return null;
  } else if (!two() || !two()) {
    return null;
  }
  // The gap between the date and the sequence number.
  let dashes = 0;
  let gap = 0;
  while (gap <= MAX_GAP) {
    const c = text.charCodeAt(k);
    if (c === 32) {
      gap++;
      k++;
    } else if (c === 45 && dashes === 0) {
      dashes++;
      gap++;
      k++;
    } else {
      break;
    }
  }
  if (gap > MAX_GAP) return null;
  for (let n = 0; n < 4; n++) {
    if (!isDigit(text.charCodeAt(k))) return null;
    digits.push(k);
    k++;
  }
  return digits;
}

/** Whether a CPR label stands within a few words before position `at`, on the same line. */
function hasContext(text: string, at: number): boolean {
  let from = Math.max(0, at - CONTEXT_CHARS);
  const line = text.lastIndexOf("\n", at - 1);
  if (line >= from) from = line + 1;
  const words = text.slice(from, at).toLowerCase().split(/\s+/);
  // The last CONTEXT_WORDS words, plus the label written onto the number ("cpr:0101901234").
  const near = words.slice(-CONTEXT_WORDS - 1).join(" ");
  return CONTEXT_LABEL.test(near);
}

/**
 * Every CPR number in the text, in order, repeated numbers included, with where its parts are.
 * Positions are in `text` as given (before any normalizing).
 */
export function locateCprNumbers(text: string): CprMatch[] {
  const { text: n, at } = normalize(text);
  const source = (k: number): number => (at === null ? k : at[k]!);
  const spans = urlSpans(n);
  let span = 0;
  const found: CprMatch[] = [];
  for (let i = 0; i < n.length; i++) {
    if (!isDigit(n.charCodeAt(i)) || (i > 0 && isDigit(n.charCodeAt(i - 1)))) continue;
    while (span < spans.length && spans[span]![1] <= i) span++;
    if (span < spans.length && spans[span]![0] <= i) continue;
    if (joinedBefore(n, i)) continue;
    const positions = readNumber(n, i);
    if (!positions) continue;
    const last = positions[9]!;
    if (joinedAfter(n, last + 1)) continue;
    const digits = positions.map((k) => n[k]).join("");
    if (!isCprNumber(digits)) continue;
    found.push({
      digits,
      masked: `${digits.slice(0, 6)}-****`,
      context: hasContext(n, i),
      start: source(positions[0]!),
      end: source(last) + 1,
      serial: positions.slice(6).map(source),
    });
    i = last;
  }
  return found;
}

/**
 * Every CPR number in the text as findings, masked as DDMMYY-****. A number written more than once
 * is reported once, with context when any of its occurrences has it.
 */
export function findCprNumbers(
  text: string,
  field: PersonalDataFinding["field"],
): PersonalDataFinding[] {
  const found: PersonalDataFinding[] = [];
  const byDigits = new Map<string, PersonalDataFinding>();
  for (const m of locateCprNumbers(text)) {
    const seen = byDigits.get(m.digits);
    if (seen) {
      seen.context = seen.context || m.context;
      continue;
    }
    const finding: PersonalDataFinding = {
      kind: "cpr",
      field,
      masked: m.masked,
      context: m.context,
    };
    byDigits.set(m.digits, finding);
    found.push(finding);
  }
  return found;
}

/**
 * The text with every CPR number in it shown as DDMMYY-****: for anything that prints or shows
 * text from a meeting (the command line's summary and error messages, the pane's header).
 */
export function maskCprNumbers(text: string): string {
  const matches = locateCprNumbers(text);
  if (matches.length === 0) return text;
  let out = "";
  let last = 0;
  for (const m of matches) {
    out += text.slice(last, m.start) + m.masked;
    last = m.end;
  }
  return out + text.slice(last);
}

/** The character a masked digit becomes. */
const MASK = "*";

/** A number found in markup, with the source ranges of its four last digits. */
export interface CprInMarkup {
  match: CprMatch;
  /** "body" for text a reader sees, "hidden" for text they do not (head, comments, hidden). */
  field: "body" | "hidden";
  /** [from, to) in the markup of each digit that masking replaces (an entity as a whole). */
  ranges: Array<[number, number]>;
}

/**
 * Every CPR number in an HTML body, in the text a reader sees ("body") and in the text they do
 * not ("hidden"), with the source ranges of the digits that masking replaces.
 */
export function locateCprInHtml(html: string): CprInMarkup[] {
  const tokens = tokenizeHtml(html);
  const found: CprInMarkup[] = [];
  const collect = (mapped: MappedText, field: "body" | "hidden"): void => {
    for (const match of locateCprNumbers(mapped.text)) {
      const ranges = match.serial.map((k): [number, number] => [mapped.from[k]!, mapped.to[k]!]);
      found.push({ match, field, ranges });
    }
  };
  collect(mappedHtmlText(html, tokens), "body");
  collect(mappedHiddenHtmlText(html, tokens), "hidden");
  return found;
}

/** Replaces each [from, to) range with the mask character; the ranges need not be in order. */
function replaceRanges(text: string, ranges: ReadonlyArray<readonly [number, number]>): string {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  let out = "";
  let last = 0;
  for (const [from, to] of sorted) {
    if (from < last || to <= from) continue;
    out += text.slice(last, from) + MASK;
    last = to;
  }
  return out + text.slice(last);
}

/** What masking did to a text: the new text and how many numbers it masked. */
export interface Masked {
  text: string;
  count: number;
}

/** Which numbers to mask: those whose masked form is in the set, or all when there is none. */
export type MaskTargets = ReadonlySet<string> | null;

/**
 * Plain text with the four last digits of each CPR number replaced by "*", in place: nothing else
 * changes ("CPR 010190 1234" becomes "CPR 010190 ****"). Only the numbers in `targets`, if given.
 */
export function maskCprInText(text: string, targets: MaskTargets = null): Masked {
  const matches = locateCprNumbers(text).filter((m) => !targets || targets.has(m.masked));
  const ranges: Array<[number, number]> = [];
  for (const m of matches) for (const k of m.serial) ranges.push([k, k + 1]);
  return { text: replaceRanges(text, ranges), count: matches.length };
}

/**
 * An HTML body with the four last digits of each CPR number replaced by "*", in place, seen or
 * hidden: every tag, attribute and character other than those digits stays as it was.
 */
export function maskCprInHtml(html: string, targets: MaskTargets = null): Masked {
  const found = locateCprInHtml(html).filter((f) => !targets || targets.has(f.match.masked));
  const ranges: Array<[number, number]> = [];
  for (const f of found) ranges.push(...f.ranges);
  return { text: replaceRanges(html, ranges), count: found.length };
}
