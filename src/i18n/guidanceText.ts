/**
 * The guidance's own words per section, for the pane's "why" panels: the section's name in both
 * languages, the relevant sentences of the Danish original (Region Sjælland's Jabber guidance,
 * 2014, quoted verbatim) and the English digest of the same section.
 */
import type { GuidelineId } from "../advisor/types";
import type { Locale } from "./catalogue";

/** One section of the guidance, in its own words. */
export interface GuidanceSection {
  /** The section in the original: "1", "2", "3" or "4". */
  number: string;
  title: Record<Locale, string>;
  /** Sentences quoted verbatim from the Danish original. */
  danish: string[];
  /** The English digest of the section, one point a line. */
  english: string[];
}

/** The guidance's words for every section id an Advice note can cite. */
export const GUIDANCE: Record<GuidelineId, GuidanceSection> = {
  responsibility: {
    number: "1",
    title: { da: "Organisation og ansvar", en: "Organisation and responsibility" },
    danish: [
      "Helt konkret giver Jabber f.eks. mulighed for at nedbringe transportiden ved at erstatte fysiske møder med møder via computeren, samt mulighed for direkte at kontakte en kollega via Jabber, når man kan se, at vedkommende er tilgængelig.",
      "Målet er at gøre det hurtigere og lettere at tale sammen direkte, når der er brug for det, og derved reducere antallet af e-mails, transporttid og lange møder.",
      "At følge både denne administrative vejledning for anvendelse af Cisco Jabber, samt de lokale retningslinjer, der er besluttet af den lokale ledelse.",
    ],
    english: [
      "The region introduced Jabber to cut travel time, e-mails and long meetings: replace physical meetings with meetings at the computer, and contact colleagues directly when they are available.",
      "Managers support adoption in their area and may write local guidelines.",
      "Staff follow this guidance and their local guidelines, use the tools with care for work tasks, and obey the security rules when sharing confidential information.",
    ],
  },
  legal: {
    number: "2",
    title: { da: "Juridiske aspekter", en: "Legal aspects" },
    danish: [
      "Ud over de retningslinjer, som er beskrevet i dette dokument, skal brugerne i deres anvendelse af Cisco Jabber respektere gældende regler og lovgivning på området, herunder Persondataloven, Forvaltningsloven, Offentlighedsloven, Lov om ophavsret samt Lov om markedsføring.",
      "I Jabber foregår der ingen overvågning eller kontrol af indhold og brugen af Jabber.",
    ],
    english: [
      "Use must respect the data protection law (now GDPR and the Danish Data Protection Act), the Public Administration Act, the Access to Public Administration Files Act, copyright and marketing law.",
      "There is no monitoring or control of content or use of Jabber.",
    ],
  },
  availability: {
    number: "3",
    title: { da: "Tilgængelighed", en: "Presence" },
    danish: [
      "Tilgængelighed skal betragtes som et værktøj til optimering af kontaktmulighed, og skal ikke anvendes eller betragtes som kontrol.",
      "Når du er tilstede på din arbejdsplads, der hvor det er muligt, skal du være logget på Jabber, ligesom du skal holde din kalender opdateret, så dine kollegaer via din status kan se hvornår du, inden for dine normale arbejdstider, er tilgængelig for kontakt.",
      "Brug denne funktion med omtanke, da det kan sidestilles med ikke at svare telefon eller e-mail samt arbejde bag en lukket dør.",
    ],
    english: [
      "Others see you as green, yellow or red. Presence is a tool for reaching people, never for control.",
      "Be signed in when at work, and keep your calendar current so colleagues can see from your status when you can be contacted within normal working hours.",
      "Red (busy) is accepted when you need focus on high-priority work; use it with care: it is like not answering the phone and working behind a closed door.",
    ],
  },
  chat: {
    number: "3",
    title: { da: "Chat", en: "Chat" },
    danish: [
      "Chat skal betragtes som et alternativ til e-mail eller korte telefonsamtaler og er til korte, hurtige og uformelle samtaler.",
      "Starten på en kontakt via chat skal fortælle, hvad samtalen skal handle om.",
    ],
    english: [
      "For short, quick, informal exchanges instead of e-mail or short calls. Open by saying what the conversation is about.",
      "You need not answer at once; if you cannot answer soon, say so and set your status to unavailable.",
    ],
  },
  "screen-sharing": {
    number: "3",
    title: { da: "Skærmdeling", en: "Screen sharing" },
    danish: [
      "Del kun programmer med personer, der har ret til at se de oplysninger, som programmet indeholder.",
      "Viser du fortrolige oplysninger via en skærmdeling, er det dit ansvar at sikre, at ingen andre end den/de personer, du kommunikerer med, kan se de givne oplysninger.",
      "Brug som udgangspunkt skærmdeling frem for at sende dokumenter som vedhæftede filer til en e-mail.",
    ],
    english: [
      "Share only programs with people entitled to see their information.",
      "You are responsible for not exposing confidential information, also to people near a participant (someone in a public room).",
      "Prefer screen sharing to sending documents as e-mail attachments. Local guidelines may name programs that must not be shared.",
    ],
  },
  "video-call": {
    number: "3",
    title: { da: "Videosamtalen", en: "Video calls" },
    danish: [
      "Alle videobilleder som inddrager personer, uanset om videobillederne er personhenførbare eller ej, skal have faglig relevans i situationen og må ikke være krænkende.",
      "Hvis et videobillede er personhenførbar, skal den afbildede person som udgangspunkt give samtykke. Dette kan ske mundtligt.",
      "Videosamtaler skal som udgangspunkt foregå med headset for at sikre samtalens fortrolighed og undgå at forstyrre omgivelserne.",
    ],
    english: [
      "Video of persons must be professionally relevant and not offensive.",
      "If a person can be identified on the video, that person should as a rule consent; oral consent is enough.",
      "Video calls are held with a headset as a rule, for confidentiality and to not disturb others.",
    ],
  },
  "video-meeting": {
    number: "3",
    title: { da: "Videomødet", en: "Video meetings" },
    danish: [
      "Målet med videomødet er at effektivisere samarbejdet på tværs af regionen.",
      "Virtuelle møder erstatter ikke alle fysiske møder, men skal ses som et effektivt supplement.",
      "De videomøder, der egner sig bedst til at blive virtuelle, er møder, som handler om noget konkret. For eksempel statusmøder, hvor der fordeles opgaver eller problemløsningsmøder, hvor der træffes beslutninger.",
    ],
    english: [
      "Video meetings make collaboration across the region efficient: they save time by replacing some physical meetings.",
      "Virtual meetings do not replace all physical meetings; they are an efficient supplement.",
      "Best suited to be virtual are meetings about something concrete: status meetings where tasks are handed out, and problem-solving meetings where decisions are made.",
    ],
  },
  "email-calendar": {
    number: "3",
    title: { da: "E-mail og kalender", en: "E-mail and calendar" },
    danish: [
      "E-mail har status som al anden skriftlig kommunikation i Region Sjælland. Kalenderaftaler kan sidestilles med e-mails.",
      "Du skal anvende kalendersystemet til at booke interne og eksterne arbejdsrelaterede mødeaftaler.",
      "I tilfælde af at kalender anvendes til at planlægge egne opgaver, skal aftalen vises som Ledig i Outlook, såfremt opgaven kan løses samtidig med, at man er tilgængelig.",
    ],
    english: [
      "E-mail is written communication like any other; calendar entries count like e-mails.",
      "Book internal and external work meetings in the calendar. Details need not be visible to others, only when you are available.",
      "When you use the calendar to plan your own tasks, show the entry as Free in Outlook if you can be contacted while doing the task.",
    ],
  },
  etiquette: {
    number: "3",
    title: { da: "God skik (takt og tone)", en: "Good manners" },
    danish: [
      "Check altid modtagerens status, før du tager kontakt og vis respekt for situationer, hvor modtager er optaget eller ikke vil forstyrres.",
      "Kontakt som udgangspunkt modtageren med det medie, der er mindst forstyrrende, hvilket oftest er chat.",
      "Fornemmer du at have krænket en anden, så spørg straks ind til det. Skift evt. til et andet medie, eksempelvis videosamtale eller et fysisk møde.",
    ],
    english: [
      "Mutual respect. Check the recipient's status before making contact and respect busy or do-not-disturb.",
      "Use the least disturbing medium, usually chat. Avoid irony and sarcasm in writing.",
      "If you sense you have offended someone, ask at once, and switch medium (video call or meeting).",
    ],
  },
  "local-guidelines": {
    number: "4",
    title: { da: "Lokale retningslinjer", en: "Local guidelines" },
    danish: [
      "Det er muligt at udarbejde lokale retningslinjer for Jabber, hvis det er nødvendigt for opretholdelse af daglige og godkendte rutiner.",
      "Lokale retningslinjer for Jabber skal dog udarbejdes inden for rammen af denne vejledning og godkendes af den lokale ledelse.",
      "Lokale retningslinjer kan være en fordel, hvis man ønsker koder for et alarmberedskab, som alle, lokalt, skal forstå, eller hvis man har særlige fortrolighedskrav til visse møder eller videosamtaler mv.",
    ],
    english: [
      "A unit may write local guidelines where its approved daily routines need them, within the frame of this guidance and approved by local management.",
      "They can describe how staff groups use Jabber, codes for an alarm readiness that everyone locally must understand, or special confidentiality requirements for certain meetings or video calls.",
    ],
  },
};

/** "afsnit 3, Videomødet" / "section 3, Video meetings". */
export function guidanceSectionName(id: GuidelineId, locale: Locale): string {
  const section = GUIDANCE[id];
  return `${locale === "da" ? "afsnit" : "section"} ${section.number}, ${section.title[locale]}`;
}
