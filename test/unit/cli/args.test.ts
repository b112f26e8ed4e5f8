import { parseArgs } from "../../../src/cli/args";

describe("parseArgs", () => {
  it.each([
    [
      ["advise", "x.json"],
      { kind: "advise", file: "x.json", json: false, explain: false, locale: "da" },
    ],
    [
      ["advise", "--policy=p.json", "--locale", "en", "--json", "-"],
      { kind: "advise", file: "-", json: true, explain: false, locale: "en", policyFile: "p.json" },
    ],
    [
      ["advise", "--locale=da", "--locale=en", "x.json"],
      { kind: "advise", file: "x.json", json: false, explain: false, locale: "en" },
    ],
    [
      ["advise", "--", "--json"],
      { kind: "advise", file: "--json", json: false, explain: false, locale: "da" },
    ],
    [
      ["advise", "--policy", "-", "x.json"],
      {
        kind: "advise",
        file: "x.json",
        json: false,
        explain: false,
        locale: "da",
        policyFile: "-",
      },
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
    [["--version", "--help"], { kind: "help", topic: "main" }],
    [["advise", "--jsn", "--help"], { kind: "help", topic: "advise" }],
    [
      ["advise", "x.json", "--json"],
      { kind: "advise", file: "x.json", json: true, explain: false, locale: "da" },
    ],
    [
      ["advise", "--explain", "x.json"],
      { kind: "advise", file: "x.json", json: false, explain: true, locale: "da" },
    ],
    [["advise", "-"], { kind: "advise", file: "-", json: false, explain: false, locale: "da" }],
    [
      ["advise", "--locale=en", "-"],
      { kind: "advise", file: "-", json: false, explain: false, locale: "en" },
    ],
    [["policy", "validate", "--", "-odd.json"], { kind: "policy validate", file: "-odd.json" }],
    [["policy", "validate", "-"], { kind: "policy validate", file: "-" }],
    [["policy", "print", "-h"], { kind: "help", topic: "policy print" }],
    [["policy", "--help", "validate"], { kind: "help", topic: "policy" }],
    [
      ["--", "advise", "x.json"],
      { kind: "advise", file: "x.json", json: false, explain: false, locale: "da" },
    ],
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
    [["advise", "--json=yes", "x.json"], "option --json takes no value", undefined],
    [["advise", "--locale=", "x.json"], "option --locale needs a value", undefined],
    [["advise", "--locale", "-x", "x.json"], "option --locale needs a value", undefined],
    [["advise", "--locale", "sv", "x.json"], '--locale must be da or en, not "sv"', undefined],
    [["advise", "a.json", "b.json"], 'takes one FILE, but also got "b.json"', undefined],
    [["advise", "--policy", "-", "-"], "standard input (-) can be the drafts", undefined],
    [
      ["--verbose", "advise", "x.json"],
      'unknown option "--verbose" for moedeguide (see moedeguide --help)',
      undefined,
    ],
    [["-x"], 'unknown option "-x" for moedeguide', undefined],
    [["advise", "--jsn=1", "x.json"], 'unknown option "--jsn" for moedeguide advise', undefined],
    [["advise", "-jx", "x.json"], 'unknown option "-j" for moedeguide advise', undefined],
    [["advise", "--version"], 'unknown option "--version" for moedeguide advise', undefined],
    [
      ["policy", "print", "x.json"],
      'moedeguide policy print takes no arguments, but got "x.json"',
      undefined,
    ],
    [["policy", "check"], 'unknown policy command "check"', undefined],
    [["advize"], 'unknown command "advize"', undefined],
  ])("%j is a usage error", (argv, message, showHelp) => {
    const parsed = parseArgs(argv);
    if (parsed.ok) throw new Error(`expected a usage error, got ${JSON.stringify(parsed.value)}`);
    expect(parsed.messages).toHaveLength(1);
    expect(parsed.messages[0]).toContain(message);
    // Our words, not Node's: no shell advice or multi-line text from parseArgs.
    expect(parsed.messages[0]).not.toMatch(/\n|To specify|ambiguous/);
    expect(parsed.showHelp).toBe(showHelp);
  });

  it("leaves the options to node:util parseArgs in strict mode", () => {
    // A Node-only rule that a hand-written parser would not share: a lone "-" is a value, but a
    // separate value that starts with a dash is refused as ambiguous.
    expect(parseArgs(["advise", "--policy", "-", "x.json"]).ok).toBe(true);
    expect(parseArgs(["advise", "--policy", "-p.json", "x.json"]).ok).toBe(false);
    expect(parseArgs(["advise", "--policy=-p.json", "x.json"])).toEqual({
      ok: true,
      value: {
        kind: "advise",
        file: "x.json",
        json: false,
        explain: false,
        locale: "da",
        policyFile: "-p.json",
      },
    });
  });
});
