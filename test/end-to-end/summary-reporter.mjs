// A Playwright reporter for CI: writes test/end-to-end/.results.json ({ numPassedTests,
// numFailedTests }, which scripts/summary.mjs adds to jest's counts) and prints the plain closing
// line "N passed, N failed" alone on the last line of the run.
//
// Only a test that ran and passed counts as passed. A failed, timed-out, flaky (passed only on a
// retry), skipped or never-run test (the run was interrupted) counts as failed, and so does an
// error outside any test (global setup, e.g. dist/ not built): none of them proves anything.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const resultsFile = path.join(path.dirname(fileURLToPath(import.meta.url)), ".results.json");

/** Counts outcomes and prints the closing line once every other reporter has finished. */
export default class SummaryReporter {
  constructor() {
    this.tests = [];
    this.errors = 0;
    this.line = null;
  }

  onBegin(_config, suite) {
    this.tests = suite.allTests();
  }

  onError() {
    this.errors += 1;
  }

  onEnd() {
    // `playwright test --list` runs nothing: there is nothing to count.
    if (process.argv.includes("--list")) {
      this.line = null;
      return;
    }
    const passed = this.tests.filter((test) => test.outcome() === "expected").length;
    const failed = this.tests.length - passed + this.errors;
    writeFileSync(resultsFile, JSON.stringify({ numPassedTests: passed, numFailedTests: failed }));
    this.line = `${passed} passed, ${failed} failed`;
  }

  // After every reporter's onEnd (the list reporter's summary, the HTML reporter's note), so that
  // the line CI reads is the last.
  async onExit() {
    if (this.line !== null) console.log(`\n${this.line}`);
  }

  printsToStdio() {
    return true;
  }
}
