/**
 * The invitees' work sites that the pane resolved from their directory profiles, kept on the item
 * for the event handlers, which cannot ask Microsoft Graph (no sign-in inside events on classic
 * Outlook on Windows). What is kept is address → site name and nothing else, in the item's custom
 * properties (Mailbox 1.1): they travel with the item, and attendees never see them.
 *
 * Outlook allows an add-in 2,500 characters for all its custom properties on an item together (as
 * JSON), and Mødeguide's meeting record (ownership.ts) may be added later. So the sites are written
 * compactly (grouped by site, an address's domain written once per group) and within
 * SITES_MAX_CHARS; those that do not fit are left out and stay unknown to the handlers, as they
 * would be without the pane.
 *
 * The value: `1;Køge=anders.nielsen@regionsjaelland.dk,birgitte.holm;Holbæk=carsten.lund@…`, where
 * an entry without "@" has the domain of the entry before it, and `%`, `;`, `=` and `,` inside a
 * name or an address are written as %25, %3B, %3D and %2C.
 */
import { officeCall, type OfficeCallOptions } from "./async";

/** The custom property that holds the invitees' sites. */
export const SITES_PROPERTY = "moedeguideSites";
/** Outlook's limit for all of an add-in's custom properties on one item, as JSON characters. */
export const CUSTOM_PROPERTIES_LIMIT = 2500;
/**
 * Room left for Mødeguide's other properties: the meeting id (at most 20 digits) and the removal
 * record take about 80 characters as JSON; the rest is margin.
 */
export const OTHER_PROPERTIES_ROOM = 200;
/** The most the sites may add to the properties' JSON: `"moedeguideSites":"…"` and a comma. */
export const SITES_MAX_CHARS = CUSTOM_PROPERTIES_LIMIT - OTHER_PROPERTIES_ROOM;

/** The value's format, first in it, so that a later format can be told apart. */
const FORMAT = "1";
const ESCAPED = /[%;=,]/g;
const ADDRESS = /^[^\s@]+@[^\s@]+$/;

/** The item operations this module uses (compose and read items both have them). */
type WithCustomProperties = Pick<Office.AppointmentCompose, "loadCustomPropertiesAsync">;

function escape(text: string): string {
  return text.replace(ESCAPED, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

function unescape(text: string): string {
  return text.replace(/%(25|3B|3D|2C)/gi, (_m, hex: string) =>
    String.fromCharCode(parseInt(hex, 16)),
  );
}

/** What the entry adds to the custom properties' JSON. */
function entryChars(value: string): number {
  return JSON.stringify(SITES_PROPERTY).length + 1 + JSON.stringify(value).length + 1;
}

/** Splits at the last "@" (a local part may not hold one here, but the domain never does). */
function splitAddress(address: string): [string, string] {
  const at = address.lastIndexOf("@");
  return [address.slice(0, at), address.slice(at + 1)];
}

function encodeAll(entries: readonly (readonly [string, string])[]): string {
  const bySite = new Map<string, string[]>();
  for (const [address, site] of entries) {
    const list = bySite.get(site) ?? [];
    list.push(address);
    bySite.set(site, list);
  }
  // Sorted, so that the same sites always give the same value (and need no new write).
  const groups = [...bySite].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const parts = [FORMAT];
  for (const [site, addresses] of groups) {
    const sorted = addresses.map(splitAddress).sort(([la, da], [lb, db]) => {
      if (da !== db) return da < db ? -1 : 1;
      return la < lb ? -1 : la > lb ? 1 : 0;
    });
    let domain: string | null = null;
    const written = sorted.map(([local, d]) => {
      const same = d === domain;
      domain = d;
      return same ? escape(local) : `${escape(local)}@${escape(d)}`;
    });
    parts.push(`${escape(site)}=${written.join(",")}`);
  }
  return parts.join(";");
}

/**
 * The property's value for these sites (address → site name), or null when there is none to keep.
 * Addresses are kept in lower case; taken in the given order, each entry that would take the value
 * beyond SITES_MAX_CHARS is left out.
 */
export function encodeInviteeSites(sites: Iterable<readonly [string, string]>): string | null {
  const kept: [string, string][] = [];
  const seen = new Set<string>();
  let value: string | null = null;
  for (const [email, site] of sites) {
    const address = email.trim().toLowerCase();
    const name = site.trim();
    if (!ADDRESS.test(address) || name === "" || seen.has(address)) continue;
    const next = encodeAll([...kept, [address, name]]);
    if (entryChars(next) > SITES_MAX_CHARS) continue;
    seen.add(address);
    kept.push([address, name]);
    value = next;
  }
  return value;
}

/**
 * The sites a stored value holds (lower-case address → site name). Whatever is not in the format
 * (another add-in version's, or damaged) gives nothing rather than a wrong site.
 */
export function decodeInviteeSites(value: unknown): Map<string, string> {
  const sites = new Map<string, string>();
  if (typeof value !== "string") return sites;
  const [format, ...groups] = value.split(";");
  if (format !== FORMAT) return sites;
  for (const group of groups) {
    const eq = group.indexOf("=");
    if (eq <= 0) continue;
    const site = unescape(group.slice(0, eq)).trim();
    if (site === "") continue;
    let domain: string | null = null;
    for (const entry of group.slice(eq + 1).split(",")) {
      let address: string;
      if (entry.includes("@")) {
        const [local, d] = splitAddress(entry);
        domain = unescape(d);
        address = `${unescape(local)}@${domain}`;
      } else if (domain !== null && entry !== "") {
        address = `${unescape(entry)}@${domain}`;
      } else {
        continue;
      }
      address = address.toLowerCase();
      if (ADDRESS.test(address)) sites.set(address, site);
    }
  }
  return sites;
}

async function load(
  item: WithCustomProperties,
  options: OfficeCallOptions,
): Promise<Office.CustomProperties> {
  return officeCall<Office.CustomProperties>((cb) => item.loadCustomPropertiesAsync(cb), options);
}

/**
 * The sites the pane kept on this item (lower-case address → site name; empty when none).
 * Rejects with OfficeCallError when the properties cannot be read.
 */
export async function loadInviteeSites(
  item: WithCustomProperties,
  options: OfficeCallOptions = {},
): Promise<Map<string, string>> {
  return decodeInviteeSites((await load(item, options)).get(SITES_PROPERTY));
}

/**
 * Keeps these sites (address → site name) on the item in place of those kept before, within the
 * limit; writes only when the value changed. Resolves whether it wrote. Rejects with
 * OfficeCallError.
 */
export async function saveInviteeSites(
  item: WithCustomProperties,
  sites: Iterable<readonly [string, string]>,
  options: OfficeCallOptions = {},
): Promise<boolean> {
  const value = encodeInviteeSites(sites);
  const properties = await load(item, options);
  const before: unknown = properties.get(SITES_PROPERTY);
  if ((value ?? undefined) === (before ?? undefined)) return false;
  if (value === null) properties.remove(SITES_PROPERTY);
  else properties.set(SITES_PROPERTY, value);
  await officeCall<void>((cb) => properties.saveAsync(cb), options);
  return true;
}
