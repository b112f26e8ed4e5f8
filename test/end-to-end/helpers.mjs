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
 * Opens preview.html?<query> and runs `fn({ page, pane, requests })` (`requests`: every URL the
 * page has requested so far, in order); afterwards asserts that the page had
 * no errors, made no request beyond the local server, and (unless `allowMissing`) used no Office
 * member the stand-in lacks.
 */
export async function withPreview(env, query, fn, options = {}) {
  const {
    viewport = { width: 1200, height: 1600 },
    allowMissing = false,
    // Runs before the page opens: e.g. page.route() to serve another policy.json.
    setup = async () => undefined,
    // Console errors the test causes on purpose (the browser logs a 404 it was told to get).
    expectedConsoleErrors = [],
  } = options;
  const context = await env.browser.newContext({ viewport });
  const page = await context.newPage();
  const problems = [];
  const requests = [];
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() !== "error") return;
    if (expectedConsoleErrors.some((pattern) => pattern.test(message.text()))) return;
    problems.push(`console error: ${message.text()}`);
  });
  page.on("request", (request) => {
    requests.push(request.url());
    if (!request.url().startsWith(env.baseUrl))
      problems.push(`request left the page: ${request.url()}`);
  });
  try {
    await setup(page);
    await page.goto(`${env.baseUrl}preview.html?${query}`);
    const pane = page.locator("#container");
    await fn({ page, pane, requests });
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

/**
 * Switches the system's colour scheme and resolves once the page has been told: a listener on
 * prefers-color-scheme, registered after the pane's, has received the change event. Change events
 * reach media query lists in the order they were made and the pane redraws in its listener, so by
 * then the pane has seen the change too. Fails if the scheme is already `scheme` (no event would
 * come) or if the event does not come.
 */
export async function switchSystemScheme(page, scheme, timeout = 5000) {
  const already = await page.evaluate((dark) => {
    const query = window.matchMedia("(prefers-color-scheme: dark)");
    if (query.matches === dark) return true;
    window.__mgSchemeChanged = new Promise((resolve) =>
      query.addEventListener("change", (event) => resolve(event.matches), { once: true }),
    );
    return false;
  }, scheme === "dark");
  assert.equal(already, false, `the system scheme is already ${scheme}`);
  await page.emulateMedia({ colorScheme: scheme });
  const matches = await page.evaluate(
    (ms) =>
      Promise.race([
        window.__mgSchemeChanged,
        new Promise((_resolve, reject) =>
          setTimeout(() => reject(new Error(`no colour scheme change event within ${ms} ms`)), ms),
        ),
      ]),
    timeout,
  );
  assert.equal(matches, scheme === "dark");
}

/**
 * Loads a fresh copy of an image the server has and resolves once it has loaded: every request
 * the page made before has been seen by then (a positive signal to await before asserting that
 * some request was never made).
 */
export async function probeImageLoaded(page, src = "assets/icon-16.png") {
  await page.evaluate(
    (url) =>
      new Promise((resolve, reject) => {
        const probe = new window.Image();
        probe.onload = () => resolve();
        probe.onerror = () => reject(new Error(`the probe image ${url} did not load`));
        probe.src = url;
      }),
    `${src}?probe=${Date.now()}`,
  );
}

/**
 * Removes the first attendee through the preview's editor, without moving focus, and waits until
 * the pane counts one invitee with an unknown site fewer: a positive sign that the pane has
 * processed everything Outlook told it before (its first reads, the context it was opened with),
 * after which an absence can be asserted. Needs a meeting whose invitees' sites are unknown.
 */
export async function paneCaughtUp(page, pane, timeout = 10_000) {
  const unknown = pane.getByTestId("travel-unknown");
  const count = Number(/^\d+/.exec((await unknown.innerText()).trim())?.[0]);
  assert.ok(count >= 1, "the pane shows no invitee with an unknown site");
  await page
    .getByRole("button", { name: /^(Fjern deltager|Remove attendee) 1$/ })
    .evaluate((button) => button.click());
  await unknown.filter({ hasText: new RegExp(`^${count - 1} `) }).waitFor({ timeout });
}
