// Colleagues' sites from their office locations, through the policy's names and aliases.
import { sitesFromLocations } from "../../../src/availability/sites";
import { DEFAULT_POLICY } from "../../../src/policy/defaultPolicy";

it.each([
  ["SUH Køge, afsnit B4", "Køge"],
  ["Holbæk Sygehus, Medicinsk afd.", "Holbæk"],
  ["Regionshuset, Alléen 15", "Sorø"],
  ["nykøbing falster", "Nykøbing F."],
  ["Hjemmearbejde", null],
  [null, null],
])("%j is at %j", (location, site) => {
  const sites = sitesFromLocations(DEFAULT_POLICY, new Map([["a@x.dk", location]]));
  expect(sites.get("a@x.dk")?.name ?? null).toBe(site);
});
