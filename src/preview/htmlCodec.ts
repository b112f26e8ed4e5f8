/**
 * The preview's HTML handling, as Outlook on the web treats an invitation's body: it parses what it
 * is given and keeps its own serialisation. Scripts, event-handler attributes and javascript: links
 * are dropped (Outlook sanitises), ids are dropped, class names come back prefixed "x_" in read
 * mode, and loose inline content at the top level is wrapped in a <div>, as Outlook's editor keeps
 * every line in a block. Normalising is idempotent, so that writing back what was read changes nothing.
 */
import type { AppointmentMode, HtmlCodec } from "./officeStandIn";

const BLOCKS = new Set([
  "ADDRESS",
  "ARTICLE",
  "ASIDE",
  "BLOCKQUOTE",
  "DETAILS",
  "DIV",
  "DL",
  "FIELDSET",
  "FIGURE",
  "FOOTER",
  "FORM",
  "H1",
  "H2",
  "H3",
  "H4",
  "H5",
  "H6",
  "HEADER",
  "HR",
  "MAIN",
  "NAV",
  "OL",
  "P",
  "PRE",
  "SECTION",
  "TABLE",
  "UL",
]);
const DROPPED = "script, iframe, object, embed, base, meta, link, style, title";

function parseBody(html: string): HTMLElement {
  return new DOMParser().parseFromString(html, "text/html").body;
}

function sanitise(root: HTMLElement): void {
  root.querySelectorAll(DROPPED).forEach((element) => element.remove());
  root.querySelectorAll("*").forEach((element) => {
    for (const attribute of [...element.attributes]) {
      const name = attribute.name.toLowerCase();
      const value = attribute.value.trim().toLowerCase();
      if (
        name.startsWith("on") ||
        name === "id" ||
        ((name === "href" || name === "src") && value.startsWith("javascript:"))
      ) {
        element.removeAttribute(attribute.name);
      }
    }
  });
}

/** Wraps runs of top-level inline content in a <div>; drops whitespace between blocks. */
function wrapLooseContent(root: HTMLElement): void {
  const doc = root.ownerDocument;
  let run: HTMLDivElement | null = null;
  for (const node of [...root.childNodes]) {
    const block = node instanceof Element && BLOCKS.has(node.tagName);
    const blank = node.nodeType === Node.TEXT_NODE && (node.textContent ?? "").trim() === "";
    if (block) {
      run = null;
      continue;
    }
    if (blank && run === null) {
      node.remove();
      continue;
    }
    if (node.nodeType === Node.COMMENT_NODE) {
      node.remove();
      continue;
    }
    if (run === null) {
      run = doc.createElement("div");
      root.insertBefore(run, node);
    }
    run.appendChild(node);
  }
  // Trailing whitespace inside a run is as insignificant as between blocks.
  root.querySelectorAll(":scope > div").forEach((div) => {
    const last = div.lastChild;
    if (last && last.nodeType === Node.TEXT_NODE && (last.textContent ?? "").trim() === "") {
      last.remove();
    }
  });
}

function textOf(root: HTMLElement): string {
  const lines: string[] = [];
  let line = "";
  const walk = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) {
      line += (node.textContent ?? "").replace(/\s+/g, " ");
      return;
    }
    if (!(node instanceof Element)) return;
    if (node.tagName === "BR") {
      lines.push(line);
      line = "";
      return;
    }
    const block = BLOCKS.has(node.tagName) || node.tagName === "LI" || node.tagName === "TR";
    if (block && line.trim() !== "") {
      lines.push(line);
      line = "";
    }
    node.childNodes.forEach(walk);
    if (block && line !== "") {
      lines.push(line);
      line = "";
    }
  };
  root.childNodes.forEach(walk);
  if (line !== "") lines.push(line);
  return lines.map((l) => l.trim()).join("\n");
}

/** The codec the preview's stand-in uses in the browser. */
export const browserHtmlCodec: HtmlCodec = {
  normalize(html: string): string {
    const body = parseBody(html);
    sanitise(body);
    wrapLooseContent(body);
    return body.innerHTML;
  },
  toDocument(bodyHtml: string, mode: AppointmentMode): string {
    let inner = bodyHtml;
    if (mode === "read") {
      const body = parseBody(bodyHtml);
      body.querySelectorAll("[class]").forEach((element) => {
        element.setAttribute(
          "class",
          element
            .getAttribute("class")!
            .split(/\s+/)
            .filter((c) => c !== "")
            .map((c) => `x_${c}`)
            .join(" "),
        );
      });
      inner = body.innerHTML;
    }
    return (
      '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">' +
      '<style type="text/css" style="display:none">P {margin-top:0;margin-bottom:0;}</style>' +
      `</head><body dir="ltr">${inner}</body></html>`
    );
  },
  toText(bodyHtml: string): string {
    return textOf(parseBody(bodyHtml));
  },
};
