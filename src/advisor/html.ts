/**
 * The one HTML reader of the product: one tokenizer and one entity table for every place that
 * reads an invitation's markup (the advice's text, CPR detection, finding and removing the video
 * meeting block). Pure and DOM-free, because classic Outlook's event runtime has no DOM.
 *
 * Every pass here is a single loop over the input: no recursion over nesting depth (a body of
 * 200,000 nested elements is an ordinary input, not a stack overflow), and no look-ahead that could
 * make a pass super-linear. It tolerates broken markup the way a person would read it: a "<" that
 * cannot start a tag is text, an unclosed comment runs to the end.
 */

/** The kinds of token: a start tag, an end tag, a void or self-closed tag, text, or anything else
 * (comments, doctypes, processing instructions, and raw-text elements with their content). */
export type HtmlTokenKind = "open" | "close" | "void" | "text" | "other";

/** One token of markup: [start, end) in the source. */
export interface HtmlToken {
  kind: HtmlTokenKind;
  /** Lower-case tag name for tags and raw-text elements; "" for text, comments and doctypes. */
  name: string;
  start: number;
  end: number;
  /**
   * For text: whether a person reading the invitation never sees it (inside head, title, xml,
   * template, noscript, or an element hidden by `hidden`, `display:none`, `visibility:hidden` or
   * `mso-hide:all`). For other tokens: whether they sit in such a place. Comments and raw-text
   * elements are "other" and never visible.
   */
  hidden: boolean;
}

/** Elements with no content and no end tag. */
const VOID_ELEMENTS = new Set([
  "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
  "track", "wbr",
]); // prettier-ignore

/** Elements whose content is raw text up to their own end tag, never markup. */
const RAW_TEXT_ELEMENTS = new Set(["script", "style", "textarea", "title", "xmp", "plaintext"]);

/** Elements whose content a reader of the invitation never sees. */
const HIDDEN_ELEMENTS = new Set([
  "head",
  "xml",
  "template",
  "noscript",
  "title",
  "script",
  "style",
]);

/** Elements that do not break a line: a word may run across them ("01<b>01</b>90"). */
export const INLINE_ELEMENTS = new Set([
  "a", "abbr", "b", "bdi", "bdo", "big", "cite", "code", "data", "del", "dfn", "em", "font", "i",
  "ins", "kbd", "label", "mark", "nobr", "o:p", "q", "s", "samp", "small", "span", "strike",
  "strong", "sub", "sup", "time", "tt", "u", "var", "wbr",
]); // prettier-ignore

/** The document's skeleton: its tags hold the whole body and break nothing. */
const SKELETON_ELEMENTS = new Set(["html", "head", "body"]);

/** Elements that separate cells on one line: a space, not a line break. */
const CELL_ELEMENTS = new Set(["td", "th"]);

/** Elements whose content is a structure of its own: a block of ours never spans one. */
export const CONTAINER_ELEMENTS = new Set([
  "td", "th", "tr", "thead", "tbody", "tfoot", "table", "caption", "li", "ul", "ol", "dl", "dd",
  "dt", "blockquote", "body", "html", "head",
]); // prettier-ignore

/** Named character references, decoded wherever markup is read. */
export const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: "&", lt: "<", gt: ">", quot: '"', apos: "'",
  nbsp: "\u00a0", NonBreakingSpace: "\u00a0", ensp: "\u2002", emsp: "\u2003", thinsp: "\u2009",
  numsp: "\u2007", puncsp: "\u2008", hairsp: "\u200a", MediumSpace: "\u205f",
  zwsp: "\u200b", ZeroWidthSpace: "\u200b", zwnj: "\u200c", zwj: "\u200d", NoBreak: "\u2060",
  shy: "\u00ad", hyphen: "\u2010", dash: "\u2010", ndash: "\u2013", mdash: "\u2014",
  minus: "\u2212", hellip: "…",
  aelig: "æ", AElig: "Æ", oslash: "ø", Oslash: "Ø", aring: "å", Aring: "Å",
  auml: "ä", Auml: "Ä", ouml: "ö", Ouml: "Ö", uuml: "ü", Uuml: "Ü", szlig: "ß",
  eacute: "é", Eacute: "É", egrave: "è", Egrave: "È", ecirc: "ê", euml: "ë",
  aacute: "á", agrave: "à", acirc: "â", iacute: "í", oacute: "ó", ocirc: "ô", uacute: "ú",
  ccedil: "ç", ntilde: "ñ",
  laquo: "«", raquo: "»", lsquo: "‘", rsquo: "’", sbquo: "‚", ldquo: "“", rdquo: "”",
  bdquo: "„", bull: "•", middot: "·", copy: "©", reg: "®", trade: "™", euro: "€", deg: "°",
  times: "×", sect: "§", para: "¶",
}; // prettier-ignore

/** The longest entity body read ("#x10FFFF", "NonBreakingSpace"): bounds the look-ahead. */
const MAX_ENTITY_LENGTH = 32;

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function isAsciiAlnum(code: number): boolean {
  return isAsciiLetter(code) || (code >= 48 && code <= 57);
}

/**
 * The character a reference at `at` (an "&") stands for, and how long the reference is; null when
 * there is none there. Numeric references out of Unicode's range, to a surrogate or to NUL stand
 * for U+FFFD, as in a browser. Names are matched as written, then lower-cased ("&NBSP;").
 */
export function entityAt(text: string, at: number): { char: string; length: number } | null {
  if (text.charCodeAt(at) !== 38 /* & */) return null;
  const limit = Math.min(text.length, at + 2 + MAX_ENTITY_LENGTH);
  let i = at + 1;
  if (text.charCodeAt(i) === 35 /* # */) {
    i++;
    const hex = text.charCodeAt(i) === 120 || text.charCodeAt(i) === 88; /* x X */
    if (hex) i++;
    const digitsStart = i;
    let code = 0;
    while (i < limit) {
      const c = text.charCodeAt(i);
      const digit =
        c >= 48 && c <= 57
          ? c - 48
          : hex && c >= 97 && c <= 102
            ? c - 87
            : hex && c >= 65 && c <= 70
              ? c - 55
              : -1;
      if (digit < 0) break;
      code = Math.min(code * (hex ? 16 : 10) + digit, 0x110000);
      i++;
    }
    if (i === digitsStart || text.charCodeAt(i) !== 59 /* ; */) return null;
    const valid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
    return { char: valid ? String.fromCodePoint(code) : "\ufffd", length: i + 1 - at };
  }
  const nameStart = i;
  while (i < limit && isAsciiAlnum(text.charCodeAt(i))) i++;
  if (i === nameStart || text.charCodeAt(i) !== 59 /* ; */) return null;
  const name = text.slice(nameStart, i);
  const own = Object.prototype.hasOwnProperty;
  const char = own.call(NAMED_ENTITIES, name)
    ? NAMED_ENTITIES[name]
    : own.call(NAMED_ENTITIES, name.toLowerCase())
      ? NAMED_ENTITIES[name.toLowerCase()]
      : undefined;
  return char === undefined ? null : { char, length: i + 1 - at };
}

/** Replaces character references in a piece of text (HTML text or an attribute value). */
export function decodeEntities(text: string): string {
  let i = text.indexOf("&");
  if (i < 0) return text;
  let out = "";
  let last = 0;
  while (i >= 0) {
    const entity = entityAt(text, i);
    if (entity) {
      out += text.slice(last, i) + entity.char;
      last = i + entity.length;
      i = text.indexOf("&", last);
    } else {
      i = text.indexOf("&", i + 1);
    }
  }
  return out + text.slice(last);
}

/** The end of a tag starting at `from` ("<"), honouring quoted attribute values. */
function tagEnd(html: string, from: number): number {
  let quote = 0;
  for (let i = from + 1; i < html.length; i++) {
    const c = html.charCodeAt(i);
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) {
      quote = c;
    } else if (c === 62 /* > */) {
      return i + 1;
    }
  }
  return html.length;
}

/** Whether a start tag's attributes hide its element from the reader of the invitation. */
function hidesContent(tag: string): boolean {
  if (!/[\s"'](?:hidden|style)\b/i.test(tag)) return false;
  if (/\shidden(?:\s|=|\/?>)/i.test(tag)) return true;
  const style = /\sstyle\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/i.exec(tag)?.[1];
  if (!style) return false;
  const css = decodeEntities(style).toLowerCase().replace(/\s+/g, "");
  return /(?:^|[;"'])(?:display:none|visibility:hidden|mso-hide:all)/.test(css);
}

/**
 * Splits markup into tokens in one pass. Raw-text elements (script, style, textarea, title) are
 * one "other" token from their start tag to the end of their end tag. Hidden content is marked on
 * each token (see HtmlToken.hidden): hiding elements are tracked on a stack of names, so that an
 * end tag closes the nearest open element of its name and everything opened inside it, as a
 * browser would; a stray end tag changes nothing.
 */
export function tokenizeHtml(html: string): HtmlToken[] {
  const tokens: HtmlToken[] = [];
  /** Open elements that hide their content, innermost last, with their depth in `open`. */
  const hiders: Array<{ name: string; depth: number }> = [];
  /** Names of open (non-void) elements: for matching end tags to hiders. */
  const open: string[] = [];
  /** The lowest index in `open` of each name still open, for a linear search of end tags. */
  const openCount = new Map<string, number>();
  let textStart = -1;
  const hidden = (): boolean => hiders.length > 0;
  const flushText = (end: number): void => {
    if (textStart >= 0 && end > textStart) {
      tokens.push({ kind: "text", name: "", start: textStart, end, hidden: hidden() });
    }
    textStart = -1;
  };
  const n = html.length;
  let i = 0;
  while (i < n) {
    const lt = html.indexOf("<", i);
    if (lt < 0) {
      if (textStart < 0) textStart = i;
      break;
    }
    if (lt > i && textStart < 0) textStart = i;
    const next = html.charCodeAt(lt + 1);
    if (next === 33 /* ! */ || next === 63 /* ? */) {
      flushText(lt);
      let end: number;
      if (html.startsWith("<!--", lt)) {
        const close = html.indexOf("-->", lt + 4);
        end = close < 0 ? n : close + 3;
      } else {
        end = tagEnd(html, lt);
      }
      tokens.push({ kind: "other", name: "", start: lt, end, hidden: true });
      i = end;
      continue;
    }
    const closing = next === 47; /* / */
    const nameStart = lt + (closing ? 2 : 1);
    if (!isAsciiLetter(html.charCodeAt(nameStart))) {
      // "a < b", "<3", "</ >": text, as a browser reads it.
      if (textStart < 0) textStart = lt;
      i = lt + 1;
      continue;
    }
    let nameEnd = nameStart + 1;
    while (nameEnd < n) {
      const c = html.charCodeAt(nameEnd);
      if (!(isAsciiAlnum(c) || c === 58 || c === 45 || c === 95 || c === 46)) break; // : - _ .
      nameEnd++;
    }
    flushText(lt);
    const name = html.slice(nameStart, nameEnd).toLowerCase();
    const end = tagEnd(html, lt);
    if (closing) {
      tokens.push({ kind: "close", name, start: lt, end, hidden: hidden() });
      if ((openCount.get(name) ?? 0) > 0) {
        // Close the nearest open element of this name and everything opened inside it.
        let at = open.length - 1;
        while (at >= 0 && open[at] !== name) at--;
        for (let k = open.length - 1; k >= at; k--) {
          const closed = open[k]!;
          openCount.set(closed, (openCount.get(closed) ?? 1) - 1);
        }
        open.length = at;
        while (hiders.length > 0 && hiders[hiders.length - 1]!.depth >= at) hiders.pop();
      }
      i = end;
      continue;
    }
    const selfClosed = html.charCodeAt(end - 2) === 47 && html.charCodeAt(end - 1) === 62;
    if (RAW_TEXT_ELEMENTS.has(name) && !selfClosed) {
      // Its content is text up to its own end tag, whatever it holds.
      const lower = name;
      let search = end;
      let rawEnd = n;
      for (;;) {
        const at = html.indexOf("</", search);
        if (at < 0) break;
        if (html.slice(at + 2, at + 2 + lower.length).toLowerCase() === lower) {
          const after = html.charCodeAt(at + 2 + lower.length);
          if (!isAsciiAlnum(after)) {
            rawEnd = tagEnd(html, at);
            break;
          }
        }
        search = at + 2;
      }
      tokens.push({ kind: "other", name, start: lt, end: rawEnd, hidden: true });
      i = rawEnd;
      continue;
    }
    if (VOID_ELEMENTS.has(name) || selfClosed) {
      tokens.push({ kind: "void", name, start: lt, end, hidden: hidden() });
      i = end;
      continue;
    }
    // A hiding element is hidden with its tags: it breaks no line where it stands.
    if (HIDDEN_ELEMENTS.has(name) || hidesContent(html.slice(lt, end))) {
      hiders.push({ name, depth: open.length });
    }
    tokens.push({ kind: "open", name, start: lt, end, hidden: hidden() });
    open.push(name);
    openCount.set(name, (openCount.get(name) ?? 0) + 1);
    i = end;
  }
  flushText(n);
  return tokens;
}

/** What a tag does to the flow of text: nothing (inline), a space (a cell), or a line break. */
export function tagBreak(token: HtmlToken): "" | " " | "\n" {
  if (token.kind === "text" || token.kind === "other") return "";
  if (INLINE_ELEMENTS.has(token.name) || SKELETON_ELEMENTS.has(token.name)) return "";
  return CELL_ELEMENTS.has(token.name) ? " " : "\n";
}

/**
 * Calls `visit` for every character of the text in [start, end) of `html`, entities decoded, with
 * the source range each came from. Astral characters are visited whole.
 */
export function forEachChar(
  html: string,
  start: number,
  end: number,
  visit: (char: string, from: number, to: number) => void,
): void {
  let i = start;
  while (i < end) {
    const code = html.charCodeAt(i);
    if (code === 38 /* & */) {
      const entity = entityAt(html, i);
      if (entity && i + entity.length <= end) {
        visit(entity.char, i, i + entity.length);
        i += entity.length;
        continue;
      }
    }
    const length = code >= 0xd800 && code <= 0xdbff && i + 1 < end ? 2 : 1;
    visit(html.slice(i, i + length), i, i + length);
    i += length;
  }
}

/**
 * Reduces HTML to the text a person reads: tags removed, block elements as line breaks, table
 * cells as spaces, hidden content dropped, entities decoded.
 */
export function htmlToText(html: string): string {
  return textOfTokens(html, tokenizeHtml(html));
}

/** The text of hidden content (head, comments, display:none…), for checks that must see it too. */
export function hiddenHtmlText(html: string): string {
  return mappedHiddenHtmlText(html).text;
}

function textOfTokens(html: string, tokens: readonly HtmlToken[]): string {
  const parts: string[] = [];
  for (const token of tokens) {
    if (token.kind === "text") {
      if (!token.hidden) parts.push(decodeEntities(html.slice(token.start, token.end)));
    } else if (token.kind !== "other" && !token.hidden) {
      const gap = tagBreak(token);
      if (gap !== "") parts.push(gap);
    }
  }
  return parts.join("");
}

/**
 * The visible text of HTML with every character mapped back to its source: `from[i]`..`to[i]` is
 * where text[i] came from (an entity maps to the whole entity; a break made by a tag maps to an
 * empty range at the tag). For editing text in place: masking a number, finding a line.
 */
export interface MappedText {
  text: string;
  from: number[];
  to: number[];
}

/** Collects characters with their source ranges into a MappedText. */
function mappedTextCollector() {
  const parts: string[] = [];
  const from: number[] = [];
  const to: number[] = [];
  const push = (char: string, a: number, b: number): void => {
    parts.push(char);
    for (let k = 0; k < char.length; k++) {
      from.push(a);
      to.push(b);
    }
  };
  const done = (): MappedText => ({ text: parts.join(""), from, to });
  return { push, done };
}

/** The visible text of markup, mapped back to the source (see MappedText). */
export function mappedHtmlText(
  html: string,
  tokens: readonly HtmlToken[] = tokenizeHtml(html),
): MappedText {
  const { push, done } = mappedTextCollector();
  for (const token of tokens) {
    if (token.kind === "text") {
      if (!token.hidden) forEachChar(html, token.start, token.end, push);
    } else if (!token.hidden) {
      const gap = tagBreak(token);
      if (gap !== "") push(gap, token.start, token.start);
    }
  }
  return done();
}

/**
 * The text of markup a reader never sees, mapped back to its source: hidden text, and the content
 * of comments and of raw-text elements (title, style, script), each on its own line. For checks
 * that must see what travels with the invitation unseen (a CPR number in a comment).
 */
export function mappedHiddenHtmlText(
  html: string,
  tokens: readonly HtmlToken[] = tokenizeHtml(html),
): MappedText {
  const { push, done } = mappedTextCollector();
  for (const token of tokens) {
    if (token.kind === "text") {
      if (token.hidden) forEachChar(html, token.start, token.end, push);
    } else if (token.kind === "other") {
      push("\n", token.start, token.start);
      const source = html.slice(token.start, token.end);
      if (source.startsWith("<!--")) {
        const end = source.endsWith("-->") && source.length >= 7 ? token.end - 3 : token.end;
        for (let i = token.start + 4; i < end; i++) push(html[i]!, i, i + 1);
      } else if (token.name !== "") {
        const open = source.indexOf(">");
        const close = source.toLowerCase().lastIndexOf(`</${token.name}`);
        const end = close > open ? token.start + close : token.end;
        forEachChar(html, token.start + open + 1, end, push);
      }
      push("\n", token.end, token.end);
    } else if (token.hidden) {
      const gap = tagBreak(token);
      if (gap !== "") push(gap, token.start, token.start);
    }
  }
  return done();
}
