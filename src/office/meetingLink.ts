/**
 * Writes a video meeting into the appointment being composed (the block in the body, a short form
 * in the location) and takes it out again, without ever touching the person's own text.
 *
 * Why prependAsync and not getAsync + setAsync for inserting: prependAsync (Mailbox 1.1) adds the
 * block in one call and never rewrites what the person wrote. A get-then-set round trip rewrites the
 * whole body: anything typed between the two calls is lost, and rewriting a body is known to break
 * inline images for recipients and to change formatting in some clients (OfficeDev/office-js
 * issues 402, 5161, 5430, 6944). The block therefore goes at the top of the invitation, where
 * attendees look for how to join. Removing it has no such one-call API, so removal does get + set,
 * and only when the person asks for it.
 *
 * The location: where Mailbox 1.8 is supported the short form is added as a custom enhanced
 * location (addAsync), which leaves rooms as rooms; on older clients the text is extended with
 * location.setAsync. In both cases it is only added when the whole location still fits in 255
 * characters, and nothing already there is removed.
 *
 * Outlook on iOS and Android (the online-meeting surface) offers only Mailbox 1.5 and, for the body,
 * getAsync and setAsync: there the block is inserted with `bodyWrite: "rewrite"` (the HTML body read
 * and written back with the block at its top, in one tap while the person is not typing), and the
 * location is extended as text.
 */
import { tokenizeHtml } from "../advisor/html";
import { findMeetingLinks } from "../advisor/links";
import type { Locale, OtherProvider } from "../advisor/types";
import { format, LOCALES } from "../i18n/catalogue";
import { officeMessages } from "../i18n/office";
import type { MeetingLinkProvider } from "../policy/types";
import { officeCall, OfficeRunEndedError, type OfficeCallOptions } from "./async";
import { isMailboxSetSupported } from "./host";
import {
  buildJabberBlock,
  buildJabberBlockText,
  drawMeetingId,
  findProviderLink,
  hasOwnBlock,
  joinUrlFor,
  removeOwnBlock,
  removeOwnBlockText,
  TEXT_SEPARATOR,
  type BlockLine,
} from "./jabberBlock";
import { forgetOwnMeeting, loadOwnMeetingId, recordOwnMeeting, recordRemoval } from "./ownership";

/** What inserting a meeting did. */
export type InsertResult =
  /**
   * `recorded: false`: the meeting is in, but recording it as Mødeguide's on the item failed, so
   * Mødeguide will not offer to remove it (it removes only what it knows it wrote).
   */
  | { kind: "inserted"; meetingId: string; joinUrl: string; recorded: boolean }
  | { kind: "already-present"; joinUrl: string }
  | { kind: "body-too-large" }
  /** Another provider's meeting is in the body or location: nothing written (see allowOthers). */
  | { kind: "other-meeting"; providers: OtherProvider[] };

/**
 * What removing a meeting did. `locationKept`: the block is out of the body, but taking our part
 * out of the location failed, so it is still there for the person to remove. `edited`: lines of
 * ours that the person had changed, left where they are for the person to remove.
 * "not-present": nothing Mødeguide recorded as its own is in the item.
 */
export type RemoveResult =
  { kind: "removed"; locationKept?: true; edited?: BlockLine[] } | { kind: "not-present" };

/** Options of insertJabberMeeting. */
export interface InsertOptions {
  provider: MeetingLinkProvider;
  locale: Locale;
  random: () => number;
  /**
   * Insert even when another provider's meeting (Teams, Zoom, Webex, Meet) is there: the person
   * has confirmed that they want two meetings. Without it such a body gets "other-meeting".
   */
  allowOthers?: boolean;
  /**
   * How the block goes into the body: "prepend" (the default, prependAsync in the body's own
   * format), or "rewrite" for clients that only have getAsync and setAsync (Outlook on iOS and
   * Android): the HTML body read and set again with the block after its <body> tag.
   */
  bodyWrite?: "prepend" | "rewrite";
  /** The Office calls' options, e.g. the run they belong to (see OfficeRun). */
  calls?: OfficeCallOptions;
}

/** Outlook's limit on a body written by an add-in (prependAsync, setAsync). */
export const MAX_BODY_LENGTH = 1_000_000;
/** Outlook's limit on the location text. */
export const MAX_LOCATION_LENGTH = 255;
/** Between the existing location text and ours, as Outlook itself joins locations. */
export const LOCATION_SEPARATOR = "; ";

type BodyKind = "html" | "text";

async function bodyKind(
  item: Office.AppointmentCompose,
  calls: OfficeCallOptions = {},
): Promise<BodyKind> {
  const type = await officeCall<Office.CoercionType>((cb) => item.body.getTypeAsync(cb), calls);
  return String(type).toLowerCase() === "html" ? "html" : "text";
}

function coercion(kind: BodyKind): Office.CoercionType {
  return kind === "html" ? Office.CoercionType.Html : Office.CoercionType.Text;
}

async function getBody(
  item: Office.AppointmentCompose,
  kind: BodyKind,
  calls: OfficeCallOptions = {},
): Promise<string> {
  return officeCall<string>((cb) => item.body.getAsync(coercion(kind), cb), calls);
}

/**
 * An HTML body with `block` at its top: just after the <body> tag when there is one (as Outlook's
 * own prependAsync puts it), else in front of everything.
 */
export function prependToHtml(html: string, block: string): string {
  const body = tokenizeHtml(html).find((token) => token.kind === "open" && token.name === "body");
  return body ? html.slice(0, body.end) + block + html.slice(body.end) : block + html;
}

/** The location texts Mødeguide may have written for a join link, in any language. */
export function locationForms(provider: MeetingLinkProvider, url: string): string[] {
  const forms = LOCALES.map((locale) =>
    format(officeMessages[locale].location, { provider: provider.name, url }),
  );
  return [...new Set([...forms, url])];
}

/** The location text Mødeguide writes for a join link in `locale`. */
export function locationFor(provider: MeetingLinkProvider, url: string, locale: Locale): string {
  return format(officeMessages[locale].location, { provider: provider.name, url });
}

/**
 * Adds the short form to the location when there is room for it. A failure here does not undo the
 * body: the block holds everything an attendee needs, the location is a convenience.
 */
async function addToLocation(
  item: Office.AppointmentCompose,
  provider: MeetingLinkProvider,
  url: string,
  locale: Locale,
  options: { textOnly: boolean; calls: OfficeCallOptions },
): Promise<void> {
  const ours = locationFor(provider, url, locale);
  const { calls } = options;
  try {
    const current = (await officeCall<string>((cb) => item.location.getAsync(cb), calls)) ?? "";
    if (current.includes(url)) return;
    const empty = current.trim() === "";
    const combined = empty ? ours : `${current}${LOCATION_SEPARATOR}${ours}`;
    if (combined.length > MAX_LOCATION_LENGTH) return;
    if (!options.textOnly && isMailboxSetSupported("1.8")) {
      await officeCall<void>(
        (cb) => item.enhancedLocation.addAsync([{ id: ours, type: "custom" }], cb),
        calls,
      );
    } else {
      await officeCall<void>((cb) => item.location.setAsync(combined, cb), calls);
    }
  } catch {
    // Deliberately ignored: see above.
  }
}

/**
 * Writes a new video meeting into the appointment: the block at the top of the body (HTML or plain
 * text, as the body is) and the short form in the location. Nothing is written when the body or
 * the location already holds the block or any link or video address of the provider
 * ("already-present"), when they hold another provider's meeting and `allowOthers` is not true
 * ("other-meeting", decided on the text as it is now, not on advice that may be seconds old), or
 * when the body would pass Outlook's 1,000,000-character limit ("body-too-large").
 * Rejects with OfficeCallError when reading or writing the body fails, and with MeetingIdError
 * when the policy's meetingIdDigits is not a whole number from 1 to 30. A failed write leaves the
 * item as it was: the record of the meeting is taken back too (as far as Office lets it).
 */
export async function insertJabberMeeting(
  item: Office.AppointmentCompose,
  options: InsertOptions,
): Promise<InsertResult> {
  const { provider, locale } = options;
  const calls = options.calls ?? {};
  const rewrite = options.bodyWrite === "rewrite";
  // Mobile has no getTypeAsync in the online-meeting surface; its appointment bodies are HTML.
  const kind: BodyKind = rewrite ? "html" : await bodyKind(item, calls);
  const body = (await getBody(item, kind, calls)) ?? "";
  // A meeting the person typed into the location counts too; if the location cannot be read, the
  // body decides (and the location is left alone below).
  const location = await officeCall<string>((cb) => item.location.getAsync(cb), calls).catch(
    (error: unknown) => {
      // A run that ended (timed out, superseded) stops here: nothing has been written yet.
      if (calls.run?.ended) throw error;
      return null;
    },
  );
  const existing =
    findProviderLink(body, provider) ?? (location ? findProviderLink(location, provider) : null);
  if (existing) return { kind: "already-present", joinUrl: joinUrlFor(provider, existing) };
  if (options.allowOthers !== true) {
    const { others } = findMeetingLinks(provider, location ? [body, location] : [body]);
    if (others.length > 0) {
      const providers: OtherProvider[] = [];
      for (const other of others) {
        if (providers.indexOf(other.provider) < 0) providers.push(other.provider);
      }
      return { kind: "other-meeting", providers };
    }
  }

  const meetingId = drawMeetingId(options.random, provider.meetingIdDigits);
  const joinUrl = joinUrlFor(provider, meetingId);
  const block =
    kind === "html"
      ? buildJabberBlock(provider, meetingId, locale)
      : buildJabberBlockText(provider, meetingId, locale) + (body === "" ? "" : TEXT_SEPARATOR);
  if (body.length + block.length > MAX_BODY_LENGTH) return { kind: "body-too-large" };

  // Recorded before the block is written, so that a block in the item is never one Mødeguide
  // does not know as its own; a recorded id whose block never arrived owns nothing.
  const recorded = await recordOwnMeeting(item, meetingId, calls).then(
    () => true,
    () => false,
  );
  try {
    if (rewrite) {
      const html = prependToHtml(body, block);
      await officeCall<void>(
        (cb) => item.body.setAsync(html, { coercionType: coercion(kind) }, cb),
        calls,
      );
    } else {
      await officeCall<void>(
        (cb) => item.body.prependAsync(block, { coercionType: coercion(kind) }, cb),
        calls,
      );
    }
  } catch (error) {
    // Office refused the block: nor should the record stay. (A call dropped because its run ended
    // may still have been carried out, so then the record stays, owning the block if it came.)
    if (recorded && !(error instanceof OfficeRunEndedError)) {
      await forgetOwnMeeting(item).catch(() => undefined);
    }
    throw error;
  }
  if (location !== null) {
    await addToLocation(item, provider, joinUrl, locale, { textOnly: rewrite, calls });
  }
  return { kind: "inserted", meetingId, joinUrl, recorded };
}

/** The location text without our part for `url`: exactly what insert added, or null if absent. */
export function removeFromLocationText(
  location: string,
  provider: MeetingLinkProvider,
  url: string,
): string | null {
  for (const form of locationForms(provider, url)) {
    if (location === form) return "";
    if (location.endsWith(`${LOCATION_SEPARATOR}${form}`)) {
      return location.slice(0, location.length - LOCATION_SEPARATOR.length - form.length);
    }
    const middle = location.indexOf(`${LOCATION_SEPARATOR}${form}${LOCATION_SEPARATOR}`);
    if (middle >= 0) {
      return (
        location.slice(0, middle) + location.slice(middle + LOCATION_SEPARATOR.length + form.length)
      );
    }
    if (location.startsWith(`${form}${LOCATION_SEPARATOR}`)) {
      return location.slice(form.length + LOCATION_SEPARATOR.length);
    }
  }
  // Outlook may join locations with ";" and no space: match segments, trimmed.
  const segments = location.split(";");
  const forms = locationForms(provider, url);
  const kept = segments.filter((segment) => !forms.includes(segment.trim()));
  if (kept.length === segments.length) return null;
  return kept
    .map((segment) => segment.trim())
    .filter((s) => s !== "")
    .join(LOCATION_SEPARATOR);
}

/** Takes our part out of the location; true when something was taken out. */
async function removeFromLocation(
  item: Office.AppointmentCompose,
  provider: MeetingLinkProvider,
  meetingId: string,
): Promise<boolean> {
  const forms = locationForms(provider, joinUrlFor(provider, meetingId));
  if (isMailboxSetSupported("1.8")) {
    const locations = await officeCall<Office.LocationDetails[]>((cb) =>
      item.enhancedLocation.getAsync(cb),
    );
    const ours = (locations ?? [])
      .filter((l) => String(l.locationIdentifier?.type).toLowerCase() === "custom")
      .filter((l) => forms.includes((l.displayName || l.locationIdentifier?.id || "").trim()))
      .map((l) => l.locationIdentifier);
    if (ours.length === 0) return false;
    await officeCall<void>((cb) => item.enhancedLocation.removeAsync(ours, cb));
    return true;
  }
  const current = (await officeCall<string>((cb) => item.location.getAsync(cb))) ?? "";
  const location = removeFromLocationText(current, provider, joinUrlFor(provider, meetingId));
  if (location === null || location === current) return false;
  await officeCall<void>((cb) => item.location.setAsync(location, cb));
  return true;
}

/**
 * Takes out exactly what Mødeguide recorded as its own in this item: the lines of its block that
 * are still as written (with the elements they alone filled) and the location part it added. The
 * person's own text, rooms and other locations stay, and so do lines of ours that the person has
 * changed (reported as `edited`). "not-present" when the item records no meeting of Mødeguide's,
 * or none of it is there any more. When the block is out but the location step fails, the result
 * is "removed" with `locationKept` (the invitation has changed, so this is not a failure).
 * Rejects with OfficeCallError only when an Office call fails before anything was written.
 */
export async function removeJabberMeeting(
  item: Office.AppointmentCompose,
  options: { provider: MeetingLinkProvider },
): Promise<RemoveResult> {
  const { provider } = options;
  const meetingId = await loadOwnMeetingId(item, provider.meetingIdDigits);
  if (meetingId === null) return { kind: "not-present" };
  const kind = await bodyKind(item);
  const body = (await getBody(item, kind)) ?? "";
  const removal =
    kind === "html"
      ? removeOwnBlock(body, provider, meetingId)
      : removeOwnBlockText(body, provider, meetingId);
  if (removal) {
    await officeCall<void>((cb) =>
      item.body.setAsync(removal.body, { coercionType: coercion(kind) }, cb),
    );
  }
  let locationChanged: boolean;
  try {
    locationChanged = await removeFromLocation(item, provider, meetingId);
  } catch (error) {
    if (!removal) throw error;
    return { kind: "removed", locationKept: true, ...editedOf(removal.edited) };
  }
  if (!removal && !locationChanged) return { kind: "not-present" };
  const linkLeft = removal?.edited.some((line) => line === "join" || line === "video") ?? false;
  // The removal is recorded, so that adding the meeting automatically never brings it back; the id
  // is forgotten only once nothing with it is left, so that Remove stays on offer for the rest.
  await recordRemoval(item, { keepId: linkLeft }).catch(() => undefined);
  return { kind: "removed", ...editedOf(removal?.edited ?? []) };
}

function editedOf(edited: BlockLine[]): { edited?: BlockLine[] } {
  return edited.length > 0 ? { edited } : {};
}

/**
 * Whether the body (HTML, as readAppointment reads it) or the location text holds what Mødeguide
 * recorded as its own (`meetingId`, from the item's custom properties): the join or video line of
 * its block, or its location entry. A link the person pasted, or a colleague's block, is not ours.
 */
export function hasOwnJabberMeeting(
  html: string,
  location: string,
  provider: MeetingLinkProvider,
  meetingId: string | null,
): boolean {
  if (meetingId === null) return false;
  if (hasOwnBlock(html, "html", provider, meetingId)) return true;
  return removeFromLocationText(location, provider, joinUrlFor(provider, meetingId)) !== null;
}
