// @ts-check
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";
import prettier from "eslint-config-prettier";
import globals from "globals";

/** Modules that make code impure: the advisor core and the policy may import none of them. */
const impure = [
  {
    group: ["react", "react-dom", "react/*", "@fluentui/*"],
    message: "The core stays free of UI.",
  },
  {
    group: ["**/office/**", "**/taskpane/**", "**/launchevent/**", "**/graph/**", "**/cli/**"],
    message: "Dependencies point inward: the core imports no outer layer.",
  },
  {
    group: ["fs", "node:*", "path", "http", "https", "child_process"],
    message: "The core does no I/O.",
  },
];

/**
 * The policy is a value passed down from each entry point (the composition roots), which alone
 * know the embedded default: a module that imported it would ignore the organisation's policy.
 */
const defaultPolicyAtRootsOnly = {
  group: ["**/policy/defaultPolicy", "**/policy/defaultPolicy.ts"],
  message:
    "Only entry points (taskpane/index.tsx, launchevent/launchevent.ts, cli/main.ts, the preview) know the embedded default policy: take the policy as a parameter.",
};

/** The composition roots: the only modules of src/ that may import the embedded default. */
export const ENTRY_POINTS = [
  "src/taskpane/index.tsx",
  "src/launchevent/launchevent.ts",
  "src/cli/main.ts",
  "src/preview/**",
];

export default tseslint.config(
  {
    ignores: [
      "dist/**",
      "node_modules/**",
      "coverage/**",
      "test/end-to-end/screenshots/**",
      // Playwright Test's output: traces of failed tests and the HTML report (with its viewer).
      "test-results/**",
      "playwright-report/**",
      // Stryker's sandbox (a copy of the project while npm run mutation runs) and its reports.
      ".stryker-tmp/**",
      "reports/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "office-addins": officeAddins },
    rules: {
      ...Object.fromEntries(
        Object.keys(officeAddins.rules).map((name) => [`office-addins/${name}`, "error"]),
      ),
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      "no-console": "error",
      "no-restricted-syntax": [
        "error",
        {
          selector: "ThrowStatement > Literal",
          message: "Throw an Error subclass with a code, never a string.",
        },
      ],
    },
  },
  {
    files: ["src/**/*.{ts,tsx}"],
    ignores: ENTRY_POINTS,
    rules: { "no-restricted-imports": ["error", { patterns: [defaultPolicyAtRootsOnly] }] },
  },
  {
    files: ["src/advisor/**/*.ts", "src/policy/**/*.ts", "src/i18n/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [...impure, defaultPolicyAtRootsOnly] }],
      "no-restricted-globals": [
        "error",
        { name: "window", message: "The core has no DOM." },
        { name: "document", message: "The core has no DOM." },
        { name: "fetch", message: "The core does no network I/O." },
        { name: "Office", message: "The core knows nothing of Office." },
      ],
      "no-restricted-properties": [
        "error",
        { object: "Math", property: "random", message: "Randomness comes in as an argument." },
        { object: "Date", property: "now", message: "The clock comes in as an argument." },
        { object: "DateTime", property: "now", message: "The clock comes in as an argument." },
      ],
    },
  },
  {
    // Colleagues' availability is pure too (statuses, slots, the favourites store over a port):
    // no UI, no Graph client, no network, no clock. Its one outer import is office/timeZone's
    // table of Windows zone names, which is pure.
    files: ["src/availability/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            impure[0],
            {
              group: [
                "**/taskpane/**",
                "**/launchevent/**",
                "**/graph/**",
                "**/cli/**",
                "**/colleagues/**",
              ],
              message: "Dependencies point inward: availability imports no outer layer.",
            },
            impure[2],
            defaultPolicyAtRootsOnly,
          ],
        },
      ],
      "no-restricted-globals": [
        "error",
        { name: "window", message: "Availability has no DOM." },
        { name: "document", message: "Availability has no DOM." },
        { name: "fetch", message: "Availability does no network I/O: the Graph client does." },
        { name: "Office", message: "Availability reaches Office through a port." },
      ],
      "no-restricted-properties": [
        "error",
        { object: "Date", property: "now", message: "The clock comes in as an argument." },
        { object: "DateTime", property: "now", message: "The clock comes in as an argument." },
        { object: "DateTime", property: "local", message: "Zones come in as arguments." },
      ],
    },
  },
  {
    files: ["**/*.{js,mjs,cjs}", "scripts/**", "bench/**", "test/end-to-end/**", "bin/**"],
    languageOptions: { globals: { ...globals.node } },
    rules: { "no-console": "off", "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["src/cli/**/*.ts"],
    rules: { "no-console": "off" },
  },
  prettier,
);
