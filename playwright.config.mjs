// Playwright Test: the browser tests in test/end-to-end/*.spec.mjs drive the BUILT pane (dist/,
// served by global-setup.mjs) in Debian's Chromium. There is no internet here: never
// `playwright install`; the browser is the system's (CHROMIUM_PATH, or /usr/bin/chromium).
import { defineConfig } from "@playwright/test";
import { CHROMIUM_ARGS, chromiumPath } from "./test/end-to-end/helpers.mjs";

export default defineConfig({
  testDir: "test/end-to-end",
  testMatch: "*.spec.mjs",
  outputDir: "test-results",
  globalSetup: "./test/end-to-end/global-setup.mjs",
  // Each test may open the preview several times (the axe tests: three scenarios).
  timeout: 45_000,
  workers: 2,
  fullyParallel: true,
  // A test that passes only on a second try is a flaky test: it fails here.
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: [
    ["list"],
    ["html", { open: "never", outputFolder: "playwright-report" }],
    // Last: it prints the closing "N passed, N failed" line CI reads.
    ["./test/end-to-end/summary-reporter.mjs"],
  ],
  use: {
    browserName: "chromium",
    headless: true,
    launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS },
    // A failed test keeps its trace: every action with the DOM as it was (the viewer renders
    // it), the console and the network. Not the screencast: with software rendering on a busy
    // machine it slowed the pane enough to fail timing checks (a test took 20 s instead of 8 s).
    trace: { mode: "retain-on-failure", screenshots: false, snapshots: true, sources: true },
  },
});
