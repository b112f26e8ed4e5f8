/**
 * The policy is a value: only the entry points know the embedded default. The lint rule that keeps
 * it so is checked here on real files' paths with the project's own ESLint configuration.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";

const root = path.resolve(__dirname, "../../..");

/**
 * Lints each source as if it were the named file, in one child process: ESLint loads the
 * project's eslint.config.mjs by dynamic import, which jest's module sandbox does not allow.
 */
function lintAll(cases: ReadonlyArray<readonly [string, string]>): string[][] {
  const script = `
    const { ESLint } = require("eslint");
    const path = require("node:path");
    const cases = JSON.parse(require("node:fs").readFileSync(0, "utf8"));
    const eslint = new ESLint({ cwd: process.cwd() });
    (async () => {
      const out = [];
      for (const [file, source] of cases) {
        const [result] = await eslint.lintText(source, { filePath: path.resolve(file) });
        out.push(result.messages.filter((m) => m.ruleId === "no-restricted-imports").map((m) => m.message));
      }
      process.stdout.write(JSON.stringify(out));
    })().catch((e) => { console.error(e); process.exit(1); });
  `;
  const run = spawnSync(process.execPath, ["-e", script], {
    cwd: root,
    input: JSON.stringify(cases),
    encoding: "utf8",
  });
  if (run.status !== 0) throw new Error(`eslint failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as string[][];
}

const use = (source: string) => `${source}\nexport const p = DEFAULT_POLICY;\n`;

const refused = [
  ["src/advisor/index.ts", 'import { DEFAULT_POLICY } from "../policy/defaultPolicy";'],
  ["src/office/meetingLink.ts", 'import { DEFAULT_POLICY } from "../policy/defaultPolicy";'],
  [
    "src/taskpane/components/App.tsx",
    'import { DEFAULT_POLICY } from "../../policy/defaultPolicy";',
  ],
  ["src/launchevent/sendCheck.ts", 'import { DEFAULT_POLICY } from "../policy/defaultPolicy";'],
  ["src/cli/summary.ts", 'import { DEFAULT_POLICY } from "../policy/defaultPolicy";'],
  ["src/i18n/pane.ts", 'import { DEFAULT_POLICY } from "../policy/defaultPolicy";'],
] as const;

const allowed = [
  ["src/taskpane/index.tsx", 'import { DEFAULT_POLICY } from "../policy/defaultPolicy";'],
  ["src/launchevent/launchevent.ts", 'import { DEFAULT_POLICY } from "../policy/defaultPolicy";'],
  ["src/cli/main.ts", 'import { DEFAULT_POLICY } from "../policy/defaultPolicy";'],
  ["src/preview/index.ts", 'import { DEFAULT_POLICY } from "../policy/defaultPolicy";'],
] as const;

const outerLayer = [
  "src/advisor/rules.ts",
  'import { officeCall } from "../office/async";\nexport const c = officeCall;\n',
] as const;

let results: string[][] = [];
beforeAll(() => {
  results = lintAll([
    ...refused.map(([file, source]) => [file, use(source)] as const),
    ...allowed.map(([file, source]) => [file, use(source)] as const),
    outerLayer,
  ]);
}, 60_000);

describe("importing the embedded default policy", () => {
  it.each(refused.map(([file], i) => [file, i] as const))("is refused in %s", (_file, i) => {
    expect(results[i]).toHaveLength(1);
    expect(results[i]![0]).toMatch(/Only entry points .* know the embedded default policy/);
  });

  it.each(allowed.map(([file], i) => [file, refused.length + i] as const))(
    "is allowed in the entry point %s",
    (_file, i) => {
      expect(results[i]).toEqual([]);
    },
  );

  it("still keeps the core free of outer layers", () => {
    const messages = results[refused.length + allowed.length]!;
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/Dependencies point inward: the core imports no outer layer\.$/);
  });
});
