/**
 * Favourites and named groups in roaming settings: read defensively from whatever was stored,
 * edited purely, and saved only when they fit in Outlook's 32 KB (a typed "full" error otherwise).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import {
  COLLEAGUE_LISTS_KEY,
  COLLEAGUE_LISTS_LIMIT_BYTES,
  ColleagueListsFullError,
  ColleagueListsSaveError,
  colleagueListsSize,
  deleteGroup,
  emptyColleagueLists,
  GroupNameError,
  isFavourite,
  loadColleagueLists,
  readColleagueLists,
  saveColleagueLists,
  saveGroup,
  toggleFavourite,
  type ColleagueLists,
  type RoamingSettingsPort,
} from "../../../src/availability/groups";

interface StoredCase {
  name: string;
  stored: unknown;
  expected: ColleagueLists;
}

const cases = JSON.parse(
  readFileSync(
    path.join(__dirname, "..", "..", "fixtures", "availability", "stored-lists.json"),
    "utf8",
  ),
) as StoredCase[];

/** Roaming settings in memory: what was set, what was saved, and a save that may fail. */
function memorySettings(initial: Record<string, unknown> = {}, fail?: unknown) {
  const values: Record<string, unknown> = { ...initial };
  let saved: Record<string, unknown> | null = null;
  const port: RoamingSettingsPort = {
    get: (name) => values[name],
    set: (name, value) => {
      values[name] = value;
    },
    saveAsync: () => {
      if (fail !== undefined) return Promise.reject(fail);
      saved = JSON.parse(JSON.stringify(values)) as Record<string, unknown>;
      return Promise.resolve();
    },
  };
  return {
    port,
    values,
    get saved() {
      return saved;
    },
  };
}

const birgitte = { email: "birgitte.holm@regionsjaelland.dk", name: "Birgitte Holm" };
const ole = { email: "ole.bach@regionsjaelland.dk", name: "Ole Bach" };

describe("reading what was stored", () => {
  it.each(cases.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    expect(readColleagueLists(c.stored)).toEqual(c.expected);
    const { port } = memorySettings({ [COLLEAGUE_LISTS_KEY]: c.stored });
    expect(loadColleagueLists(port)).toEqual(c.expected);
  });

  it("gives empty lists without roaming settings, or when reading them throws", () => {
    expect(loadColleagueLists(null)).toEqual(emptyColleagueLists());
    const throwing: RoamingSettingsPort = {
      get: () => {
        throw new Error("boom");
      },
      set: () => undefined,
      saveAsync: () => Promise.resolve(),
    };
    expect(loadColleagueLists(throwing)).toEqual(emptyColleagueLists());
  });
});

describe("editing", () => {
  it("adds a favourite once, and takes it off again", () => {
    let lists = toggleFavourite(emptyColleagueLists(), birgitte);
    expect(isFavourite(lists, "BIRGITTE.HOLM@regionsjaelland.dk")).toBe(true);
    lists = toggleFavourite(lists, ole);
    expect(lists.favourites.map((f) => f.name)).toEqual(["Birgitte Holm", "Ole Bach"]);
    lists = toggleFavourite(lists, { ...birgitte, email: "Birgitte.Holm@regionsjaelland.dk" });
    expect(lists.favourites).toEqual([ole]);
  });

  it("saves a group under a name, replaces it under the same name in any case, and deletes it", () => {
    let lists = saveGroup(emptyColleagueLists(), " Afsnit B4 ", [birgitte, birgitte, ole]);
    expect(lists.groups).toEqual([{ name: "Afsnit B4", members: [birgitte, ole] }]);
    lists = saveGroup(lists, "Ledergruppen", [ole]);
    lists = saveGroup(lists, "afsnit b4", [ole]);
    expect(lists.groups).toEqual([
      { name: "afsnit b4", members: [ole] },
      { name: "Ledergruppen", members: [ole] },
    ]);
    expect(deleteGroup(lists, "LEDERGRUPPEN").groups.map((g) => g.name)).toEqual(["afsnit b4"]);
  });

  it.each(["", "   ", "x".repeat(61)])("refuses the group name %j", (name) => {
    expect(() => saveGroup(emptyColleagueLists(), name, [])).toThrow(GroupNameError);
  });
});

describe("saving within 32 KB", () => {
  it("saves the lists under its key, with a version, beside the person's own settings", async () => {
    const settings = memorySettings({ "moedeguide.settings": { site: "Køge" } });
    await saveColleagueLists(settings.port, toggleFavourite(emptyColleagueLists(), birgitte));
    expect(settings.saved).toEqual({
      "moedeguide.settings": { site: "Køge" },
      [COLLEAGUE_LISTS_KEY]: { v: 1, favourites: [birgitte], groups: [] },
    });
  });

  /** Lists of `n` groups of 10 colleagues with long Danish names. */
  function bigLists(n: number): ColleagueLists {
    let lists = emptyColleagueLists();
    for (let g = 0; g < n; g++) {
      const members = Array.from({ length: 10 }, (_, i) => ({
        email: `kollega.${g}.${i}.med.et.langt.navn@regionsjaelland.dk`,
        name: `Kollega Æblerød-Østergaard ${g}-${i}`,
      }));
      lists = saveGroup(lists, `Gruppe ${g}`, members);
    }
    return lists;
  }

  it("refuses lists that would not fit, before touching the settings", async () => {
    const settings = memorySettings();
    let n = 1;
    while (colleagueListsSize(bigLists(n)).bytes <= COLLEAGUE_LISTS_LIMIT_BYTES) n++;
    const error = await saveColleagueLists(settings.port, bigLists(n)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ColleagueListsFullError);
    expect((error as ColleagueListsFullError).bytes).toBeGreaterThan(COLLEAGUE_LISTS_LIMIT_BYTES);
    expect(settings.values[COLLEAGUE_LISTS_KEY]).toBeUndefined();
    // One group fewer fits, and is saved.
    await saveColleagueLists(settings.port, bigLists(n - 1));
    expect(settings.saved?.[COLLEAGUE_LISTS_KEY]).toBeDefined();
  });

  it("counts bytes, not characters: æ, ø and å take two", () => {
    const plain = colleagueListsSize(saveGroup(emptyColleagueLists(), "Gruppe", [])).bytes;
    const danish = colleagueListsSize(saveGroup(emptyColleagueLists(), "Grøpæ", [])).bytes;
    expect(danish - plain).toBe(1);
  });

  it("says full when Outlook refuses with 9057, and failed for any other refusal", async () => {
    const tooLarge = Object.assign(new Error("too large"), { officeCode: 9057 });
    const full = memorySettings({}, tooLarge);
    await expect(saveColleagueLists(full.port, emptyColleagueLists())).rejects.toBeInstanceOf(
      ColleagueListsFullError,
    );
    const other = memorySettings({}, new Error("offline"));
    await expect(saveColleagueLists(other.port, emptyColleagueLists())).rejects.toBeInstanceOf(
      ColleagueListsSaveError,
    );
    await expect(saveColleagueLists(null, emptyColleagueLists())).rejects.toBeInstanceOf(
      ColleagueListsSaveError,
    );
  });
});
