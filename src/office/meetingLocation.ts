/**
 * The meeting's location (Outlook's Placering) beside Mødeguide's video meeting: what else it holds
 * once the meeting is in (a place, or a room booked for people who still meet there), replacing
 * that with the meeting and undoing the replacement, and, when the invitation's text is too long
 * for the block, the join link in the location alone.
 *
 * Every write here is one Office call, so that nothing is half done: replacing removes the other
 * enhanced locations in one removeAsync (Mailbox 1.8) or sets the text once (older clients); undoing
 * adds them back in one addAsync or sets the text back once. Nothing is lost silently: a
 * replacement returns what it took out, for the pane to show and to put back, and an undo that
 * finds the location changed since writes nothing.
 */
import { findMeetingLinks } from "../advisor/links";
import type { Locale } from "../advisor/types";
import type { MeetingLinkProvider } from "../policy/types";
import { officeCall, type OfficeCallOptions } from "./async";
import { isMailboxSetSupported } from "./host";
import { drawMeetingId, findProviderLink, joinUrlFor } from "./jabberBlock";
import {
  LOCATION_SEPARATOR,
  locationFor,
  locationForms,
  MAX_LOCATION_LENGTH,
  removeFromLocationText,
} from "./meetingLink";
import { forgetOwnMeeting, recordOwnMeeting } from "./ownership";

/** What the location holds besides Mødeguide's entry for the meeting. */
export interface PlaceBeside {
  /** The other entries as Outlook shows them, joined by "; ". */
  text: string;
  /**
   * A room (a room mailbox, a resource attendee, or words such as "mødelokale"): people may still
   * meet there with the others joining on video, so the pane asks before replacing it.
   */
  room: boolean;
}

/** Word ends like a room's that are no rooms ("Køge centrum", "Sundhedsforum"). */
const NOT_ROOMS = new Set([
  "centrum", "forum", "spektrum", "kvorum", "serum", "universal", "arsenal",
]); // prettier-ignore
/** Letters of a word, Danish ones included; no \p{L}: the ES2016 runtime lacks it. */
const WORD = /[A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F]+/g;
/**
 * The end of a word that names a room: "lokale" (mødelokale, lokale 2.01), "rum" (konferencerum,
 * samtalerummet), "sal" (mødesal, festsalen), "auditorium", "room".
 */
const ROOM_WORD =
  /(?:lokale(?:t|r|rne)?|rum(?:met|mene)?|sal(?:en|e|ene)?|auditori(?:um|et)|rooms?)$/;
/** An e-mail address: a room mailbox written into the location. */
const MAILBOX = /[^\s@;]+@[^\s@;]+\.[a-z]{2,}/i;
/** Another online meeting named without a link ("Microsoft Teams-møde"): not a physical place. */
const ONLINE_MEETING =
  /\b(?:microsoft teams|teams[- ](?:møde|meeting)|zoom|webex|google meet|skype)\b/i;

/** Whether a location entry names a room rather than an address or a site. */
export function looksLikeRoom(text: string): boolean {
  if (MAILBOX.test(text)) return true;
  for (const word of text.toLowerCase().match(WORD) ?? []) {
    if (ROOM_WORD.test(word) && ![...NOT_ROOMS].some((not) => word.endsWith(not))) return true;
  }
  return false;
}

/** Whether a location entry is an online meeting (a link, a video address, a named service). */
function isOnline(entry: string, provider: MeetingLinkProvider): boolean {
  if (/:\/\/|\bsips?:/i.test(entry) || ONLINE_MEETING.test(entry)) return true;
  const found = findMeetingLinks(provider, [entry]);
  return found.present || found.others.length > 0;
}

/**
 * What the location holds besides Mødeguide's entry for `joinUrl`: null when that entry is not in
 * it (nothing to replace it with), or when nothing else is, or only other online meetings.
 * `rooms` are the meeting's resource attendees (booked rooms), by name or address.
 */
export function placeBesideMeeting(
  location: string,
  rooms: readonly string[],
  provider: MeetingLinkProvider,
  joinUrl: string,
): PlaceBeside | null {
  const rest = removeFromLocationText(location, provider, joinUrl);
  if (rest === null) return null;
  const entries = rest
    .split(";")
    .map((entry) => entry.trim())
    .filter((entry) => entry !== "" && !isOnline(entry, provider));
  if (entries.length === 0) return null;
  return {
    text: entries.join(LOCATION_SEPARATOR),
    room: rooms.length > 0 || entries.some(looksLikeRoom),
  };
}

/** What a replacement took out of the location, to show and to put back. */
export type PreviousLocation =
  /** Mailbox 1.8: the enhanced locations removed (rooms as rooms), and their names. */
  | { kind: "entries"; entries: Office.LocationIdentifier[]; text: string }
  /**
   * Older clients: the entries removed (`text`), the whole location before, and what was written
   * in its place (Mødeguide's entry and any other online meeting's).
   */
  | { kind: "text"; text: string; before: string; written: string };

/** What replacing the location did. */
export type ReplaceResult =
  | { kind: "replaced"; previous: PreviousLocation }
  /**
   * Nothing written: Mødeguide's entry is no longer in the location, or nothing else is (the
   * person changed it since the offer).
   */
  | { kind: "unchanged" };

/** Options of the location's writes. */
export interface LocationOptions {
  provider: MeetingLinkProvider;
  /** The join link of the meeting whose entry is in the location. */
  joinUrl: string;
  calls?: OfficeCallOptions;
}

const isType = (id: Office.LocationIdentifier | undefined, type: string) =>
  String(id?.type).toLowerCase() === type;

const nameOf = (l: Office.LocationDetails) =>
  (l.displayName || l.locationIdentifier?.id || "").trim();

/**
 * Replaces the places the location holds (addresses, sites, rooms) with Mødeguide's entry for the
 * meeting, in one Office write, and returns what it took out. Other online meetings' entries are
 * not places and stay. Writes nothing ("unchanged") when Mødeguide's entry is not there or no
 * place is. Rejects with OfficeCallError when Office fails; the location is then as it was.
 */
export async function replaceLocationWithMeeting(
  item: Office.AppointmentCompose,
  options: LocationOptions,
): Promise<ReplaceResult> {
  const { provider, joinUrl } = options;
  const calls = options.calls ?? {};
  const forms = locationForms(provider, joinUrl);
  const isPlace = (name: string) => !forms.includes(name) && !isOnline(name, provider);
  if (isMailboxSetSupported("1.8")) {
    const all =
      (await officeCall<Office.LocationDetails[]>(
        (cb) => item.enhancedLocation.getAsync(cb),
        calls,
      )) ?? [];
    const ours = all.some(
      (l) => isType(l.locationIdentifier, "custom") && forms.includes(nameOf(l)),
    );
    const places = all.filter((l) => isPlace(nameOf(l)));
    if (!ours || places.length === 0) return { kind: "unchanged" };
    const entries = places.map((l) => ({ ...l.locationIdentifier }));
    await officeCall<void>((cb) => item.enhancedLocation.removeAsync(entries, cb), calls);
    const text = places.map(nameOf).join(LOCATION_SEPARATOR);
    return { kind: "replaced", previous: { kind: "entries", entries, text } };
  }
  const before = (await officeCall<string>((cb) => item.location.getAsync(cb), calls)) ?? "";
  const entries = before
    .split(";")
    .map((entry) => entry.trim())
    .filter((entry) => entry !== "");
  const places = entries.filter(isPlace);
  if (!entries.some((entry) => forms.includes(entry)) || places.length === 0) {
    return { kind: "unchanged" };
  }
  const written = entries.filter((entry) => !isPlace(entry)).join(LOCATION_SEPARATOR);
  await officeCall<void>((cb) => item.location.setAsync(written, cb), calls);
  const text = places.join(LOCATION_SEPARATOR);
  return { kind: "replaced", previous: { kind: "text", text, before, written } };
}

/** What putting the location back did. */
export type UndoResult =
  | { kind: "restored" }
  /** The location was changed after the replacement: nothing written, nothing of it lost. */
  | { kind: "changed" };

/**
 * Puts back what replaceLocationWithMeeting took out, in one Office write: the removed entries
 * added again (rooms as rooms; what the person added since stays), or the text set back when the
 * location is still what the replacement wrote ("changed" otherwise, and nothing written, so that
 * nothing the person wrote since is lost). Rejects with OfficeCallError when Office fails.
 */
export async function undoLocationReplacement(
  item: Office.AppointmentCompose,
  previous: PreviousLocation,
  calls: OfficeCallOptions = {},
): Promise<UndoResult> {
  if (previous.kind === "entries") {
    const now =
      (await officeCall<Office.LocationDetails[]>(
        (cb) => item.enhancedLocation.getAsync(cb),
        calls,
      )) ?? [];
    const missing = previous.entries.filter(
      (entry) =>
        !now.some(
          (l) =>
            l.locationIdentifier?.id === entry.id &&
            isType(l.locationIdentifier, String(entry.type).toLowerCase()),
        ),
    );
    if (missing.length > 0) {
      await officeCall<void>((cb) => item.enhancedLocation.addAsync(missing, cb), calls);
    }
    return { kind: "restored" };
  }
  const current = (await officeCall<string>((cb) => item.location.getAsync(cb), calls)) ?? "";
  if (current.trim() !== previous.written) return { kind: "changed" };
  await officeCall<void>((cb) => item.location.setAsync(previous.before, cb), calls);
  return { kind: "restored" };
}

/** What putting the meeting's link in the location did. */
export type LinkInLocationResult =
  | { kind: "inserted"; meetingId: string; joinUrl: string; recorded: boolean }
  /** The location already holds a link or video address of the provider: nothing written. */
  | { kind: "already-present"; joinUrl: string }
  /** The link does not fit in the location's 255 characters beside what is there: nothing written. */
  | { kind: "location-full" };

/** Options of insertMeetingInLocation. */
export interface LinkInLocationOptions {
  provider: MeetingLinkProvider;
  locale: Locale;
  random: () => number;
  calls?: OfficeCallOptions;
}

/**
 * A new video meeting as its join link in the location only, the invitation's text untouched: for
 * an invitation whose text is too long for the block. Recorded on the item as Mødeguide's own first
 * (as insertJabberMeeting does), so that Remove takes it out again; when Office refuses the write,
 * the record is taken back and the call rejects with OfficeCallError.
 */
export async function insertMeetingInLocation(
  item: Office.AppointmentCompose,
  options: LinkInLocationOptions,
): Promise<LinkInLocationResult> {
  const { provider, locale } = options;
  const calls = options.calls ?? {};
  const current = (await officeCall<string>((cb) => item.location.getAsync(cb), calls)) ?? "";
  const existing = findProviderLink(current, provider);
  if (existing) return { kind: "already-present", joinUrl: joinUrlFor(provider, existing) };
  const meetingId = drawMeetingId(options.random, provider.meetingIdDigits);
  const joinUrl = joinUrlFor(provider, meetingId);
  const ours = locationFor(provider, joinUrl, locale);
  const combined = current.trim() === "" ? ours : `${current}${LOCATION_SEPARATOR}${ours}`;
  if (combined.length > MAX_LOCATION_LENGTH) return { kind: "location-full" };
  const recorded = await recordOwnMeeting(item, meetingId, calls).then(
    () => true,
    () => false,
  );
  try {
    if (isMailboxSetSupported("1.8")) {
      await officeCall<void>(
        (cb) => item.enhancedLocation.addAsync([{ id: ours, type: "custom" }], cb),
        calls,
      );
    } else {
      await officeCall<void>((cb) => item.location.setAsync(combined, cb), calls);
    }
  } catch (error) {
    if (recorded) await forgetOwnMeeting(item, calls).catch(() => undefined);
    throw error;
  }
  return { kind: "inserted", meetingId, joinUrl, recorded };
}
