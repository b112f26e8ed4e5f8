import fc from "fast-check";
import cases from "../../fixtures/launchevent/shorten.json";
import { ELLIPSIS, firstThatFits, shortenText } from "../../../src/launchevent/shorten";

describe("shortenText", () => {
  it.each(cases)("$name", ({ text, max, expect: expected }) => {
    expect(shortenText(text, max)).toBe(expected);
  });

  it("never exceeds the limit, keeps a text that fits, and marks every cut with an ellipsis", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "grapheme", maxLength: 300 }),
        fc.integer({ min: 2, max: 200 }),
        (text, max) => {
          const short = shortenText(text, max);
          expect(short.length).toBeLessThanOrEqual(max);
          if (text.length <= max) {
            expect(short).toBe(text);
          } else {
            expect(short.endsWith(ELLIPSIS)).toBe(true);
            expect(text.startsWith(short.slice(0, -ELLIPSIS.length))).toBe(true);
          }
        },
      ),
    );
  });

  it("cuts only between words when the room holds a word boundary", () => {
    const words = fc.array(fc.stringMatching(/^[a-zæøå]{1,12}$/), { minLength: 2, maxLength: 40 });
    fc.assert(
      fc.property(words, fc.integer({ min: 14, max: 150 }), (list, max) => {
        const text = list.join(" ");
        const short = shortenText(text, max);
        if (short === text) return;
        const head = short.slice(0, -ELLIPSIS.length);
        // The head is a run of whole words: the text continues with a space right after it.
        expect(text.charAt(head.length)).toBe(" ");
      }),
    );
  });
});

describe("firstThatFits", () => {
  it("takes the first candidate that fits", () => {
    expect(firstThatFits(["a long rich text", "short", "s"], 6)).toBe("short");
  });

  it("shortens the last candidate when none fits", () => {
    expect(firstThatFits(["a long rich text", "plain but long"], 10)).toBe("plain but…");
  });

  it("gives an empty text for no candidates", () => {
    expect(firstThatFits([], 10)).toBe("");
  });
});
