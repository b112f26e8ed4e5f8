// The roaming-settings port over Office.js, with the favourites store on top: a save over 32 KB
// that Outlook refuses (9057) is "full", and the lists are read back from Outlook's settings.
import {
  COLLEAGUE_LISTS_KEY,
  ColleagueListsFullError,
  emptyColleagueLists,
  loadColleagueLists,
  saveColleagueLists,
  toggleFavourite,
} from "../../../src/availability/groups";
import { officeRoamingSettings } from "../../../src/office/roamingSettings";
import { installFakeOutlook, uninstallFakeOutlook } from "./fakeOutlook";

afterEach(uninstallFakeOutlook);

const birgitte = { email: "birgitte.holm@regionsjaelland.dk", name: "Birgitte Holm" };

it("is null without Office", () => {
  expect(officeRoamingSettings()).toBeNull();
});

it("saves the lists into Outlook's roaming settings and reads them back", async () => {
  const fake = installFakeOutlook();
  const lists = toggleFavourite(emptyColleagueLists(), birgitte);
  await saveColleagueLists(officeRoamingSettings(), lists);
  expect(fake.state.roaming[COLLEAGUE_LISTS_KEY]).toEqual({
    v: 1,
    favourites: [birgitte],
    groups: [],
  });
  expect(loadColleagueLists(officeRoamingSettings())).toEqual(lists);
});

it("says full when Outlook refuses the save with 9057", async () => {
  installFakeOutlook({
    fail: {
      "roamingSettings.saveAsync": { name: "SettingsExceedSize", code: 9057, message: "Too big" },
    },
  });
  await expect(
    saveColleagueLists(officeRoamingSettings(), emptyColleagueLists()),
  ).rejects.toBeInstanceOf(ColleagueListsFullError);
});
