/**
 * `moedeguide`, the administrators' command line: advice on meeting drafts written as JSON, and
 * checking IT's policy file. Exit status 0 when done, 2 for bad input or usage (with a message on
 * standard error that names the file and the field), 1 for an internal error (one line, never a
 * stack trace).
 */
import packageJson from "../../package.json";
import { adviseExplained, type Explanation } from "../advisor";
import { maskCprNumbers } from "../advisor/cpr";
import type { Advice, Locale } from "../advisor/types";
import { adminMessage, cliAdminMessages } from "../i18n/cli";
import { DEFAULT_POLICY } from "../policy/defaultPolicy";
import { validatePolicy } from "../policy/schema";
import type { Policy } from "../policy/types";
import { adviceContractProblem } from "./adviceSchema";
import { analyzeCalendars, reportJson, reportText } from "./analyze";
import { parseArgs } from "./args";
import type { Command, HelpTopic } from "./args";
import { validateDrafts } from "./draftSchema";
import { processIo, readCapped } from "./io";
import type { InputStream } from "./io";
import type { CliIo } from "./io";
import { parseJsonInput } from "./json";
import { initPolicy } from "./policyInit";
import { failure, InternalError, success } from "./result";
import type { Outcome } from "./result";
import { explainText } from "./explain";
import { summarise } from "./summary";
import { inlineText, terminalJson, terminalText } from "./terminal";

export { advise } from "../advisor";
export { DEFAULT_POLICY } from "../policy/defaultPolicy";
export type { CliIo } from "./io";

export const VERSION: string = packageJson.version;

/** How many issues are listed before "… and N more": enough to fix a file, not a flood. */
const MAX_ISSUES = 50;
const STDIN_NAME = "<stdin>";

const HELP: Record<HelpTopic, string> = {
  main: cliAdminMessages.helpMain,
  advise: cliAdminMessages.helpAdvise,
  analyze: cliAdminMessages.helpAnalyze,
  policy: cliAdminMessages.helpPolicy,
  "policy validate": cliAdminMessages.helpPolicyValidate,
  "policy print": cliAdminMessages.helpPolicyPrint,
  "policy init": cliAdminMessages.helpPolicyInit,
};

/** How messages name a file: on one line, with no control characters (a file name may hold any). */
function displayName(file: string): string {
  return file === "-" ? STDIN_NAME : inlineText(file);
}

/** "64 MB": the cap as people say it (in bytes when it is not whole megabytes, as in tests). */
function sizeLimit(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return Number.isInteger(mb) ? `${mb} MB` : `${bytes} bytes`;
}

/**
 * Reads a file, or standard input for `-`, up to the input cap; a missing, unreadable or too large
 * file is a message, not a throw.
 */
async function readInput(file: string, io: CliIo): Promise<Outcome<Uint8Array>> {
  const name = displayName(file);
  try {
    const stream: InputStream = file === "-" ? io.stdin : io.openFile(file);
    const read = await readCapped(stream, io.maxInputBytes);
    if (read.ok) return success(read.bytes);
    return failure(adminMessage("tooLarge", { file: name, limit: sizeLimit(io.maxInputBytes) }));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    if (code === "ENOENT" || code === "ENOTDIR")
      return failure(adminMessage("noSuchFile", { file: name }));
    if (code === "EISDIR") return failure(adminMessage("isDirectory", { file: name }));
    const reason = code ?? (error instanceof Error ? error.message : String(error));
    return failure(adminMessage("notReadable", { file: name, reason }));
  }
}

async function readJson(file: string, io: CliIo): Promise<Outcome<unknown>> {
  const bytes = await readInput(file, io);
  return bytes.ok ? parseJsonInput(bytes.value, displayName(file)) : bytes;
}

/** "path: message" lines, at most MAX_ISSUES of them. */
function issueLines(file: string, issues: readonly { path: string; message: string }[]): string[] {
  const lines = issues.slice(0, MAX_ISSUES).map((issue) =>
    adminMessage("issue", {
      file,
      path: issue.path ? `${issue.path}: ` : "",
      message: issue.message,
    }),
  );
  if (issues.length > MAX_ISSUES) lines.push(`${file}: … and ${issues.length - MAX_ISSUES} more`);
  return lines;
}

async function loadPolicy(file: string, io: CliIo): Promise<Outcome<Policy>> {
  const json = await readJson(file, io);
  if (!json.ok) return json;
  const checked = validatePolicy(json.value);
  if (checked.ok) return success(checked.policy);
  const name = displayName(file);
  return failure(
    ...issueLines(name, checked.issues),
    adminMessage("policyInvalid", { file: name, count: checked.issues.length }),
  );
}

async function runAdvise(
  command: Extract<Command, { kind: "advise" }>,
  io: CliIo,
): Promise<Outcome<string>> {
  let policy: Policy = DEFAULT_POLICY;
  if (command.policyFile !== undefined) {
    const loaded = await loadPolicy(command.policyFile, io);
    if (!loaded.ok) return loaded;
    policy = loaded.value;
  }
  const json = await readJson(command.file, io);
  if (!json.ok) return json;
  const checked = validateDrafts(json.value);
  if (!checked.ok) return failure(...issueLines(displayName(command.file), checked.issues));

  const locale: Locale = command.locale;
  const explanations: Explanation[] = [];
  const advice: Advice[] = checked.drafts.map((draft, index) => {
    const { advice: answer, explanation } = adviseExplained(draft, { policy, locale });
    explanations.push(explanation);
    const problem = adviceContractProblem(answer);
    if (problem) {
      const path = checked.single
        ? problem.path
        : `[${index}]${problem.path ? "." : ""}${problem.path}`;
      throw new InternalError(adminMessage("adviceInvalid", { path, message: problem.message }));
    }
    return answer;
  });

  if (command.json) {
    const value = command.explain
      ? advice.map((a, index) => ({ advice: a, explanation: explanations[index] }))
      : advice;
    return success(`${JSON.stringify(checked.single ? value[0] : value, null, 2)}\n`);
  }
  const count = checked.drafts.length;
  const parts = checked.drafts.map(
    (draft, index) =>
      summarise(draft, advice[index] as Advice, {
        locale,
        policy,
        ...(checked.single ? {} : { position: { index: index + 1, count } }),
      }) + (command.explain ? explainText(explanations[index] as Explanation) : ""),
  );
  return success(parts.join("\n"));
}

async function runAnalyze(
  command: Extract<Command, { kind: "analyze" }>,
  io: CliIo,
): Promise<Outcome<string>> {
  const policy =
    command.policyFile === undefined
      ? success(DEFAULT_POLICY)
      : await loadPolicy(command.policyFile, io);
  if (!policy.ok) return policy;
  const report = await analyzeCalendars(command, policy.value, io, { now: new Date() });
  if (!report.ok) return report;
  return success(
    command.json
      ? reportJson(report.value)
      : reportText(report.value, policy.value, command.locale),
  );
}

async function runPolicyValidate(file: string, io: CliIo): Promise<Outcome<string>> {
  const loaded = await loadPolicy(file, io);
  if (!loaded.ok) return loaded;
  const policy = loaded.value;
  return success(
    `${adminMessage("valid", {
      file: displayName(file),
      organisation: inlineText(policy.organisation),
      sites: policy.sites.length,
      legs: policy.travel.length,
    })}\n`,
  );
}

/**
 * What a command prints, made safe for a terminal: JSON keeps its exact value (controls written as
 * escapes); text also has every CPR number masked, whichever part of the input it came from.
 */
function printable(command: Command, output: string): string {
  const json =
    ((command.kind === "advise" || command.kind === "analyze") && command.json) ||
    command.kind === "policy print";
  return json ? terminalJson(output) : terminalText(maskCprNumbers(output));
}

async function run(command: Command, io: CliIo): Promise<Outcome<string>> {
  switch (command.kind) {
    case "help":
      return success(HELP[command.topic]);
    case "version":
      return success(`moedeguide ${VERSION}\n`);
    case "policy print":
      return success(`${JSON.stringify(DEFAULT_POLICY, null, 2)}\n`);
    case "policy validate":
      return runPolicyValidate(command.file, io);
    case "advise":
      return runAdvise(command, io);
    case "analyze":
      return runAnalyze(command, io);
    case "policy init":
      return initPolicy(command.file, command.force, DEFAULT_POLICY);
  }
}

/** The first line of an unexpected error, short: enough to report, never a stack trace. */
function oneLine(error: unknown): string {
  const text = error instanceof Error ? error.message || error.name : String(error);
  const first = text.split(/\r?\n/, 1)[0] ?? "";
  return first.length > 300 ? `${first.slice(0, 299)}…` : first;
}

/**
 * Runs the command line with the arguments after the program name, resolving to the exit status.
 * Never rejects: every failure becomes a message on standard error and a status.
 */
export async function main(argv: string[], io: Partial<CliIo> = {}): Promise<number> {
  const complete = io.stdin && io.stdout && io.stderr && io.openFile && io.maxInputBytes;
  const full: CliIo = complete ? (io as CliIo) : { ...processIo(), ...io };
  // Every message is one line, never echoes a CPR number and carries no control character,
  // whatever part of the input (a value, a file name, a policy) it quotes.
  const fail = (line: string) =>
    full.stderr.write(`${cliAdminMessages.prefix}${inlineText(maskCprNumbers(line))}\n`);
  try {
    const parsed = parseArgs(argv);
    if (!parsed.ok) {
      parsed.messages.forEach(fail);
      if (parsed.showHelp) full.stderr.write(`\n${HELP[parsed.showHelp]}`);
      return 2;
    }
    const outcome = await run(parsed.value, full);
    if (!outcome.ok) {
      outcome.messages.forEach(fail);
      return 2;
    }
    full.stdout.write(printable(parsed.value, outcome.value));
    return 0;
  } catch (error) {
    try {
      fail(adminMessage("internal", { message: oneLine(error) }));
    } catch {
      // Standard error itself failed: nothing is left to tell, only the status.
    }
    return 1;
  }
}
