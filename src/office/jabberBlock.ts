/**
 * The video meeting block that Mødeguide writes into an invitation's body: the join link, the
 * video (SIP) address and one short line on headset and consent, in the user's language.
 *
 * Pure string functions, no Office. The block must be recognised again after Outlook has
 * re-serialised the body (ids dropped or prefixed "x_", attributes reordered, extra wrappers,
 * &nbsp;, entities, <br> vs <br/>), so it is found by its content, never by its bytes: its first
 * line (the heading, in Danish or English), the provider's join link soon after it, and its last
 * line (the headset and consent line). The span found is then widened to the elements that hold
 * only the block, so that removing it leaves the person's own text and markup as they were.
 */
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

/** Where a block is in a body, and the meeting id of its join link. */
export interface BlockSpan {
  start: number;
  end: number;
  meetingId: string;
}

/** The id of the block's wrapper as written; Outlook may drop it or prefix it, so it is not relied on. */
export const BLOCK_ELEMENT_ID = "moedeguide-jabber";
/** How far (in normalised characters) the join link may be from the heading, and the last line from the link. */
const MAX_HEADING_TO_LINK = 200;
const MAX_LINK_TO_END = 400;

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
  const url = escapeHtml(joinUrlFor(provider, meetingId));
  const sip = escapeHtml(videoAddressFor(provider, meetingId));
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
  return [
    t("blockHeading", { provider: provider.name }),
    `${t("blockJoinLabel")}: ${joinUrlFor(provider, meetingId)}`,
    `${t("blockVideoAddressLabel")}: ${videoAddressFor(provider, meetingId)}`,
    t("blockReminder"),
  ].join("\n");
}

// ---------------------------------------------------------------------------------------------
// A tolerant HTML tokenizer: enough structure to widen a span to whole elements, no DOM needed
// (the launch-event runtime of classic Outlook has none).

type TokenKind = "open" | "close" | "void" | "text" | "other";
interface Token {
  kind: TokenKind;
  /** Lower-case tag name; "" for text and other. */
  name: string;
  start: number;
  end: number;
}

const VOID_ELEMENTS = new Set([
  "area",
  "base",
  "br",
  "col",
  "embed",
  "hr",
  "img",
  "input",
  "link",
  "meta",
  "param",
  "source",
  "track",
  "wbr",
]);
/** Elements whose content is not text of the body. */
const RAW_ELEMENTS = new Set(["script", "style", "title", "xml", "textarea"]);
/** Elements that do not break a line: a word may run across them. */
const INLINE_ELEMENTS = new Set([
  "a",
  "abbr",
  "b",
  "big",
  "bdi",
  "bdo",
  "cite",
  "code",
  "del",
  "em",
  "font",
  "i",
  "ins",
  "kbd",
  "label",
  "mark",
  "o:p",
  "q",
  "s",
  "samp",
  "small",
  "span",
  "strike",
  "strong",
  "sub",
  "sup",
  "tt",
  "u",
  "var",
  "wbr",
]);
/** Elements the widening never swallows: the document's own skeleton. */
const SKELETON = new Set(["html", "head", "body"]);

/** The end of a tag starting at `from` ("<"), honouring quoted attribute values. */
function tagEnd(html: string, from: number): number {
  let quote: string | null = null;
  for (let i = from + 1; i < html.length; i++) {
    const c = html[i];
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if (c === ">") {
      return i + 1;
    }
  }
  return html.length;
}

function tokenize(html: string): Token[] {
  const tokens: Token[] = [];
  let textStart = -1;
  const flushText = (end: number): void => {
    if (textStart >= 0 && end > textStart)
      tokens.push({ kind: "text", name: "", start: textStart, end });
    textStart = -1;
  };
  let i = 0;
  while (i < html.length) {
    if (html[i] !== "<") {
      if (textStart < 0) textStart = i;
      i++;
      continue;
    }
    const next = html[i + 1] ?? "";
    if (html.startsWith("<!--", i)) {
      flushText(i);
      const close = html.indexOf("-->", i + 4);
      const end = close < 0 ? html.length : close + 3;
      tokens.push({ kind: "other", name: "", start: i, end });
      i = end;
    } else if (next === "!" || next === "?") {
      flushText(i);
      const end = tagEnd(html, i);
      tokens.push({ kind: "other", name: "", start: i, end });
      i = end;
    } else if (/[A-Za-z/]/.test(next)) {
      const match = /^<(\/?)\s*([A-Za-z][\w:.-]*)/.exec(html.slice(i, i + 64));
      if (!match) {
        if (textStart < 0) textStart = i;
        i++;
        continue;
      }
      flushText(i);
      const end = tagEnd(html, i);
      const name = (match[2] ?? "").toLowerCase();
      if (match[1] === "/") {
        tokens.push({ kind: "close", name, start: i, end });
      } else if (VOID_ELEMENTS.has(name) || html.slice(i, end).endsWith("/>")) {
        tokens.push({ kind: "void", name, start: i, end });
      } else if (RAW_ELEMENTS.has(name)) {
        const closing = new RegExp(`</${escapeRegExp(name)}`, "ig");
        closing.lastIndex = end;
        const closeAt = closing.exec(html)?.index ?? -1;
        const rawEnd = closeAt < 0 ? html.length : tagEnd(html, closeAt);
        tokens.push({ kind: "other", name, start: i, end: rawEnd });
        i = rawEnd;
        continue;
      } else {
        tokens.push({ kind: "open", name, start: i, end });
      }
      i = end;
    } else {
      if (textStart < 0) textStart = i;
      i++;
    }
  }
  flushText(html.length);
  return tokens;
}

const NAMED_ENTITIES: Record<string, string> = {
  nbsp: "\u00a0",
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  aelig: "æ",
  AElig: "Æ",
  oslash: "ø",
  Oslash: "Ø",
  aring: "å",
  Aring: "Å",
  auml: "ä",
  Auml: "Ä",
  ouml: "ö",
  Ouml: "Ö",
  uuml: "ü",
  Uuml: "Ü",
  eacute: "é",
  Eacute: "É",
  egrave: "è",
  szlig: "ß",
  ndash: "–",
  mdash: "—",
  hyphen: "‐",
  shy: "\u00ad",
  hellip: "…",
  laquo: "«",
  raquo: "»",
  lsquo: "‘",
  rsquo: "’",
  ldquo: "“",
  rdquo: "”",
  bull: "•",
  middot: "·",
  ensp: "\u2002",
  emsp: "\u2003",
  thinsp: "\u2009",
  zwsp: "\u200b",
  zwnj: "\u200c",
  zwj: "\u200d",
};

/** The character an entity at `at` stands for, and the entity's length; null when it is none. */
function entityAt(text: string, at: number): { char: string; length: number } | null {
  const match = /^&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});/.exec(
    text.slice(at, at + 40),
  );
  if (!match) return null;
  const body = match[1] ?? "";
  let char: string | undefined;
  if (body.startsWith("#")) {
    const code =
      body[1] === "x" || body[1] === "X"
        ? parseInt(body.slice(2), 16)
        : parseInt(body.slice(1), 10);
    char = code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
  } else {
    char = NAMED_ENTITIES[body] ?? NAMED_ENTITIES[body.toLowerCase()];
  }
  return char === undefined ? null : { char, length: match[0].length };
}

/**
 * Normalises one character for content matching: any space (including no-break and zero-width
 * spaces) becomes " ", any dash "-", soft hyphens vanish, letters are lower-cased.
 * Returns "" for characters that vanish.
 */
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

/** Normalises a whole string the way `TextView` does: for markers and templates. */
function normalise(text: string): string {
  const view = new TextView();
  view.push(text, 0, 0);
  return view.text.trimEnd();
}

/**
 * The normalised visible text of a body, each character mapped back to its source range.
 * Built from parts joined once: appending to one long string and asking it for its last character
 * makes V8 flatten the string on every call, quadratic on a large body.
 */
class TextView {
  private readonly parts: string[] = [];
  private last = "";
  private joined: string | null = null;
  readonly from: number[] = [];
  readonly to: number[] = [];

  get text(): string {
    this.joined ??= this.parts.join("");
    return this.joined;
  }

  push(char: string, from: number, to: number): void {
    for (const c of char) {
      const n = normaliseChar(c);
      if (n === "") continue;
      if (n === " " && (this.last === "" || this.last === " ")) continue;
      this.parts.push(n);
      this.joined = null;
      this.last = n[n.length - 1] ?? "";
      for (let k = 0; k < n.length; k++) {
        this.from.push(from);
        this.to.push(to);
      }
    }
  }

  /** A line break: a space, unless there is one already. */
  pushBreak(at: number): void {
    this.push(" ", at, at);
  }

  static fromHtml(html: string, tokens: Token[]): TextView {
    const view = new TextView();
    for (const token of tokens) {
      if (token.kind === "text") {
        let i = token.start;
        while (i < token.end) {
          const entity = html[i] === "&" ? entityAt(html, i) : null;
          if (entity) {
            view.push(entity.char, i, i + entity.length);
            i += entity.length;
          } else {
            const code = html.codePointAt(i) ?? 0;
            const length = code > 0xffff ? 2 : 1;
            view.push(html.slice(i, i + length), i, i + length);
            i += length;
          }
        }
      } else if (token.kind !== "other" && !INLINE_ELEMENTS.has(token.name)) {
        view.pushBreak(token.start);
      }
    }
    return view;
  }

  static fromText(text: string): TextView {
    const view = new TextView();
    let i = 0;
    while (i < text.length) {
      const code = text.codePointAt(i) ?? 0;
      const length = code > 0xffff ? 2 : 1;
      view.push(text.slice(i, i + length), i, i + length);
      i += length;
    }
    return view;
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * A regular expression for a provider template with its meeting id captured: over normalised
 * text by default, or (raw) over markup as written, case-insensitively.
 */
function templatePattern(template: string, digits: number, flags: string, raw = false): RegExp {
  const id = `(\\d{${Math.max(1, Math.floor(digits))}})`;
  const parts = template
    .split(PLACEHOLDER)
    .map((part) => escapeRegExp(raw ? part : normalise(part)));
  return new RegExp(`${parts.join(id)}(?![\\d])`, raw ? `${flags}i` : flags);
}

function unique(values: string[]): string[] {
  return [...new Set(values.filter((value) => value !== ""))];
}

function markers(provider: MeetingLinkProvider): { headings: string[]; reminders: string[] } {
  const headings = LOCALES.map((locale) =>
    translator(officeMessages, locale)("blockHeading", { provider: provider.name }),
  );
  const reminders = LOCALES.map((locale) => translator(officeMessages, locale)("blockReminder"));
  return {
    headings: unique(
      [...headings, ...LEGACY_BLOCK_MARKERS.headings]
        .map((line) => format(line, { provider: provider.name }))
        .map(normalise),
    ),
    reminders: unique(
      [...reminders, ...LEGACY_BLOCK_MARKERS.reminders]
        .map((line) => format(line, { provider: provider.name }))
        .map(normalise),
    ),
  };
}

function occurrences(text: string, needle: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) found.push(at);
  return found;
}

/** The block in normalised text: [start, end) in view indices, and the meeting id. */
function findInView(
  view: TextView,
  provider: MeetingLinkProvider,
): { start: number; end: number; meetingId: string } | null {
  const { headings, reminders } = markers(provider);
  const headingSpans = headings
    .flatMap((heading) =>
      occurrences(view.text, heading).map((at) => ({ at, end: at + heading.length })),
    )
    .sort((a, b) => a.at - b.at);
  if (headingSpans.length === 0) return null;
  const reminderSpans = reminders
    .flatMap((r) => occurrences(view.text, r).map((at) => ({ at, end: at + r.length })))
    .sort((a, b) => a.at - b.at);
  const links = templatePattern(provider.joinUrl, provider.meetingIdDigits, "g");
  for (const link of view.text.matchAll(links)) {
    const linkAt = link.index ?? 0;
    const meetingId = link[1] ?? "";
    // The nearest heading before the link, close enough to be the same block.
    const heading = headingSpans
      .filter((h) => h.end <= linkAt && linkAt - h.end <= MAX_HEADING_TO_LINK)
      .pop();
    if (!heading) continue;
    const linkEnd = linkAt + link[0].length;
    let end = linkEnd;
    const reminder = reminderSpans.find(
      (r) => r.at >= linkEnd && r.at - linkEnd <= MAX_LINK_TO_END,
    );
    if (reminder) {
      end = reminder.end;
    } else {
      // The last line was edited away: end at the video address when it follows the link.
      const sip = templatePattern(provider.videoAddress, provider.meetingIdDigits, "g");
      sip.lastIndex = linkEnd;
      const address = sip.exec(view.text);
      if (address && address[1] === meetingId && address.index - linkEnd <= MAX_LINK_TO_END) {
        end = address.index + address[0].length;
      }
    }
    return { start: heading.at, end, meetingId };
  }
  return null;
}

const BLANK_TEXT = /^(?:\s|&nbsp;|&#160;|&#xa0;|&#x00a0;|\u00a0|\u200b|&#8203;|&zwsp;)*$/i;

function isBlankText(html: string, token: Token): boolean {
  return token.kind === "text" && BLANK_TEXT.test(html.slice(token.start, token.end));
}

/**
 * Index just past an empty element starting at token k (open, then only blanks, comments, voids
 * and empty elements, then its close), or -1 when the tokens there are no empty element.
 */
function emptyElementForward(html: string, tokens: Token[], k: number): number {
  const open = tokens[k];
  if (!open || open.kind !== "open" || SKELETON.has(open.name)) return -1;
  let i = k + 1;
  while (i < tokens.length) {
    const token = tokens[i];
    if (!token) return -1;
    if (token.kind === "close") return token.name === open.name ? i + 1 : -1;
    if (token.kind === "other" || token.kind === "void" || isBlankText(html, token)) {
      i++;
    } else if (token.kind === "open") {
      const after = emptyElementForward(html, tokens, i);
      if (after < 0) return -1;
      i = after;
    } else {
      return -1;
    }
  }
  return -1;
}

/** Index of the start of an empty element ending at token k (its close), or -1. */
function emptyElementBackward(html: string, tokens: Token[], k: number): number {
  const close = tokens[k];
  if (!close || close.kind !== "close" || SKELETON.has(close.name)) return -1;
  let i = k - 1;
  while (i >= 0) {
    const token = tokens[i];
    if (!token) return -1;
    if (token.kind === "open") return token.name === close.name ? i : -1;
    if (token.kind === "other" || token.kind === "void" || isBlankText(html, token)) {
      i--;
    } else if (token.kind === "close") {
      const before = emptyElementBackward(html, tokens, i);
      if (before < 0) return -1;
      i = before - 1;
    } else {
      return -1;
    }
  }
  return -1;
}

/** The next tag before token index `k` that is not skippable filler, as a token index, or -1. */
function previousTag(html: string, tokens: Token[], k: number): number {
  let i = k;
  while (i >= 0) {
    const token = tokens[i];
    if (!token) return -1;
    if (token.kind === "other" || token.kind === "void" || isBlankText(html, token)) {
      i--;
      continue;
    }
    if (token.kind === "close") {
      const before = emptyElementBackward(html, tokens, i);
      if (before >= 0) {
        i = before - 1;
        continue;
      }
    }
    return token.kind === "open" || token.kind === "close" ? i : -1;
  }
  return -1;
}

/** The next tag from token index `k` on that is not skippable filler, as a token index, or -1. */
function nextTag(html: string, tokens: Token[], k: number): number {
  let i = k;
  while (i < tokens.length) {
    const token = tokens[i];
    if (!token) return -1;
    if (token.kind === "other" || token.kind === "void" || isBlankText(html, token)) {
      i++;
      continue;
    }
    if (token.kind === "open") {
      const after = emptyElementForward(html, tokens, i);
      if (after >= 0) {
        i = after;
        continue;
      }
    }
    return token.kind === "open" || token.kind === "close" ? i : -1;
  }
  return -1;
}

function tokenAt(tokens: Token[], offset: number): number {
  let low = 0;
  let high = tokens.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const token = tokens[mid];
    if (!token) break;
    if (offset < token.start) high = mid - 1;
    else if (offset >= token.end) low = mid + 1;
    else return mid;
  }
  return -1;
}

/** Tags in [start, end) whose partner lies outside it: removing the span must leave them. */
function unpairedTags(tokens: Token[], start: number, end: number): Token[] {
  const stack: Token[] = [];
  const unpaired: Token[] = [];
  for (const token of tokens) {
    if (token.start < start || token.end > end) continue;
    if (token.kind === "open") {
      stack.push(token);
    } else if (token.kind === "close") {
      const at = stack.map((t) => t.name).lastIndexOf(token.name);
      // Opens left between the match and the top were never closed: they go with their parent.
      if (at >= 0) stack.length = at;
      else unpaired.push(token);
    }
  }
  return [...unpaired, ...stack].sort((x, y) => x.start - y.start);
}

/**
 * Widens [start, end) in the HTML to whole elements: on each side whose text holds nothing but
 * the block, to the tags that the block's own text closes or leaves open; then, when both sides
 * are whole, to wrappers that hold nothing but the block. Where the person wrote into the same
 * element as the block, that side stays at the block's text.
 */
function widen(
  html: string,
  tokens: Token[],
  start: number,
  end: number,
): { start: number; end: number } {
  const first = tokenAt(tokens, start);
  const last = tokenAt(tokens, end - 1);
  const firstToken = tokens[first];
  const lastToken = tokens[last];
  if (!firstToken || !lastToken) return { start, end };
  const blankBefore = BLANK_TEXT.test(html.slice(firstToken.start, start));
  const blankAfter = BLANK_TEXT.test(html.slice(end, lastToken.end));

  // Tags inside the span that close what opened before it, and open what closes after it.
  const unmatchedCloses: string[] = [];
  const opened: string[] = [];
  for (let i = first + 1; i < last; i++) {
    const token = tokens[i];
    if (!token) continue;
    if (token.kind === "open") opened.push(token.name);
    else if (token.kind === "close") {
      const at = opened.lastIndexOf(token.name);
      if (at >= 0) opened.length = at;
      else unmatchedCloses.push(token.name);
    }
  }

  let from = first;
  let to = last;
  let leftWhole = blankBefore;
  if (blankBefore) {
    for (const name of unmatchedCloses) {
      const k = previousTag(html, tokens, from - 1);
      const token = tokens[k];
      if (!token || token.kind !== "open" || token.name !== name) {
        leftWhole = false;
        break;
      }
      from = k;
    }
  }
  let rightWhole = blankAfter;
  if (blankAfter) {
    for (const name of [...opened].reverse()) {
      const k = nextTag(html, tokens, to + 1);
      const token = tokens[k];
      if (!token || token.kind !== "close" || token.name !== name) {
        rightWhole = false;
        break;
      }
      to = k;
    }
  }
  while (leftWhole && rightWhole) {
    const before = previousTag(html, tokens, from - 1);
    const after = nextTag(html, tokens, to + 1);
    const open = tokens[before];
    const close = tokens[after];
    if (!open || !close || open.kind !== "open" || close.kind !== "close") break;
    if (open.name !== close.name || SKELETON.has(open.name)) break;
    from = before;
    to = after;
  }
  const left =
    from === first ? (blankBefore ? firstToken.start : start) : (tokens[from]?.start ?? start);
  const right = to === last ? (blankAfter ? lastToken.end : end) : (tokens[to]?.end ?? end);
  return { start: left, end: right };
}

/**
 * Finds Mødeguide's block in an HTML body, also after Outlook re-serialised it; its span covers
 * the elements that hold only the block. Null when there is none.
 */
export function findJabberBlock(html: string, provider: MeetingLinkProvider): BlockSpan | null {
  const tokens = tokenize(html);
  const view = TextView.fromHtml(html, tokens);
  const found = findInView(view, provider);
  if (!found) return null;
  const start = view.from[found.start];
  const end = view.to[found.end - 1];
  if (start === undefined || end === undefined) return null;
  return { ...widen(html, tokens, start, end), meetingId: found.meetingId };
}

/**
 * Removes Mødeguide's block from an HTML body and nothing else: tags in its span that belong to
 * the person's own text around it (when they wrote into the block's paragraph) stay, so their
 * text keeps its formatting. Null when there is no block.
 */
export function removeJabberBlock(html: string, provider: MeetingLinkProvider): string | null {
  const span = findJabberBlock(html, provider);
  if (!span) return null;
  const kept = unpairedTags(tokenize(html), span.start, span.end)
    .map((token) => html.slice(token.start, token.end))
    .join("");
  return html.slice(0, span.start) + kept + html.slice(span.end);
}

/** Finds the block in a plain-text body: from its first line to the end of its last. */
export function findJabberBlockText(text: string, provider: MeetingLinkProvider): BlockSpan | null {
  const view = TextView.fromText(text);
  const found = findInView(view, provider);
  if (!found) return null;
  const start = view.from[found.start];
  const end = view.to[found.end - 1];
  if (start === undefined || end === undefined) return null;
  return { start, end, meetingId: found.meetingId };
}

/** The line breaks put between the block and a person's text in a plain-text body. */
export const TEXT_SEPARATOR = "\n\n";

/** How many characters of at most two line breaks (\n or \r\n) start at `at` going `direction`. */
function lineBreaksAt(text: string, at: number, direction: 1 | -1): number {
  let length = 0;
  for (let breaks = 0; breaks < 2; breaks++) {
    if (direction === 1) {
      if (text.startsWith("\r\n", at + length)) length += 2;
      else if (text[at + length] === "\n" || text[at + length] === "\r") length += 1;
      else break;
    } else {
      if (text.slice(0, at - length).endsWith("\r\n")) length += 2;
      else if (text[at - length - 1] === "\n" || text[at - length - 1] === "\r") length += 1;
      else break;
    }
  }
  return length;
}

/**
 * Removes the block from a plain-text body together with the (at most two) line breaks that
 * separate it from the person's text: those after it (the block is written at the top), or,
 * when the block ends the body, those before it. Null when there is no block.
 */
export function removeJabberBlockText(text: string, provider: MeetingLinkProvider): string | null {
  const span = findJabberBlockText(text, provider);
  if (!span) return null;
  let { start, end } = span;
  const after = lineBreaksAt(text, end, 1);
  if (after > 0) end += after;
  else if (end >= text.trimEnd().length) start -= lineBreaksAt(text, start, -1);
  return text.slice(0, start) + text.slice(end);
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
    const match = templatePattern(template, provider.meetingIdDigits, "", true).exec(body);
    if (match) return match[1] ?? null;
  }
  const view = TextView.fromHtml(body, tokenize(body));
  for (const template of templates) {
    const match = templatePattern(template, provider.meetingIdDigits, "").exec(view.text);
    if (match) return match[1] ?? null;
  }
  return null;
}
