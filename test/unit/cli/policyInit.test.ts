import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Ajv2020 from "ajv/dist/2020";
import { DEFAULT_POLICY } from "../../../src/cli/main";
import { POLICY_SCHEMA_FILE, policyJsonSchema } from "../../../src/policy/jsonSchema";
import { runCli, STACK_LINE } from "./harness";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "moedeguide-init-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const read = (file: string) => readFileSync(file, "utf8");

/** One message line on standard error, naming the file, with no stack trace. */
function expectOneLineError(run: { code: number; stdout: string; stderr: string }, file: string) {
  expect(run.code).toBe(2);
  expect(run.stdout).toBe("");
  expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
  expect(run.stderr).toMatch(/^moedeguide: /);
  expect(run.stderr).toContain(file);
  expect(run.stderr).not.toMatch(STACK_LINE);
}

describe("moedeguide policy init", () => {
  it("writes the embedded policy with $schema first, and the schema beside it", async () => {
    const file = path.join(dir, "policy.json");
    const run = await runCli(["policy", "init", file]);
    expect(run).toMatchObject({ code: 0, stderr: "" });
    expect(run.stdout).toContain(file);

    const written = JSON.parse(read(file)) as Record<string, unknown>;
    expect(Object.keys(written)[0]).toBe("$schema");
    expect(written.$schema).toBe(`./${POLICY_SCHEMA_FILE}`);
    const rest = Object.fromEntries(Object.entries(written).filter(([key]) => key !== "$schema"));
    expect(rest).toEqual(JSON.parse(JSON.stringify(DEFAULT_POLICY)));

    const schemaFile = path.join(dir, POLICY_SCHEMA_FILE);
    expect(JSON.parse(read(schemaFile))).toEqual(policyJsonSchema());
    // What the editor does with the pair: the policy is valid against the schema beside it.
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    const valid = ajv.validate(JSON.parse(read(schemaFile)) as object, written);
    expect(ajv.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it("writes a file that moedeguide policy validate accepts", async () => {
    const file = path.join(dir, "policy.json");
    expect((await runCli(["policy", "init", file])).code).toBe(0);
    const validated = await runCli(["policy", "validate", file]);
    expect(validated).toMatchObject({ code: 0, stderr: "" });
    expect(validated.stdout).toContain("valid policy for Region Sjælland");
  });

  it("refuses to overwrite an existing file without --force, and overwrites it with --force", async () => {
    const file = path.join(dir, "policy.json");
    writeFileSync(file, "IT's own work\n");
    expectOneLineError(await runCli(["policy", "init", file]), file);
    expect(read(file)).toBe("IT's own work\n");

    expect((await runCli(["policy", "init", "--force", file])).code).toBe(0);
    expect(JSON.parse(read(file))).toMatchObject({ name: DEFAULT_POLICY.name });
  });

  it("shares an identical schema file with a second policy, and refuses a different one", async () => {
    expect((await runCli(["policy", "init", path.join(dir, "a.json")])).code).toBe(0);
    expect((await runCli(["policy", "init", path.join(dir, "b.json")])).code).toBe(0);

    const schemaFile = path.join(dir, POLICY_SCHEMA_FILE);
    writeFileSync(schemaFile, '{"title": "someone else\'s"}\n');
    const refused = await runCli(["policy", "init", path.join(dir, "c.json")]);
    expectOneLineError(refused, schemaFile);
    expect(read(schemaFile)).toBe('{"title": "someone else\'s"}\n');

    expect((await runCli(["policy", "init", "--force", path.join(dir, "c.json")])).code).toBe(0);
    expect(JSON.parse(read(schemaFile))).toEqual(policyJsonSchema());
  });

  it.each([
    ["a folder that does not exist", (d: string) => path.join(d, "no", "such", "policy.json")],
    ["the schema file's own name", (d: string) => path.join(d, POLICY_SCHEMA_FILE)],
  ])("refuses %s with one line", async (_name, target) => {
    const file = target(dir);
    expectOneLineError(await runCli(["policy", "init", file]), file);
  });

  it("needs exactly one file name, and not standard input", async () => {
    expect((await runCli(["policy", "init"])).code).toBe(2);
    expect((await runCli(["policy", "init", "a.json", "b.json"])).code).toBe(2);
    expect((await runCli(["policy", "init", "-"])).code).toBe(2);
  });

  it("has its own help", async () => {
    const run = await runCli(["policy", "init", "--help"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("moedeguide policy init [--force] FILE");
    expect((await runCli(["--help"])).stdout).toContain("policy init");
  });
});
