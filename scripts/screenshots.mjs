// `npm run screenshots`: the README's two pictures of the task pane, made from the preview page of
// the BUILT add-in (dist/, served by scripts/serve.mjs): Danish, light and dark, 340 px wide as
// Outlook's pane is, at device scale 2, in the common case (a status meeting across sites).
// Written to docs/screenshots/pane-da-light.png and pane-da-dark.png.
//
// The pictures are made again whenever the pane changes, so the run is deterministic: a fixed
// scenario, a fresh browser context (no kept settings or policy), a fixed time zone and locale,
// no animations, and the picture is taken only once the advice is shown and the pane has stopped
// changing. `node scripts/screenshots.mjs --out DIR` writes elsewhere.
//
// Debian's Chromium (or CHROMIUM_PATH) through playwright-core, with the flags the browser tests
// use (test/end-to-end/helpers.mjs), written out here so that this script does not depend on the
// browser tests' helpers.
/* global document, window, MutationObserver */
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { chromium } from "playwright-core";
import { distDir, projectRoot, startServer } from "./serve.mjs";

/** Outlook's usual task pane width, in CSS pixels. */
const PANE_WIDTH = 340;
/** Taller than the pane will be: the picture is the pane's own height, never cut off. */
const VIEWPORT_HEIGHT = 2000;
const SCENARIO = "status-across-sites";
/** How long the pane must go without a change to the page before it is taken as settled. */
const QUIET_MS = 500;
const TIMEOUT_MS = 30_000;

const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  // Same rendering of text and colours from run to run and machine to machine.
  "--font-render-hinting=none",
  "--force-color-profile=srgb",
];

/**
 * The preview page shows a stand-in appointment beside the pane; the pictures show the pane
 * alone, as Outlook does: the pane's column fills the page, at its full height, without the
 * preview's frame around it.
 */
const PANE_ONLY_CSS = `
  body > header, #pv-editor { display: none !important; }
  .layout { display: block !important; padding: 0 !important; }
  #container {
    width: ${PANE_WIDTH}px !important; height: auto !important; max-width: none !important;
    overflow: visible !important; border: 0 !important; border-radius: 0 !important;
  }
  /* The pane's root (inside Fluent's provider) fills the window's height, as it must in Outlook;
     here the picture ends where the pane's content does. */
  #container > * > * { min-height: 0 !important; }
`;

/** Resolves once nothing in the page has changed for `quietMs` (rejects after `timeoutMs`). */
function settled(page, quietMs = QUIET_MS, timeoutMs = TIMEOUT_MS) {
  return page.evaluate(
    ({ quietMs, timeoutMs }) =>
      new Promise((resolve, reject) => {
        let timer = setTimeout(done, quietMs);
        const observer = new MutationObserver(() => {
          clearTimeout(timer);
          timer = setTimeout(done, quietMs);
        });
        const deadline = setTimeout(() => {
          observer.disconnect();
          clearTimeout(timer);
          reject(new Error(`the pane kept changing for ${timeoutMs} ms`));
        }, timeoutMs);
        function done() {
          observer.disconnect();
          clearTimeout(deadline);
          resolve();
        }
        observer.observe(document.body, {
          subtree: true,
          childList: true,
          attributes: true,
          characterData: true,
        });
      }),
    { quietMs, timeoutMs },
  );
}

/** One picture of the pane in `theme`, written to `file`. */
async function screenshot(browser, baseUrl, theme, file) {
  const context = await browser.newContext({
    viewport: { width: PANE_WIDTH, height: VIEWPORT_HEIGHT },
    deviceScaleFactor: 2,
    reducedMotion: "reduce",
    colorScheme: theme,
    locale: "da-DK",
    timezoneId: "Europe/Copenhagen",
  });
  const problems = [];
  try {
    const page = await context.newPage();
    page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
    page.on("console", (message) => {
      if (message.type() === "error") problems.push(`console error: ${message.text()}`);
    });
    const query = new URLSearchParams({ scenario: SCENARIO, lang: "da", theme });
    await page.goto(`${baseUrl}preview.html?${query}`);
    await page.addStyleTag({ content: PANE_ONLY_CSS });
    const pane = page.locator("#container");
    // The advice comes first; the rest of the pane follows it in a second render, and the
    // policy's footer once the served policy.json has been read.
    await pane.getByTestId("recommendation").waitFor({ timeout: TIMEOUT_MS });
    await pane.getByTestId("policy-name").waitFor({ timeout: TIMEOUT_MS });
    await page.evaluate(() => document.fonts.ready);
    await settled(page);
    // Nothing may be missing from the stand-in or fail: the picture would show it.
    const missing = await page.evaluate(() => window.moedeguidePreview.missingMembers());
    if (missing.length > 0) problems.push(`Office members the stand-in lacks: ${missing}`);
    if (problems.length > 0) throw new Error(problems.join("\n"));
    await pane.screenshot({ path: file, animations: "disabled", caret: "hide" });
  } finally {
    await context.close();
  }
}

async function main(argv) {
  const { values } = parseArgs({
    args: argv,
    options: { out: { type: "string", default: path.join(projectRoot, "docs", "screenshots") } },
  });
  if (!existsSync(path.join(distDir, "preview.html"))) {
    throw new Error("dist/ has no build: run `npm run build` first (npm run screenshots does)");
  }
  const out = path.resolve(values.out);
  mkdirSync(out, { recursive: true });
  const server = await startServer({ root: distDir, port: 0, host: "127.0.0.1" });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    args: CHROMIUM_ARGS,
  });
  try {
    for (const theme of ["light", "dark"]) {
      const file = path.join(out, `pane-da-${theme}.png`);
      await screenshot(browser, server.url, theme, file);
      console.log(`screenshots: ${path.relative(process.cwd(), file)}`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

main(process.argv.slice(2)).catch((error) => {
  console.error(`screenshots: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
