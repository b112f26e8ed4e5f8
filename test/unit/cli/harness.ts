/** Runs the command line in-process with fake standard streams and the real file system. */
import { createReadStream } from "node:fs";
import path from "node:path";
import { MAX_INPUT_BYTES } from "../../../src/cli/io";
import type { InputStream } from "../../../src/cli/io";
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

/**
 * Runs `main` with fake standard streams and the real file system. Standard input is a buffer or
 * text given whole, or any stream; `maxInputBytes` lowers the input cap for a test.
 */
export async function runCli(
  argv: string[],
  stdin: Uint8Array | string | InputStream = "",
  options: { maxInputBytes?: number } = {},
): Promise<CliRun> {
  const out = collector();
  const err = collector();
  async function* whole(data: Uint8Array | string) {
    yield data;
  }
  const code = await main(argv, {
    stdin: typeof stdin === "string" || stdin instanceof Uint8Array ? whole(stdin) : stdin,
    stdout: out.sink,
    stderr: err.sink,
    openFile: (file) => createReadStream(file),
    maxInputBytes: options.maxInputBytes ?? MAX_INPUT_BYTES,
  });
  return { code, stdout: out.text(), stderr: err.text() };
}

/** A line of a JavaScript stack trace: "    at fn (file.js:1:2)". */
export const STACK_LINE = /^\s+at .+(:\d+:\d+\)?|\(native\)|<anonymous>\)?)$/m;
