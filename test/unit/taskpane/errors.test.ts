import { OfficeCallError } from "../../../src/office/async";
import { errorDetail, errorMessageKey, isTooLargeError } from "../../../src/taskpane/errors";
import { paneMessages } from "../../../src/i18n/pane";

describe("errorDetail", () => {
  it("gives Office's message with its error name and code", () => {
    const error = new OfficeCallError(
      "An internal error has occurred.",
      "InternalServerError",
      5001,
    );
    expect(errorDetail(error)).toBe("An internal error has occurred; InternalServerError 5001");
  });

  it("does not repeat a name and code that the message already holds", () => {
    const error = new OfficeCallError(
      "Office call failed (InternalServerError 5001)",
      "InternalServerError",
      5001,
    );
    expect(errorDetail(error)).toBe("Office call failed (InternalServerError 5001)");
  });

  it("gives the message alone when Office gave no name or code", () => {
    expect(errorDetail(new OfficeCallError("Roaming settings are unavailable"))).toBe(
      "Roaming settings are unavailable",
    );
  });

  it("handles other errors and non-errors", () => {
    expect(errorDetail(new TypeError("x is undefined."))).toBe("x is undefined");
    expect(errorDetail(new Error(""))).toBe("Error");
    expect(errorDetail("plain")).toBe("plain");
  });
});

describe("errorMessageKey", () => {
  it.each(["read", "write", "settings", "unexpected"] as const)(
    "has a message for %s that keeps technical detail out of the sentence (it goes under Detaljer)",
    (action) => {
      const key = errorMessageKey(action);
      for (const locale of ["da", "en"] as const) {
        expect(paneMessages[locale][key]).not.toMatch(/\{detail\}|\(|\)/);
        expect(paneMessages[locale][key]).toMatch(/^[A-ZÆØÅ].*\.$/);
      }
    },
  );
});

describe("isTooLargeError", () => {
  it.each([
    [new OfficeCallError("Too large", "DataExceedsMaximumSize", 9000), true],
    [new OfficeCallError("Internal", "InternalServerError", 5001), false],
    [new OfficeCallError("No name"), false],
    [Object.assign(new Error("Too large"), { officeName: "DataExceedsMaximumSize" }), false],
    ["DataExceedsMaximumSize", false],
  ] as const)("%s: %s", (error, expected) => {
    expect(isTooLargeError(error)).toBe(expected);
  });
});
