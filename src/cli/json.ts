/**
 * Turns the bytes of an input file into a JSON value, or into a message that says exactly what is
 * wrong and where (byte offset for bad UTF-8, line and column for bad JSON). The messages never
 * echo the input, which may hold personal data.
 */
import { adminMessage } from "../i18n/cli";
import { failure, success } from "./result";
import type { Outcome } from "./result";

/** Where the first byte that is not valid UTF-8 sits, or -1 when all of it is valid. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) {
      i += 1;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let code = b & (0x3f >> need);
    for (let k = 1; k <= need; k += 1) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      code = (code << 6) | (c & 0x3f);
    }
    // Overlong forms, UTF-16 surrogates and code points past U+10FFFF are not UTF-8 either.
    if (code < min || (code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff) return i;
    i += need + 1;
  }
  return -1;
}

/** Decodes UTF-8 strictly (a BOM is dropped); names the first bad byte when it is not UTF-8. */
export function decodeUtf8(bytes: Uint8Array, file: string): Outcome<string> {
  try {
    return success(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    const offset = Math.max(0, firstInvalidUtf8(bytes));
    let line = 1;
    for (let i = 0; i < offset; i += 1) if (bytes[i] === 0x0a) line += 1;
    const utf16 =
      (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
    const message = adminMessage("notUtf8", { file, offset, line });
    return failure(utf16 ? `${message} (it looks like UTF-16)` : message);
  }
}

/** A character for a message: printable ones quoted, others as U+XXXX. */
function describeChar(text: string, at: number): string {
  const code = text.codePointAt(at) ?? 0;
  if (code > 0x20 && code < 0x7f) return `'${String.fromCodePoint(code)}'`;
  return `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERALS = ["true", "false", "null"] as const;

type Expect = "value" | "valueOrClose" | "key" | "keyOrClose" | "colon" | "commaOrClose" | "end";

/**
 * Finds the first syntax error in a text that JSON.parse rejected, and what it is. Node's own
 * messages give no position for many errors and quote the input; this gives both a position and
 * no quote. Iterative, so that deep nesting cannot overflow the stack.
 */
export function findJsonError(text: string): { offset: number; problem: string } | null {
  const n = text.length;
  const stack: ("{" | "[")[] = [];
  let expect: Expect = "value";
  let i = 0;
  // A function of the stack, not a closure over `expect`, so that the compiler narrows `expect`.
  const afterValue = (): Expect => (stack.length > 0 ? "commaOrClose" : "end");
  while (true) {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) break;
      i += 1;
    }
    if (i >= n) {
      if (expect === "end") return null;
      const open = stack.at(-1);
      const unclosed =
        open === "{"
          ? " (an object is not closed)"
          : open === "["
            ? " (an array is not closed)"
            : "";
      return { offset: n, problem: `unexpected end of input${unclosed}` };
    }
    const c = text[i] ?? "";
    switch (expect) {
      case "value":
      case "valueOrClose": {
        if (c === "]" && expect === "valueOrClose") {
          stack.pop();
          i += 1;
          expect = afterValue();
          break;
        }
        if (c === "{" || c === "[") {
          stack.push(c);
          expect = c === "{" ? "keyOrClose" : "valueOrClose";
          i += 1;
          break;
        }
        if (c === '"') {
          const end = scanString(text, i);
          if (typeof end !== "number") return end;
          i = end;
          expect = afterValue();
          break;
        }
        if (c === "-" || (c >= "0" && c <= "9")) {
          NUMBER.lastIndex = i;
          const match = NUMBER.exec(text);
          if (!match) return { offset: i, problem: "a number is not written as JSON numbers are" };
          i += match[0].length;
          expect = afterValue();
          break;
        }
        const literal = LITERALS.find((word) => text.startsWith(word, i));
        if (literal) {
          i += literal.length;
          expect = afterValue();
          break;
        }
        if (c === "]" || c === "}") {
          return { offset: i, problem: `unexpected ${describeChar(text, i)} (a comma too many?)` };
        }
        if (c === "'") return { offset: i, problem: "strings must be in double quotes" };
        return {
          offset: i,
          problem: `unexpected ${describeChar(text, i)} where a value should be`,
        };
      }
      case "key":
      case "keyOrClose": {
        if (c === "}" && expect === "keyOrClose") {
          stack.pop();
          i += 1;
          expect = afterValue();
          break;
        }
        if (c === '"') {
          const end = scanString(text, i);
          if (typeof end !== "number") return end;
          i = end;
          expect = "colon";
          break;
        }
        if (c === "}") return { offset: i, problem: "unexpected '}' (a comma too many?)" };
        return { offset: i, problem: "expected a property name in double quotes" };
      }
      case "colon":
        if (c !== ":") return { offset: i, problem: "expected ':' after the property name" };
        i += 1;
        expect = "value";
        break;
      case "commaOrClose": {
        const close = stack.at(-1) === "{" ? "}" : "]";
        if (c === ",") {
          expect = stack.at(-1) === "{" ? "key" : "value";
          i += 1;
          break;
        }
        if (c === close) {
          stack.pop();
          i += 1;
          expect = afterValue();
          break;
        }
        return {
          offset: i,
          problem: `expected ',' or '${close}' but found ${describeChar(text, i)}`,
        };
      }
      case "end":
        return { offset: i, problem: `unexpected ${describeChar(text, i)} after the JSON value` };
    }
  }
}

/** Scans a string starting at its opening quote; returns the index after the closing quote. */
function scanString(text: string, start: number): number | { offset: number; problem: string } {
  let i = start + 1;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 0x22) return i + 1;
    if (c === 0x5c) {
      const next = text[i + 1];
      if (next === "u") {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
          return { offset: i, problem: "a \\u escape needs four hex digits" };
        }
        i += 6;
        continue;
      }
      if (next === undefined || !'"\\/bfnrt'.includes(next)) {
        return { offset: i, problem: "an invalid escape in a string" };
      }
      i += 2;
      continue;
    }
    if (c < 0x20) {
      return { offset: i, problem: "a control character (such as a line break) inside a string" };
    }
    i += 1;
  }
  return { offset: start, problem: "a string that is never closed" };
}

/** 1-based line and column (in characters) of an offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** Decodes and parses one input file; `file` is how messages name it. */
export function parseJsonInput(bytes: Uint8Array, file: string): Outcome<unknown> {
  const text = decodeUtf8(bytes, file);
  if (!text.ok) return text;
  if (text.value.trim() === "") return failure(adminMessage("empty", { file }));
  try {
    return success(JSON.parse(text.value) as unknown);
  } catch {
    const error = findJsonError(text.value);
    const { offset, problem } = error ?? { offset: 0, problem: "not JSON" };
    const { line, column } = lineAndColumn(text.value, offset);
    return failure(adminMessage("notJson", { file, problem, line, column }));
  }
}
