/** Names of the advisor's codes for people: purposes, recommendations, local-guideline areas. */
import type { LocalGuidelineArea, Purpose, Recommendation } from "../advisor/types";
import { format, type Locale } from "./catalogue";

const PURPOSE: Record<Locale, Record<Purpose, string>> = {
  da: {
    status: "Statusmøde",
    decision: "Beslutningsmøde",
    information: "Orienteringsmøde",
    creative: "Workshop eller idéudvikling",
    personnel: "Medarbejdersamtale",
    relationship: "Første møde eller opstart",
    onboarding: "Introduktion af ny kollega",
    social: "Socialt arrangement",
    training: "Undervisning",
    clinical: "Klinisk konsultation eller konference",
    personal: "Egen aftale",
    unknown: "Ukendt formål",
  },
  en: {
    status: "Status meeting",
    decision: "Decision meeting",
    information: "Information meeting",
    creative: "Workshop or idea development",
    personnel: "Employee conversation",
    relationship: "First meeting or kick-off",
    onboarding: "Introduction of a new colleague",
    social: "Social event",
    training: "Training",
    clinical: "Clinical consultation or conference",
    personal: "Own appointment",
    unknown: "Unknown purpose",
  },
};

const RECOMMENDATION: Record<Locale, Record<Recommendation, string>> = {
  da: {
    virtual: "Hold det som videomøde i {provider}",
    physical: "Mød op fysisk",
    either: "Både video og fysisk fremmøde passer",
    none: "Ingen andre er inviteret",
  },
  en: {
    virtual: "Hold it as a {provider} video meeting",
    physical: "Meet in person",
    either: "Video or in person both work",
    none: "No one else is invited",
  },
};

const AREA: Record<Locale, Record<LocalGuidelineArea, string>> = {
  da: {
    presence: "Tilstedeværelse",
    chat: "Chat",
    "screen-sharing": "Skærm- og fildeling",
    calls: "Opkald og videosamtaler",
    "virtual-meeting": "Virtuelt møde",
    "mail-calendar": "Mail og kalender",
    other: "Andet",
  },
  en: {
    presence: "Presence",
    chat: "Chat",
    "screen-sharing": "Screen and file sharing",
    calls: "Calls and video calls",
    "virtual-meeting": "Virtual meeting",
    "mail-calendar": "Mail and calendar",
    other: "Other",
  },
};

export const purposeLabel = (purpose: Purpose, locale: Locale): string => PURPOSE[locale][purpose];
/** The recommendation in words, naming the policy's video meeting provider (e.g. "Cisco Jabber"). */
export const recommendationLabel = (r: Recommendation, locale: Locale, provider: string): string =>
  format(RECOMMENDATION[locale][r], { provider });
export const areaLabel = (area: LocalGuidelineArea, locale: Locale): string => AREA[locale][area];
