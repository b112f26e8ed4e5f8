/**
 * Messages of the task pane (and the preview page around it). Danish first, English second.
 * Reminder titles are short imperatives for the checklist; the advisor's own message for each
 * reminder is shown beneath as the explanation.
 */
import type { OtherProvider, ReminderCode } from "../advisor/types";
import type { Locale } from "./catalogue";
import { defineMessages } from "./catalogue";

/** The task pane's messages. */
export const paneMessages = defineMessages(
  {
    appTitle: "Mødeguide",
    appTagline: "Råd om mødet efter vejledningen fra {organisation}",
    viewSwitch: "Visning",
    viewMeeting: "Møde",
    viewColleagues: "Kolleger",
    loadingView: "Henter …",
    loading: "Læser mødet …",
    startHint: "Tilføj deltagere og et emne, så giver Mødeguide et råd.",
    meetingSubject: "Mødet: {subject}",
    noSubject: "(intet emne)",
    privacy: "Oplysninger om mødet forlader ikke Outlook.",
    policyFooter: "Politik: {name}, version {revision}",
    policyDefault:
      "Mødeguide bruger standardindstillingerne – organisationens politik kunne ikke hentes.",
    policyKept:
      "Mødeguide bruger organisationens politik, som den var sidst – den nyeste udgave kunne ikke hentes.",

    adviceHeading: "Anbefaling",
    purpose: "Formål: {purpose}",
    confidence: "{level}",
    verdictMeta: "{purpose} · {level}",
    confidenceHigh: "Vurderingen er sikker",
    confidenceMedium: "Vurderingen er nogenlunde sikker",
    confidenceLow: "Vurderingen er usikker",
    adviceUpdated: "Rådet er opdateret: {recommendation}.",

    reasonsHeading: "Derfor",
    reasonGuideline: "Vejledningen, {section}",
    guidanceOriginal: "Vejledningens ord (dansk original, 2014)",
    guidanceDigest: "Sammendrag på engelsk",
    showGuidance: "Vis vejledningens ord",
    evidence_subject: "Genkendt i emnet: {terms}",
    evidence_body: "Genkendt i invitationens tekst: {terms}",

    travelHeading: "Transport",
    travelSavedOne: "Du sparer {duration} kørsel ({km})",
    travelSavedOther: "Som videomøde sparer 1 deltager {duration} kørsel ({km})",
    travelSavedMany: "Som videomøde sparer {count} deltagere {duration} kørsel ({km})",
    travelCostsOne: "Mødet kræver {duration} kørsel for 1 deltager ({km})",
    travelCostsMany: "Mødet kræver {duration} kørsel for {count} deltagere ({km})",
    travelNoneTravelling: "Ingen af dem, vi kender arbejdsstedet for, skal køre til {site}.",
    travelBasis: "Kørslen er regnet tur-retur til {site} for hver deltager.",
    travelUnknownOne: "Mødeguide kender ikke arbejdsstedet for 1 deltager, som ikke er regnet med.",
    travelUnknownMany:
      "Mødeguide kender ikke arbejdsstedet for {count} deltagere, som ikke er regnet med.",
    travelNoPlace: "Mødets placering er ikke angivet, så kørslen kan ikke regnes ud.",
    travelNoOwnSite: "Vælg dit arbejdssted, så Mødeguide kan regne kørslen ud.",
    travelUnknownPlace:
      "Placeringen er ikke et af arbejdsstederne i politikken, så kørslen kan ikke regnes ud.",
    chooseSite: "Vælg arbejdssted",

    remindersHeading: "Husk",
    remindersHint: "Fluebenene er kun dine egne noter og gemmes ikke.",
    remindersNone: "Ingen påmindelser til dette møde.",
    reminderImportant: "Vigtigt",
    reminder_headset: "Brug headset",
    "reminder_video-consent": "Få samtykke, før personer vises genkendeligt på video",
    "reminder_screen-sharing": "Del kun det, alle deltagere må se",
    reminder_agenda: "Skriv en dagsorden i invitationen",
    "reminder_personal-data": "Fjern personoplysninger fra invitationen",
    "reminder_show-as-free": "Vis aftalen som Ledig, hvis du kan kontaktes",
    "reminder_local-guideline": "Følg din enheds lokale retningslinjer",
    removeCpr: "Fjern CPR-nummeret {masked} fra {field}",
    field_subject: "emnet",
    field_body: "invitationens tekst",
    field_location: "feltet Placering",
    field_hidden: "skjult tekst i invitationen",
    cprTitle: "CPR-nummer i invitationen",
    cprText: "Mødeguide kan erstatte de sidste fire cifre med ****. Intet andet i mødet ændres.",
    cprMaskOne: "Maskér CPR-nummeret",
    cprMaskMany: "Maskér CPR-numrene",
    cprMasked: "CPR-nummeret er maskeret.",
    cprGone: "CPR-nummeret står der ikke længere, så Mødeguide har ikke ændret noget.",
    cprTooLarge:
      "Invitationens tekst er for lang til, at Outlook kan gemme den igen, så CPR-nummeret er ikke maskeret. Erstat selv de sidste fire cifre med ****.",
    cprWriteFailed:
      "Mødeguide kunne ikke maskere CPR-nummeret i {field}. Prøv igen, eller erstat selv de sidste fire cifre med ****.",
    details: "Detaljer",
    localGuideline: "{area}, {situation}: {guideline}",
    localGuidelinesOf: "De lokale retningslinjer for {unit}, som gælder for dette møde:",

    videoHeading: "Videomøde",
    insertMeeting: "Tilføj {provider}-møde",
    removeMeeting: "Fjern {provider}-møde",
    working: "Arbejder …",
    joinLink: "Mødelink",
    videoAddress: "Videoadresse",
    noLinkYet: "Der er ikke et {provider}-møde i invitationen.",
    suggestInsert: "Tilføj et {provider}-møde, så deltagerne kan mødes på video.",
    otherMeetings: "Invitationen har allerede et møde i {providers}.",
    removeTeams:
      "Skal mødet holdes i {provider} i stedet, så slå »Teams-møde« fra øverst i invitationen, og tilføj så {provider}-mødet.",
    removeOther:
      "Skal mødet holdes i {provider} i stedet, så slet det andet mødelink fra invitationens tekst og Placering, og tilføj så {provider}-mødet.",
    inserted: "{provider}-mødet er tilføjet invitationen.",
    alreadyPresent:
      "Invitationen havde allerede et {provider}-møde, så der er ikke tilføjet et til.",
    removed: "{provider}-mødet er fjernet fra invitationen.",
    removedLocationKept:
      "Mødet er fjernet fra invitationens tekst, men ikke fra Placering: fjern det selv der.",
    notPresent: "Der var intet {provider}-møde at fjerne.",
    removedEdited:
      "{provider}-mødet er fjernet. Nogle af linjerne havde du ændret, så de står der stadig – fjern dem selv, hvis de ikke skal med.",
    insertedUnrecorded:
      "{provider}-mødet er tilføjet, men Mødeguide kunne ikke notere det på mødet. Skal det ud igen, må du selv slette det.",
    bodyTooLarge:
      "Invitationens tekst er for lang til, at Mødeguide kan tilføje mødet i den. Intet er ændret. Du kan i stedet tilføje mødelinket i Placering.",
    linkInLocation: "Tilføj mødelinket i Placering",
    insertedInLocation: "Mødelinket står nu i Placering. Invitationens tekst er ikke ændret.",
    insertedInLocationUnrecorded:
      "Mødelinket står nu i Placering, men Mødeguide kunne ikke notere det på mødet. Skal det ud igen, må du selv slette det.",
    locationFull: "Der er ikke plads til mødelinket i Placering (højst 255 tegn). Intet er ændret.",
    placeOffer:
      "Placering viser også »{place}«. Holdes mødet kun på video, kan du erstatte det med {provider}-mødet.",
    placeQuestion:
      "Mødes nogen stadig i »{place}«? Så behold lokalet: {provider}-mødet står ved siden af i Placering.",
    placeReplace: "Erstat med {provider}-mødet",
    placeKeep: "Behold lokalet",
    placeReplaced: "Placering er nu kun {provider}-mødet. Før stod der: »{place}«.",
    placeUndo: "Fortryd",
    placeRestored: "Placering er, som den var.",
    placeChanged:
      "Placering er ændret siden, så Mødeguide har ikke sat den tilbage. Før stod der: »{place}«.",
    placeUnchanged: "Placering er ændret i mellemtiden, så Mødeguide har ikke ændret noget.",
    confirmTitle: "Der er allerede et andet onlinemøde",
    confirmBody:
      "Invitationen har allerede et møde i {providers}. Tilføjer du et {provider}-møde, får deltagerne to mødelinks og skal selv vælge, hvilket de bruger.",
    confirmAccept: "Tilføj {provider}-møde",
    confirmCancel: "Annuller",
    readModeNote: "Du ser mødet som deltager. Mødeguide ændrer intet i det.",
    openedFromSend: "Du kom hertil fra afsendelsen: tilføj et {provider}-møde, eller send uden.",

    settingsHeading: "Indstillinger",
    siteLabel: "Dit arbejdssted",
    siteUnknown: "Ukendt",
    siteHint: "Bruges til at beregne kørslen til møder. Gemmes i din Outlook-profil.",
    unitLabel: "Din enhed",
    unitHint: "Så vises din enheds lokale retningslinjer, når de gælder for mødet.",
    unitNone: "Ingen valgt",
    settingsSaved: "Indstillingen er gemt.",
    settingsClose: "Luk indstillinger",
    autoAddLabel: "Tilføj {provider}-møde automatisk, når rådet er videomøde",
    autoAddHint:
      "Kun for møder med deltagere, og aldrig ved siden af et andet onlinemøde. Fjerner du mødet igen, bliver det ikke tilføjet på ny.",

    errorTitle: "Noget gik galt",
    unsupportedTitle: "Outlook er for gammel til Mødeguide",
    errorDetails: "Detaljer",
    errorRead:
      "Mødeguide kunne ikke læse mødet fra Outlook. Det, du har skrevet, er uændret. Mødeguide prøver igen af sig selv.",
    errorWrite: "Outlook kunne ikke gemme ændringen. Invitationen er, som den var.",
    errorSettings: "Indstillingen kunne ikke gemmes. Prøv igen om lidt.",
    errorUnsupported:
      "Denne version af Outlook understøtter ikke det, Mødeguide har brug for (Mailbox {version}). Brug en nyere Outlook eller Outlook på nettet.",
    errorNoItem: "Der er intet møde åbent. Åbn et møde, og start Mødeguide igen.",
    errorNoOffice: "Mødeguide kunne ikke forbinde til Outlook. Åbn Mødeguide fra båndet i Outlook.",
    errorUnexpected: "Der skete en uventet fejl i Mødeguide. Invitationen er, som den var.",
    errorRender:
      "Mødeguide kunne ikke vise rådet på grund af en fejl i Mødeguide. Mødet er ikke ændret.",
    dismiss: "Luk",
    retry: "Prøv igen",
  },
  {
    appTitle: "Mødeguide",
    appTagline: "Advice on the meeting following the guidance of {organisation}",
    viewSwitch: "View",
    viewMeeting: "Meeting",
    viewColleagues: "Colleagues",
    loadingView: "Loading …",
    loading: "Reading the meeting …",
    startHint: "Add participants and a subject, and Mødeguide will give its advice.",
    meetingSubject: "Meeting: {subject}",
    noSubject: "(no subject)",
    privacy: "Nothing from the meeting leaves your Outlook.",
    policyFooter: "Policy: {name}, version {revision}",
    policyDefault:
      "Mødeguide is using its standard settings – the organisation's policy could not be loaded.",
    policyKept:
      "Mødeguide is using the organisation's policy as it was last loaded – the latest could not be loaded.",

    adviceHeading: "Recommendation",
    purpose: "Purpose: {purpose}",
    confidence: "{level}",
    verdictMeta: "{purpose} · {level}",
    confidenceHigh: "The assessment is sure",
    confidenceMedium: "The assessment is fairly sure",
    confidenceLow: "The assessment is unsure",
    adviceUpdated: "The advice is updated: {recommendation}.",

    reasonsHeading: "Why",
    reasonGuideline: "Guidance, {section}",
    guidanceOriginal: "The guidance's words (Danish original, 2014)",
    guidanceDigest: "English digest",
    showGuidance: "Show the guidance's words",
    evidence_subject: "Recognised in the subject: {terms}",
    evidence_body: "Recognised in the invitation's text: {terms}",

    travelHeading: "Travel",
    travelSavedOne: "You save {duration} of driving ({km})",
    travelSavedOther: "As a video meeting it saves 1 participant {duration} of driving ({km})",
    travelSavedMany:
      "As a video meeting it saves {count} participants {duration} of driving ({km})",
    travelCostsOne: "The meeting takes {duration} of driving for 1 participant ({km})",
    travelCostsMany: "The meeting takes {duration} of driving for {count} participants ({km})",
    travelNoneTravelling: "No one whose work site we know has to drive to {site}.",
    travelBasis: "Driving is counted as a round trip to {site} for each participant.",
    travelUnknownOne: "Mødeguide does not know the work site of 1 participant, who is not counted.",
    travelUnknownMany:
      "Mødeguide does not know the work sites of {count} participants, who are not counted.",
    travelNoPlace: "The meeting's location is not given, so the driving cannot be worked out.",
    travelNoOwnSite: "Choose your work site so that Mødeguide can work out the driving.",
    travelUnknownPlace:
      "The location is not one of the policy's work sites, so the driving cannot be worked out.",
    chooseSite: "Choose work site",

    remindersHeading: "Remember",
    remindersHint: "The ticks are your own notes and are not saved.",
    remindersNone: "No reminders for this meeting.",
    reminderImportant: "Important",
    reminder_headset: "Use a headset",
    "reminder_video-consent": "Get consent before people are shown identifiably on video",
    "reminder_screen-sharing": "Share only what every participant may see",
    reminder_agenda: "Put an agenda in the invitation",
    "reminder_personal-data": "Remove personal data from the invitation",
    "reminder_show-as-free": "Show the appointment as Free if you can be contacted",
    "reminder_local-guideline": "Follow your unit's local guidelines",
    removeCpr: "Remove the CPR number {masked} from {field}",
    field_subject: "the subject",
    field_body: "the invitation's text",
    field_location: "the Location field",
    field_hidden: "hidden text in the invitation",
    cprTitle: "CPR number in the invitation",
    cprText:
      "Mødeguide can replace the last four digits with ****. Nothing else in the meeting changes.",
    cprMaskOne: "Mask the CPR number",
    cprMaskMany: "Mask the CPR numbers",
    cprMasked: "The CPR number is masked.",
    cprGone: "The CPR number is no longer there, so Mødeguide changed nothing.",
    cprTooLarge:
      "The invitation's text is too long for Outlook to save it again, so the CPR number is not masked. Replace the last four digits with **** yourself.",
    cprWriteFailed:
      "Mødeguide could not mask the CPR number in {field}. Try again, or replace the last four digits with **** yourself.",
    details: "Details",
    localGuideline: "{area}, {situation}: {guideline}",
    localGuidelinesOf: "The local guidelines of {unit} that apply to this meeting:",

    videoHeading: "Video meeting",
    insertMeeting: "Add {provider} meeting",
    removeMeeting: "Remove {provider} meeting",
    working: "Working …",
    joinLink: "Meeting link",
    videoAddress: "Video address",
    noLinkYet: "There is no {provider} meeting in the invitation.",
    suggestInsert: "Insert a {provider} meeting so that the participants can meet on video.",
    otherMeetings: "The invitation already has a meeting in {providers}.",
    removeTeams:
      "To hold it in {provider} instead, turn off “Teams meeting” at the top of the invitation, then add the {provider} meeting.",
    removeOther:
      "To hold it in {provider} instead, delete the other meeting link from the invitation's text and Location, then add the {provider} meeting.",
    inserted: "The {provider} meeting is in the invitation.",
    alreadyPresent: "The invitation already had a {provider} meeting, so no second one was added.",
    removed: "The {provider} meeting is removed from the invitation.",
    removedLocationKept:
      "The meeting is removed from the text, but not from the location: remove it there yourself.",
    notPresent: "There was no {provider} meeting to remove.",
    removedEdited:
      "The {provider} meeting is removed. You had changed some of its lines, so they are still there – remove them yourself if they should go.",
    insertedUnrecorded:
      "The {provider} meeting is in the invitation, but Mødeguide could not note it on the meeting. To take it out again, delete it yourself.",
    bodyTooLarge:
      "The invitation's text is too long for Mødeguide to add the meeting to it. Nothing was changed. You can add the meeting link to the location instead.",
    linkInLocation: "Add the meeting link to the location",
    insertedInLocation:
      "The meeting link is now in the location. The invitation's text is unchanged.",
    insertedInLocationUnrecorded:
      "The meeting link is now in the location, but Mødeguide could not note it on the meeting. To take it out again, delete it yourself.",
    locationFull:
      "There is no room for the meeting link in the location (255 characters at most). Nothing was changed.",
    placeOffer:
      "The location also shows “{place}”. If the meeting is held on video only, you can replace it with the {provider} meeting.",
    placeQuestion:
      "Will anyone still meet in “{place}”? Then keep the room: the {provider} meeting stays beside it in the location.",
    placeReplace: "Replace with the {provider} meeting",
    placeKeep: "Keep the room",
    placeReplaced: "The location is now just the {provider} meeting. It said: “{place}”.",
    placeUndo: "Undo",
    placeRestored: "The location is as it was.",
    placeChanged:
      "The location has changed since, so Mødeguide did not put it back. It said: “{place}”.",
    placeUnchanged: "The location has changed in the meantime, so Mødeguide changed nothing.",
    confirmTitle: "There is already another online meeting",
    confirmBody:
      "The invitation already has a meeting in {providers}. If you add a {provider} meeting, the participants get two meeting links and must choose which one to use.",
    confirmAccept: "Add {provider} meeting",
    confirmCancel: "Cancel",
    readModeNote: "You are viewing the meeting as an attendee. Mødeguide changes nothing in it.",
    openedFromSend: "You came here from sending: add a {provider} meeting, or send without one.",

    settingsHeading: "Settings",
    siteLabel: "Your work site",
    siteUnknown: "Unknown",
    siteHint: "Used to work out the driving to meetings. Saved in your Outlook profile.",
    unitLabel: "Your unit",
    unitHint: "Shows your unit's local guidelines when they apply to the meeting.",
    unitNone: "None chosen",
    settingsSaved: "The setting is saved.",
    settingsClose: "Close settings",
    autoAddLabel: "Add the {provider} meeting automatically when the advice is a video meeting",
    autoAddHint:
      "Only for meetings with participants, and never beside another online meeting. If you remove the meeting, it is not added again.",

    errorTitle: "Something went wrong",
    unsupportedTitle: "This Outlook is too old for Mødeguide",
    errorDetails: "Details",
    errorRead:
      "Mødeguide could not read the meeting from Outlook. What you wrote is unchanged. Mødeguide tries again by itself.",
    errorWrite: "Outlook could not save the change. The invitation is as it was.",
    errorSettings: "The setting could not be saved. Try again in a moment.",
    errorUnsupported:
      "This version of Outlook does not support what Mødeguide needs (Mailbox {version}). Use a newer Outlook or Outlook on the web.",
    errorNoItem: "No meeting is open. Open a meeting and start Mødeguide again.",
    errorNoOffice:
      "Mødeguide could not connect to Outlook. Open Mødeguide from the ribbon in Outlook.",
    errorUnexpected: "Something unexpected went wrong in Mødeguide. The invitation is as it was.",
    errorRender:
      "Mødeguide could not show its advice because of an error in Mødeguide. The meeting has not been changed.",
    dismiss: "Dismiss",
    retry: "Try again",
  },
);

/** A key of the pane's messages. */
export type PaneMessageKey = keyof (typeof paneMessages)["da"];

/** The checklist title of a reminder code. */
export function reminderTitleKey(code: ReminderCode): PaneMessageKey {
  return `reminder_${code}`;
}

const PROVIDER_NAMES: Record<OtherProvider, string> = {
  teams: "Microsoft Teams",
  zoom: "Zoom",
  webex: "Webex",
  meet: "Google Meet",
};

/** Other providers' product names (the same in both languages), joined as a list. */
export function providerList(providers: readonly OtherProvider[], locale: Locale): string {
  const names = [...new Set(providers)].map((p) => PROVIDER_NAMES[p]);
  return new Intl.ListFormat(locale === "da" ? "da-DK" : "en-GB", {
    style: "long",
    type: "conjunction",
  }).format(names);
}

/** Messages of the preview page around the pane (trying Mødeguide without Outlook). */
// Pure: the pane's bundle imports this module but not these messages, so they are left out of it.
export const previewMessages = /* @__PURE__ */ defineMessages(
  {
    pageTitle: "Mødeguide: forhåndsvisning",
    banner: "Forhåndsvisning",
    bannerText:
      "Mødeguide uden Outlook. Mødet til venstre er en efterligning af Outlook; intet forlader denne side.",
    editorHeading: "Mødet (efterligning af Outlook)",
    appointment: "Mødeindkaldelsen",
    outlookHeading: "Outlook",
    scenario: "Eksempel",
    loadScenario: "Indlæs eksempel",
    mode: "Din rolle",
    modeCompose: "Arrangør (redigerer mødet)",
    modeRead: "Deltager (læser mødet)",
    modeMail: "En mail er åben (kun Kolleger)",
    newAppointment: "Outlook åbner et nyt møde: {start} – {end} med {attendees}.",
    language: "Outlooks sprog",
    theme: "Outlooks tema",
    themeLight: "Lyst",
    themeDark: "Mørkt",
    apply: "Genindlæs ruden",
    subject: "Emne",
    location: "Placering",
    start: "Start",
    end: "Slut",
    recurrence: "Gentagelse",
    recurrenceNone: "Ingen",
    recurrence_daily: "Dagligt",
    recurrence_weekday: "Hver hverdag",
    recurrence_weekly: "Ugentligt",
    recurrence_monthly: "Månedligt",
    recurrence_yearly: "Årligt",
    interval: "Interval",
    sensitivity: "Følsomhed",
    sensitivity_normal: "Normal",
    sensitivity_personal: "Personlig",
    sensitivity_private: "Privat",
    sensitivity_confidential: "Fortrolig",
    organizer: "Arrangør: {name} <{email}>",
    attendees: "Deltagere",
    attendeeName: "Navn",
    attendeeEmail: "E-mail",
    attendeeType: "Type",
    required: "Påkrævet",
    optional: "Valgfri",
    addAttendee: "Tilføj deltager",
    removeAttendee: "Fjern deltager {number}",
    attendeeNumber: "Deltager {number}",
    sitesNote:
      "Outlook oplyser ikke deltagernes arbejdssted: ruden slår det op i adressebogen, her forhåndsvisningens egen. Står en adresse ikke der, er arbejdsstedet ukendt.",
    body: "Brødtekst (HTML)",
    bodyHint:
      "Outlook gemmer sin egen udgave af HTML'en, som ses her, når Mødeguide har skrevet i mødet.",
    eventsNote:
      "Ændrer du tid, deltagere eller gentagelse, sender Outlook en hændelse til ruden. Emne, tekst og placering ser ruden ved næste opdatering (inden for 3 sekunder).",
    readOnly: "Som deltager kan du ikke ændre mødet.",
    missingMembers: "Ruden brugte Office-funktioner, som forhåndsvisningen ikke har: {members}",
  },
  {
    pageTitle: "Mødeguide: preview",
    banner: "Preview",
    bannerText:
      "Mødeguide without Outlook. The meeting on the left is a stand-in for Outlook; nothing leaves this page.",
    editorHeading: "The meeting (a stand-in for Outlook)",
    appointment: "The meeting request",
    outlookHeading: "Outlook",
    scenario: "Example",
    loadScenario: "Load example",
    mode: "Your role",
    modeCompose: "Organizer (editing the meeting)",
    modeRead: "Attendee (reading the meeting)",
    modeMail: "A mail is open (Colleagues only)",
    newAppointment: "Outlook opens a new meeting: {start} – {end} with {attendees}.",
    language: "Outlook's language",
    theme: "Outlook's theme",
    themeLight: "Light",
    themeDark: "Dark",
    apply: "Reload the pane",
    subject: "Subject",
    location: "Location",
    start: "Start",
    end: "End",
    recurrence: "Recurrence",
    recurrenceNone: "None",
    recurrence_daily: "Daily",
    recurrence_weekday: "Every weekday",
    recurrence_weekly: "Weekly",
    recurrence_monthly: "Monthly",
    recurrence_yearly: "Yearly",
    interval: "Interval",
    sensitivity: "Sensitivity",
    sensitivity_normal: "Normal",
    sensitivity_personal: "Personal",
    sensitivity_private: "Private",
    sensitivity_confidential: "Confidential",
    organizer: "Organizer: {name} <{email}>",
    attendees: "Attendees",
    attendeeName: "Name",
    attendeeEmail: "E-mail",
    attendeeType: "Type",
    required: "Required",
    optional: "Optional",
    addAttendee: "Add attendee",
    removeAttendee: "Remove attendee {number}",
    attendeeNumber: "Attendee {number}",
    sitesNote:
      "Outlook does not give the attendees' work sites: the pane looks them up in the address book, here the preview's own. An address not in it has an unknown work site.",
    body: "Body (HTML)",
    bodyHint:
      "Outlook keeps its own version of the HTML, shown here after Mødeguide has written to the meeting.",
    eventsNote:
      "When you change the time, attendees or recurrence, Outlook sends the pane an event. The pane sees the subject, body and location at its next refresh (within 3 seconds).",
    readOnly: "As an attendee you cannot change the meeting.",
    missingMembers: "The pane used Office features the preview does not have: {members}",
  },
);

/** A key of the preview page's messages. */
export type PreviewMessageKey = keyof (typeof previewMessages)["da"];
