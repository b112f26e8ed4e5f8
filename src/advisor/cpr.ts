/**
 * Danish CPR numbers in an invitation's text. A CPR number is DDMMYY-SSSS or DDMMYYSSSS whose
 * first six digits are a real date; the first digit of the sequence number gives the century.
 * The modulus-11 check is deliberately not used: numbers issued since 2007 need not pass it.
 */
import type { PersonalDataFinding } from "./types";

/**
 * Ten digits, with or without the hyphen, that are not part of a longer number, a phone number
 * with its country code (+45…), a link (…/0102701234, ?id=0102701234), an e-mail or video address
 * (0102701234@…), a decimal or a date written with separators. The character before is matched
 * rather than looked behind: classic Outlook's JavaScript-only runtime (ECMAScript 2016) has no
 * lookbehind. What comes before a colon or a full stop is judged in code (see `isAddressOrDecimal`).
 */
const CANDIDATE = /(^|[^\d+/\-@=#])(\d{2})(\d{2})(\d{2})(-?)(\d{4})(?![\d@]|[-/.,:]\d)/g;

/** A URI scheme right before the colon: "sip:0102701234", "tel:0102701234". */
const SCHEME_BEFORE =
  /(?:^|[^a-z])(?:sips?|tel|im|xmpp|ciscotel|ciscotelconf|ciscoim|callto|https?|ftp)$/i;

/**
 * Whether the character before the digits makes them part of something else: a colon after a URI
 * scheme (an address), or a full stop or comma right after a digit (a decimal). "CPR:0102701234"
 * and "cpr.nr.0102701234" stay numbers in text.
 */
function isAddressOrDecimal(text: string, before: string, at: number): boolean {
  if (before === ":") return SCHEME_BEFORE.test(text.slice(Math.max(0, at - 13), at));
  if (before === "." || before === ",") {
    const previous = text.charCodeAt(at - 1);
    return previous >= 48 && previous <= 57;
  }
  return false;
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

/** Every CPR number in the text, masked as DDMMYY-****. Repeated numbers are reported once. */
export function findCprNumbers(
  text: string,
  field: PersonalDataFinding["field"],
): PersonalDataFinding[] {
  const found: PersonalDataFinding[] = [];
  const seen = new Set<string>();
  for (const m of text.matchAll(CANDIDATE)) {
    const digits = `${m[2]}${m[3]}${m[4]}${m[6]}`;
    const before = m[1]!;
    if (before !== "" && isAddressOrDecimal(text, before, m.index! + before.length - 1)) continue;
    if (!isCprNumber(digits) || seen.has(digits)) continue;
    seen.add(digits);
    found.push({ kind: "cpr", field, masked: `${m[2]}${m[3]}${m[4]}-****` });
  }
  return found;
}

/**
 * The text with every CPR number in it masked as DDMMYY-****: for anything that prints or shows
 * text from a meeting (the command line's summary and error messages, the pane's header).
 */
export function maskCprNumbers(text: string): string {
  return text.replace(
    CANDIDATE,
    (
      whole,
      before: string,
      dd: string,
      mm: string,
      yy: string,
      _dash: string,
      serial: string,
      offset: number,
    ) => {
      if (before !== "" && isAddressOrDecimal(text, before, offset + before.length - 1))
        return whole;
      if (!isCprNumber(`${dd}${mm}${yy}${serial}`)) return whole;
      return `${before}${dd}${mm}${yy}-****`;
    },
  );
}
