/**
 * The command line's I/O, behind one interface so that tests run it in-process with fake streams.
 * The default is the real process: standard streams and the file system.
 */
import { readFile } from "node:fs/promises";

/** Somewhere to write text: process.stdout and process.stderr, or a test's collector. */
export interface TextSink {
  write(chunk: string): unknown;
}

export interface CliIo {
  /** Standard input, read whole when the file is `-`. */
  stdin: AsyncIterable<Uint8Array | string>;
  stdout: TextSink;
  stderr: TextSink;
  /** Reads a whole file; rejects with Node's error (its `code` says why: ENOENT, EISDIR, ...). */
  readFile: (path: string) => Promise<Uint8Array>;
}

let pipeGuarded = false;

/** The real process's I/O. */
export function processIo(): CliIo {
  if (!pipeGuarded) {
    pipeGuarded = true;
    // `moedeguide advise --json x.json | head` closes the pipe early: that is not an error to report.
    process.stdout.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "EPIPE") return;
      process.stderr.write(
        `moedeguide: cannot write the output (${error.code ?? error.message})\n`,
      );
      process.exitCode = 1;
    });
  }
  return {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    readFile: (path) => readFile(path),
  };
}

/** Reads a whole stream into one buffer. */
export async function readAll(stream: AsyncIterable<Uint8Array | string>): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) {
    chunks.push(typeof chunk === "string" ? Buffer.from(chunk, "utf8") : Buffer.from(chunk));
  }
  return Buffer.concat(chunks);
}
