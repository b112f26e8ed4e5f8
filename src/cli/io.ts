/**
 * The command line's I/O, behind one interface so that tests run it in-process with fake streams.
 * The default is the real process: standard streams and the file system.
 */
import { createReadStream } from "node:fs";

/** Somewhere to write text: process.stdout and process.stderr, or a test's collector. */
export interface TextSink {
  write(chunk: string): unknown;
}

/** A stream of input, read chunk by chunk (never whole, so that its size can be capped). */
export type InputStream = AsyncIterable<Uint8Array | string>;

/**
 * The most input the command line reads from one file or standard input. Drafts and policies are
 * kilobytes; the cap only stops `advise /dev/zero` or a wrong file from eating the machine.
 */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

export interface CliIo {
  /** Standard input, read when the file is `-`. */
  stdin: InputStream;
  stdout: TextSink;
  stderr: TextSink;
  /**
   * Opens a file as a stream; iterating it rejects with Node's error (its `code` says why: ENOENT,
   * EISDIR, ...). A stream rather than a whole read, so that reading stops at the cap.
   */
  openFile: (path: string) => InputStream;
  /** The input cap in bytes; MAX_INPUT_BYTES unless a test sets a smaller one. */
  maxInputBytes: number;
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
    openFile: (path) => createReadStream(path),
    maxInputBytes: MAX_INPUT_BYTES,
  };
}

/** A whole input, or the news that it is larger than the cap (with how much was read to say so). */
export type CappedRead = { ok: true; bytes: Uint8Array } | { ok: false; bytesRead: number };

/**
 * Reads a stream into one buffer, stopping as soon as it has more than `maxBytes`: at most the
 * cap plus one chunk is ever held. Leaving the loop early closes the stream (its `return()`), so
 * an endless source such as /dev/zero is not read on.
 */
export async function readCapped(stream: InputStream, maxBytes: number): Promise<CappedRead> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === "string" ? Buffer.from(chunk, "utf8") : Buffer.from(chunk);
    total += bytes.length;
    if (total > maxBytes) return { ok: false, bytesRead: total };
    chunks.push(bytes);
  }
  return { ok: true, bytes: Buffer.concat(chunks, total) };
}
