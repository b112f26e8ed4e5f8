/** Builds Advice and drafts for the handlers' pure helpers: a neutral base with the case's parts. */
import type { Advice, Attendee, MeetingDraft } from "../../../src/advisor/types";

export function adviceWith(parts: Partial<Advice>): Advice {
  return {
    recommendation: "either",
    purpose: "unknown",
    confidence: 0.5,
    reasons: [],
    reminders: [],
    travel: null,
    meetingLink: { present: false, others: [] },
    personalData: [],
    localGuidelines: [],
    videoMeeting: false,
    ...parts,
  };
}

export function draftWith(attendees: number, rooms = 0): MeetingDraft {
  const people: Attendee[] = Array.from({ length: attendees }, (_, i) => ({
    email: `person${i}@regionsjaelland.dk`,
    type: "required" as const,
  }));
  const resources: Attendee[] = Array.from({ length: rooms }, (_, i) => ({
    email: `room${i}@regionsjaelland.dk`,
    type: "resource" as const,
  }));
  return {
    subject: "Møde",
    start: "2027-02-02T10:00:00+01:00",
    end: "2027-02-02T11:00:00+01:00",
    organizer: { email: "organisator@regionsjaelland.dk", site: "Sorø" },
    attendees: [...people, ...resources],
  };
}
