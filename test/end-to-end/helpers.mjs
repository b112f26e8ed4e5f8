// Helpers shared by the browser scenarios: open the preview page in a fresh browser context, watch
// for page errors, console errors, requests that leave the local server and Office members the
// stand-in does not implement, and always close the context again.
// Functions passed to page.evaluate run in the browser, where these exist.
/* global window */
import assert from "node:assert/strict";
import { chromium } from "playwright-core";

export const JOIN_LINK = /href="https:\/\/video\.regionsjaelland\.dk\/meeting\/(\d+)"/g;

/** How many Jabber join links (anchors) a body holds. */
export function countJoinLinks(html) {
  return [...html.matchAll(JOIN_LINK)].length;
}

/**
 * Opens preview.html?<query> and runs `fn({ page, pane })`; afterwards asserts that the page had
 * no errors, made no request beyond the local server, and (unless `allowMissing`) used no Office
 * member the stand-in lacks.
 */
export async function withPreview(env, query, fn, options = {}) {
  const { viewport = { width: 1200, height: 1600 }, allowMissing = false } = options;
  const context = await env.browser.newContext({ viewport });
  const page = await context.newPage();
  const problems = [];
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console error: ${message.text()}`);
  });
  page.on("request", (request) => {
    if (!request.url().startsWith(env.baseUrl))
      problems.push(`request left the page: ${request.url()}`);
  });
  try {
    await page.goto(`${env.baseUrl}preview.html?${query}`);
    const pane = page.locator("#container");
    await fn({ page, pane });
    const missing = await page.evaluate(() => window.moedeguidePreview.missingMembers());
    if (!allowMissing)
      assert.deepEqual(missing, [], "the pane used Office members the stand-in lacks");
    assert.deepEqual(problems, [], "the page reported problems");
  } finally {
    await context.close();
  }
}

/** Waits for the first advice and the rest of the pane, which follows it in a second render. */
export async function adviceShown(pane) {
  await pane.getByTestId("recommendation").waitFor({ timeout: 15_000 });
  await pane.getByTestId("travel").waitFor({ timeout: 15_000 });
  await pane.locator('section[aria-labelledby="mg-settings"]').waitFor({ timeout: 15_000 });
}

/** The appointment the stand-in holds now. */
export function appointment(page) {
  return page.evaluate(() => {
    const a = window.moedeguidePreview.appointment();
    return { ...a, location: a.locations.map((l) => l.displayName).join("; ") };
  });
}

/** Runs axe on the pane and returns its serious and critical violations, described. */
export async function seriousViolations(page, axeSource) {
  await page.addScriptTag({ path: axeSource });
  const result = await page.evaluate(() =>
    window.axe.run("#container", { resultTypes: ["violations"] }),
  );
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/**
 * Debian's Chromium (or CHROMIUM_PATH), headless and quiet on a machine without internet: the
 * flags keep it from reaching for Google's services. Never `playwright install`.
 */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Launches the browser the browser tests and the pane benchmark use. */
export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    args: CHROMIUM_ARGS,
  });
}
