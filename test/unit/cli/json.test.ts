import fc from "fast-check";
import {
  decodeUtf8,
  findJsonError,
  firstInvalidUtf8,
  lineAndColumn,
  parseJsonInput,
} from "../../../src/cli/json";

const bytes = (...values: number[]) => Uint8Array.from(values);
const utf8 = (text: string) => new TextEncoder().encode(text);

describe("findJsonError", () => {
  it.each([
    ['{"a": 1 "b": 2}', 8, "expected ',' or '}' but found '\"'"],
    ['{"a": 1,}', 8, "unexpected '}' (a comma too many?)"],
    ["[1, 2,]", 6, "unexpected ']' (a comma too many?)"],
    ['{"a" 1}', 5, "expected ':' after the property name"],
    ["{a: 1}", 1, "expected a property name in double quotes"],
    ["['a']", 1, "strings must be in double quotes"],
    ['{"a": "b', 6, "a string that is never closed"],
    ['["a\nb"]', 3, "a control character"],
    ['["\\x"]', 2, "an invalid escape"],
    ['["\\u12"]', 2, "a \\u escape needs four hex digits"],
    ["[01]", 2, "expected ',' or ']' but found '1'"],
    ["[-]", 1, "a number is not written as JSON numbers are"],
    ["[1.]", 2, "expected ',' or ']' but found '.'"],
    ["tru", 0, "unexpected 't' where a value should be"],
    ['{"a": [1, 2}', 11, "expected ',' or ']' but found '}'"],
    ["[1, 2", 5, "unexpected end of input (an array is not closed)"],
    ['{"a": {', 7, "unexpected end of input (an object is not closed)"],
    ['{"a": 1} x', 9, "unexpected 'x' after the JSON value"],
    ["\u00a0{}", 0, "unexpected U+00A0 where a value should be"],
  ])("%j: offset %d, %s", (text, offset, problem) => {
    expect(() => JSON.parse(text) as unknown).toThrow(SyntaxError);
    const error = findJsonError(text);
    expect(error?.offset).toBe(offset);
    expect(error?.problem).toContain(problem);
  });

  it("finds no error in any valid JSON, however it is spaced", () => {
    const space = fc.constantFrom("", " ", "\n", "\t", "\r\n  ");
    fc.assert(
      fc.property(fc.jsonValue(), space, fc.integer({ min: 0, max: 4 }), (value, pad, indent) => {
        const text = `${pad}${JSON.stringify(value, null, indent)}${pad}`;
        expect(findJsonError(text)).toBeNull();
      }),
    );
  });

  it("agrees with JSON.parse on any text: an error exactly when JSON.parse throws", () => {
    const jsonish = fc.stringMatching(/^[[\]{}",:0-9a-z\\ .eE+-]{0,20}$/);
    fc.assert(
      fc.property(fc.oneof(fc.string(), jsonish), (text) => {
        let throws = false;
        try {
          JSON.parse(text);
        } catch {
          throws = true;
        }
        expect(findJsonError(text) !== null).toBe(throws);
      }),
      { numRuns: 2000 },
    );
  });

  it("does not overflow the stack on deep nesting", () => {
    const deep = "[".repeat(200_000);
    expect(findJsonError(deep)?.problem).toContain("unexpected end of input");
  });
});

describe("lineAndColumn", () => {
  it.each([
    ["abc", 0, 1, 1],
    ["abc", 2, 1, 3],
    ["a\nbc", 2, 2, 1],
    ["a\nbc\n", 5, 3, 1],
    ["a\r\nb", 3, 2, 1],
  ])("%j at %d: line %d, column %d", (text, offset, line, column) => {
    expect(lineAndColumn(text, offset)).toEqual({ line, column });
  });
});

describe("firstInvalidUtf8", () => {
  it.each([
    ["ASCII", bytes(0x61, 0x62), -1],
    ["ø in UTF-8", bytes(0x61, 0xc3, 0xb8), -1],
    ["ø in Latin-1", bytes(0x61, 0xf8, 0x62), 1],
    ["a lone continuation byte", bytes(0x80), 0],
    ["a sequence cut short", bytes(0x61, 0xe2, 0x82), 1],
    ["an overlong slash", bytes(0xc0, 0xaf), 0],
    ["an overlong three-byte form", bytes(0xe0, 0x80, 0xaf), 0],
    ["a UTF-16 surrogate", bytes(0xed, 0xa0, 0x80), 0],
    ["past U+10FFFF", bytes(0xf4, 0x90, 0x80, 0x80), 0],
    ["an emoji", utf8("😀"), -1],
  ])("%s", (_name, input, expected) => {
    expect(firstInvalidUtf8(input)).toBe(expected);
  });

  it("agrees with the strict TextDecoder on any bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), (input) => {
        let valid = true;
        try {
          new TextDecoder("utf-8", { fatal: true }).decode(input);
        } catch {
          valid = false;
        }
        expect(firstInvalidUtf8(input) === -1).toBe(valid);
      }),
      { numRuns: 2000 },
    );
  });

  it("finds no error in the UTF-8 of any text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (text) => firstInvalidUtf8(utf8(text)) === -1),
    );
  });
});

describe("decodeUtf8 and parseJsonInput", () => {
  it("drops a byte-order mark", () => {
    expect(decodeUtf8(bytes(0xef, 0xbb, 0xbf, 0x7b, 0x7d), "x.json")).toEqual({
      ok: true,
      value: "{}",
    });
  });

  it("names the file, the offset and the line of a bad byte", () => {
    // {, newline, newline, ", æ in Latin-1, "
    const latin1 = bytes(0x7b, 0x0a, 0x0a, 0x22, 0xe6, 0x22);
    expect(decodeUtf8(latin1, "x.json")).toEqual({
      ok: false,
      messages: [
        "x.json: is not UTF-8 text (the byte at offset 4, on line 3, is not valid UTF-8); save it as UTF-8",
      ],
    });
  });

  it("parses JSON and names the line and column of an error without quoting the input", () => {
    expect(parseJsonInput(utf8('{"cpr": "010270-1234"'), "x.json")).toEqual({
      ok: false,
      messages: [
        "x.json: is not valid JSON: unexpected end of input (an object is not closed) at line 1, column 22",
      ],
    });
    expect(parseJsonInput(utf8('[{"a": 1}]'), "x.json")).toEqual({ ok: true, value: [{ a: 1 }] });
  });
});
