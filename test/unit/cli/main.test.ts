import { createReadStream, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import fc from "fast-check";
import { advise } from "../../../src/advisor";
import type { MeetingDraft } from "../../../src/advisor/types";
import { adviceContractProblem } from "../../../src/cli/adviceSchema";
import { MAX_INPUT_BYTES } from "../../../src/cli/io";
import { DEFAULT_POLICY, VERSION } from "../../../src/cli/main";
import { terminalJson } from "../../../src/cli/terminal";
import type * as CliMain from "../../../src/cli/main";
import { FIXTURES, fixture, runCli, STACK_LINE } from "./harness";

interface CliCase {
  name: string;
  args: string[];
  exit: number;
  stdin?: string;
  stdout?: string[];
  stderr?: string[];
  stdoutJson?: "object" | "array";
  /** Text that appears in neither output (a CPR number's digits, for one). */
  never?: string[];
}

const cases = JSON.parse(readFileSync(path.join(FIXTURES, "cases.json"), "utf8")) as CliCase[];
const resolve = (arg: string) => (arg.startsWith("$F/") ? fixture(arg.slice(3)) : arg);
const readDrafts = (name: string): unknown =>
  JSON.parse(readFileSync(path.join(FIXTURES, "drafts", name), "utf8"));

describe("moedeguide, table of fixture cases", () => {
  it("has good and bad cases", () => {
    expect(cases.filter((c) => c.exit === 0).length).toBeGreaterThan(10);
    expect(cases.filter((c) => c.exit === 2).length).toBeGreaterThan(30);
  });

  it.each(cases.map((c) => [c.name, c] as const))("%s", async (_name, c) => {
    const stdin = c.stdin ? readFileSync(resolve(c.stdin)) : "";
    const run = await runCli(c.args.map(resolve), stdin);
    expect({ code: run.code, stderr: run.stderr }).toEqual({
      code: c.exit,
      stderr: c.exit === 0 ? "" : expect.any(String),
    });
    for (const text of c.stderr ?? []) expect(run.stderr).toContain(text);
    for (const text of c.stdout ?? []) expect(run.stdout).toContain(text);
    for (const text of c.never ?? []) expect(run.stdout + run.stderr).not.toContain(text);
    expect(run.stderr).not.toMatch(STACK_LINE);
    if (c.exit !== 0) {
      expect(run.stdout).toBe("");
      // Every message line says who is speaking; only a usage error's help may follow them.
      const [messages] = run.stderr.split("\n\n");
      for (const line of (messages ?? "").trimEnd().split("\n")) {
        expect(line).toMatch(/^moedeguide: \S/);
      }
    }
    if (c.stdoutJson) {
      const printed = JSON.parse(run.stdout) as unknown;
      expect(Array.isArray(printed)).toBe(c.stdoutJson === "array");
      const all = Array.isArray(printed) ? printed : [printed];
      for (const advice of all) expect(adviceContractProblem(advice)).toBeNull();
    }
  });
});

describe("moedeguide advise", () => {
  it("prints exactly the advisor's Advice for one draft, pretty-printed", async () => {
    const draft = readDrafts("status.json") as MeetingDraft;
    const run = await runCli(["advise", "--json", "--locale", "en", fixture("drafts/status.json")]);
    expect(run.code).toBe(0);
    const expected = advise(draft, { policy: DEFAULT_POLICY, locale: "en" });
    expect(run.stdout).toBe(`${JSON.stringify(expected, null, 2)}\n`);
  });

  it("answers an array in the same order as the drafts", async () => {
    const drafts = readDrafts("several.json") as MeetingDraft[];
    const run = await runCli(["advise", "--json", fixture("drafts/several.json")]);
    expect(run.code).toBe(0);
    const printed = JSON.parse(run.stdout) as unknown[];
    expect(printed).toEqual(drafts.map((d) => advise(d, { policy: DEFAULT_POLICY, locale: "da" })));
    // The drafts differ, so a shuffled answer would not pass the comparison above.
    expect(new Set(printed.map((a) => JSON.stringify(a))).size).toBe(drafts.length);
  });

  it("gives messages in the chosen locale", async () => {
    const da = await runCli(["advise", "--json", fixture("drafts/status.json")]);
    const en = await runCli(["advise", "--json", "--locale", "en", fixture("drafts/status.json")]);
    const messages = (text: string) =>
      (JSON.parse(text) as { reasons: { message: string }[] }).reasons.map((r) => r.message);
    expect(messages(da.stdout)).not.toEqual(messages(en.stdout));
  });

  it("uses the policy given with --policy", async () => {
    const policy = JSON.parse(
      readFileSync(path.join(FIXTURES, "policy", "small.json"), "utf8"),
    ) as typeof DEFAULT_POLICY;
    const draft = readDrafts("status.json") as MeetingDraft;
    const run = await runCli([
      "advise",
      "--json",
      "--policy",
      fixture("policy/small.json"),
      fixture("drafts/status.json"),
    ]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(advise(draft, { policy, locale: "da" }));
  });

  it("reads standard input given as -", async () => {
    const text = readFileSync(path.join(FIXTURES, "drafts", "linked.json"));
    const fromStdin = await runCli(["advise", "--json", "-"], text);
    const fromFile = await runCli(["advise", "--json", fixture("drafts/linked.json")]);
    expect(fromStdin.code).toBe(0);
    expect(fromStdin.stdout).toBe(fromFile.stdout);
  });

  it("advises on extreme but valid input: a 5 MB body and 1,000 attendees", async () => {
    const sites = DEFAULT_POLICY.sites.map((s) => s.name);
    const paragraph =
      "<p>Statusmøde om drift, opfølgning på handleplanen og beslutning om budget.</p>\n";
    const draft: MeetingDraft = {
      subject: "Stort fællesmøde",
      body: paragraph.repeat(Math.ceil((5 * 1024 * 1024) / paragraph.length)),
      bodyType: "html",
      start: "2027-05-04T09:00:00+02:00",
      end: "2027-05-04T10:00:00+02:00",
      organizer: { email: "org@regionsjaelland.dk", site: "Sorø" },
      attendees: Array.from({ length: 1000 }, (_, i) => ({
        email: `person${i}@regionsjaelland.dk`,
        name: `Person ${i}`,
        site: sites[i % sites.length] ?? "Sorø",
      })),
    };
    const input = JSON.stringify(draft);
    expect(input.length).toBeGreaterThan(5 * 1024 * 1024);
    const run = await runCli(["advise", "--json", "-"], input);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const advice = JSON.parse(run.stdout) as unknown;
    expect(adviceContractProblem(advice)).toBeNull();
    expect(advice).toEqual(advise(draft, { policy: DEFAULT_POLICY, locale: "da" }));
  });

  it("lists every problem of every draft, and stops after 50 with a count", async () => {
    const bad = Array.from({ length: 60 }, () => ({ subject: 1 }));
    const run = await runCli(["advise", "-"], JSON.stringify(bad));
    expect(run.code).toBe(2);
    const lines = run.stderr.trimEnd().split("\n");
    expect(lines).toHaveLength(51);
    expect(lines[0]).toBe("moedeguide: <stdin>: [0].subject: expected a string, got a number");
    // 60 drafts × 4 problems (subject, start, end, attendees), 50 of them shown.
    expect(lines[50]).toBe("moedeguide: <stdin>: … and 190 more");
  });
});

describe("moedeguide policy", () => {
  it("prints the embedded default policy, which validates", async () => {
    const run = await runCli(["policy", "print"]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(DEFAULT_POLICY);
    const again = await runCli(["policy", "validate", "-"], run.stdout);
    expect(again).toEqual({
      code: 0,
      stdout: "<stdin>: valid policy for Region Sjælland (9 sites, 36 travel legs)\n",
      stderr: "",
    });
  });
});

describe("moedeguide --version", () => {
  it("prints the package's version", async () => {
    const pkg = JSON.parse(
      readFileSync(path.join(__dirname, "..", "..", "..", "package.json"), "utf8"),
    ) as {
      version: string;
    };
    expect(VERSION).toBe(pkg.version);
    expect((await runCli(["--version"])).stdout).toBe(`moedeguide ${pkg.version}\n`);
  });
});

describe("unexpected errors", () => {
  afterEach(() => {
    jest.resetModules();
    jest.dontMock("../../../src/advisor");
  });

  async function withAdvisor(advise: () => unknown, argv: string[]) {
    jest.resetModules();
    // The command line asks for advice with its explanation; the stand-in gives an empty one.
    jest.doMock("../../../src/advisor", () => ({
      adviseExplained: () => ({
        advice: advise(),
        explanation: { purposes: [], signals: [], steps: [] },
      }),
    }));
    const { main: isolatedMain } = (await import("../../../src/cli/main")) as typeof CliMain;
    const out: string[] = [];
    const err: string[] = [];
    const code = await isolatedMain(argv, {
      stdin: (async function* () {})(),
      stdout: { write: (s: string) => out.push(s) },
      stderr: { write: (s: string) => err.push(s) },
      openFile: (file) => createReadStream(file),
      maxInputBytes: MAX_INPUT_BYTES,
    });
    return { code, stdout: out.join(""), stderr: err.join("") };
  }

  it("turn an error inside the advisor into exit status 1 and one line, without a stack", async () => {
    const run = await withAdvisor(() => {
      throw new TypeError("cannot read properties of undefined\n    at advise (advisor.ts:1:1)");
    }, ["advise", fixture("drafts/status.json")]);
    expect(run).toEqual({
      code: 1,
      stdout: "",
      stderr: "moedeguide: internal error: cannot read properties of undefined\n",
    });
  });

  it("never print an answer that breaks the contract", async () => {
    const broken = {
      recommendation: "virtual",
      purpose: "status",
      confidence: 0.5,
      reasons: [],
      reminders: [{ code: "headset", guideline: "video-call", message: "Headset" }],
      travel: null,
      meetingLink: { present: false },
    };
    const run = await withAdvisor(
      () => broken,
      ["advise", "--json", fixture("drafts/several.json")],
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe(
      "moedeguide: internal error: the advisor's answer does not match the contract at [0].reminders[0].severity: is required but missing\n",
    );
  });
});

describe("properties", () => {
  const noStack = (run: { stderr: string; stdout: string }) =>
    !STACK_LINE.test(run.stderr) && !STACK_LINE.test(run.stdout);

  it("any JSON value as input: exit 0 or 2, never a stack trace", async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), fc.boolean(), async (value, json) => {
        const args = json ? ["advise", "--json", "-"] : ["advise", "-"];
        const run = await runCli(args, JSON.stringify(value) ?? "null");
        expect([0, 2]).toContain(run.code);
        expect(noStack(run)).toBe(true);
        if (run.code === 2) expect(run.stderr).toMatch(/^moedeguide: <stdin>: /);
        if (run.code === 0 && json) expect(() => JSON.parse(run.stdout) as unknown).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });

  it("any bytes as input: exit 0 or 2, never a stack trace", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 200 }), async (bytes) => {
        const run = await runCli(["advise", "-"], bytes);
        expect([0, 2]).toContain(run.code);
        expect(noStack(run)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  // Drafts close to valid ones, each field now and then of a wrong type or value: reaches the
  // advisor often (exit 0) and the validation the rest of the time (exit 2); never anything else.
  const anything = fc.jsonValue({ maxDepth: 2 });
  const mostly = <T>(valid: fc.Arbitrary<T>) =>
    fc.oneof({ weight: 30, arbitrary: valid }, { weight: 1, arbitrary: anything });
  const iso = (ms: number, offsetHours: number) => {
    const sign = offsetHours < 0 ? "-" : "+";
    const local = new Date(ms + offsetHours * 3_600_000).toISOString().slice(0, 19);
    return `${local}${sign}${String(Math.abs(offsetHours)).padStart(2, "0")}:00`;
  };
  const times = fc
    .record({
      at: fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2090, 0, 1) }),
      minutes: fc.oneof(
        { weight: 20, arbitrary: fc.integer({ min: 0, max: 3 * 1440 }) },
        fc.integer({ min: -600, max: -1 }),
      ),
      from: fc.integer({ min: -12, max: 14 }),
      to: fc.integer({ min: -12, max: 14 }),
    })
    .map(({ at, minutes, from, to }) => ({
      start: iso(at, from),
      end: iso(at + minutes * 60_000, to),
    }));
  const siteNames = DEFAULT_POLICY.sites.flatMap((s) => [s.name, ...s.aliases]);
  const words = DEFAULT_POLICY.vocabulary.purposes.status.concat(
    DEFAULT_POLICY.vocabulary.purposes.personnel,
    DEFAULT_POLICY.vocabulary.purposes.creative,
    DEFAULT_POLICY.vocabulary.unavailable,
    ["010270-1234", "https://video.regionsjaelland.dk/meeting/1234567890", "https://zoom.us/j/123"],
  );
  const text = fc.oneof(
    fc.string(),
    fc.array(fc.constantFrom(...words)).map((w) => w.join(" ")),
  );
  const person = fc.record(
    {
      email: mostly(fc.emailAddress()),
      name: fc.string(),
      site: fc.oneof(fc.constantFrom(...siteNames), fc.string()),
      unit: fc.string(),
      type: mostly(fc.constantFrom("required", "optional", "resource")),
    },
    { requiredKeys: ["email"] },
  );
  const draftLike = fc
    .record(
      {
        subject: mostly(text),
        body: mostly(text),
        bodyType: mostly(fc.constantFrom("text", "html")),
        timeZone: mostly(fc.constantFrom("Europe/Copenhagen", "America/New_York", "UTC")),
        isAllDay: mostly(fc.boolean()),
        location: mostly(fc.oneof(fc.constantFrom(...siteNames), fc.string())),
        organizer: mostly(person),
        attendees: mostly(fc.array(person, { maxLength: 6 })),
        recurrence: mostly(
          fc.option(
            fc.record({
              frequency: fc.constantFrom("daily", "weekly", "monthly", "yearly"),
              interval: fc.integer({ min: 1, max: 5 }),
            }),
          ),
        ),
        sensitivity: mostly(fc.constantFrom("normal", "personal", "private", "confidential")),
        showAs: mostly(
          fc.constantFrom("free", "tentative", "busy", "oof", "workingElsewhere", "unknown"),
        ),
      },
      { requiredKeys: ["subject", "attendees"] },
    )
    .chain((draft) =>
      mostly(times).map((t) => ({
        ...draft,
        ...(typeof t === "object" && t !== null ? t : { start: t }),
      })),
    );

  it("drafts close to valid ones: exit 0 with contract-shaped advice, or 2", async () => {
    let advised = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(draftLike, fc.array(draftLike, { maxLength: 3 })),
        fc.constantFrom("da", "en"),
        async (value, locale) => {
          const run = await runCli(
            ["advise", "--json", "--locale", locale, "-"],
            JSON.stringify(value),
          );
          expect([0, 2]).toContain(run.code);
          expect(noStack(run)).toBe(true);
          if (run.code === 0) {
            advised += 1;
            const printed = JSON.parse(run.stdout) as unknown;
            for (const advice of Array.isArray(printed) ? printed : [printed]) {
              expect(adviceContractProblem(advice)).toBeNull();
            }
            const summary = await runCli(
              ["advise", "--locale", locale, "-"],
              JSON.stringify(value),
            );
            expect(summary.code).toBe(0);
          }
        },
      ),
      { numRuns: 300 },
    );
    // The generator is meant to reach the advisor, not only the validation.
    expect(advised).toBeGreaterThan(20);
  });
});

describe("printing input safely", () => {
  // eslint-disable-next-line no-control-regex -- finding control characters is the point.
  const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
  const draft = readDrafts("status.json") as MeetingDraft;
  let directory = "";

  beforeAll(() => {
    directory = mkdtempSync(path.join(tmpdir(), "moedeguide-cli-"));
  });
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  it("escapes control characters in the subject of the summary", async () => {
    const subject = "\u001b[2J\u001b]0;hacked\u0007Status\u009b31m \u202eslut\u202c";
    const run = await runCli(["advise", "-"], JSON.stringify({ ...draft, subject }));
    expect(run.code).toBe(0);
    expect(run.stdout).not.toMatch(RAW_CONTROL);
    expect(run.stdout.split("\n")[0]).toBe(
      "Møde: \\u001b[2J\\u001b]0;hacked\\u0007Status\\u009b31m \\u202eslut\\u202c",
    );
  });

  it("escapes control characters in a file name, on one line", async () => {
    const name = path.join(directory, "møde\u001b[31m\nrød\u009b.json");
    writeFileSync(name, "{");
    const run = await runCli(["advise", name]);
    expect(run.code).toBe(2);
    expect(run.stderr).not.toMatch(RAW_CONTROL);
    expect(run.stderr.trimEnd().split("\n")).toEqual([
      `moedeguide: ${directory}/møde\\u001b[31m rød\\u009b.json: is not valid JSON: unexpected end of input (an object is not closed) at line 1, column 2`,
    ]);
    const missing = await runCli(["policy", "validate", `${name}.missing`]);
    expect(missing.stderr).toBe(
      `moedeguide: ${directory}/møde\\u001b[31m rød\\u009b.json.missing: no such file\n`,
    );
  });

  it("escapes control characters that error messages quote from the input", async () => {
    const run = await runCli(
      ["advise", "-"],
      JSON.stringify({ ...draft, sensitivity: "\u009b2J\u007f\u2067" }),
    );
    expect(run.code).toBe(2);
    expect(run.stderr).not.toMatch(RAW_CONTROL);
    expect(run.stderr).toContain('got "\\u009b2J\\u007f\\u2067"');
  });

  it("masks a CPR number in a file name", async () => {
    const run = await runCli(["advise", path.join(directory, "patient 0101901234.json")]);
    expect(run.stderr).toBe(`moedeguide: ${directory}/patient 010190-****.json: no such file\n`);
  });

  it("shows a CPR number in the subject masked only, in the summary", async () => {
    const subject = "Opfølgning på borgersag 0101901234";
    const run = await runCli(["advise", "-"], JSON.stringify({ ...draft, subject }));
    expect(run.code).toBe(0);
    expect(run.stdout.split("\n")[0]).toBe("Møde: Opfølgning på borgersag 010190-****");
    expect(run.stdout).toContain("010190-****");
    expect(run.stdout).not.toMatch(/0101901|1234/);
  });

  it("keeps --json exactly the advice, with no raw control character", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => {
        const json = JSON.stringify({ message: text }, null, 2);
        const printed = terminalJson(json);
        expect(printed).not.toMatch(RAW_CONTROL);
        expect(JSON.parse(printed)).toEqual({ message: text });
      }),
      { numRuns: 500 },
    );
  });
});

describe("--version", () => {
  it("prints package.json's version, the one source the manifest's Version also comes from", async () => {
    const pkg = JSON.parse(readFileSync(path.join(__dirname, "../../../package.json"), "utf8")) as {
      version: string;
    };
    expect(VERSION).toBe(pkg.version);
    const run = await runCli(["--version"]);
    expect(run.stdout).toBe(`moedeguide ${pkg.version}\n`);
  });
});
