import { OfficeCallError } from "../../../src/office/async";
import {
  loadSettings,
  saveSettings,
  SETTINGS_KEY,
  validateSettings,
} from "../../../src/office/settings";
import { installFakeOutlook, uninstallFakeOutlook } from "./fakeOutlook";

afterEach(uninstallFakeOutlook);

describe("validateSettings", () => {
  it.each([
    [
      { site: "Køge", unit: "Kardiologi" },
      { site: "Køge", unit: "Kardiologi" },
    ],
    [{ site: "  Sorø  " }, { site: "Sorø" }],
    ['{"site":"Holbæk"}', { site: "Holbæk" }],
    [{ site: "", unit: "   " }, {}],
    [{ site: 7, unit: ["a"] }, {}],
    [{ site: "x".repeat(201) }, {}],
    [{ site: "Næstved", extra: "ignored" }, { site: "Næstved" }],
    [{ autoAddMeeting: true }, { autoAddMeeting: true }],
    [{ site: "Køge", autoAddMeeting: false }, { site: "Køge" }],
    [{ autoAddMeeting: "true" }, {}],
    [{ autoAddMeeting: 1 }, {}],
    ['{"autoAddMeeting":true}', { autoAddMeeting: true }],
    ["not json", {}],
    [[{ site: "Køge" }], {}],
    [null, {}],
    [undefined, {}],
    [42, {}],
  ])("%j gives %j", (input, expected) => {
    expect(validateSettings(input)).toEqual(expected);
  });
});

describe("loadSettings", () => {
  it("reads the one key", () => {
    installFakeOutlook({
      state: { roaming: { [SETTINGS_KEY]: { site: "Slagelse", unit: "Psykiatri" } } },
    });
    expect(loadSettings()).toEqual({ site: "Slagelse", unit: "Psykiatri" });
  });

  it("gives empty settings when nothing is saved", () => {
    installFakeOutlook();
    expect(loadSettings()).toEqual({});
  });

  it("gives empty settings for bad data, never a throw", () => {
    installFakeOutlook({ state: { roaming: { [SETTINGS_KEY]: "{broken" } } });
    expect(loadSettings()).toEqual({});
  });

  it("gives empty settings when roaming settings throw or Office is absent", () => {
    installFakeOutlook({ roamingGetThrows: true });
    expect(loadSettings()).toEqual({});
    uninstallFakeOutlook();
    expect(loadSettings()).toEqual({});
  });
});

describe("saveSettings", () => {
  it("stores only valid fields under the one key and saves", async () => {
    const fake = installFakeOutlook();
    await saveSettings({ site: " Køge ", unit: "" });
    expect(fake.state.roaming).toEqual({ [SETTINGS_KEY]: { site: "Køge" } });
    expect(fake.calls).toEqual(["roamingSettings.saveAsync"]);
    expect(loadSettings()).toEqual({ site: "Køge" });
  });

  it("keeps the automatic meeting switch beside site and unit, and turning it off removes it", async () => {
    const fake = installFakeOutlook();
    await saveSettings({ site: "Køge", autoAddMeeting: true });
    expect(fake.state.roaming).toEqual({ [SETTINGS_KEY]: { site: "Køge", autoAddMeeting: true } });
    expect(loadSettings()).toEqual({ site: "Køge", autoAddMeeting: true });
    await saveSettings({ site: "Køge", autoAddMeeting: false });
    expect(fake.state.roaming).toEqual({ [SETTINGS_KEY]: { site: "Køge" } });
  });

  it("rejects with OfficeCallError when saving fails (over 32 KB)", async () => {
    installFakeOutlook({
      fail: {
        "roamingSettings.saveAsync": { name: "SettingsExceedSize", code: 9057, message: "Too big" },
      },
    });
    await expect(saveSettings({ site: "Køge" })).rejects.toMatchObject({
      code: "office-call-failed",
      officeCode: 9057,
    });
  });

  it("rejects with OfficeCallError without Office", async () => {
    await expect(saveSettings({ site: "Køge" })).rejects.toBeInstanceOf(OfficeCallError);
  });
});
