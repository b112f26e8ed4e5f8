import type { ColourSchemeQuery } from "../../../src/taskpane/theme";
import {
  followTheme,
  isDarkTheme,
  parseHexColour,
  readOfficeTheme,
  relativeLuminance,
} from "../../../src/taskpane/theme";

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

describe("readOfficeTheme", () => {
  it("gives Office's background colour where the client has one", () => {
    const office = { context: { officeTheme: { bodyBackgroundColor: "#292929" } } };
    expect(readOfficeTheme(office)).toEqual({ bodyBackgroundColor: "#292929" });
  });

  it.each([
    ["no Office", undefined],
    ["no context", {}],
    ["no officeTheme (event-based add-ins, before Mailbox 1.14)", { context: {} }],
    ["an officeTheme without colours", { context: { officeTheme: {} } }],
  ])("gives null with %s", (_name, office) => {
    expect(readOfficeTheme(office)).toBeNull();
  });

  it("gives null when reading officeTheme throws", () => {
    const context = {};
    Object.defineProperty(context, "officeTheme", {
      get() {
        throw new Error("officeTheme is not supported");
      },
    });
    expect(readOfficeTheme({ context })).toBeNull();
  });
});

/** A MediaQueryList stand-in whose scheme the test switches. */
function colourScheme(dark: boolean, legacy = false) {
  const target = new EventTarget();
  const listeners = new Set<(event: { matches: boolean }) => void>();
  const query: ColourSchemeQuery & { set(dark: boolean): void; count(): number } = {
    matches: dark,
    set(next) {
      query.matches = next;
      if (legacy) listeners.forEach((l) => l({ matches: next }));
      else target.dispatchEvent(Object.assign(new Event("change"), { matches: next }));
    },
    count: () => listeners.size,
  };
  if (legacy) {
    query.addListener = (l) => void listeners.add(l);
    query.removeListener = (l) => void listeners.delete(l);
  } else {
    query.addEventListener = (_type, l) => {
      listeners.add(l);
      target.addEventListener("change", l as unknown as EventListener);
    };
    query.removeEventListener = (_type, l) => {
      listeners.delete(l);
      target.removeEventListener("change", l as unknown as EventListener);
    };
  }
  return query;
}

describe("followTheme", () => {
  it("uses Office's colours where usable and does not follow the browser then", () => {
    const media = colourScheme(true);
    const onChange = jest.fn();
    const theme = followTheme({ bodyBackgroundColor: "#FFFFFF" }, media, onChange);
    expect(theme).toMatchObject({ dark: false, fromOffice: true });
    media.set(false);
    expect(onChange).not.toHaveBeenCalled();
    expect(media.count()).toBe(0);
  });

  it.each([false, true])(
    "follows prefers-color-scheme without Office's theme, and its changes (legacy listener: %s)",
    (legacy) => {
      const media = colourScheme(true, legacy);
      const onChange = jest.fn();
      const theme = followTheme(null, media, onChange);
      expect(theme).toMatchObject({ dark: true, fromOffice: false });
      media.set(false);
      media.set(true);
      expect(onChange.mock.calls).toEqual([[false], [true]]);
      theme.stop();
      media.set(false);
      expect(onChange).toHaveBeenCalledTimes(2);
      expect(media.count()).toBe(0);
    },
  );

  it("follows the browser when Office's colour is unusable", () => {
    const media = colourScheme(true);
    expect(followTheme({ bodyBackgroundColor: "transparent" }, media, () => undefined).dark).toBe(
      true,
    );
  });

  it("is light when neither Office nor the browser says anything", () => {
    expect(followTheme(null, null, () => undefined)).toMatchObject({ dark: false });
  });
});
