/**
 * The video meeting block that Mødeguide writes into an invitation's body: a heading, the join
 * link, the video (SIP) address and one short line on headset and consent, in the user's language.
 *
 * Pure string functions, no Office. What is "ours" is decided by the meeting id that Mødeguide
 * recorded on the item when it inserted (see meetingLink.ts), never by a look-alike: a colleague's
 * pasted block has another id, and a sentence that merely resembles our heading is not anchored by
 * our link. The block is recognised line by line after Outlook has re-serialised the body (ids
 * dropped or prefixed "x_", extra wrappers, &nbsp;, entities, <br> for paragraphs), and removing it
 * takes out only our lines that are still exactly as written, with the elements they alone
 * filled: whatever the person typed before, inside, between or after them stays where it was.
 */
import {
  CONTAINER_ELEMENTS,
  decodeEntities,
  forEachChar,
  htmlToText,
  INLINE_ELEMENTS,
  tagBreak,
  tokenizeHtml,
  type HtmlToken,
} from "../advisor/html";
import { fillTemplate, MEETING_ID as PLACEHOLDER } from "../advisor/links";
import type { Locale } from "../advisor/types";
import { format, LOCALES, translator } from "../i18n/catalogue";
import { LEGACY_BLOCK_MARKERS, officeMessages } from "../i18n/office";
import type { MeetingLinkProvider } from "../policy/types";

/** A meeting id that cannot be drawn: the digit count is not a whole number from 1 to 30. */
export class MeetingIdError extends Error {
  readonly code = "invalid-meeting-id";
  constructor(message: string) {
    super(message);
    this.name = "MeetingIdError";
  }
}

/** A link of the policy's provider that is not of the scheme a meeting link must have. */
export class UnsafeLinkError extends Error {
  readonly code = "unsafe-link";
  constructor(message: string) {
    super(message);
    this.name = "UnsafeLinkError";
  }
}

/**
 * The id of the block's wrapper as written: a marker for people reading the markup. Outlook may
 * drop it or prefix it, so ownership never rests on it.
 */
export const BLOCK_ELEMENT_ID = "moedeguide-jabber";

/**
 * Draws a meeting id of `digits` digits from `random` (values in [0, 1)); the first digit is never
 * 0, so that the id keeps its length when read as a number (at an IVR or by a video system).
 */
export function drawMeetingId(random: () => number, digits: number): string {
  if (!Number.isInteger(digits) || digits < 1 || digits > 30) {
    throw new MeetingIdError(`A meeting id needs 1 to 30 digits, not ${digits}`);
  }
  const digit = (from: number): string => {
    const value = random();
    const clamped = Number.isFinite(value) ? Math.min(Math.max(value, 0), 1 - Number.EPSILON) : 0;
    return String(from + Math.floor(clamped * (10 - from)));
  };
  let id = digit(digits === 1 ? 0 : 1);
  for (let i = 1; i < digits; i++) id += digit(0);
  return id;
}

/** The provider's join link for a meeting id. */
export function joinUrlFor(provider: MeetingLinkProvider, meetingId: string): string {
  return fillTemplate(provider.joinUrl, meetingId);
}

/** The provider's video (SIP) address for a meeting id. */
export function videoAddressFor(provider: MeetingLinkProvider, meetingId: string): string {
  return fillTemplate(provider.videoAddress, meetingId);
}

/**
 * The join link and the video address, refused unless they are https: and sip:/sips: with nothing
 * that could leave an attribute or a line: the policy is validated, but the block is what every
 * attendee clicks, so it checks again.
 */
function safeLinks(provider: MeetingLinkProvider, meetingId: string): { url: string; sip: string } {
  const url = joinUrlFor(provider, meetingId);
  const sip = videoAddressFor(provider, meetingId);
  // Quotes, angle brackets, spaces and control characters (C0 below U+0020, DEL and C1).
  const clean = (value: string) =>
    !/["'`<>\s]/.test(value) &&
    !Array.from(value).some((c) => c.charCodeAt(0) < 0x20 || (c >= "\u007f" && c <= "\u009f"));
  if (!/^https:\/\/[^/]/i.test(url) || !clean(url)) {
    throw new UnsafeLinkError("The join link must be an https: address without quotes or spaces");
  }
  if (!/^sips?:[^/]/i.test(sip) || !clean(sip)) {
    throw new UnsafeLinkError(
      "The video address must be a sip: or sips: address without quotes or spaces",
    );
  }
  return { url, sip };
}

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

/**
 * The HTML block for an HTML body. The join link carries id="LPNoLP", which stops Outlook from
 * turning it into a link preview card; the link text is the URL itself, so that the link is still
 * recognisable when a gateway (Safe Links) rewrites the href.
 */
export function buildJabberBlock(
  provider: MeetingLinkProvider,
  meetingId: string,
  locale: Locale,
): string {
  const t = translator(officeMessages, locale);
  const links = safeLinks(provider, meetingId);
  const url = escapeHtml(links.url);
  const sip = escapeHtml(links.sip);
  return (
    `<div id="${BLOCK_ELEMENT_ID}">` +
    `<p><b>${escapeHtml(t("blockHeading", { provider: provider.name }))}</b></p>` +
    `<p>${escapeHtml(t("blockJoinLabel"))}: <a id="LPNoLP" href="${url}">${url}</a></p>` +
    `<p>${escapeHtml(t("blockVideoAddressLabel"))}: <a href="${sip}">${sip}</a></p>` +
    `<p>${escapeHtml(t("blockReminder"))}</p>` +
    `</div>`
  );
}

/** The same block for a plain-text body: four lines, no markup. */
export function buildJabberBlockText(
  provider: MeetingLinkProvider,
  meetingId: string,
  locale: Locale,
): string {
  const t = translator(officeMessages, locale);
  const { url, sip } = safeLinks(provider, meetingId);
  return [
    t("blockHeading", { provider: provider.name }),
    `${t("blockJoinLabel")}: ${url}`,
    `${t("blockVideoAddressLabel")}: ${sip}`,
    t("blockReminder"),
  ].join("\n");
}

// ---------------------------------------------------------------------------------------------
// Reading an invitation line by line. Everything here reads markup through the one HTML reader
// (../advisor/html) and is a single pass, or a bounded number of passes, over the body.

/** The lines of the block, as Mødeguide writes them. */
export type BlockLine = "heading" | "join" | "video" | "reminder";

const BLOCK_LINES: readonly BlockLine[] = ["heading", "join", "video", "reminder"];

/**
 * How many lines of the person's own (non-blank) text may stand between two of our lines for them
 * still to be one block: notes typed under the link keep the block whole, but a heading or a
 * headset line far away in the person's agenda is theirs, not ours.
 */
const MAX_PERSON_LINES_BETWEEN = 8;

/** Normalises one character for matching lines: any space " ", any dash "-", invisible ones "". */
function normaliseChar(c: string): string {
  const code = c.charCodeAt(0);
  if (code > 0x20 && code < 0x7f)
    return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : c;
  if (
    c === "\u00ad" ||
    c === "\u200b" ||
    c === "\u200c" ||
    c === "\u200d" ||
    c === "\u2060" ||
    c === "\ufeff"
  ) {
    return "";
  }
  if (/[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]/.test(c)) return " ";
  if (/[\u2010-\u2015\u2212]/.test(c)) return "-";
  const lower = c.toLowerCase();
  return lower.length === c.length ? lower : c;
}

/** Collects normalised characters: spaces collapsed, trimmed when read. */
class LineText {
  private readonly parts: string[] = [];
  private space = false;

  push(char: string): void {
    for (const c of char) {
      const n = normaliseChar(c);
      if (n === "") continue;
      if (n === " ") {
        this.space = this.parts.length > 0;
        continue;
      }
      if (this.space) this.parts.push(" ");
      this.space = false;
      this.parts.push(n);
    }
  }

  get text(): string {
    return this.parts.join("");
  }
}

/** A whole string normalised as a line is. */
function normaliseLine(text: string): string {
  const line = new LineText();
  for (const c of text) line.push(c);
  return line.text;
}

/** One line of an HTML body: the tokens between two line-breaking tags. */
interface HtmlLine {
  /** Token indices, inclusive; the line holds at least one token. */
  first: number;
  last: number;
  /** The token that ended the line before it (a breaking tag), or -1 at the start. */
  before: number;
  /** The token that ends this line, or -1 at the end. */
  after: number;
  /** Its visible text, normalised. */
  text: string;
  /** Whether it holds text a reader does not see: such a line is never ours to remove. */
  hiddenText: boolean;
}

const BLANK = /^(?:\s|\u00a0|\u200b|\ufeff)*$/;

function isBlankText(html: string, token: HtmlToken): boolean {
  return token.kind === "text" && BLANK.test(decodeEntities(html.slice(token.start, token.end)));
}

function htmlLines(html: string, tokens: readonly HtmlToken[]): HtmlLine[] {
  const lines: HtmlLine[] = [];
  let first = -1;
  let before = -1;
  let text = new LineText();
  let hiddenText = false;
  const close = (after: number, last: number): void => {
    if (first >= 0) lines.push({ first, last, before, after, text: text.text, hiddenText });
    first = -1;
    text = new LineText();
    hiddenText = false;
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (!token.hidden && tagBreak(token) !== "") {
      close(i, i - 1);
      before = i;
      continue;
    }
    if (first < 0) first = i;
    if (token.kind === "text") {
      if (token.hidden) {
        if (!isBlankText(html, token)) hiddenText = true;
      } else {
        forEachChar(html, token.start, token.end, (char) => text.push(char));
      }
    }
  }
  close(-1, tokens.length - 1);
  return lines;
}

/** One line of a plain-text body: [start, end) without its line break, which ends at `next`. */
interface TextLine {
  start: number;
  end: number;
  next: number;
  text: string;
}

function textLines(body: string): TextLine[] {
  const lines: TextLine[] = [];
  let start = 0;
  while (start <= body.length) {
    let end = body.indexOf("\n", start);
    let next: number;
    if (end < 0) {
      end = body.length;
      next = body.length;
    } else {
      next = end + 1;
    }
    const content = body.charCodeAt(end - 1) === 13 && end > start ? end - 1 : end;
    lines.push({ start, end: content, next, text: normaliseLine(body.slice(start, content)) });
    if (next === body.length && end === body.length) break;
    start = next;
    if (start === body.length) {
      lines.push({ start, end: start, next: start, text: "" });
      break;
    }
  }
  return lines;
}

/** The texts each of our lines may have, normalised: in every language, and earlier wordings. */
function expectedLines(
  provider: MeetingLinkProvider,
  meetingId: string,
): Record<BlockLine, Set<string>> {
  const url = joinUrlFor(provider, meetingId);
  const sip = videoAddressFor(provider, meetingId);
  const sets: Record<BlockLine, Set<string>> = {
    heading: new Set(),
    join: new Set(),
    video: new Set(),
    reminder: new Set(),
  };
  for (const locale of LOCALES) {
    const t = translator(officeMessages, locale);
    sets.heading.add(normaliseLine(t("blockHeading", { provider: provider.name })));
    sets.join.add(normaliseLine(`${t("blockJoinLabel")}: ${url}`));
    sets.video.add(normaliseLine(`${t("blockVideoAddressLabel")}: ${sip}`));
    sets.reminder.add(normaliseLine(t("blockReminder")));
  }
  for (const heading of LEGACY_BLOCK_MARKERS.headings) {
    sets.heading.add(normaliseLine(format(heading, { provider: provider.name })));
  }
  for (const reminder of LEGACY_BLOCK_MARKERS.reminders) {
    sets.reminder.add(normaliseLine(format(reminder, { provider: provider.name })));
  }
  return sets;
}

/** Which line of a body is which of ours: a line index for each line found, as written. */
type OwnLines = Partial<Record<BlockLine, number>>;

/**
 * Finds our lines among a body's lines for the meeting id Mødeguide recorded when it inserted.
 * The block is anchored on its join line or its video line, whose texts hold the meeting id and
 * must be exactly as written; the heading is the nearest heading line before the anchor and the
 * reminder the nearest reminder line after it, each with at most MAX_PERSON_LINES_BETWEEN lines
 * of the person's text in between. A line the person wrote into is not ours any more.
 */
function findOwnLines(
  lines: ReadonlyArray<{ text: string; hiddenText?: boolean }>,
  provider: MeetingLinkProvider,
  meetingId: string,
): OwnLines {
  const expected = expectedLines(provider, meetingId);
  const isLine = (i: number, kind: BlockLine): boolean => {
    const line = lines[i];
    return !!line && !line.hiddenText && expected[kind].has(line.text);
  };
  const found: OwnLines = {};
  for (let i = 0; i < lines.length; i++) {
    if (found.join === undefined && isLine(i, "join")) found.join = i;
    if (found.video === undefined && isLine(i, "video")) found.video = i;
  }
  if (found.join === undefined && found.video === undefined) return {};
  if (found.join !== undefined && found.video !== undefined) {
    // The two must be one block: near each other, not a link pasted far away.
    if (personLinesBetween(lines, found.join, found.video) > MAX_PERSON_LINES_BETWEEN) {
      delete found.video;
    }
  }
  const anchors = [found.join, found.video].filter((i): i is number => i !== undefined);
  const top = Math.min(...anchors);
  const bottom = Math.max(...anchors);
  const near = (from: number, step: 1 | -1, kind: BlockLine): number | undefined => {
    let person = 0;
    for (let i = from + step; i >= 0 && i < lines.length; i += step) {
      if (isLine(i, kind)) return i;
      if (lines[i]!.text !== "" && ++person > MAX_PERSON_LINES_BETWEEN) return undefined;
    }
    return undefined;
  };
  const heading = near(top, -1, "heading");
  if (heading !== undefined) found.heading = heading;
  const reminder = near(bottom, 1, "reminder");
  if (reminder !== undefined) found.reminder = reminder;
  return found;
}

function personLinesBetween(lines: ReadonlyArray<{ text: string }>, a: number, b: number): number {
  let count = 0;
  for (let i = Math.min(a, b) + 1; i < Math.max(a, b); i++) if (lines[i]!.text !== "") count++;
  return count;
}

/**
 * Our lines that are still in the text but no longer as written (the person typed into them):
 * they are left, and the person is told. A join or video line counts when its link or address is
 * still anywhere in the text; a heading or reminder when its words are still in a line near the
 * block.
 */
function editedLines(
  lines: ReadonlyArray<{ text: string }>,
  own: OwnLines,
  provider: MeetingLinkProvider,
  meetingId: string,
): BlockLine[] {
  const url = normaliseLine(joinUrlFor(provider, meetingId));
  const sip = normaliseLine(videoAddressFor(provider, meetingId));
  const expected = expectedLines(provider, meetingId);
  const found = Object.values(own);
  const from = Math.max(0, Math.min(...found) - MAX_PERSON_LINES_BETWEEN - 1);
  const to = Math.min(lines.length, Math.max(...found) + MAX_PERSON_LINES_BETWEEN + 2);
  const edited: BlockLine[] = [];
  for (const kind of BLOCK_LINES) {
    if (own[kind] !== undefined) continue;
    const needles =
      kind === "join" ? [url] : kind === "video" ? [sip] : [...expected[kind]].filter(Boolean);
    const range = kind === "join" || kind === "video" ? [0, lines.length] : [from, to];
    let seen = false;
    for (let i = range[0]!; i < range[1]! && !seen; i++) {
      if (own.heading === i || own.reminder === i || own.join === i || own.video === i) continue;
      seen = needles.some((needle) => lines[i]!.text.includes(needle));
    }
    if (seen) edited.push(kind);
  }
  return edited;
}

/** What removing our block from a body did. */
export interface BlockRemoval {
  /** The body without our lines. */
  body: string;
  /** Our lines that were taken out, in the block's order. */
  removed: BlockLine[];
  /** Our lines that are still there but were changed by the person: left as they are. */
  edited: BlockLine[];
}

/** Whether a tag is one whose element may be taken out whole when it held only our line. */
function removableElement(name: string): boolean {
  return !CONTAINER_ELEMENTS.has(name) && !INLINE_ELEMENTS.has(name);
}

/** Tags in [start, end) whose partner lies outside it: removing the span must leave them. */
function unpairedTags(tokens: readonly HtmlToken[], from: number, to: number): HtmlToken[] {
  const stack: HtmlToken[] = [];
  const unpaired: HtmlToken[] = [];
  for (let i = from; i <= to; i++) {
    const token = tokens[i]!;
    if (token.kind === "open") {
      stack.push(token);
    } else if (token.kind === "close") {
      let at = stack.length - 1;
      while (at >= 0 && stack[at]!.name !== token.name) at--;
      // Opens left between the match and the top were never closed: they go with their parent.
      if (at >= 0) stack.length = at;
      else unpaired.push(token);
    }
  }
  return [...unpaired, ...stack].sort((x, y) => x.start - y.start);
}

interface Cut {
  start: number;
  end: number;
  /** Markup inside [start, end) that stays: tags whose partner is outside the cut. */
  kept: string;
}

/** The cut that takes one of our lines out of HTML: the element it fills, or the line and a <br>. */
function cutForLine(html: string, tokens: readonly HtmlToken[], line: HtmlLine): Cut {
  const before = tokens[line.before];
  const after = tokens[line.after];
  if (
    before &&
    after &&
    before.kind === "open" &&
    after.kind === "close" &&
    before.name === after.name &&
    removableElement(before.name)
  ) {
    return { start: before.start, end: after.end, kept: "" };
  }
  let first = line.first;
  let last = line.last;
  if (after && after.kind === "void" && after.name === "br") last = line.after;
  else if (before && before.kind === "void" && before.name === "br") first = line.before;
  const kept = unpairedTags(tokens, first, last)
    .map((token) => html.slice(token.start, token.end))
    .join("");
  return { start: tokens[first]!.start, end: tokens[last]!.end, kept };
}

/** Applies cuts (sorted, disjoint) and returns the new text and where each cut now is. */
function applyCuts(html: string, cuts: readonly Cut[]): { html: string; points: number[] } {
  const parts: string[] = [];
  const points: number[] = [];
  let at = 0;
  let length = 0;
  for (const cut of cuts) {
    const before = html.slice(at, cut.start);
    parts.push(before, cut.kept);
    length += before.length;
    points.push(length);
    length += cut.kept.length;
    at = cut.end;
  }
  parts.push(html.slice(at));
  return { html: parts.join(""), points };
}

/**
 * Takes out elements that our cuts left empty (the block's wrapper, a paragraph that held only
 * our line): elements holding nothing but blank text, line breaks and comments, with a cut inside.
 * One level per pass, so at most as many passes as the block has wrappers; containers (cells,
 * list items, quotes) and the document's skeleton always stay.
 */
function dropEmptiedElements(html: string, points: number[]): string {
  const MAX_PASSES = 16;
  for (let pass = 0; pass < MAX_PASSES && points.length > 0; pass++) {
    const tokens = tokenizeHtml(html);
    const stack: Array<{ token: HtmlToken; content: boolean }> = [];
    const cuts: Cut[] = [];
    for (const token of tokens) {
      if (token.kind === "open") {
        if (stack.length > 0) stack[stack.length - 1]!.content = true;
        stack.push({ token, content: false });
        continue;
      }
      if (token.kind === "close") {
        let at = stack.length - 1;
        while (at >= 0 && stack[at]!.token.name !== token.name) at--;
        if (at < 0) continue;
        const { token: open, content } = stack[at]!;
        stack.length = at;
        const holdsCut = points.some((p) => p >= open.end && p <= token.start);
        // Inline wrappers (<font>, <span>) go too: empty, they only hold a line's place.
        if (!content && holdsCut && !CONTAINER_ELEMENTS.has(open.name)) {
          cuts.push({ start: open.start, end: token.end, kept: "" });
        }
        continue;
      }
      const blank =
        token.kind === "other"
          ? token.name === ""
          : token.kind === "void"
            ? token.name === "br" || token.name === "wbr"
            : isBlankText(html, token);
      if (!blank && stack.length > 0) stack[stack.length - 1]!.content = true;
    }
    if (cuts.length === 0) break;
    cuts.sort((a, b) => a.start - b.start);
    const applied = applyCuts(html, cuts);
    // A cut that held another cut point now stands for it.
    const moved = points.filter((p) => !cuts.some((c) => p >= c.start && p <= c.end));
    const shift = (p: number): number => {
      let removed = 0;
      for (const cut of cuts) if (cut.end <= p) removed += cut.end - cut.start;
      return p - removed;
    };
    points = [...moved.map(shift), ...applied.points].sort((a, b) => a - b);
    html = applied.html;
  }
  return html;
}

/**
 * Removes the block Mødeguide wrote for `meetingId` from an HTML body: each of its lines that is
 * still exactly as written, and the elements those lines alone filled. Everything else stays
 * where it was: the person's text before, inside, between and after our lines, and every table
 * cell, list item and quote. Null when none of our lines is there.
 */
export function removeOwnBlock(
  html: string,
  provider: MeetingLinkProvider,
  meetingId: string,
): BlockRemoval | null {
  const tokens = tokenizeHtml(html);
  const lines = htmlLines(html, tokens);
  const own = findOwnLines(lines, provider, meetingId);
  const removed = BLOCK_LINES.filter((kind) => own[kind] !== undefined);
  if (removed.length === 0) return null;
  const cuts = removed
    .map((kind) => cutForLine(html, tokens, lines[own[kind]!]!))
    .sort((a, b) => a.start - b.start);
  const applied = applyCuts(html, cuts);
  return {
    body: dropEmptiedElements(applied.html, applied.points),
    removed,
    edited: editedLines(lines, own, provider, meetingId),
  };
}

/**
 * The same for a plain-text body: our lines with their line breaks, and the blank line that
 * separated the block from the person's text when the block is where Mødeguide put it (the top).
 */
export function removeOwnBlockText(
  text: string,
  provider: MeetingLinkProvider,
  meetingId: string,
): BlockRemoval | null {
  const lines = textLines(text);
  const own = findOwnLines(lines, provider, meetingId);
  const removed = BLOCK_LINES.filter((kind) => own[kind] !== undefined);
  if (removed.length === 0) return null;
  const indices = removed.map((kind) => own[kind]!).sort((a, b) => a - b);
  const drop = new Set(indices);
  const lastOwn = indices[indices.length - 1]!;
  const separator = lines[lastOwn + 1];
  if (indices[0] === 0 && separator && separator.text === "" && lastOwn + 2 < lines.length) {
    drop.add(lastOwn + 1);
  }
  const parts: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!drop.has(i)) {
      parts.push(text.slice(line.start, line.next));
    } else if (line.next === line.end && parts.length > 0) {
      // The last line of the body: take the break before it instead of the one it lacks.
      const previous = parts.pop()!;
      parts.push(previous.replace(/\r?\n$/, ""));
    }
  }
  return {
    body: parts.join(""),
    removed,
    edited: editedLines(lines, own, provider, meetingId),
  };
}

/**
 * Whether a body (HTML or plain text) holds a line of the block Mødeguide recorded for
 * `meetingId`: its join line or its video line, as written. The heading and the headset line alone
 * are anybody's words.
 */
export function hasOwnBlock(
  body: string,
  kind: "html" | "text",
  provider: MeetingLinkProvider,
  meetingId: string,
): boolean {
  const lines = kind === "html" ? htmlLines(body, tokenizeHtml(body)) : textLines(body);
  const own = findOwnLines(lines, provider, meetingId);
  return own.join !== undefined || own.video !== undefined;
}

/** The line breaks put between the block and a person's text in a plain-text body. */
export const TEXT_SEPARATOR = "\n\n";

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * A regular expression for a provider template with its meeting id captured: over normalised
 * text by default, or (raw) over markup as written, case-insensitively.
 */
function templatePattern(template: string, digits: number, raw = false): RegExp {
  const id = `(\\d{${Math.max(1, Math.floor(digits))}})`;
  const parts = template
    .split(PLACEHOLDER)
    .map((part) => escapeRegExp(raw ? part : normaliseLine(part)));
  return new RegExp(`${parts.join(id)}(?![\\d])`, raw ? "i" : "");
}

/**
 * The meeting id of the first join link or video address of the provider in a body (HTML or text),
 * in its text or in an href: a meeting is already there, ours or one the person pasted. Null when
 * there is none.
 */
export function findProviderLink(body: string, provider: MeetingLinkProvider): string | null {
  const templates = [provider.joinUrl, provider.videoAddress];
  // As written first (hrefs, most text); then the visible text, for links split by markup or
  // written with entities.
  for (const template of templates) {
    const match = templatePattern(template, provider.meetingIdDigits, true).exec(body);
    if (match) return match[1] ?? null;
  }
  const text = normaliseLine(htmlToText(body));
  for (const template of templates) {
    const match = templatePattern(template, provider.meetingIdDigits).exec(text);
    if (match) return match[1] ?? null;
  }
  return null;
}
