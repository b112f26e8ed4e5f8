import { statSync } from "node:fs";
import { Readable } from "node:stream";
import { MAX_INPUT_BYTES, readCapped } from "../../../src/cli/io";
import { fixture, runCli } from "./harness";

const KIB = 1024;
const MIB = 1024 * KIB;

/**
 * An endless source of zero bytes in chunks of `chunk` bytes, like /dev/zero, that counts what it
 * was asked for and notes when it was closed.
 */
function endless(chunk: number) {
  const state = { produced: 0, closed: false };
  const zeros = Buffer.alloc(chunk);
  async function* generate() {
    try {
      for (;;) {
        state.produced += zeros.length;
        yield zeros;
      }
    } finally {
      state.closed = true;
    }
  }
  return { stream: generate(), state };
}

describe("readCapped", () => {
  it("reads input of exactly the cap, and refuses one byte more", async () => {
    const cap = 10 * KIB;
    const exact = await readCapped(Readable.from([Buffer.alloc(cap - 1), "x"]), cap);
    expect(exact.ok && exact.bytes.length).toBe(cap);
    const over = await readCapped(Readable.from([Buffer.alloc(cap), "x"]), cap);
    expect(over).toEqual({ ok: false, bytesRead: cap + 1 });
  });

  it("counts text by its UTF-8 bytes, not its characters", async () => {
    // 6 characters, 12 bytes.
    const read = await readCapped(Readable.from(["æøåæøå"]), 11);
    expect(read.ok).toBe(false);
  });

  it("stops an endless stream after the cap plus one chunk, and closes it", async () => {
    const chunk = 64 * KIB;
    const cap = 3 * MIB;
    const { stream, state } = endless(chunk);
    const read = await readCapped(stream, cap);
    expect(read.ok).toBe(false);
    expect(state.produced).toBeLessThanOrEqual(cap + chunk);
    expect(state.closed).toBe(true);
  });

  it("is 64 MB by default, and a real stream stops there", async () => {
    expect(MAX_INPUT_BYTES).toBe(64 * MIB);
    const chunk = MIB;
    let produced = 0;
    const source = new Readable({
      read() {
        produced += chunk;
        this.push(Buffer.alloc(chunk));
      },
    });
    const read = await readCapped(source, MAX_INPUT_BYTES);
    expect(read.ok).toBe(false);
    // A Readable reads ahead up to its high-water mark (16 KiB by default) on top of the chunk.
    expect(produced).toBeLessThanOrEqual(MAX_INPUT_BYTES + 2 * chunk);
    expect(source.destroyed).toBe(true);
  });
});

describe("the command line's input cap", () => {
  const LIMIT = 1 * MIB;
  const tooLarge = (file: string) =>
    `moedeguide: ${file}: is larger than 1 MB, the most moedeguide reads; drafts and policies are far smaller (is it the right file?)\n`;

  it.each([
    ["advise", ["advise", "-"]],
    ["advise --json", ["advise", "--json", "-"]],
    ["policy validate", ["policy", "validate", "-"]],
    ["advise --policy", ["advise", "--policy", "-", fixture("drafts/status.json")]],
  ])("%s: endless standard input exits 2 with one line", async (_name, argv) => {
    const { stream, state } = endless(64 * KIB);
    const run = await runCli(argv, stream, { maxInputBytes: LIMIT });
    expect(run).toEqual({ code: 2, stdout: "", stderr: tooLarge("<stdin>") });
    expect(state.produced).toBeLessThanOrEqual(LIMIT + 64 * KIB);
    expect(state.closed).toBe(true);
  });

  it("names a file that is too large", async () => {
    const file = fixture("drafts/several.json");
    const run = await runCli(["advise", file], "", { maxInputBytes: 100 });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `moedeguide: ${file}: is larger than 100 bytes, the most moedeguide reads; drafts and policies are far smaller (is it the right file?)\n`,
    );
  });

  it("reads a file of exactly the cap", async () => {
    const file = fixture("drafts/status.json");
    const { size } = statSync(file);
    expect((await runCli(["advise", file], "", { maxInputBytes: size })).code).toBe(0);
    expect((await runCli(["advise", file], "", { maxInputBytes: size - 1 })).code).toBe(2);
  });
});
