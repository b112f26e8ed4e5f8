/**
 * The command line's grammar: turns argv into one command, or the usage message that says why not.
 * Options are read by Node's own `parseArgs` (node:util) in strict mode; this module only adds the
 * commands around it and says in our words what strict mode refused.
 */
import { parseArgs as parseNodeArgs } from "node:util";
import type { ParseArgsConfig } from "node:util";
import type { Locale } from "../advisor/types";
import { adminMessage } from "../i18n/cli";
import { failure, success } from "./result";
import type { Outcome } from "./result";

export type HelpTopic =
  "main" | "advise" | "analyze" | "policy" | "policy validate" | "policy print" | "policy init";

export type Command =
  | { kind: "help"; topic: HelpTopic }
  | { kind: "version" }
  | {
      kind: "advise";
      file: string;
      json: boolean;
      explain: boolean;
      locale: Locale;
      policyFile?: string;
    }
  | {
      kind: "analyze";
      files: string[];
      json: boolean;
      locale: Locale;
      policyFile?: string;
      peopleFile?: string;
      /** The first and last day (YYYY-MM-DD, checked to exist) in the policy's time zone. */
      from?: string;
      to?: string;
    }
  | { kind: "policy validate"; file: string }
  | { kind: "policy print" }
  | { kind: "policy init"; file: string; force: boolean };

/** A usage error also says whether the general help should follow it (no command at all). */
export type ParsedArgs = Outcome<Command> & { showHelp?: HelpTopic };

type Options = NonNullable<ParseArgsConfig["options"]>;

/** `-h`/`--help` is an option of every command and wins over anything else on the line. */
const HELP_OPTION: Options = { help: { type: "boolean", short: "h" } };
const MAIN_OPTIONS: Options = { ...HELP_OPTION, version: { type: "boolean", short: "V" } };
const ADVISE_OPTIONS: Options = {
  ...HELP_OPTION,
  json: { type: "boolean" },
  explain: { type: "boolean" },
  locale: { type: "string" },
  policy: { type: "string" },
};

const ANALYZE_OPTIONS: Options = {
  ...HELP_OPTION,
  json: { type: "boolean" },
  lang: { type: "string" },
  // advise's name for the same option, so that either works.
  locale: { type: "string" },
  policy: { type: "string" },
  people: { type: "string" },
  from: { type: "string" },
  to: { type: "string" },
};
const POLICY_INIT_OPTIONS: Options = { ...HELP_OPTION, force: { type: "boolean" } };

function helpReference(topic: HelpTopic): string {
  return topic === "main" ? "moedeguide --help" : `moedeguide ${topic} --help`;
}

function commandName(topic: HelpTopic): string {
  return topic === "main" ? "moedeguide" : `moedeguide ${topic}`;
}

interface Parsed {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

interface OptionToken {
  name: string;
  rawName: string;
  value: string | undefined;
  inlineValue: boolean | undefined;
}

/** Node's strict check of a separate option value: one that starts with a dash is taken as missing. */
const looksLikeOption = (value: string) => value.length > 1 && value.startsWith("-");

/**
 * Why strict mode refused the arguments, in our words: the first option that is unknown, a switch
 * given a value, or an option without its value. Node's own messages are long and quote shell
 * syntax; the tokens of a lenient pass say which option it was.
 */
function explainRefusal(tokens: readonly OptionToken[], options: Options, topic: HelpTopic) {
  for (const token of tokens) {
    const spec = Object.prototype.hasOwnProperty.call(options, token.name)
      ? options[token.name]
      : undefined;
    if (!spec) {
      return adminMessage("unknownOption", {
        option: JSON.stringify(token.rawName),
        command: commandName(topic),
        help: helpReference(topic),
      });
    }
    if (spec.type === "boolean" && token.value !== undefined) {
      return adminMessage("unexpectedValue", { option: token.rawName });
    }
    if (
      spec.type === "string" &&
      (token.value === undefined || (!token.inlineValue && looksLikeOption(token.value)))
    ) {
      return adminMessage("missingValue", { option: token.rawName, help: helpReference(topic) });
    }
  }
  return null;
}

/**
 * Reads one command's options and positionals with `parseArgs` in strict mode. `-` alone is a
 * positional (standard input); `--` ends the options, so that a file may start with a dash.
 * Resolves to "help" when -h/--help is anywhere among them.
 */
function readOptions(
  args: readonly string[],
  options: Options,
  topic: HelpTopic,
): Outcome<Parsed | "help"> {
  const config = { args: [...args], options, allowPositionals: true, tokens: true } as const;
  // A lenient pass first: it never throws, finds --help even beside a mistake, and names the
  // option that the strict pass below refuses.
  const lenient = parseNodeArgs({ ...config, strict: false });
  const optionTokens: OptionToken[] = lenient.tokens.flatMap((t) =>
    t.kind === "option"
      ? [{ name: t.name, rawName: t.rawName, value: t.value, inlineValue: t.inlineValue }]
      : [],
  );
  if (optionTokens.some((t) => t.name === "help")) return success("help");
  let strict: { values: Record<string, unknown>; positionals: string[] };
  try {
    strict = parseNodeArgs({ ...config, strict: true });
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n", 1)[0] : String(error);
    return failure(
      explainRefusal(optionTokens, options, topic) ?? `${commandName(topic)}: ${reason}`,
    );
  }
  const values: Parsed["values"] = {};
  for (const [name, value] of Object.entries(strict.values)) {
    // Strict mode accepts `--policy=`; an empty value is as missing as no value.
    if (value === "") {
      const option = `--${name}`;
      return failure(adminMessage("missingValue", { option, help: helpReference(topic) }));
    }
    // Every option is single (no `multiple`), so a value is a string or a boolean.
    if (typeof value === "string" || typeof value === "boolean") values[name] = value;
  }
  return success({ values, positionals: strict.positionals });
}

/**
 * Splits `[options] COMMAND rest…`: the options before the first positional, which is the command
 * (or undefined), and what follows it for the command to read.
 */
function splitCommand(args: readonly string[], options: Options) {
  const { tokens } = parseNodeArgs({
    args: [...args],
    options,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const first = tokens.find((t) => t.kind === "positional");
  if (!first) return { lead: args, command: undefined, rest: [] as string[] };
  return {
    lead: args.slice(0, first.index).filter((arg) => arg !== "--"),
    command: first.kind === "positional" ? first.value : undefined,
    rest: args.slice(first.index + 1),
  };
}

/** Exactly one FILE (or `-`). */
function oneFile(positionals: readonly string[], topic: HelpTopic): Outcome<string> {
  const [file, extra] = positionals;
  if (file === undefined || file === "") {
    return failure(
      adminMessage("missingFile", { command: commandName(topic), help: helpReference(topic) }),
    );
  }
  if (extra !== undefined) {
    return failure(
      adminMessage("extraArgument", {
        command: commandName(topic),
        argument: JSON.stringify(extra),
      }),
    );
  }
  return success(file);
}

function parseAdvise(args: readonly string[]): ParsedArgs {
  const read = readOptions(args, ADVISE_OPTIONS, "advise");
  if (!read.ok) return read;
  if (read.value === "help") return success({ kind: "help", topic: "advise" });
  const { values, positionals } = read.value;
  const locale = values.locale ?? "da";
  if (locale !== "da" && locale !== "en") {
    return failure(adminMessage("badLocale", { value: JSON.stringify(locale) }));
  }
  const file = oneFile(positionals, "advise");
  if (!file.ok) return file;
  const policyFile = values.policy;
  if (policyFile === "-" && file.value === "-") return failure(adminMessage("stdinTwice"));
  return success({
    kind: "advise",
    file: file.value,
    json: values.json === true,
    explain: values.explain === true,
    locale,
    ...(typeof policyFile === "string" ? { policyFile } : {}),
  });
}

/** A calendar day written YYYY-MM-DD that exists (no 2026-02-30). */
function isDay(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    year >= 1 &&
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day
  );
}

function parseAnalyze(args: readonly string[]): ParsedArgs {
  const read = readOptions(args, ANALYZE_OPTIONS, "analyze");
  if (!read.ok) return read;
  if (read.value === "help") return success({ kind: "help", topic: "analyze" });
  const { values, positionals } = read.value;
  const locale = values.lang ?? values.locale ?? "da";
  if (locale !== "da" && locale !== "en") {
    const option = values.lang !== undefined ? "--lang" : "--locale";
    return failure(adminMessage("badLang", { option, value: JSON.stringify(locale) }));
  }
  for (const option of ["from", "to"] as const) {
    const value = values[option];
    if (typeof value === "string" && !isDay(value)) {
      return failure(
        adminMessage("badDate", { option: `--${option}`, value: JSON.stringify(value) }),
      );
    }
  }
  const { from, to, policy, people } = values;
  if (typeof from === "string" && typeof to === "string" && from > to) {
    return failure(adminMessage("datesReversed", { from, to }));
  }
  if (positionals.length === 0 || positionals.some((file) => file === "")) {
    return failure(adminMessage("missingCalendar"));
  }
  if ([...positionals, policy, people].includes("-")) return failure(adminMessage("analyzeStdin"));
  return success({
    kind: "analyze",
    files: positionals,
    json: values.json === true,
    locale,
    ...(typeof policy === "string" ? { policyFile: policy } : {}),
    ...(typeof people === "string" ? { peopleFile: people } : {}),
    ...(typeof from === "string" ? { from } : {}),
    ...(typeof to === "string" ? { to } : {}),
  });
}

function parsePolicyInit(args: readonly string[]): ParsedArgs {
  const read = readOptions(args, POLICY_INIT_OPTIONS, "policy init");
  if (!read.ok) return read;
  if (read.value === "help") return success({ kind: "help", topic: "policy init" });
  const file = oneFile(read.value.positionals, "policy init");
  if (!file.ok) return file;
  if (file.value === "-") return failure(adminMessage("initStdout"));
  return success({
    kind: "policy init",
    file: file.value,
    force: read.value.values.force === true,
  });
}

function parsePolicyValidate(args: readonly string[]): ParsedArgs {
  const read = readOptions(args, HELP_OPTION, "policy validate");
  if (!read.ok) return read;
  if (read.value === "help") return success({ kind: "help", topic: "policy validate" });
  const file = oneFile(read.value.positionals, "policy validate");
  return file.ok ? success({ kind: "policy validate", file: file.value }) : file;
}

function parsePolicyPrint(args: readonly string[]): ParsedArgs {
  const read = readOptions(args, HELP_OPTION, "policy print");
  if (!read.ok) return read;
  if (read.value === "help") return success({ kind: "help", topic: "policy print" });
  const [extra] = read.value.positionals;
  if (extra !== undefined) {
    return failure(
      adminMessage("noArguments", {
        command: "moedeguide policy print",
        argument: JSON.stringify(extra),
      }),
    );
  }
  return success({ kind: "policy print" });
}

function parsePolicy(args: readonly string[]): ParsedArgs {
  const { lead, command, rest } = splitCommand(args, HELP_OPTION);
  const read = readOptions(lead, HELP_OPTION, "policy");
  if (!read.ok) return read;
  if (read.value === "help") return success({ kind: "help", topic: "policy" });
  if (command === undefined) {
    return { ...failure(adminMessage("missingPolicyCommand")), showHelp: "policy" };
  }
  if (command === "validate") return parsePolicyValidate(rest);
  if (command === "print") return parsePolicyPrint(rest);
  if (command === "init") return parsePolicyInit(rest);
  return failure(adminMessage("unknownPolicyCommand", { command: JSON.stringify(command) }));
}

const HELP_TOPICS: readonly HelpTopic[] = [
  "advise",
  "analyze",
  "policy",
  "policy validate",
  "policy print",
  "policy init",
];

/** Parses the arguments after the program name. Never throws. */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  const { lead, command, rest } = splitCommand(argv, MAIN_OPTIONS);
  const read = readOptions(lead, MAIN_OPTIONS, "main");
  if (!read.ok) return read;
  if (read.value === "help") return success({ kind: "help", topic: "main" });
  if (read.value.values.version === true) return success({ kind: "version" });
  if (command === undefined) {
    return { ...failure(adminMessage("missingCommand")), showHelp: "main" };
  }
  if (command === "advise") return parseAdvise(rest);
  if (command === "analyze") return parseAnalyze(rest);
  if (command === "policy") return parsePolicy(rest);
  if (command === "help") {
    const topic = rest.join(" ");
    return success({ kind: "help", topic: HELP_TOPICS.find((t) => t === topic) ?? "main" });
  }
  return failure(adminMessage("unknownCommand", { command: JSON.stringify(command) }));
}
