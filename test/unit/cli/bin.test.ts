/**
 * End-to-end checks of the built command line: bin/moedeguide.js running dist/cli/moedeguide.js in
 * its own Node process, as an administrator runs it. `npm test` builds before jest runs.
 */
import { spawnSync } from "node:child_process";
import { closeSync, existsSync, openSync, readFileSync } from "node:fs";
import path from "node:path";
import { adviceContractProblem } from "../../../src/cli/adviceSchema";
import { FIXTURES, STACK_LINE } from "./harness";

const ROOT = path.join(__dirname, "..", "..", "..");
const BIN = path.join(ROOT, "bin", "moedeguide.js");
const BUNDLE = path.join(ROOT, "dist", "cli", "moedeguide.js");

function run(args: string[], input?: string | Buffer) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    input,
    encoding: "utf8",
    timeout: 30_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  if (!existsSync(BUNDLE)) {
    throw new Error(
      `${path.relative(ROOT, BUNDLE)} is missing: run \`npm run build\` before these tests`,
    );
  }
});

describe("bin/moedeguide.js with the built bundle", () => {
  it("exports main, advise and DEFAULT_POLICY", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const bundle = require(BUNDLE) as Record<string, unknown>;
    expect(typeof bundle.main).toBe("function");
    expect(typeof bundle.advise).toBe("function");
    expect(bundle.DEFAULT_POLICY).toMatchObject({ version: 1, organisation: "Region Sjælland" });
  });

  it("advises on a file and prints contract-shaped JSON", () => {
    const result = run(["advise", "--json", path.join(FIXTURES, "drafts", "several.json")]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const printed = JSON.parse(result.stdout) as unknown[];
    expect(printed).toHaveLength(4);
    for (const advice of printed) expect(adviceContractProblem(advice)).toBeNull();
  });

  it("reads standard input and writes a Danish summary", () => {
    const input = readFileSync(path.join(FIXTURES, "drafts", "status.json"));
    const result = run(["advise", "-"], input);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Anbefaling: ");
  });

  it("exits 2 with a one-line message, without a stack, on bad input", () => {
    const result = run(["advise", "-"], '{"subject": "x", "start": 1');
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe(
      "moedeguide: <stdin>: is not valid JSON: unexpected end of input (an object is not closed) at line 1, column 28\n",
    );
    expect(result.stderr).not.toMatch(STACK_LINE);
  });

  // The cap is the real 64 MB here: /dev/zero never ends, so without it this would not return.
  it.each([
    ["a file", ["advise", "/dev/zero"], "/dev/zero"],
    ["standard input", ["advise", "-"], "<stdin>"],
    ["a policy", ["policy", "validate", "/dev/zero"], "/dev/zero"],
  ])("stops at 64 MB of %s with one line and exit 2", (_name, args, name) => {
    const zero = openSync("/dev/zero", "r");
    try {
      const started = Date.now();
      const result = spawnSync(process.execPath, [BIN, ...args], {
        cwd: ROOT,
        stdio: [zero, "pipe", "pipe"],
        encoding: "utf8",
        timeout: 30_000,
      });
      expect({ code: result.status, stdout: result.stdout, stderr: result.stderr }).toEqual({
        code: 2,
        stdout: "",
        stderr: `moedeguide: ${name}: is larger than 64 MB, the most moedeguide reads; drafts and policies are far smaller (is it the right file?)\n`,
      });
      expect(Date.now() - started).toBeLessThan(15_000);
    } finally {
      closeSync(zero);
    }
  });

  it("exits 2 on an unknown command", () => {
    const result = run(["frobnicate"]);
    expect(result).toEqual({
      code: 2,
      stdout: "",
      stderr:
        'moedeguide: unknown command "frobnicate" (commands: advise, analyze, policy; see moedeguide --help)\n',
    });
  });
});
