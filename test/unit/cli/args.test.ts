import { parseArgs } from "../../../src/cli/args";

describe("parseArgs", () => {
  it.each([
    [["advise", "x.json"], { kind: "advise", file: "x.json", json: false, locale: "da" }],
    [
      ["advise", "--policy=p.json", "--locale", "en", "--json", "-"],
      { kind: "advise", file: "-", json: true, locale: "en", policyFile: "p.json" },
    ],
    [
      ["advise", "--locale=da", "--locale=en", "x.json"],
      { kind: "advise", file: "x.json", json: false, locale: "en" },
    ],
    [["advise", "--", "--json"], { kind: "advise", file: "--json", json: false, locale: "da" }],
    [
      ["advise", "--policy", "-", "x.json"],
      { kind: "advise", file: "x.json", json: false, locale: "da", policyFile: "-" },
    ],
    [["policy", "validate", "p.json"], { kind: "policy validate", file: "p.json" }],
    [["policy", "print"], { kind: "policy print" }],
    [["--help"], { kind: "help", topic: "main" }],
    [["help"], { kind: "help", topic: "main" }],
    [["help", "policy", "validate"], { kind: "help", topic: "policy validate" }],
    [["advise", "-h", "--locale", "xx"], { kind: "help", topic: "advise" }],
    [["policy", "-h"], { kind: "help", topic: "policy" }],
    [["--version"], { kind: "version" }],
    [["-V"], { kind: "version" }],
  ])("%j", (argv, command) => {
    expect(parseArgs(argv)).toEqual({ ok: true, value: command });
  });

  it.each([
    [[], "no command given", "main"],
    [["policy"], "policy needs a command", "policy"],
    [["advise", "--locale"], "option --locale needs a value", undefined],
    [["advise", "--locale", "--json", "x.json"], "option --locale needs a value", undefined],
    [["advise", "--policy=", "x.json"], "option --policy needs a value", undefined],
    [
      ["advise", "-x", "x.json"],
      'unknown option "-x" for moedeguide advise (see moedeguide advise --help)',
      undefined,
    ],
    [
      ["policy", "validate", "--json", "p.json"],
      'unknown option "--json" for moedeguide policy validate',
      undefined,
    ],
    [["policy", "--json"], 'unknown option "--json" for moedeguide policy', undefined],
    [["policy", "validate"], "moedeguide policy validate needs a FILE", undefined],
  ])("%j is a usage error", (argv, message, showHelp) => {
    const parsed = parseArgs(argv);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.messages.join("\n")).toContain(message);
    expect(parsed.showHelp).toBe(showHelp);
  });
});
