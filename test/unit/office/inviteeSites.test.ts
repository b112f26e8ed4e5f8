/**
 * The invitees' sites kept on the item for the event handlers: a compact value that comes back as
 * it went in, stays within Outlook's 2,500 characters for all the add-in's custom properties
 * (leaving room for the meeting record), holds nothing but address → site name, and is written
 * only when it changed.
 */
import { OfficeCallError } from "../../../src/office/async";
import {
  CUSTOM_PROPERTIES_LIMIT,
  SITES_MAX_CHARS,
  SITES_PROPERTY,
  decodeInviteeSites,
  encodeInviteeSites,
  loadInviteeSites,
  saveInviteeSites,
} from "../../../src/office/inviteeSites";
import { MEETING_REMOVED_PROPERTY, OWN_MEETING_PROPERTY } from "../../../src/office/ownership";
import fixture from "../../fixtures/office/invitee-sites.json";
import { installFakeOutlook, uninstallFakeOutlook } from "./fakeOutlook";

afterEach(uninstallFakeOutlook);

const SCENARIO: [string, string][] = [
  ["anders.nielsen@regionsjaelland.dk", "Køge"],
  ["birgitte.holm@regionsjaelland.dk", "Køge"],
  ["carsten.lund@regionsjaelland.dk", "Holbæk"],
];

/** What the whole of the add-in's custom properties takes as JSON, as Outlook counts it. */
const propertiesChars = (properties: Record<string, unknown>) => JSON.stringify(properties).length;

describe("decodeInviteeSites", () => {
  it.each(fixture.decode.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    expect([...decodeInviteeSites(c.value)]).toEqual(c.sites);
  });
});

describe("encodeInviteeSites", () => {
  it("writes the domain once per site and comes back as it went in", () => {
    const value = encodeInviteeSites(SCENARIO);
    expect(value).toBe(
      "1;Holbæk=carsten.lund@regionsjaelland.dk;Køge=anders.nielsen@regionsjaelland.dk,birgitte.holm",
    );
    expect(decodeInviteeSites(value)).toEqual(new Map(SCENARIO));
  });

  it("gives the same value whatever the order, so that an unchanged set needs no write", () => {
    expect(encodeInviteeSites([...SCENARIO].reverse())).toBe(encodeInviteeSites(SCENARIO));
  });

  it("round-trips several domains, capitals and the separators inside names", () => {
    const sites: [string, string][] = [
      ["Ole@Other.DK", "Nykøbing F."],
      ["a;b=c,d%e@regionsjaelland.dk", "Site ;=,%"],
      ["bo@regionsjaelland.dk", "Nykøbing F."],
      ["bo2@other.dk", "Nykøbing F."],
    ];
    const back = decodeInviteeSites(encodeInviteeSites(sites));
    expect(back).toEqual(new Map(sites.map(([email, site]) => [email.toLowerCase(), site])));
  });

  it("leaves out what is not an address or names no site, and an address given twice", () => {
    const value = encodeInviteeSites([
      ["not an address", "Køge"],
      ["a@x.dk", "  "],
      ["b@x.dk", "Køge"],
      ["B@x.dk", "Holbæk"],
    ]);
    expect(decodeInviteeSites(value)).toEqual(new Map([["b@x.dk", "Køge"]]));
  });

  it("is null when there is nothing to keep", () => {
    expect(encodeInviteeSites([])).toBeNull();
    expect(encodeInviteeSites([["nobody", "Køge"]])).toBeNull();
  });

  it("stays within the limit with a large meeting, beside the longest meeting record", () => {
    // 500 invitees (Outlook's most for a meeting) with long addresses at every site of a region.
    const sites = Array.from({ length: 500 }, (_, i): [string, string] => [
      `colleague.with.a.rather.long.name.${i}@department${i % 7}.regionsjaelland.dk`,
      ["Køge", "Nykøbing F.", "Holbæk", "Slagelse", "Næstved"][i % 5] as string,
    ]);
    const value = encodeInviteeSites(sites);
    expect(value).not.toBeNull();
    const properties = {
      [OWN_MEETING_PROPERTY]: "12345678901234567890",
      [MEETING_REMOVED_PROPERTY]: "true",
      [SITES_PROPERTY]: value,
    };
    expect(propertiesChars(properties)).toBeLessThanOrEqual(CUSTOM_PROPERTIES_LIMIT);
    expect(propertiesChars({ [SITES_PROPERTY]: value })).toBeLessThanOrEqual(SITES_MAX_CHARS + 1);
    // As many as fit are kept, each with its own site; the rest are left out.
    const back = decodeInviteeSites(value);
    expect(back.size).toBeGreaterThan(25);
    expect(back.size).toBeLessThan(500);
    const given = new Map(sites);
    for (const [email, site] of back) expect(given.get(email)).toBe(site);
    // One more entry of the same kind would not have fitted.
    const next = sites.find(([email]) => !back.has(email)) as [string, string];
    const more = encodeInviteeSites([...back, next]);
    expect(decodeInviteeSites(more).has(next[0])).toBe(false);
  });

  it("keeps a hundred invitees of one domain: the domain is written once per site", () => {
    const sites = Array.from({ length: 100 }, (_, i): [string, string] => [
      `fornavn.efternavn${i}@regionsjaelland.dk`,
      ["Køge", "Nykøbing F.", "Holbæk", "Slagelse", "Næstved"][i % 5] as string,
    ]);
    expect(decodeInviteeSites(encodeInviteeSites(sites))).toEqual(new Map(sites));
  });

  it("counts what JSON escapes: a site name of quotes fits fewer", () => {
    const sites = Array.from({ length: 300 }, (_, i): [string, string] => [
      `p${i}@x.dk`,
      `"${i % 3}"`,
    ]);
    const value = encodeInviteeSites(sites);
    expect(propertiesChars({ [SITES_PROPERTY]: value })).toBeLessThanOrEqual(SITES_MAX_CHARS + 1);
  });
});

describe("saving and loading on the item", () => {
  it("keeps only the sites, beside Mødeguide's meeting record, and reads them back", async () => {
    const fake = installFakeOutlook({
      state: { customProperties: { [OWN_MEETING_PROPERTY]: "4815162342" } },
    });
    await expect(saveInviteeSites(fake.compose, SCENARIO)).resolves.toBe(true);
    expect(fake.state.customProperties).toEqual({
      [OWN_MEETING_PROPERTY]: "4815162342",
      [SITES_PROPERTY]: encodeInviteeSites(SCENARIO),
    });
    await expect(loadInviteeSites(fake.compose)).resolves.toEqual(new Map(SCENARIO));
  });

  it("writes nothing when the sites kept are the same", async () => {
    const fake = installFakeOutlook({
      state: { customProperties: { [SITES_PROPERTY]: encodeInviteeSites(SCENARIO) } },
    });
    await expect(saveInviteeSites(fake.compose, [...SCENARIO].reverse())).resolves.toBe(false);
    expect(fake.calls).toEqual(["loadCustomPropertiesAsync"]);
  });

  it("replaces what was kept, and takes it away when no site is left", async () => {
    const fake = installFakeOutlook({
      state: { customProperties: { [SITES_PROPERTY]: encodeInviteeSites(SCENARIO) } },
    });
    await saveInviteeSites(fake.compose, SCENARIO.slice(2));
    await expect(loadInviteeSites(fake.compose)).resolves.toEqual(new Map(SCENARIO.slice(2)));
    await saveInviteeSites(fake.compose, []);
    expect(fake.state.customProperties).toEqual({});
  });

  it("reads nothing from an item without sites, or with a value it cannot read", async () => {
    const fake = installFakeOutlook();
    await expect(loadInviteeSites(fake.compose)).resolves.toEqual(new Map());
    fake.state.customProperties[SITES_PROPERTY] = { "a@x.dk": "Køge" };
    await expect(loadInviteeSites(fake.compose)).resolves.toEqual(new Map());
  });

  it("rejects with OfficeCallError when Outlook cannot load or save the properties", async () => {
    const failure = { name: "GenericResponseError", code: 9020, message: "failed" };
    let fake = installFakeOutlook({ fail: { loadCustomPropertiesAsync: failure } });
    await expect(loadInviteeSites(fake.compose)).rejects.toBeInstanceOf(OfficeCallError);
    uninstallFakeOutlook();
    fake = installFakeOutlook({ fail: { "customProperties.saveAsync": failure } });
    await expect(saveInviteeSites(fake.compose, SCENARIO)).rejects.toBeInstanceOf(OfficeCallError);
    expect(fake.state.customProperties).toEqual({});
  });
});
