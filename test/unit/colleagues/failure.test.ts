import { failureMessage } from "../../../src/colleagues/failure";
import {
  ConsentMissingError,
  NotConfiguredError,
  NotSignedInError,
  OfflineError,
  SignInUnavailableError,
  ThrottledError,
  UnexpectedGraphError,
} from "../../../src/graph/errors";
import { colleaguesMessages } from "../../../src/i18n/colleagues";
import { translator } from "../../../src/i18n/catalogue";

const da = translator(colleaguesMessages, "da");

describe("failureMessage", () => {
  it.each([
    [new NotConfiguredError(), "notConfigured", false],
    [new NotSignedInError(), "notSignedIn", true],
    [new SignInUnavailableError(), "signInUnavailable", false],
    [new OfflineError(), "offline", false],
    [new UnexpectedGraphError("x", 500, "ErrorInternalServerError"), "unexpected", false],
    [new TypeError("boom"), "unexpected", false],
  ])("tells %p as %s (sign-in offered: %s)", (error, key, signIn) => {
    const message = failureMessage(error);
    expect(message.key).toBe(key);
    expect(message.signIn).toBe(signIn);
  });

  it("names the permission an admin must grant, with the HTTP status under Detaljer", () => {
    const message = failureMessage(new ConsentMissingError("Calendars.ReadBasic", 403));
    expect(da(message.key, message.params)).toBe(
      "Jeres organisation har ikke givet Mødeguide adgang til »Calendars.ReadBasic«. Bed IT om at give samtykke.",
    );
    expect(message.detail).toBe("HTTP 403");
  });

  it("says how long Graph asked to wait", () => {
    const message = failureMessage(new ThrottledError(12));
    expect(da(message.key, message.params)).toContain("om 12 sekunder");
  });

  it("puts the HTTP status and Graph's code under Detaljer, not in the sentence", () => {
    const message = failureMessage(new UnexpectedGraphError("x", 500, "ErrorInternalServerError"));
    expect(da(message.key, message.params)).not.toMatch(/500|Error/);
    expect(message.detail).toBe("HTTP 500 ErrorInternalServerError");
  });
});
