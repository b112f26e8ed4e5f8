/** The command line's grammar: turns argv into one command, or the usage message that says why not. */
import type { Locale } from "../advisor/types";
import { adminMessage } from "../i18n/cli";
import { failure, success } from "./result";
import type { Outcome } from "./result";

export type HelpTopic = "main" | "advise" | "policy" | "policy validate" | "policy print";

export type Command =
  | { kind: "help"; topic: HelpTopic }
  | { kind: "version" }
  | { kind: "advise"; file: string; json: boolean; locale: Locale; policyFile?: string }
  | { kind: "policy validate"; file: string }
  | { kind: "policy print" };

/** A usage error also says whether the general help should follow it (no command at all). */
export type ParsedArgs = Outcome<Command> & { showHelp?: HelpTopic };

interface OptionSpec {
  /** Takes a value (`--locale en` or `--locale=en`). */
  value: boolean;
}

interface Scanned {
  flags: Map<string, string | true>;
  positionals: string[];
}

const HELP_FLAGS = new Set(["--help", "-h"]);

function helpReference(topic: HelpTopic): string {
  return topic === "main" ? "moedeguide --help" : `moedeguide ${topic} --help`;
}

/**
 * Splits a command's arguments into options and positionals. `-` alone is a positional (standard
 * input); `--` ends the options, so that a file may start with a dash.
 */
function scan(
  args: readonly string[],
  options: Record<string, OptionSpec>,
  topic: HelpTopic,
): Outcome<Scanned> {
  const flags = new Map<string, string | true>();
  const positionals: string[] = [];
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? "";
    if (arg === "--") {
      positionals.push(...args.slice(i + 1));
      break;
    }
    if (HELP_FLAGS.has(arg)) {
      flags.set("--help", true);
      continue;
    }
    if (!arg.startsWith("-") || arg === "-") {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf("=");
    const name = arg.startsWith("--") && eq > 0 ? arg.slice(0, eq) : arg;
    const spec = Object.prototype.hasOwnProperty.call(options, name) ? options[name] : undefined;
    if (!spec) {
      return failure(
        adminMessage("unknownOption", {
          option: JSON.stringify(name),
          command: `moedeguide ${topic === "main" ? "" : topic}`.trim(),
          help: helpReference(topic),
        }),
      );
    }
    if (!spec.value) {
      if (name !== arg) return failure(adminMessage("unexpectedValue", { option: name }));
      flags.set(name, true);
      continue;
    }
    if (name !== arg) {
      const value = arg.slice(eq + 1);
      if (value === "") {
        return failure(adminMessage("missingValue", { option: name, help: helpReference(topic) }));
      }
      flags.set(name, value);
      continue;
    }
    const next = args[i + 1];
    if (next === undefined || (next.startsWith("-") && next !== "-")) {
      return failure(adminMessage("missingValue", { option: name, help: helpReference(topic) }));
    }
    flags.set(name, next);
    i += 1;
  }
  return success({ flags, positionals });
}

/** Exactly one FILE (or `-`). */
function oneFile(positionals: readonly string[], topic: HelpTopic): Outcome<string> {
  const [file, extra] = positionals;
  if (file === undefined || file === "") {
    return failure(
      adminMessage("missingFile", { command: `moedeguide ${topic}`, help: helpReference(topic) }),
    );
  }
  if (extra !== undefined) {
    return failure(
      adminMessage("extraArgument", {
        command: `moedeguide ${topic}`,
        argument: JSON.stringify(extra),
      }),
    );
  }
  return success(file);
}

function parseAdvise(args: readonly string[]): ParsedArgs {
  const scanned = scan(
    args,
    { "--json": { value: false }, "--locale": { value: true }, "--policy": { value: true } },
    "advise",
  );
  if (!scanned.ok) return scanned;
  const { flags, positionals } = scanned.value;
  if (flags.has("--help")) return success({ kind: "help", topic: "advise" });
  const locale = flags.get("--locale") ?? "da";
  if (locale !== "da" && locale !== "en") {
    return failure(adminMessage("badLocale", { value: JSON.stringify(locale) }));
  }
  const file = oneFile(positionals, "advise");
  if (!file.ok) return file;
  const policyFile = flags.get("--policy");
  if (policyFile === "-" && file.value === "-") return failure(adminMessage("stdinTwice"));
  return success({
    kind: "advise",
    file: file.value,
    json: flags.has("--json"),
    locale,
    ...(typeof policyFile === "string" ? { policyFile } : {}),
  });
}

function parsePolicy(args: readonly string[]): ParsedArgs {
  const [sub, ...rest] = args;
  if (sub === undefined) {
    return { ...failure(adminMessage("missingPolicyCommand")), showHelp: "policy" };
  }
  if (HELP_FLAGS.has(sub)) return success({ kind: "help", topic: "policy" });
  if (sub === "validate") {
    const scanned = scan(rest, {}, "policy validate");
    if (!scanned.ok) return scanned;
    if (scanned.value.flags.has("--help"))
      return success({ kind: "help", topic: "policy validate" });
    const file = oneFile(scanned.value.positionals, "policy validate");
    return file.ok ? success({ kind: "policy validate", file: file.value }) : file;
  }
  if (sub === "print") {
    const scanned = scan(rest, {}, "policy print");
    if (!scanned.ok) return scanned;
    if (scanned.value.flags.has("--help")) return success({ kind: "help", topic: "policy print" });
    const [extra] = scanned.value.positionals;
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
  if (sub.startsWith("-")) {
    return failure(
      adminMessage("unknownOption", {
        option: JSON.stringify(sub),
        command: "moedeguide policy",
        help: helpReference("policy"),
      }),
    );
  }
  return failure(adminMessage("unknownPolicyCommand", { command: JSON.stringify(sub) }));
}

/** Parses the arguments after the program name. Never throws. */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  const [first, ...rest] = argv;
  if (first === undefined) return { ...failure(adminMessage("missingCommand")), showHelp: "main" };
  if (HELP_FLAGS.has(first)) return success({ kind: "help", topic: "main" });
  if (first === "--version" || first === "-V") return success({ kind: "version" });
  if (first === "advise") return parseAdvise(rest);
  if (first === "policy") return parsePolicy(rest);
  if (first === "help") {
    const topic = rest.join(" ");
    const topics: HelpTopic[] = ["advise", "policy", "policy validate", "policy print"];
    const known = topics.find((t) => t === topic);
    return success({ kind: "help", topic: known ?? "main" });
  }
  if (first.startsWith("-")) {
    return failure(
      adminMessage("unknownOption", {
        option: JSON.stringify(first),
        command: "moedeguide",
        help: helpReference("main"),
      }),
    );
  }
  return failure(adminMessage("unknownCommand", { command: JSON.stringify(first) }));
}
