/** The advisor's messages: the reasons and reminders it gives, Danish first. */
import { defineMessages } from "./catalogue";

export const advisorMessages = defineMessages(
  {
    "reason.cancelled": "Mødet er aflyst, så Mødeguide giver intet råd.",
    "reason.purpose.clinical-patients":
      "{purpose}: arbejde med patienter og pårørende foregår, hvor de er, og holdes ved fremmøde.",
    "reason.form.physical":
      "Invitationens tekst siger, at deltagerne skal møde op, så mødet holdes fysisk.",
    "reason.form.virtual":
      "Invitationens tekst siger, at mødet holdes på afstand (telefon eller video), så det holdes som videomøde.",
    "reason.no-attendees":
      "Ingen andre er inviteret, så det er en aftale i din egen kalender – der er ingen mødeform at vælge.",
    "reason.purpose.virtual":
      "{purpose}: møder om noget konkret, hvor opgaver fordeles eller beslutninger træffes, egner sig bedst som videomøde.",
    "reason.purpose.information":
      "{purpose}: en orientering til mange kan holdes som videomøde, så ingen skal køre for at lytte med.",
    "reason.purpose.clinical":
      "{purpose}: kliniske konsultationer og konferencer på tværs af matrikler kan holdes som video.",
    "reason.purpose.physical":
      "{purpose}: møder, der bygger på nærvær, holdes bedst fysisk. Virtuelle møder supplerer, men erstatter ikke alle fysiske møder.",
    "reason.purpose.personnel":
      "{purpose}: en samtale mellem leder og medarbejder, fx en MUS, kræver nærvær og holdes fysisk.",
    "reason.purpose.training": "{purpose}: undervisning kan holdes både som video og fysisk.",
    "reason.purpose.training-hands-on":
      "{purpose}: praktisk undervisning og færdighedstræning kræver fremmøde.",
    "reason.purpose.unknown":
      "Emne og tekst siger ikke, hvilken slags møde det er. Skriv formålet i emnet, så rådet bliver sikrere.",
    "reason.purpose.conflict": "Invitationens tekst peger også på {other}; rådet følger emnet.",
    "reason.purpose.mixed": "Invitationen peger også på {other}, så rådet er mindre sikkert.",
    "reason.travel.saved.one":
      "Som videomøde sparer 1 person {duration} kørsel og {km} (tur-retur til {site}).",
    "reason.travel.saved.many":
      "Som videomøde sparer {people} personer {duration} kørsel og {km} (tur-retur til {site}).",
    "reason.travel.substantial":
      "Kørslen, der spares, er betydelig ({duration}), så et videomøde er det naturlige valg, når formålet er uklart.",
    "reason.travel.none":
      "Alle med kendt arbejdssted er på {site}, så et videomøde sparer ingen kørsel.",
    "reason.travel.unknown-sites.one":
      "1 deltager har et ukendt arbejdssted og er ikke regnet med i den sparede kørsel.",
    "reason.travel.unknown-sites.many":
      "{count} deltagere har et ukendt arbejdssted og er ikke regnet med i den sparede kørsel.",
    "reason.travel.no-site":
      "Mødestedet kendes ikke (hverken fra Placering eller dit arbejdssted), så sparet kørsel kan ikke beregnes.",
    "reason.sites.many": "Deltagerne kommer fra {count} forskellige matrikler.",
    "reason.recurring": "Mødet gentages {frequency}.",
    "reason.whole-day":
      "Mødet varer {duration}: en lang dag sammen taler for fremmøde, når formålet i forvejen bygger på det.",
    "reason.sensitive":
      "Mødet er markeret som {sensitivity}. Video er krypteret og sikkert, men almindelige fortrolighedsregler gælder.",
    "reason.sensitive.personnel":
      "Mødet er markeret som {sensitivity}, hvilket understøtter at holde samtalen fysisk.",
    "reason.link.present": "Invitationen har allerede et {provider}-møde.",
    "reason.link.others":
      "Invitationen har allerede et møde fra {providers}. Undgå to møder i samme invitation.",
    "reminder.headset":
      "Brug headset i videomødet: det beskytter fortroligheden og forstyrrer ikke andre.",
    "reminder.video-consent":
      "Kan personer genkendes på videoen, skal de som udgangspunkt give samtykke. Mundtligt samtykke er nok.",
    "reminder.screen-sharing":
      "Del kun skærm med programmer, som alle deltagere må se, og pas på, hvem der sidder omkring deltagerne.",
    "reminder.screen-sharing.confidential":
      "Mødet er fortroligt: del kun skærm med det, alle deltagere må se, og luk andre programmer først.",
    "reminder.agenda":
      "Invitationen siger ikke, hvad mødet handler om. Skriv en dagsorden, så deltagerne kan forberede sig.",
    "reminder.personal-data":
      "Invitationen indeholder noget, der ligner et CPR-nummer ({items}). Fjern eller maskér det: en mødeindkaldelse gemmes og videresendes som en e-mail.",
    "reminder.show-as-free":
      "Kan du kontaktes under denne aftale, så vis den som Ledig i Outlook, så kolleger og receptionen kan se, at du kan nås.",
    "reminder.local-guideline": "Lokal retningslinje for {unit}: {guidelines}",
    // Where a CPR number is, after the number: "010270-**** i emnet".
    "field.subject": "i emnet",
    "field.body": "i invitationens tekst",
    "field.location": "i feltet Placering",
    "field.hidden": "i skjult tekst i invitationen",
    "frequency.daily": "dagligt",
    "frequency.weekly": "ugentligt",
    "frequency.weekly-2": "hver anden uge",
    "frequency.daily-2": "hver anden dag",
    "frequency.monthly": "månedligt",
    "frequency.yearly": "årligt",
    "sensitivity.personal": "personlig",
    "sensitivity.private": "privat",
    "sensitivity.confidential": "fortrolig",
    "list.and": "og",
  },
  {
    "reason.cancelled": "The meeting is cancelled, so Mødeguide gives no advice.",
    "reason.purpose.clinical-patients":
      "{purpose}: work with patients and relatives happens where they are, in person.",
    "reason.form.physical":
      "The invitation's text says people are to attend in person, so the meeting is held physically.",
    "reason.form.virtual":
      "The invitation's text says the meeting is held at a distance (phone or video), so it is held as a video meeting.",
    "reason.no-attendees":
      "No one else is invited, so this is an appointment in your own calendar – there is no form of meeting to choose.",
    "reason.purpose.virtual":
      "{purpose}: meetings about something concrete, where tasks are handed out or decisions made, are best held as video meetings.",
    "reason.purpose.information":
      "{purpose}: a briefing for many can be a video meeting, so that no one drives just to listen.",
    "reason.purpose.clinical":
      "{purpose}: clinical consultations and conferences across sites can be held on video.",
    "reason.purpose.physical":
      "{purpose}: meetings that build on presence are best held in person. Virtual meetings supplement physical ones but do not replace them all.",
    "reason.purpose.personnel":
      "{purpose}: a conversation between a manager and an employee, such as a development review, needs presence and is held in person.",
    "reason.purpose.training": "{purpose}: training can be held on video or in person.",
    "reason.purpose.training-hands-on":
      "{purpose}: practical training and skills training need people in the room.",
    "reason.purpose.unknown":
      "Neither subject nor text says what kind of meeting this is. Put the purpose in the subject for surer advice.",
    "reason.purpose.conflict":
      "The invitation's text also points to {other}; the advice follows the subject.",
    "reason.purpose.mixed": "The invitation also points to {other}, so the advice is less sure.",
    "reason.travel.saved.one":
      "As a video meeting, 1 person saves {duration} of driving and {km} (a round trip to {site}).",
    "reason.travel.saved.many":
      "As a video meeting, {people} people save {duration} of driving and {km} (round trips to {site}).",
    "reason.travel.substantial":
      "The driving saved is substantial ({duration}), so a video meeting is the natural choice when the purpose is unclear.",
    "reason.travel.none":
      "Everyone whose site is known is at {site}, so a video meeting saves no driving.",
    "reason.travel.unknown-sites.one":
      "1 invitee has an unknown work site and is not counted in the driving saved.",
    "reason.travel.unknown-sites.many":
      "{count} invitees have an unknown work site and are not counted in the driving saved.",
    "reason.travel.no-site":
      "The meeting's site is unknown (neither from the location nor from your site), so driving saved cannot be worked out.",
    "reason.sites.many": "The participants come from {count} different sites.",
    "reason.recurring": "The meeting repeats {frequency}.",
    "reason.whole-day":
      "The meeting lasts {duration}: a long day together supports meeting in person where the purpose already rests on it.",
    "reason.sensitive":
      "The meeting is marked {sensitivity}. Video is encrypted and safe, but the usual confidentiality rules apply.",
    "reason.sensitive.personnel":
      "The meeting is marked {sensitivity}, which supports holding the conversation in person.",
    "reason.link.present": "The invitation already holds a {provider} meeting.",
    "reason.link.others":
      "The invitation already holds a meeting from {providers}. Avoid two meetings in one invitation.",
    "reminder.headset":
      "Use a headset in the video meeting: it protects confidentiality and does not disturb others.",
    "reminder.video-consent":
      "People who can be identified on the video should as a rule consent. Oral consent is enough.",
    "reminder.screen-sharing":
      "Share only programs that every participant may see, and mind who sits near the participants.",
    "reminder.screen-sharing.confidential":
      "The meeting is confidential: share only what every participant may see, and close other programs first.",
    "reminder.agenda":
      "The invitation does not say what the meeting is about. Write an agenda so that people can prepare.",
    "reminder.personal-data":
      "The invitation holds what looks like a CPR number ({items}). Remove or mask it: a meeting invitation is stored and forwarded like an e-mail.",
    "reminder.show-as-free":
      "If you can be contacted during this appointment, show it as Free in Outlook so that colleagues and reception can see you are reachable.",
    "reminder.local-guideline": "Local guideline for {unit}: {guidelines}",
    "field.subject": "in the subject",
    "field.body": "in the invitation's text",
    "field.location": "in the Location field",
    "field.hidden": "in hidden text in the invitation",
    "frequency.daily": "daily",
    "frequency.weekly": "weekly",
    "frequency.weekly-2": "every other week",
    "frequency.daily-2": "every other day",
    "frequency.monthly": "monthly",
    "frequency.yearly": "yearly",
    "sensitivity.personal": "personal",
    "sensitivity.private": "private",
    "sensitivity.confidential": "confidential",
    "list.and": "and",
  },
);
