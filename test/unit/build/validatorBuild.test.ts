/**
 * What identifies a build's policy validator (scripts/validatorBuild.js): the same sources give
 * the same identity, and a change to any of them gives another, so that the pane checks a
 * remembered policy again after an update.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { VALIDATOR_PARTS, validatorBuildId } from "../../../scripts/validatorBuild";

let root: string;
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), "validator-build-"));
  mkdirSync(path.join(root, "src/policy"), { recursive: true });
  mkdirSync(path.join(root, "src/advisor/deep"), { recursive: true });
  writeFileSync(path.join(root, "src/policy/schema.ts"), "export const a = 1;\n");
  writeFileSync(path.join(root, "src/advisor/deep/text.ts"), "export const b = 2;\n");
  writeFileSync(path.join(root, "package-lock.json"), '{"lockfileVersion":3}\n');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe("validatorBuildId", () => {
  it("is 16 hex digits, the same for the same sources", () => {
    const id = validatorBuildId(root);
    expect(id).toMatch(/^[0-9a-f]{16}$/);
    expect(validatorBuildId(root)).toBe(id);
  });

  it.each([
    ["a rule in src/policy", "src/policy/schema.ts", "export const a = 2;\n"],
    ["a nested advisor file", "src/advisor/deep/text.ts", "export const b = 3;\n"],
    ["the locked dependencies", "package-lock.json", '{"lockfileVersion":3,"x":1}\n'],
    ["a new file", "src/policy/extra.ts", ""],
  ])("changes with %s", (_, file, content) => {
    const before = validatorBuildId(root);
    writeFileSync(path.join(root, file), content);
    expect(validatorBuildId(root)).not.toBe(before);
  });

  it("does not change with files outside the validator's parts", () => {
    const before = validatorBuildId(root);
    mkdirSync(path.join(root, "src/taskpane"), { recursive: true });
    writeFileSync(path.join(root, "src/taskpane/App.tsx"), "x");
    expect(validatorBuildId(root)).toBe(before);
  });

  it("covers the project's own validator sources", () => {
    expect(VALIDATOR_PARTS).toEqual(
      expect.arrayContaining(["src/policy", "src/advisor", "package-lock.json"]),
    );
    expect(validatorBuildId(path.resolve(__dirname, "../../.."))).toMatch(/^[0-9a-f]{16}$/);
  });
});
