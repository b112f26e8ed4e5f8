/** Runs the command line in-process with fake standard streams and the real file system. */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { main } from "../../../src/cli/main";

export const FIXTURES = path.join(__dirname, "..", "..", "fixtures", "cli");

/** A fixture's path as a user would type it from the project root (what messages then name). */
export function fixture(relative: string): string {
  return path.relative(process.cwd(), path.join(FIXTURES, relative));
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

function collector() {
  const chunks: string[] = [];
  return { sink: { write: (chunk: string) => chunks.push(chunk) }, text: () => chunks.join("") };
}

export async function runCli(argv: string[], stdin: Uint8Array | string = ""): Promise<CliRun> {
  const out = collector();
  const err = collector();
  async function* input() {
    yield stdin;
  }
  const code = await main(argv, {
    stdin: input(),
    stdout: out.sink,
    stderr: err.sink,
    readFile: (file) => readFile(file),
  });
  return { code, stdout: out.text(), stderr: err.text() };
}

/** A line of a JavaScript stack trace: "    at fn (file.js:1:2)". */
export const STACK_LINE = /^\s+at .+(:\d+:\d+\)?|\(native\)|<anonymous>\)?)$/m;
