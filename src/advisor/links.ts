/**
 * Video meeting links in an invitation: the policy's own provider (Cisco Jabber by default), and
 * other providers' meetings, so that two meetings in one invitation can be caught.
 */
import type { MeetingLinkProvider } from "../policy/types";
import type { MeetingLink, OtherMeeting, OtherProvider } from "./types";
import { decodeEntities } from "./text";

/** The meeting-id placeholder in the policy's link templates. */
export const MEETING_ID = "{meetingId}";

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

/** A pattern for one link template, its meeting id captured. */
function templatePattern(template: string, digits: number): string {
  const [before = "", after = ""] = template.split(MEETING_ID);
  return `${escapeRegExp(before)}(\\d{${digits}})${escapeRegExp(after)}`;
}

const compiledProviders = new WeakMap<MeetingLinkProvider, RegExp>();

/** One expression that finds the provider's join link (group 1) or video address (group 2). */
export function providerPattern(provider: MeetingLinkProvider): RegExp {
  let re = compiledProviders.get(provider);
  if (!re) {
    const join = templatePattern(provider.joinUrl, provider.meetingIdDigits);
    const video = templatePattern(provider.videoAddress, provider.meetingIdDigits);
    // Not followed by another digit: a longer number is not this provider's meeting id.
    re = new RegExp(`(?:${join}|${video})(?!\\d)`, "gi");
    compiledProviders.set(provider, re);
  }
  re.lastIndex = 0;
  return re;
}

/** Fills a link template with a meeting id. */
export function fillTemplate(template: string, meetingId: string): string {
  return template.split(MEETING_ID).join(meetingId);
}

const OTHER: readonly { provider: OtherProvider; pattern: string }[] = [
  { provider: "teams", pattern: String.raw`https?://teams\.(?:microsoft|live)\.com/(?:l/meetup-join|meet)/[^\s"'<>]+` },
  { provider: "zoom", pattern: String.raw`https?://(?:[\w-]+\.)*zoom\.us/(?:j|my|w|wc/join)/[^\s"'<>]+` },
  { provider: "webex", pattern: String.raw`https?://[\w-]+\.webex\.com/(?:meet/|join/|[\w-]+/j\.php)[^\s"'<>]*` },
  { provider: "meet", pattern: String.raw`https?://meet\.google\.com/[a-z]{3}-[a-z]{4}-[a-z]{3}` },
]; // prettier-ignore
const OTHERS = new RegExp(OTHER.map((o) => `(${o.pattern})`).join("|"), "gi");

/** At most this many other meetings are reported: enough to warn, and bounded for huge bodies. */
const MAX_OTHERS = 10;

/** Finds the provider's meeting and other providers' meetings in the body (raw) and location. */
export function findMeetingLinks(
  provider: MeetingLinkProvider,
  texts: readonly string[],
): MeetingLink {
  let url: string | undefined;
  let videoAddress: string | undefined;
  const others: OtherMeeting[] = [];
  const seen = new Set<string>();
  for (const text of texts) {
    const re = providerPattern(provider);
    for (const m of text.matchAll(re)) {
      if (m[1] !== undefined && url === undefined) url = fillTemplate(provider.joinUrl, m[1]);
      if (m[2] !== undefined && videoAddress === undefined) {
        videoAddress = fillTemplate(provider.videoAddress, m[2]);
      }
      if (url !== undefined && videoAddress !== undefined) break;
    }
    OTHERS.lastIndex = 0;
    for (const m of text.matchAll(OTHERS)) {
      const index = m.slice(1).findIndex((g) => g !== undefined);
      const entry = OTHER[index];
      if (!entry) continue;
      const found = decodeEntities(m[0]);
      const key = `${entry.provider} ${found.toLowerCase()}`;
      if (seen.has(key)) continue;
      seen.add(key);
      others.push({ provider: entry.provider, url: found });
      if (others.length >= MAX_OTHERS) break;
    }
  }
  const present = url !== undefined || videoAddress !== undefined;
  const link: MeetingLink = { present, others };
  if (url !== undefined || videoAddress !== undefined) link.url = url ?? videoAddress;
  if (videoAddress !== undefined) link.videoAddress = videoAddress;
  return link;
}
