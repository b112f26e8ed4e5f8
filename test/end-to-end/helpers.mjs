// Helpers shared by the browser tests (and the pane benchmark, which launches the same browser).
// Plain functions of a page or locator: the runner's fixtures are in fixtures.mjs, so that this
// module can be imported outside Playwright Test.
// Functions passed to page.evaluate run in the browser, where these exist.
/* global window */
import assert from "node:assert/strict";
import path from "node:path";
import { fileURLToPath } from "node:url";
import AxeBuilder from "@axe-core/playwright";
import { chromium } from "@playwright/test";

/** Where the screenshots test saves its pictures of the pane (kept out of git). */
export const SCREENSHOT_DIR = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  "screenshots",
);

export const JOIN_LINK = /href="https:\/\/video\.regionsjaelland\.dk\/meeting\/(\d+)"/g;

/** How many Jabber join links (anchors) a body holds. */
export function countJoinLinks(html) {
  return [...html.matchAll(JOIN_LINK)].length;
}

/** Waits for the first advice and the rest of the pane, which follows it in a second render. */
export async function adviceShown(pane) {
  // The verdict (the organizer), the attendee's note, or the calm start of a new meeting.
  await pane
    .locator(
      '[data-testid="recommendation"], [data-testid="attendee-note"], [data-testid="start-hint"]',
    )
    .first()
    .waitFor({ timeout: 15_000 });
  // The rest of the pane follows in a second render, which marks itself.
  await pane
    .page()
    .waitForFunction(
      () => performance.getEntriesByName("moedeguide:details-shown").length > 0,
      undefined,
      { timeout: 15_000 },
    );
}

/**
 * Waits until the pane has the invitees' sites from the directory and has kept them on the item,
 * which it does after working the advice out again with them: from then on the travel line, and
 * the buttons below it, stay where they are. A click meanwhile can miss a button that the longer
 * travel line pushes down. Only for a meeting the organizer composes whose invitees the preview's
 * directory knows (status-across-sites, hybrid-room), with Graph online.
 */
export async function inviteeSitesKept(page, timeout = 15_000) {
  await page.waitForFunction(
    () => Boolean(window.moedeguidePreview.appointment().customProperties?.moedeguideSites),
    undefined,
    { timeout },
  );
}

/**
 * Opens the preview page again: reloads it, or goes to `url`. First waits until msw's service
 * worker controls the page. The preview starts it when the pane first asks Graph (the invitees'
 * sites just after the first advice, the colleagues' calendars). A reload before then races it:
 * the new page is not controlled while the worker's registration exists, and msw reloads the page
 * once more, under the test's feet. Only for a preview whose Graph has been asked, with Graph
 * online (not graph=offline).
 */
export async function reopenPreview(page, url) {
  await page.waitForFunction(() => navigator.serviceWorker?.controller != null, undefined, {
    timeout: 15_000,
  });
  if (url === undefined) await page.reload();
  else await page.goto(url);
}

/** Opens the settings from the header's button (they are not on the first look). */
export async function openSettings(pane) {
  if ((await pane.getByTestId("site-dropdown").count()) > 0) return;
  await pane.getByTestId("settings-button").click();
  await pane.getByTestId("site-dropdown").waitFor({ timeout: 15_000 });
}

/** The appointment the stand-in holds now. */
export function appointment(page) {
  return page.evaluate(() => {
    const a = window.moedeguidePreview.appointment();
    return { ...a, location: a.locations.map((l) => l.displayName).join("; ") };
  });
}

/**
 * Runs axe (through @axe-core/playwright) on the pane, or on the whole page with `include: null`,
 * and returns its serious and critical violations, described.
 */
export async function seriousViolations(page, { include = "#container" } = {}) {
  let builder = new AxeBuilder({ page }).options({ resultTypes: ["violations"] });
  if (include !== null) builder = builder.include(include);
  const result = await builder.analyze();
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

/** The browser binary: CHROMIUM_PATH, or Debian's package. */
export function chromiumPath() {
  return process.env.CHROMIUM_PATH || "/usr/bin/chromium";
}

/**
 * Launches the browser outside Playwright Test (the pane benchmark); playwright.config.mjs gives
 * the test runner the same binary and flags.
 */
export function launchChromium() {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
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
 * What the browser logs when the preview's Graph is offline (graph=offline): the service worker
 * fails each request as the network would, and the browser says so in the console.
 */
export const GRAPH_OFFLINE_CONSOLE_ERRORS = [/^Failed to load resource: net::ERR_FAILED$/];

/**
 * Removes the first attendee through the preview's editor, without moving focus, and waits until
 * the pane counts one invitee with an unknown site fewer: a positive sign that the pane has
 * processed everything Outlook told it before (its first reads, the context it was opened with),
 * after which an absence can be asserted. Needs a meeting whose invitees' sites are unknown: open
 * the preview with graph=offline, so that the pane cannot look them up in the directory.
 */
export async function paneCaughtUp(page, pane, timeout = 10_000) {
  // The unknown sites are said once, under "Derfor" ("Why"): open it without moving focus.
  const reasons = pane.getByRole("button", { name: /^(Derfor|Why)$/ });
  if ((await reasons.getAttribute("aria-expanded")) !== "true") {
    await reasons.evaluate((button) => button.click());
  }
  const unknown = pane
    .getByTestId("travel-note")
    .filter({ hasText: /kender ikke arbejdsstedet|does not know the work site/ });
  const count = Number(
    /(?:for|of) (\d+) (deltager|participant)/.exec(await unknown.innerText())?.[1],
  );
  assert.ok(count >= 1, "the pane shows no invitee with an unknown site");
  await page
    .getByRole("button", { name: /^(Fjern deltager|Remove attendee) 1$/ })
    .evaluate((button) => button.click());
  await unknown
    .filter({ hasText: new RegExp(`(?:for|of) ${count - 1} (deltager|participant)`) })
    .waitFor({ timeout });
}
