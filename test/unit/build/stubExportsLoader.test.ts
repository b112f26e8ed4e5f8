/**
 * The event bundle goes without zod's JSON Schema generator (scripts/stubExportsLoader.js): the
 * loader keeps every export of the modules it stubs, so that zod still loads, and only the event
 * build uses it. That the policy is still checked in the built bundle is shown by the bare-runtime
 * tests (test/unit/launchevent/bundle.test.ts).
 */
import { readFileSync } from "node:fs";
import path from "node:path";

import loader, { exportNames } from "../../../scripts/stubExportsLoader";

const ROOT = path.join(__dirname, "..", "..", "..");
const zodCore = (file: string) =>
  readFileSync(path.join(ROOT, "node_modules/zod/v4/core", file), "utf8");

function load(source: string) {
  const errors: Error[] = [];
  const output = loader.call({ resourcePath: "x.js", emitError: (e) => errors.push(e) }, source);
  return { output, errors };
}

describe("stubExportsLoader", () => {
  it("reads every kind of export", () => {
    const source = [
      "export function a() {}",
      "export async function b() {}",
      "export const c = 1;",
      "export class D {}",
      "function e() {}",
      "export { e as f, g };",
      "const notExported = 2;",
    ].join("\n");
    expect(exportNames(source).sort()).toEqual(["D", "a", "b", "c", "f", "g"]);
  });

  it("finds what zod's classic schemas import from the modules it stubs", () => {
    expect(exportNames(zodCore("to-json-schema.js"))).toEqual(
      expect.arrayContaining(["createToJSONSchemaMethod", "createStandardJSONSchemaMethod"]),
    );
    expect(exportNames(zodCore("json-schema-processors.js"))).toEqual(
      expect.arrayContaining(["toJSONSchema", "aggregateChecks", "stringProcessor"]),
    );
    expect(exportNames(zodCore("json-schema-generator.js"))).toContain("JSONSchemaGenerator");
  });

  it("writes a stub for each name, callable twice", () => {
    const { output, errors } = load("export const x = 1;\nexport function y() {}");
    expect(errors).toEqual([]);
    expect(output).toContain("export const x = stub;");
    expect(output).toContain("export const y = stub;");
    const stub = new Function(`${output.split("\n")[0]!}; return stub;`)() as () => () => unknown;
    expect(stub()()).toEqual({});
  });

  it("reports a module it cannot read any export from", () => {
    expect(load("module.exports = {};").errors).toHaveLength(1);
  });

  it("is used by the event build only", () => {
    type Factory = (
      env: object,
      argv: object,
    ) => Array<{ name: string; module?: { rules?: unknown[] } }>;
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const factory = require(path.join(ROOT, "webpack.config.js")) as Factory;
    const configs = factory({}, { mode: "production" });
    const using = configs
      .filter((c) => JSON.stringify(c.module?.rules ?? []).includes("stubExportsLoader"))
      .map((c) => c.name);
    expect(using).toEqual(["launchevent"]);
  });
});
