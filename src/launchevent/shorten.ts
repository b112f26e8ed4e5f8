/**
 * Fitting text into Outlook's hard limits (a notification ≤ 150 characters, a Smart Alerts message
 * ≤ 500, a dialog button ≤ 20). Outlook rejects a longer text outright, so the handlers fit every
 * text here before they hand it over.
 */

export const ELLIPSIS = "…";

/** Characters that may end a shortened text before the ellipsis is added. */
const TRAILING_PUNCTUATION = /[\s,;:.\-–—(]+$/u;

/** The UTF-16 length that Outlook counts. */
function fits(text: string, max: number): boolean {
  return text.length <= max;
}

/** Cuts before `end` without splitting a surrogate pair (an emoji or other astral character). */
function cutAt(text: string, end: number): string {
  const code = text.charCodeAt(end - 1);
  const splitsPair = code >= 0xd800 && code <= 0xdbff;
  return text.slice(0, splitsPair ? end - 1 : end);
}

/**
 * Shortens `text` to at most `max` characters. A text that fits is returned unchanged. Otherwise
 * it is cut at the last whole word that leaves room for an ellipsis, trailing punctuation is
 * dropped, and "…" is appended; only a single word longer than the whole room is cut mid-word,
 * and then always with the ellipsis. Never returns more than `max` characters.
 */
export function shortenText(text: string, max: number): string {
  if (fits(text, max)) return text;
  if (max <= ELLIPSIS.length) return cutAt(text, Math.max(0, max));
  const room = max - ELLIPSIS.length;
  // A word ends where whitespace begins; cutting just before whitespace keeps the word whole.
  let end = -1;
  for (let i = room; i > 0; i--) {
    if (/\s/u.test(text.charAt(i))) {
      end = i;
      break;
    }
  }
  const head =
    end > 0
      ? text.slice(0, end).replace(TRAILING_PUNCTUATION, "")
      : cutAt(text, room).replace(/\s+$/u, "");
  return `${head === "" ? cutAt(text, room) : head}${ELLIPSIS}`;
}

/**
 * The first candidate that fits within `max`, or the last candidate shortened: callers list their
 * texts from the richest to the plainest, so that a long purpose label drops detail before any
 * word is lost.
 */
export function firstThatFits(candidates: readonly string[], max: number): string {
  for (const candidate of candidates) {
    if (fits(candidate, max)) return candidate;
  }
  return shortenText(candidates[candidates.length - 1] ?? "", max);
}
