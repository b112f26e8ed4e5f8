import { readFileSync } from "fs";
import { join } from "path";
import {
  LAST_RESORT_TIME_ZONE,
  ianaFromWindowsZone,
  isValidTimeZone,
  pickTimeZone,
  userTimeZone,
  WINDOWS_TIME_ZONES,
} from "../../../src/office/timeZone";
import { installFakeOutlook, uninstallFakeOutlook } from "./fakeOutlook";

interface Pick {
  name: string;
  mailboxZone: unknown;
  runtimeZone: unknown;
  fallback: string;
  expected: string;
}

const table = JSON.parse(
  readFileSync(join(__dirname, "../../fixtures/office/time-zones.json"), "utf8"),
) as { windows: Array<[string, string]>; unknownWindows: string[]; picks: Pick[] };

afterEach(uninstallFakeOutlook);

describe("ianaFromWindowsZone", () => {
  it.each(table.windows)("maps %j to %s", (windows, iana) => {
    expect(ianaFromWindowsZone(windows)).toBe(iana);
  });

  it.each(table.unknownWindows)("has no zone for %j", (windows) => {
    expect(ianaFromWindowsZone(windows)).toBeNull();
  });

  it("maps every Windows name in its table to a zone this runtime knows", () => {
    for (const iana of Object.values(WINDOWS_TIME_ZONES)) expect(isValidTimeZone(iana)).toBe(true);
  });
});

describe("pickTimeZone", () => {
  it.each(table.picks.map((p) => [p.name, p] as const))("%s", (_name, pick) => {
    expect(
      pickTimeZone({
        mailboxZone: pick.mailboxZone,
        runtimeZone: pick.runtimeZone,
        fallback: pick.fallback,
      }),
    ).toBe(pick.expected);
  });
});

describe("userTimeZone", () => {
  it("reads Outlook's user profile", () => {
    installFakeOutlook({
      userProfile: {
        emailAddress: "a@regionsjaelland.dk",
        displayName: "A",
        timeZone: "GMT Standard Time",
      },
    });
    expect(userTimeZone("Europe/Copenhagen")).toBe("Europe/London");
  });

  it("uses the runtime's zone without Office, else the fallback, and never throws", () => {
    const runtime = Intl.DateTimeFormat().resolvedOptions().timeZone;
    expect(userTimeZone("Europe/Copenhagen")).toBe(
      isValidTimeZone(runtime) ? runtime : "Europe/Copenhagen",
    );
    const resolved = jest.spyOn(Intl.DateTimeFormat.prototype, "resolvedOptions");
    resolved.mockImplementation(() => {
      throw new Error("no Intl");
    });
    try {
      expect(userTimeZone("Europe/Oslo")).toBe("Europe/Oslo");
      // A fallback that is no zone (a caller's bug) still gives a zone, never a throw.
      expect(userTimeZone("Europe/Kbh")).toBe(LAST_RESORT_TIME_ZONE);
    } finally {
      resolved.mockRestore();
    }
  });
});
