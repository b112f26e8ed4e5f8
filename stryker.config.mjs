// @ts-check
/**
 * Mutation testing of the advisor and the Jabber block code: `npm run mutation`. Too slow for
 * `npm test` and CI; run it before a release or after changing the advisor's rules.
 *
 * Sized for a 2-core machine: two test runners, per-test coverage so that each mutant runs only
 * the tests that reach it, and static mutants (module-level tables and patterns, which would need
 * the whole suite for each mutant) left out. Reports go to reports/mutation/ (HTML and JSON); the
 * clear-text score table is printed at the end of the run.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
const config = {
  packageManager: "npm",
  testRunner: "jest",
  jest: {
    projectType: "custom",
    configFile: "jest.config.js",
    config: {
      // The unit tests of the mutated code only: each mutant run loads every test file in the
      // roots, so the whole suite (45 files) would cost ~20 s of loading per mutant on 2 cores.
      // Mutants that only other suites (CLI, event handlers, pane) would kill count as survived,
      // so the score is a lower bound.
      roots: ["<rootDir>/test/unit/advisor", "<rootDir>/test/unit/office"],
    },
    // Load only the test files that import the mutated file.
    enableFindRelatedTests: true,
  },
  mutate: ["src/advisor/**/*.ts", "src/office/jabberBlock.ts"],
  coverageAnalysis: "perTest",
  ignoreStatic: true,
  concurrency: 2,
  // A busy 2-core machine: generous absolute slack, so that only real endless loops time out.
  timeoutMS: 10_000,
  timeoutFactor: 2,
  dryRunTimeoutMinutes: 10,
  ignorePatterns: ["dist", "reports", "coverage", ".certs", "test/end-to-end/screenshots"],
  tempDirName: ".stryker-tmp",
  reporters: ["html", "json", "clear-text", "progress-append-only"],
  htmlReporter: { fileName: "reports/mutation/index.html" },
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  clearTextReporter: {
    allowColor: false,
    logTests: false,
    reportTests: false,
    reportMutants: false,
  },
  thresholds: { high: 90, low: 85, break: null },
};

export default config;
