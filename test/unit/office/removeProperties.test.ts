/**
 * @jest-environment jsdom
 */
/**
 * Properties of removing Mødeguide's block: whatever the person writes before, inside or after it,
 * and however Outlook re-serialises the body (the preview's codec, which parses and re-writes HTML
 * the way Outlook on the web does), removing never deletes a character of the person's text and
 * does remove our link; a body Mødeguide never wrote into is never changed.
 *
 * One case is excluded by construction: a line of the person's that is exactly one of our lines
 * (the heading or the headset line, word for word) cannot be told from ours by its text, so the
 * generated person text never holds such a line.
 */
import fc from "fast-check";
import { htmlToText } from "../../../src/advisor/html";
import {
  buildJabberBlock,
  buildJabberBlockText,
  hasOwnBlock,
  joinUrlFor,
  removeOwnBlock,
  removeOwnBlockText,
  TEXT_SEPARATOR,
} from "../../../src/office/jabberBlock";
import { officeMessages } from "../../../src/i18n/office";
import { DEFAULT_POLICY } from "../../../src/policy/defaultPolicy";
import { browserHtmlCodec } from "../../../src/preview/htmlCodec";

const provider = DEFAULT_POLICY.meetingLink;
const ID = "4711471147";
const OTHER = "5551234567";

const squash = (text: string): string =>
  text
    .replace(/[\s\u00a0\u200b]+/g, " ")
    .trim()
    .toLowerCase();

/** Our own line texts, squashed, in both languages: the person never writes one whole. */
const OUR_LINES = new Set(
  (["da", "en"] as const).flatMap((locale) => [
    squash(officeMessages[locale].blockHeading.replace("{provider}", provider.name)),
    squash(officeMessages[locale].blockReminder),
  ]),
);

const word = fc.oneof(
  fc.constantFrom(
    "Hej",
    "alle",
    "dagsorden",
    "Videomøde",
    "i",
    "Cisco",
    "Jabber",
    "Deltag",
    "mødet:",
    "headset",
    "Brug",
    "samtykke",
    "&",
    "<",
    ">",
    "a<b",
    "Q&A",
    "æøå",
    "ÆØÅ",
    "👍",
    "–",
    joinUrlFor(provider, OTHER),
    `sip:${OTHER}@video.regionsjaelland.dk`,
  ),
  fc.stringMatching(/^[A-Za-z0-9æøåÆØÅ.,:;!?()'-]{1,12}$/),
);

/** A line of the person's text: words, never one of our lines whole. */
const personLine = fc
  .array(word, { minLength: 1, maxLength: 8 })
  .map((words) => words.join(" "))
  .filter((line) => !OUR_LINES.has(squash(line)));

const escape = (text: string): string =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** A line as the person's editor may hold it: a paragraph, a div, bold, a list, a cell, a quote. */
const personHtml = fc.tuple(
  personLine,
  fc.constantFrom("p", "div", "b", "li", "td", "blockquote", "div-br"),
);
const toHtml = ([line, shape]: [string, string]): string => {
  const text = escape(line);
  switch (shape) {
    case "b":
      return `<div><b>${text}</b></div>`;
    case "li":
      return `<ul><li>${text}</li></ul>`;
    case "td":
      return `<table><tbody><tr><td>${text}</td></tr></tbody></table>`;
    case "div-br":
      return `<div>${text}<br></div>`;
    default:
      return `<${shape}>${text}</${shape}>`;
  }
};

/** Splits our block into its wrapper's opening, its four lines and its closing. */
function blockParts(locale: "da" | "en"): { open: string; lines: string[]; close: string } {
  const html = buildJabberBlock(provider, ID, locale);
  const open = html.slice(0, html.indexOf("<p>"));
  const lines = html.slice(open.length, -"</div>".length).split(/(?=<p>)/);
  return { open, lines, close: "</div>" };
}

/** What Outlook gives back for a body the add-in and the person wrote (compose, HTML). */
function throughOutlook(html: string): string {
  return browserHtmlCodec.toDocument(browserHtmlCodec.normalize(html), "compose");
}

/** Whether each text occurs in `haystack` in the given order. */
function inOrder(haystack: string, texts: string[]): boolean {
  let at = 0;
  for (const text of texts) {
    const found = haystack.indexOf(text, at);
    if (found < 0) return false;
    at = found + text.length;
  }
  return true;
}

describe("removing our block keeps every word of the person's (HTML, through re-serialisation)", () => {
  it("for person text before, inside and after the block", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("da" as const, "en" as const),
        fc.array(personHtml, { maxLength: 3 }),
        fc.array(fc.array(personHtml, { maxLength: 2 }), { minLength: 3, maxLength: 3 }),
        fc.array(personHtml, { maxLength: 3 }),
        (locale, before, inside, after) => {
          const { open, lines, close } = blockParts(locale);
          const block =
            open +
            lines
              .map((line, i) => (i > 0 ? inside[i - 1]!.map(toHtml).join("") : "") + line)
              .join("") +
            close;
          const body = throughOutlook(
            before.map(toHtml).join("") + block + after.map(toHtml).join(""),
          );
          const removal = removeOwnBlock(body, provider, ID);
          expect(removal).not.toBeNull();
          const result = removal!.body;
          expect(result).not.toContain(`meeting/${ID}`);
          expect(result).not.toContain(`sip:${ID}`);
          expect(hasOwnBlock(result, "html", provider, ID)).toBe(false);
          const person = [...before, ...inside.flat(), ...after].map(([line]) => squash(line));
          expect(inOrder(squash(htmlToText(result)), person)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("for person text typed into our lines: nothing of it goes, and the line is named", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3 }),
        personLine,
        fc.array(personHtml, { maxLength: 2 }),
        (edited, typed, after) => {
          const { open, lines, close } = blockParts("da");
          const changed = lines.map((line, i) =>
            i === edited ? line.replace("</p>", ` ${escape(typed)}</p>`) : line,
          );
          const body = throughOutlook(open + changed.join("") + close + after.map(toHtml).join(""));
          const removal = removeOwnBlock(body, provider, ID);
          const text = squash(htmlToText(removal?.body ?? body));
          const person = [squash(typed), ...after.map(([line]) => squash(line))];
          expect(inOrder(text, person)).toBe(true);
          expect(removal?.edited).toContain(["heading", "join", "video", "reminder"][edited]);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("changes nothing in a body Mødeguide never wrote into", () => {
    fc.assert(
      fc.property(
        fc.array(personHtml, { maxLength: 8 }),
        fc.boolean(),
        (lines, withColleaguesBlock) => {
          const colleague = withColleaguesBlock ? buildJabberBlock(provider, OTHER, "da") : "";
          const body = throughOutlook(lines.map(toHtml).join("") + colleague);
          expect(removeOwnBlock(body, provider, ID)).toBeNull();
          expect(hasOwnBlock(body, "html", provider, ID)).toBe(false);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("removing our block keeps every word of the person's (plain text)", () => {
  /** Plain text as Outlook may give it back: CRLF line breaks, spaces at line ends. */
  const outlookText = (text: string, crlf: boolean, padded: boolean): string =>
    text
      .split("\n")
      .map((line) => (padded && line !== "" ? `${line} ` : line))
      .join(crlf ? "\r\n" : "\n");

  it("for person lines before, inside and after the block", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("da" as const, "en" as const),
        fc.array(personLine, { maxLength: 3 }),
        fc.array(fc.array(personLine, { maxLength: 2 }), { minLength: 3, maxLength: 3 }),
        fc.array(personLine, { maxLength: 3 }),
        fc.boolean(),
        fc.boolean(),
        (locale, before, inside, after, crlf, padded) => {
          const ours = buildJabberBlockText(provider, ID, locale).split("\n");
          const block = ours.flatMap((line, i) => (i > 0 ? [...inside[i - 1]!, line] : [line]));
          const lines = [...before, ...block];
          const text = outlookText(
            lines.join("\n") + (after.length > 0 ? TEXT_SEPARATOR + after.join("\n") : ""),
            crlf,
            padded,
          );
          const removal = removeOwnBlockText(text, provider, ID);
          expect(removal).not.toBeNull();
          expect(removal!.body).not.toContain(`meeting/${ID}`);
          const person = [...before, ...inside.flat(), ...after].map(squash);
          expect(inOrder(squash(removal!.body), person)).toBe(true);
          // Every character of the person's lines is there, not only their words.
          for (const line of [...before, ...inside.flat(), ...after]) {
            expect(removal!.body).toContain(line);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("changes nothing in a body Mødeguide never wrote into", () => {
    fc.assert(
      fc.property(fc.array(personLine, { maxLength: 8 }), fc.boolean(), (lines, colleague) => {
        const text = [
          ...lines,
          ...(colleague ? [buildJabberBlockText(provider, OTHER, "en")] : []),
        ].join("\n");
        expect(removeOwnBlockText(text, provider, ID)).toBeNull();
      }),
      { numRuns: 300 },
    );
  });
});
