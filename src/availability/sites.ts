/**
 * Colleagues' work sites from their directory profiles: the office location (free text such as
 * "SUH Køge, afsnit B4") matched through the policy's site names and aliases, as the advisor
 * matches a meeting's location. What matches no site stays unknown, and the view says so.
 */
import { siteInText } from "../advisor/sites";
import type { Policy, Site } from "../policy/types";

/** Each address's site (null: no location, or one that names no site), in the given order. */
export function sitesFromLocations(
  policy: Policy,
  locations: ReadonlyMap<string, string | null>,
): Map<string, Site | null> {
  const sites = new Map<string, Site | null>();
  for (const [email, location] of locations) {
    sites.set(email, location ? siteInText(policy, location) : null);
  }
  return sites;
}
