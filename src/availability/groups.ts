/**
 * Favourites and named groups ("Afsnit B4", "Ledergruppen") of the Kolleger view, kept in
 * Outlook's roaming settings so that they follow the person between clients.
 *
 * Roaming settings hold at most 32 KB per add-in and mailbox, shared with the person's other
 * settings: the store checks the size before it saves and throws ColleagueListsFullError (the
 * view says so) rather than let Outlook refuse the whole save. What was stored is read
 * defensively: a corrupt or foreign value gives empty lists, a bad entry is dropped, never a throw.
 *
 * Only names and addresses are kept: no status, no calendar data.
 */

/** A colleague as the lists keep them: the address (the key) and the name shown. */
export interface ColleagueRef {
  email: string;
  name: string;
}

/** A named group of colleagues. */
export interface NamedGroup {
  name: string;
  members: ColleagueRef[];
}

/** Everything the store keeps. */
export interface ColleagueLists {
  favourites: ColleagueRef[];
  groups: NamedGroup[];
}

/** Outlook's roaming settings as the store uses them (Office.context.roamingSettings, promisified). */
export interface RoamingSettingsPort {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  /** Saves every setting to the mailbox; rejects when Outlook refuses. */
  saveAsync(): Promise<void>;
}

/** The roaming-settings key of the lists (beside "moedeguide.settings", the person's own settings). */
export const COLLEAGUE_LISTS_KEY = "moedeguide.colleagues";
/** Outlook's limit for all of an add-in's roaming settings. */
export const ROAMING_SETTINGS_LIMIT_BYTES = 32 * 1024;
/**
 * Kept free for the other settings (the person's site and unit, at most a few hundred bytes) and
 * for Outlook's own framing of the settings, so that the lists never push a save over the limit.
 */
export const RESERVED_BYTES = 2 * 1024;
/** The most the lists may take. */
export const COLLEAGUE_LISTS_LIMIT_BYTES = ROAMING_SETTINGS_LIMIT_BYTES - RESERVED_BYTES;
/** A group's name longer than this is not kept (and not accepted). */
export const MAX_GROUP_NAME_LENGTH = 60;
/** A name or address longer than this is not a name or address: the entry is dropped. */
const MAX_TEXT_LENGTH = 320;
/** Office's error code when the settings are over the limit. */
const OFFICE_TOO_LARGE = 9057;

/** The lists would not fit in Outlook's roaming settings. */
export class ColleagueListsFullError extends Error {
  readonly code = "colleague-lists-full";

  constructor(
    /** The size the lists would take, in bytes. */
    readonly bytes: number,
    /** The most they may take. */
    readonly limit: number,
  ) {
    super(`Favourites and groups would take ${bytes} bytes; at most ${limit} fit`);
    this.name = "ColleagueListsFullError";
  }
}

/** Outlook did not save the lists (no roaming settings here, or the save failed). */
export class ColleagueListsSaveError extends Error {
  readonly code = "colleague-lists-save-failed";
  cause?: unknown;

  constructor(options?: { cause?: unknown }) {
    super("Favourites and groups could not be saved in Outlook");
    this.name = "ColleagueListsSaveError";
    if (options && "cause" in options) this.cause = options.cause;
  }
}

/** A group's name given to saveGroup that is empty or too long. */
export class GroupNameError extends Error {
  readonly code = "group-name";

  constructor(message: string) {
    super(message);
    this.name = "GroupNameError";
  }
}

/** Empty lists. */
export function emptyColleagueLists(): ColleagueLists {
  return { favourites: [], groups: [] };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function cleanText(value: unknown, max = MAX_TEXT_LENGTH): string | null {
  if (typeof value !== "string") return null;
  const text = value.trim();
  return text !== "" && text.length <= max ? text : null;
}

/** The comparison key of an address. */
const key = (email: string) => email.trim().toLowerCase();

function cleanRef(value: unknown): ColleagueRef | null {
  if (!isRecord(value)) return null;
  const email = cleanText(value.email);
  if (email === null || !/^[^\s@]+@[^\s@]+$/.test(email)) return null;
  return { email: key(email), name: cleanText(value.name) ?? email };
}

function cleanRefs(value: unknown): ColleagueRef[] {
  if (!Array.isArray(value)) return [];
  const seen = new Set<string>();
  const out: ColleagueRef[] = [];
  for (const item of value) {
    const ref = cleanRef(item);
    if (ref && !seen.has(ref.email)) {
      seen.add(ref.email);
      out.push(ref);
    }
  }
  return out;
}

/**
 * The lists from what was stored: an object, or its JSON text. Anything else, and any entry of the
 * wrong shape, is dropped; groups with the same name (any case) keep the first.
 */
export function readColleagueLists(stored: unknown): ColleagueLists {
  let value = stored;
  if (typeof value === "string") {
    try {
      value = JSON.parse(value);
    } catch {
      return emptyColleagueLists();
    }
  }
  if (!isRecord(value)) return emptyColleagueLists();
  const groups: NamedGroup[] = [];
  const names = new Set<string>();
  for (const item of Array.isArray(value.groups) ? value.groups : []) {
    if (!isRecord(item)) continue;
    const name = cleanText(item.name, MAX_GROUP_NAME_LENGTH);
    if (name === null || names.has(name.toLowerCase())) continue;
    names.add(name.toLowerCase());
    groups.push({ name, members: cleanRefs(item.members) });
  }
  return { favourites: cleanRefs(value.favourites), groups };
}

/** What is stored: a version, so that a later format can read this one. */
function stored(lists: ColleagueLists): { v: 1; favourites: ColleagueRef[]; groups: NamedGroup[] } {
  return { v: 1, favourites: lists.favourites, groups: lists.groups };
}

/** UTF-8 length of a text: what the limit counts, at its most (a character is at least a byte). */
function utf8Length(text: string): number {
  let bytes = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/** How much room the lists take of what they may, for "x % full" in the view. */
export function colleagueListsSize(lists: ColleagueLists): { bytes: number; limit: number } {
  const bytes = utf8Length(JSON.stringify({ [COLLEAGUE_LISTS_KEY]: stored(lists) }));
  return { bytes, limit: COLLEAGUE_LISTS_LIMIT_BYTES };
}

/** The saved lists; empty when there are none or they cannot be read. Never throws. */
export function loadColleagueLists(port: RoamingSettingsPort | null): ColleagueLists {
  if (!port) return emptyColleagueLists();
  try {
    return readColleagueLists(port.get(COLLEAGUE_LISTS_KEY));
  } catch {
    return emptyColleagueLists();
  }
}

/**
 * Saves the lists. Throws ColleagueListsFullError, before touching the settings, when they would
 * not fit (or when Outlook says so), and ColleagueListsSaveError when Outlook does not save them.
 */
export async function saveColleagueLists(
  port: RoamingSettingsPort | null,
  lists: ColleagueLists,
): Promise<void> {
  const clean = readColleagueLists(stored(lists));
  const size = colleagueListsSize(clean);
  if (size.bytes > size.limit) throw new ColleagueListsFullError(size.bytes, size.limit);
  if (!port) throw new ColleagueListsSaveError();
  try {
    port.set(COLLEAGUE_LISTS_KEY, stored(clean));
    await port.saveAsync();
  } catch (error) {
    const officeCode = isRecord(error) ? error.officeCode : undefined;
    if (officeCode === OFFICE_TOO_LARGE) throw new ColleagueListsFullError(size.bytes, size.limit);
    throw new ColleagueListsSaveError({ cause: error });
  }
}

/** Whether an address is a favourite. */
export function isFavourite(lists: ColleagueLists, email: string): boolean {
  return lists.favourites.some((f) => f.email === key(email));
}

/** The lists with the colleague added to the favourites, or taken off when they were there. */
export function toggleFavourite(lists: ColleagueLists, colleague: ColleagueRef): ColleagueLists {
  const ref = cleanRef(colleague);
  if (!ref) return lists;
  const favourites = isFavourite(lists, ref.email)
    ? lists.favourites.filter((f) => f.email !== ref.email)
    : [...lists.favourites, ref];
  return { ...lists, favourites };
}

/**
 * The lists with a group saved under a name: a new group, or the members of the group of that
 * name (any case) replaced. Throws GroupNameError for an empty or too long name.
 */
export function saveGroup(
  lists: ColleagueLists,
  name: string,
  members: readonly ColleagueRef[],
): ColleagueLists {
  const clean = cleanText(name, MAX_GROUP_NAME_LENGTH);
  if (clean === null) {
    throw new GroupNameError(
      name.trim() === ""
        ? "A group needs a name"
        : `A group's name has at most ${MAX_GROUP_NAME_LENGTH} characters`,
    );
  }
  const group = { name: clean, members: cleanRefs(members) };
  const index = lists.groups.findIndex((g) => g.name.toLowerCase() === clean.toLowerCase());
  const groups =
    index < 0 ? [...lists.groups, group] : lists.groups.map((g, i) => (i === index ? group : g));
  return { ...lists, groups };
}

/** The lists without the group of that name (any case). */
export function deleteGroup(lists: ColleagueLists, name: string): ColleagueLists {
  const lower = name.trim().toLowerCase();
  return { ...lists, groups: lists.groups.filter((g) => g.name.toLowerCase() !== lower) };
}
