import type { LocalGuidelineArea, Purpose, WordPurpose } from "../advisor/types";

/** A work site of the organisation. */
export interface Site {
  /** The canonical name shown to people, e.g. "Køge". */
  name: string;
  /** Other ways a location text or a person's site names this site (matched case- and accent-insensitively, as whole words). */
  aliases: string[];
  lat: number;
  lon: number;
}

/** One-way road distance and driving time between two sites; the table is symmetric. */
export interface TravelLeg {
  from: string;
  to: string;
  km: number;
  minutes: number;
}

/** The organisation's video meeting provider and how its links look. */
export interface MeetingLinkProvider {
  /** Shown to people, e.g. "Cisco Jabber". */
  name: string;
  /** Join link template with the placeholder {meetingId}. */
  joinUrl: string;
  /** Video (SIP) address template with the placeholder {meetingId}. */
  videoAddress: string;
  /** The meeting id is a random number of this many digits, drawn by the caller. */
  meetingIdDigits: number;
}

export interface Vocabulary {
  /** Words and phrases that tell each purpose, Danish and English. */
  purposes: Record<WordPurpose, string[]>;
  /** Words that contain a purpose word but mean something else (e.g. "international" holds "internat"). */
  neutral: string[];
  /**
   * Words that name what a meeting is about or whom it is with, not what happens in it: the
   * counterpart ("leverandør", "kommune"), the topic ("arbejdsmiljø", "kardiologi") or a vague
   * kind ("samtale"). Each weighs TOPIC_WEIGHT (0.3) of a word in `purposes`, so that the activity
   * decides: "Leverandørmøde: status på levering" is a status meeting. They share the purposes'
   * classification: at one place the longest of a purpose, topic or neutral word counts.
   */
  topics: Partial<Record<WordPurpose, string[]>>;
  /** Words that make a training hands-on (and so physical). */
  handsOn: string[];
  /**
   * Words that say the meeting is work with patients or relatives, which is held in person:
   * ward rounds, relatives' conversations, consultations, examinations, shift handovers.
   */
  patientContact: string[];
  /** Words that say the meeting is held remotely: "pr. telefon", "på Jabber", "videomøde". */
  formVirtual: string[];
  /** Words that say the meeting is held in person: "fremmøde påkrævet", "vi mødes ved tavlen". */
  formPhysical: string[];
  /**
   * Words that make a personal appointment the person's own work that colleagues may interrupt
   * or move (preparation, admin time, reading, e-mail): the kind that may be shown as free.
   */
  interruptible: string[];
  /** Words that say a screen will be shared. */
  screenSharing: string[];
  /** Words that make a personal appointment one during which the organizer cannot be contacted. */
  unavailable: string[];
  /**
   * Endings that may follow a vocabulary word inside a compound, after an optional linking -s- or
   * -e-: with "møde" and "forløb", "Introduktionsmøde" and "Kursusforløb" are read as the words
   * they start with.
   */
  compoundEndings: string[];
}

/**
 * The Microsoft Graph app registration (Entra ID) that the Kolleger view signs in with, by nested
 * app authentication. Without it the view says that availability is not set up.
 */
export interface GraphRegistration {
  /** The application (client) id of the registration, a GUID. */
  clientId: string;
  /** The directory (tenant) id, a GUID, or one of the tenant's domain names. */
  tenantId: string;
  /**
   * The delegated permissions asked for; when left out, DEFAULT_GRAPH_SCOPES (Calendars.ReadBasic
   * and User.ReadBasic.All), the least that works.
   */
  scopes?: string[];
}

/**
 * How the Kolleger view offers to reach a colleague, least disturbing first: URI templates with the
 * placeholder {email} (the colleague's e-mail address) or, for a call, {phone} (their phone number).
 */
export interface ContactLinks {
  /** A chat, e.g. "im:{email}" (Cisco Jabber). */
  chat: string;
  /** A call, e.g. "tel:{phone}" or "sip:{email}". */
  call: string;
  /** A video call, e.g. "sip:{email}". */
  video: string;
}

/** A time of day in the policy's zone, "HH:mm", and a span of two of them. */
export interface DailyWindow {
  /** "11:30" */
  start: string;
  /** "12:00", after start. */
  end: string;
}

/** The organisation's rules for finding a time a group can meet. */
export interface SchedulingRules {
  /** A daily break (in the policy's zone) that a common slot is never put over, e.g. lunch. */
  lunch?: DailyWindow;
}

export interface Thresholds {
  /** Round-trip travel minutes, summed over all travellers, that make a meeting of unclear purpose virtual. */
  substantialTravelMinutes: number;
  /** A meeting at least this long counts as a whole day and leans physical. */
  wholeDayMinutes: number;
}

/** One row of a unit's local guidelines, in the guidance's own shape: area × situation × guideline. */
export interface LocalGuideline {
  area: LocalGuidelineArea;
  situation: string;
  guideline: string;
  /** Optional: the guideline applies only to meetings of these purposes. */
  purposes?: Purpose[];
}

export interface UnitGuidelines {
  /** The unit's name, matched case-insensitively to the organizer's unit. */
  unit: string;
  guidelines: LocalGuideline[];
}

/**
 * The organisation's policy: a JSON document that IT owns. Treat a loaded policy as immutable:
 * the advisor compiles its vocabulary and travel table once per policy object.
 */
export interface Policy {
  /** The editor's JSON Schema for the file (`policy init` writes it); Mødeguide ignores it. */
  $schema?: string;
  /** The format of this document: always 1. */
  version: 1;
  /**
   * The policy's own name and revision, which IT sets and the pane's footer shows, so that a help
   * desk can ask "which policy do you have?": "Region Sjælland – standard", "2026.1".
   */
  name: string;
  revision: string;
  organisation: string;
  /** The default IANA time zone of the organisation's staff. */
  timeZone: string;
  sites: Site[];
  travel: TravelLeg[];
  meetingLink: MeetingLinkProvider;
  vocabulary: Vocabulary;
  thresholds: Thresholds;
  localGuidelines: UnitGuidelines[];
  /** The Graph app registration for colleagues' availability; optional (the view then says so). */
  graph?: GraphRegistration;
  /** How to reach a colleague; optional (DEFAULT_CONTACT_LINKS when left out). */
  contactLinks?: ContactLinks;
  /** Rules for a group's common free slot; optional. */
  scheduling?: SchedulingRules;
}
