/**
 * Ready-made meetings for the preview page, chosen with ?scenario=<id> (the browser tests preset
 * them the same way). Times are ISO 8601 with Copenhagen's offset; the user in compose mode is the
 * organizer, in read mode the first attendee unless `user` says otherwise.
 */
import type { Locale } from "../i18n/catalogue";
import type {
  AppointmentMode,
  FailureSpec,
  StandInAppointment,
  StandInAttendee,
  StandInPerson,
  StandInRecurrence,
  StandInSensitivity,
} from "./officeStandIn";
import { OWN_MEETING_PROPERTY } from "../office/ownership";
import { locationsFromText } from "./officeStandIn";

/** A scenario's appointment, as written in this file (times as ISO strings). */
export interface ScenarioAppointment {
  subject: string;
  bodyHtml: string;
  start: string;
  end: string;
  location: string;
  organizer: StandInPerson;
  attendees: StandInAttendee[];
  recurrence?: StandInRecurrence | null;
  sensitivity?: StandInSensitivity;
  /** The add-in's custom properties saved on the item (what Mødeguide recorded when it inserted). */
  customProperties?: Record<string, string>;
}

/** One ready-made case for the preview and the browser tests. */
export interface Scenario {
  id: string;
  title: Record<Locale, string>;
  appointment: ScenarioAppointment;
  /** The signed-in person's own settings (roaming settings) when the scenario is loaded. */
  settings?: { site?: string; unit?: string };
  mode?: AppointmentMode;
  /** The signed-in person in read mode; the first attendee by default. */
  user?: StandInPerson;
  /** Office calls that fail in this scenario. */
  failures?: Record<string, FailureSpec>;
  /** The Mailbox requirement set the stand-in claims; 1.14 by default. */
  mailboxVersion?: string;
}

/**
 * The people of the scenarios. Outlook gives no one's work site: the pane looks them up in the
 * directory, here the preview's local one (fakeGraph.ts), where Mette Hansen works in Sorø, Anders
 * Nielsen and Birgitte Holm in Køge and Carsten Lund in Holbæk.
 */
const ORGANIZER: StandInPerson = {
  name: "Mette Hansen",
  email: "mette.hansen@regionsjaelland.dk",
};

const attendee = (
  name: string,
  email: string,
  type: StandInAttendee["type"] = "required",
): StandInAttendee => ({ name, email, type });

const TEAM: StandInAttendee[] = [
  attendee("Anders Nielsen", "anders.nielsen@regionsjaelland.dk"),
  attendee("Birgitte Holm", "birgitte.holm@regionsjaelland.dk"),
  attendee("Carsten Lund", "carsten.lund@regionsjaelland.dk", "optional"),
];

/** A body just under Outlook's 1,000,000-character limit: no video meeting block fits any more. */
const LONG_LINE = "Bilag og referater fra tidligere møder. ";
const LONG_BODY = `<div>${LONG_LINE.repeat(Math.floor(999_500 / LONG_LINE.length))}</div>`;

/** Every scenario, in the order the preview lists them. */
export const SCENARIOS: Scenario[] = [
  {
    id: "status-across-sites",
    title: { da: "Statusmøde på tværs af sygehuse", en: "Status meeting across hospitals" },
    settings: { site: "Sorø" },
    appointment: {
      subject: "Statusmøde: ny hjemmeside",
      bodyHtml: "<div>Dagsorden:</div><ol><li>Status</li><li>Opgavefordeling</li></ol>",
      start: "2027-02-02T10:00:00+01:00",
      end: "2027-02-02T11:00:00+01:00",
      location: "SUH Køge, Lykkebækvej 1, 4600 Køge",
      organizer: ORGANIZER,
      attendees: TEAM,
    },
  },
  {
    id: "personnel-conversation",
    title: { da: "MUS (personalesamtale)", en: "Staff appraisal (MUS)" },
    settings: { site: "Sorø" },
    appointment: {
      subject: "MUS med Anders",
      bodyHtml: "<div>Vi tager udgangspunkt i forberedelsesskemaet.</div>",
      start: "2027-03-10T13:00:00+01:00",
      end: "2027-03-10T14:00:00+01:00",
      location: "Regionshuset, Alléen 15, 4180 Sorø, mødelokale 2",
      organizer: ORGANIZER,
      attendees: [attendee("Anders Nielsen", "anders.nielsen@regionsjaelland.dk")],
    },
  },
  {
    id: "decision-with-teams",
    title: {
      da: "Beslutningsmøde med et Teams-link i forvejen",
      en: "Decision meeting with a Teams link already",
    },
    settings: { site: "Holbæk" },
    appointment: {
      subject: "Beslutning om nyt bookingsystem",
      bodyHtml:
        '<div>Vi skal beslutte, hvilket system vi vælger.</div><div>Microsoft Teams-møde: <a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc123%40thread.v2/0">Deltag nu</a></div>',
      start: "2027-04-06T09:00:00+02:00",
      end: "2027-04-06T10:00:00+02:00",
      location: "",
      organizer: ORGANIZER,
      attendees: TEAM.slice(0, 2),
    },
  },
  {
    id: "jabber-present",
    title: { da: "Møde med Jabber-link i forvejen", en: "Meeting with a Jabber link already" },
    settings: { site: "Sorø" },
    appointment: {
      subject: "Koordineringsmøde om vagtplaner",
      bodyHtml:
        '<div>Videomøde i Cisco Jabber</div><div>Deltag i mødet: <a href="https://video.regionsjaelland.dk/meeting/4815162342">https://video.regionsjaelland.dk/meeting/4815162342</a></div><div>Dagsorden: vagtplan for marts.</div>',
      start: "2027-02-15T08:30:00+01:00",
      end: "2027-02-15T09:00:00+01:00",
      location: "Cisco Jabber: https://video.regionsjaelland.dk/meeting/4815162342",
      organizer: ORGANIZER,
      attendees: TEAM,
      recurrence: { frequency: "weekly", interval: 1 },
      // Inserted by Mødeguide earlier: the item records it as Mødeguide's own.
      customProperties: { [OWN_MEETING_PROPERTY]: "4815162342" },
    },
  },
  {
    id: "hybrid-room",
    title: {
      da: "Statusmøde med et booket mødelokale",
      en: "Status meeting with a booked meeting room",
    },
    settings: { site: "Sorø" },
    appointment: {
      subject: "Statusmøde: vagtplaner",
      bodyHtml: "<div>Dagsorden:</div><ol><li>Status</li><li>Vagtplan for april</li></ol>",
      start: "2027-03-02T09:00:00+01:00",
      end: "2027-03-02T10:00:00+01:00",
      location: "Mødelokale 2.01, SUH Køge",
      organizer: ORGANIZER,
      attendees: TEAM,
    },
  },
  {
    id: "personal-data",
    title: { da: "CPR-nummer i invitationen", en: "CPR number in the invitation" },
    settings: { site: "Næstved" },
    appointment: {
      subject: "Tværfaglig konference",
      bodyHtml:
        "<div>Vi drøfter forløbet for patient 010270-1234.</div><div>Journalen er opdateret.</div>",
      start: "2027-05-04T14:00:00+02:00",
      end: "2027-05-04T14:45:00+02:00",
      location: "Næstved Sygehus, konferencerummet",
      organizer: ORGANIZER,
      attendees: TEAM.slice(0, 2),
    },
  },
  {
    id: "own-appointment",
    title: { da: "Egen aftale (ingen inviterede)", en: "Own appointment (no one invited)" },
    settings: { site: "Sorø" },
    appointment: {
      subject: "Forberede budgetoplæg",
      bodyHtml: "",
      start: "2027-02-03T13:00:00+01:00",
      end: "2027-02-03T15:00:00+01:00",
      location: "",
      organizer: ORGANIZER,
      attendees: [],
    },
  },
  {
    id: "markup-in-subject",
    title: { da: "Kode i emnet (vises som tekst)", en: "Markup in the subject (shown as text)" },
    settings: { site: "Sorø" },
    appointment: {
      subject: "<img src=x onerror=window.__xss=1> Statusmøde <b>fed</b>",
      bodyHtml:
        '<div>Dagsorden <img src="x" onerror="window.__xss=2"></div><script>window.__xss=3</script>',
      start: "2027-02-02T10:00:00+01:00",
      end: "2027-02-02T11:00:00+01:00",
      location: '<svg onload="window.__xss=4">',
      organizer: ORGANIZER,
      attendees: TEAM.slice(0, 1),
    },
  },
  {
    id: "attendee-view",
    title: { da: "Som deltager (læsetilstand)", en: "As an attendee (read mode)" },
    mode: "read",
    settings: { site: "Køge" },
    appointment: {
      subject: "Statusmøde: ny hjemmeside",
      bodyHtml: "<div>Dagsorden:</div><ol><li>Status</li><li>Opgavefordeling</li></ol>",
      start: "2027-02-02T10:00:00+01:00",
      end: "2027-02-02T11:00:00+01:00",
      location: "Regionshuset, Alléen 15, 4180 Sorø",
      organizer: ORGANIZER,
      attendees: TEAM,
    },
  },
  {
    id: "office-error",
    title: {
      da: "Outlook fejler, når der skrives",
      en: "Outlook fails when writing",
    },
    settings: { site: "Sorø" },
    failures: {
      "body.prependAsync": {},
      "body.setAsync": {},
      "roamingSettings.saveAsync": {},
    },
    appointment: {
      subject: "Statusmøde: drift",
      bodyHtml: "<div>Det, jeg har skrevet, må ikke gå tabt.</div>",
      start: "2027-02-02T10:00:00+01:00",
      end: "2027-02-02T11:00:00+01:00",
      location: "SUH Køge",
      organizer: ORGANIZER,
      attendees: TEAM,
    },
  },
  {
    id: "read-error",
    title: { da: "Outlook fejler, når mødet læses", en: "Outlook fails when reading" },
    settings: { site: "Sorø" },
    failures: { "body.getAsync": { times: 2 } },
    appointment: {
      subject: "Statusmøde: drift",
      bodyHtml: "<div>Teksten her skal blive stående.</div>",
      start: "2027-02-02T10:00:00+01:00",
      end: "2027-02-02T11:00:00+01:00",
      location: "SUH Køge",
      organizer: ORGANIZER,
      attendees: TEAM,
    },
  },
  {
    id: "body-too-large",
    title: { da: "Invitation ved Outlooks grænse", en: "Invitation at Outlook's limit" },
    settings: { site: "Sorø" },
    appointment: {
      subject: "Statusmøde med bilag",
      bodyHtml: LONG_BODY,
      start: "2027-02-02T10:00:00+01:00",
      end: "2027-02-02T11:00:00+01:00",
      location: "SUH Roskilde",
      organizer: ORGANIZER,
      attendees: TEAM,
    },
  },
  {
    id: "new-meeting",
    title: { da: "Nyt, tomt møde", en: "New, empty meeting" },
    appointment: {
      subject: "",
      bodyHtml: "",
      start: "2027-02-02T10:00:00+01:00",
      end: "2027-02-02T10:30:00+01:00",
      location: "",
      organizer: ORGANIZER,
      attendees: [],
    },
  },
];

/** The scenario shown when the query names none (or an unknown one). */
export const DEFAULT_SCENARIO_ID = "status-across-sites";

/** The scenario with this id, or the default one. */
export function scenarioById(id: string | null | undefined): Scenario {
  return (
    SCENARIOS.find((s) => s.id === id) ??
    (SCENARIOS.find((s) => s.id === DEFAULT_SCENARIO_ID) as Scenario)
  );
}

/** The stand-in's appointment for a scenario. */
export function toStandInAppointment(a: ScenarioAppointment): StandInAppointment {
  return {
    subject: a.subject,
    bodyHtml: a.bodyHtml,
    start: new Date(a.start),
    end: new Date(a.end),
    locations: locationsFromText(a.location),
    organizer: { ...a.organizer },
    attendees: a.attendees.map((p) => ({ ...p })),
    recurrence: a.recurrence ? { ...a.recurrence } : null,
    sensitivity: a.sensitivity ?? "normal",
    customProperties: { ...(a.customProperties ?? {}) },
  };
}
