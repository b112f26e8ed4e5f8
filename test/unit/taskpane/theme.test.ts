import { isDarkTheme, parseHexColour, relativeLuminance } from "../../../src/taskpane/theme";

describe("parseHexColour", () => {
  it.each([
    ["#FFFFFF", [255, 255, 255]],
    ["#1f1f1f", [31, 31, 31]],
    ["fff", [255, 255, 255]],
    ["#0f6CBD", [15, 108, 189]],
    ["  #000  ", [0, 0, 0]],
  ])("reads %s", (input, expected) => {
    expect(parseHexColour(input)).toEqual(expected);
  });

  it.each(["", "#12", "#12345", "rgb(0,0,0)", "#gggggg", "#1234567"])("rejects %j", (input) => {
    expect(parseHexColour(input)).toBeNull();
  });
});

describe("relativeLuminance", () => {
  it("is 0 for black and 1 for white", () => {
    expect(relativeLuminance([0, 0, 0])).toBe(0);
    expect(relativeLuminance([255, 255, 255])).toBeCloseTo(1, 10);
  });
});

describe("isDarkTheme", () => {
  it.each([
    // Outlook's own backgrounds: light, classic grey, dark, black.
    ["#FFFFFF", false],
    ["#f3f2f1", false],
    ["#c8c6c4", false],
    ["#292929", true],
    ["#1F1F1F", true],
    ["#000000", true],
  ])("decides %s dark = %s", (bodyBackgroundColor, dark) => {
    expect(isDarkTheme({ bodyBackgroundColor })).toBe(dark);
  });

  it("falls back when Office gives no usable colour", () => {
    expect(isDarkTheme(undefined)).toBe(false);
    expect(isDarkTheme(null, true)).toBe(true);
    expect(isDarkTheme({}, true)).toBe(true);
    expect(isDarkTheme({ bodyBackgroundColor: "transparent" }, false)).toBe(false);
  });
});
