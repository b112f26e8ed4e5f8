/**
 * Messages of the event-based handlers: the notification on the appointment while it is being
 * composed, the Smart Alerts dialog when it is sent, and the notices of the »Jabber-møde« button
 * (the ribbon's function command and Outlook mobile's online-meeting button) and of the meeting
 * added automatically. Danish first, English second.
 * Limits that Outlook enforces (the handlers shorten to fit, but the usual text should fit as is):
 * a notification ≤ 150 characters, an action text short, a dialog message ≤ 500 characters and a
 * dialog button ≤ 20 characters.
 */
import { defineMessages } from "./catalogue";

export const eventMessages = defineMessages(
  {
    // The notification while composing. {purpose} is a purpose label ("Statusmøde"), {advice}
    // one of the advice* phrases, {travel} a duration ("4 t 20 min").
    noticeSitesTravel: "{purpose} på tværs af {sites} matrikler: {advice} — sparer {travel} kørsel",
    noticeTravel: "{purpose}: {advice} — sparer {travel} kørsel",
    noticeSites: "{purpose} på tværs af {sites} matrikler: {advice}",
    noticePlain: "{purpose}: {advice}",
    adviceVirtual: "hold det som {provider}-møde",
    advicePhysical: "mød op fysisk",
    unknownPurpose: "Mødet",
    noticeAction: "Åbn Mødeguide",

    // The Smart Alerts dialog at send.
    sendPersonalData:
      "Invitationen indeholder personoplysninger, som ikke hører hjemme i en mødeindkaldelse: {findings}. Fjern dem, før du sender: en invitation gemmes og videresendes som en e-mail.",
    sendPersonalDataUnspecified:
      "Invitationen ser ud til at indeholde et CPR-nummer eller andre personoplysninger. Fjern dem, før du sender: en invitation gemmes og videresendes som en e-mail.",
    sendPossibleCpr:
      "Invitationen indeholder et tal, der ligner et CPR-nummer: {findings}. Er det et CPR-nummer, så fjern eller maskér det, før du sender. Ellers kan du sende alligevel.",
    sendPossibleCprLabel: "Maskér i Mødeguide",
    findingCpr: "CPR-nummer {masked} {field}",
    findingNumber: "{masked} {field}",
    findingsMore: "{count} mere",
    fieldSubject: "i emnet",
    fieldBody: "i invitationens tekst",
    fieldLocation: "i feltet Placering",
    fieldHidden: "i skjult tekst i invitationen",
    sendNoLink:
      "{purpose}: Mødeguide anbefaler at holde det som {provider}-videomøde, men invitationen har intet {provider}-link. Tilføj et {provider}-møde, eller send alligevel.",
    sendNoLinkTravel:
      "{purpose}: Mødeguide anbefaler at holde det som {provider}-videomøde (det sparer {travel} kørsel), men invitationen har intet {provider}-link. Tilføj et {provider}-møde, eller send alligevel.",
    sendNoLinkLabel: "Tilføj videomøde",
    sendTwoProviders:
      "Invitationen indeholder møder fra flere udbydere ({providers}). Så ved deltagerne ikke, hvilket link de skal bruge. Fjern dem, I ikke skal bruge, eller send alligevel.",
    listAnd: "og",
    providerTeams: "Microsoft Teams",
    providerZoom: "Zoom",
    providerWebex: "Webex",
    providerMeet: "Google Meet",

    // The »Jabber-møde« button, and the meeting added automatically. {providers} names other
    // providers' meetings ("Microsoft Teams og Zoom").
    commandAdded: "{provider}-mødet er tilføjet invitationen.",
    commandAddedUnrecorded:
      "{provider}-mødet er tilføjet, men Mødeguide kunne ikke notere det på mødet. Skal det ud igen, må du selv slette det.",
    commandAlreadyPresent:
      "Invitationen havde allerede et {provider}-møde, så der er ikke tilføjet et til.",
    commandOtherMeeting:
      "Invitationen har allerede et møde i {providers}, så der er ikke tilføjet et {provider}-møde. Vælg i Mødeguide.",
    commandOtherMeetingText:
      "Invitationen har allerede et møde i {providers}, så der er ikke tilføjet et {provider}-møde. Vælg under »Råd om mødet«.",
    commandOtherMeetingShort:
      "Der er allerede et andet onlinemøde, så der er ikke tilføjet et {provider}-møde. Vælg under »Råd om mødet«.",
    commandBodyTooLarge:
      "Invitationens tekst er for lang til, at Mødeguide kan tilføje mødelinket. Intet er ændret.",
    commandFailed:
      "Mødeguide kunne ikke tilføje {provider}-mødet. Invitationen er ikke ændret. Prøv igen om lidt.",
    autoAdded:
      "{provider}-mødet er tilføjet, fordi rådet er videomøde. Vil du ikke have det, så fjern det i Mødeguide.",
    autoAddedText:
      "{provider}-mødet er tilføjet, fordi rådet er videomøde. Vil du ikke have det, så fjern det under »Råd om mødet«.",
    autoAddedUnrecorded:
      "{provider}-mødet er tilføjet, fordi rådet er videomøde. Vil du ikke have det, så slet det i invitationens tekst og i Placering.",
  },
  {
    noticeSitesTravel: "{purpose} across {sites} sites: {advice} — saves {travel} of driving",
    noticeTravel: "{purpose}: {advice} — saves {travel} of driving",
    noticeSites: "{purpose} across {sites} sites: {advice}",
    noticePlain: "{purpose}: {advice}",
    adviceVirtual: "hold it as a {provider} meeting",
    advicePhysical: "meet in person",
    unknownPurpose: "This meeting",
    noticeAction: "Open Mødeguide",

    sendPersonalData:
      "The invitation holds personal data that does not belong in a meeting invitation: {findings}. Remove it before you send: an invitation is stored and forwarded like an e-mail.",
    sendPersonalDataUnspecified:
      "The invitation seems to hold a CPR number or other personal data. Remove it before you send: an invitation is stored and forwarded like an e-mail.",
    sendPossibleCpr:
      "The invitation holds a number that looks like a CPR number: {findings}. If it is one, remove or mask it before you send. If not, you can send anyway.",
    sendPossibleCprLabel: "Mask in Mødeguide",
    findingCpr: "CPR number {masked} {field}",
    findingNumber: "{masked} {field}",
    findingsMore: "{count} more",
    fieldSubject: "in the subject",
    fieldBody: "in the invitation's text",
    fieldLocation: "in the Location field",
    fieldHidden: "in hidden text in the invitation",
    sendNoLink:
      "{purpose}: Mødeguide advises holding it as a {provider} video meeting, but the invitation has no {provider} link. Add a {provider} meeting, or send anyway.",
    sendNoLinkTravel:
      "{purpose}: Mødeguide advises holding it as a {provider} video meeting (it saves {travel} of driving), but the invitation has no {provider} link. Add a {provider} meeting, or send anyway.",
    sendNoLinkLabel: "Add video meeting",
    sendTwoProviders:
      "The invitation holds meetings from more than one provider ({providers}), so attendees won't know which link to use. Remove the ones you won't use, or send anyway.",
    listAnd: "and",
    providerTeams: "Microsoft Teams",
    providerZoom: "Zoom",
    providerWebex: "Webex",
    providerMeet: "Google Meet",

    commandAdded: "The {provider} meeting is in the invitation.",
    commandAddedUnrecorded:
      "The {provider} meeting is in the invitation, but Mødeguide could not note it on the meeting. To take it out again, delete it yourself.",
    commandAlreadyPresent:
      "The invitation already had a {provider} meeting, so no second one was added.",
    commandOtherMeeting:
      "The invitation already has a meeting in {providers}, so no {provider} meeting was added. Choose in Mødeguide.",
    commandOtherMeetingText:
      "The invitation already has a meeting in {providers}, so no {provider} meeting was added. Choose under »Meeting advice«.",
    commandOtherMeetingShort:
      "There is already another online meeting, so no {provider} meeting was added. Choose under »Meeting advice«.",
    commandBodyTooLarge:
      "The invitation's text is too long for Mødeguide to add the meeting link. Nothing was changed.",
    commandFailed:
      "Mødeguide could not add the {provider} meeting. The invitation is unchanged. Try again in a moment.",
    autoAdded:
      "The {provider} meeting was added because the advice is a video meeting. Don't want it? Remove it in Mødeguide.",
    autoAddedText:
      "The {provider} meeting was added because the advice is a video meeting. Don't want it? Remove it under »Meeting advice«.",
    autoAddedUnrecorded:
      "The {provider} meeting was added because the advice is a video meeting. Don't want it? Delete it from the invitation's text and location.",
  },
);

export type EventMessageKey = keyof typeof eventMessages.da;
