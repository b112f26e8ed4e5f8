/**
 * Messages of the pane's colleagues' view ("Kolleger"): finding people, their status, how to
 * reach them, a group's first common free time, and what went wrong. Danish first, English second.
 * The statuses' own names come from availability.ts.
 */
import { defineMessages } from "./catalogue";

/** The colleagues' view's messages. */
export const colleaguesMessages = defineMessages(
  {
    intro: "Se, hvem der er ledig nu, og hvordan du når dem – chat først.",
    searchLabel: "Find en kollega",
    searchPlaceholder: "Skriv et navn",
    searchShort: "Skriv mindst {count} bogstaver.",
    searching: "Søger …",
    searchNone: "Ingen kolleger hedder »{text}«.",
    resultsLabel: "Fundne kolleger",
    show: "Vis",
    showPerson: "Vis {person}",
    hide: "Skjul",
    hidePerson: "Skjul {person}",
    favourite: "Favorit",
    addFavourite: "Gem {name} som favorit",
    removeFavourite: "Fjern {name} fra favoritter",
    listLabel: "Viste kolleger",
    empty: "Find en kollega ovenfor, eller vælg en gruppe.",
    groupLabel: "Gruppe",
    groupNone: "Favoritter",
    saveGroup: "Gem som gruppe",
    groupName: "Gruppens navn",
    saveGroupConfirm: "Gem",
    deleteGroup: "Slet gruppen »{name}«",
    cancel: "Annuller",
    storageFailed: "Favoritter og grupper kunne ikke gemmes i Outlook. Prøv igen.",
    groupDelete: "Slet",
    groupDeleteConfirm: "Vil du slette gruppen »{name}«? Kollegerne bliver ikke slettet.",
    groupSaved: "Gruppen »{name}« er gemt.",
    groupDeleted: "Gruppen »{name}« er slettet.",
    groupReplaces: "Gruppen »{name}« findes allerede og bliver gemt med de viste kolleger.",
    groupNameEmpty: "Giv gruppen et navn.",
    groupNameLong: "Navnet må højst have {count} tegn.",

    until: "til {time}",
    nextFree: "Ledig fra {time}",
    noFreeToday: "Ikke ledig resten af arbejdstiden",
    outsideHours: "Uden for arbejdstid",
    timelineLabel: "{name} i dag, {start}–{end}",
    timelineSegment: "{start}–{end}: {status}",

    contactHeading: "Kontakt",
    chat: "Chat",
    call: "Ring",
    video: "Video",
    chatWith: "Chat med {name}",
    callTo: "Ring til {name}",
    videoWith: "Video med {name}",

    slotHeading: "Første fælles ledige tid",
    slotDuration: "Varighed",
    slotFind: "Find tid",
    slotFound: "{day} {start}–{end}",
    slotNone: "Ingen fælles ledig tid de næste {days} arbejdsdage.",
    slotBook: "Book møde",
    slotBooked: "Et nyt møde er åbnet i Outlook med kollegerne og tiden.",
    minutes: "{count} min",
    slotForm: "Mødeform",
    slotVideo: "Video",
    slotPhysical: "Fysisk",
    slotSearching: "Finder en fælles tid …",
    slotNoCalendars: "Ingen af kalenderne kunne læses, så der kan ikke findes en fælles tid.",
    slotUnknownSites: "Arbejdsstedet kendes ikke for {names}: deres kørsel er ikke regnet med.",
    slotWithYou: "Din egen kalender er regnet med.",
    slotBookFailed:
      "Outlook kunne ikke åbne et nyt møde. Opret mødet i kalenderen, og inviter kollegerne der.",

    refresh: "Opdater",
    updatedAt: "Opdateret {time}",
    stale: "Ikke opdateret i {age} – viser det sidst hentede.",
    refreshing: "Opdaterer …",

    notConfigured:
      "Kolleger er ikke sat op i jeres organisation endnu. IT skal registrere Mødeguide i Microsoft Entra (se vejledningen til IT).",
    notSignedIn: "Log ind for at se kollegers kalender.",
    signIn: "Log ind",
    signInUnavailable:
      "Denne Outlook kan ikke logge ind for Mødeguide. Brug Outlook på nettet eller det nye Outlook.",
    consentMissing:
      "Jeres organisation har ikke givet Mødeguide adgang til »{permission}«. Bed IT om at give samtykke.",
    throttled: "Microsoft har bedt Mødeguide vente lidt. Prøver igen om {seconds} sekunder.",
    offline: "Du er ikke på nettet. Kollegers status vises, når forbindelsen er tilbage.",
    unexpected: "Kollegers status kunne ikke hentes. Prøv igen om lidt.",
    details: "Detaljer",
  },
  {
    intro: "See who is free now and how to reach them – chat first.",
    searchLabel: "Find a colleague",
    searchPlaceholder: "Type a name",
    searchShort: "Type at least {count} letters.",
    searching: "Searching …",
    searchNone: "No colleague is called »{text}«.",
    resultsLabel: "Colleagues found",
    show: "Show",
    showPerson: "Show {person}",
    hide: "Hide",
    hidePerson: "Hide {person}",
    favourite: "Favourite",
    addFavourite: "Save {name} as a favourite",
    removeFavourite: "Remove {name} from favourites",
    listLabel: "Colleagues shown",
    empty: "Find a colleague above, or choose a group.",
    groupLabel: "Group",
    groupNone: "Favourites",
    saveGroup: "Save as group",
    groupName: "The group's name",
    saveGroupConfirm: "Save",
    deleteGroup: "Delete the group »{name}«",
    cancel: "Cancel",
    storageFailed: "Favourites and groups could not be saved in Outlook. Try again.",
    groupDelete: "Delete",
    groupDeleteConfirm: "Delete the group »{name}«? The colleagues are not deleted.",
    groupSaved: "The group »{name}« is saved.",
    groupDeleted: "The group »{name}« is deleted.",
    groupReplaces: "The group »{name}« exists and is saved with the colleagues shown.",
    groupNameEmpty: "Give the group a name.",
    groupNameLong: "The name can have at most {count} characters.",

    until: "until {time}",
    nextFree: "Free from {time}",
    noFreeToday: "Not free for the rest of the working day",
    outsideHours: "Outside working hours",
    timelineLabel: "{name} today, {start}–{end}",
    timelineSegment: "{start}–{end}: {status}",

    contactHeading: "Contact",
    chat: "Chat",
    call: "Call",
    video: "Video",
    chatWith: "Chat with {name}",
    callTo: "Call {name}",
    videoWith: "Video with {name}",

    slotHeading: "First common free time",
    slotDuration: "Duration",
    slotFind: "Find a time",
    slotFound: "{day} {start}–{end}",
    slotNone: "No common free time in the next {days} working days.",
    slotBook: "Book meeting",
    slotBooked: "A new meeting is open in Outlook with the colleagues and the time.",
    minutes: "{count} min",
    slotForm: "Meeting type",
    slotVideo: "Video",
    slotPhysical: "In person",
    slotSearching: "Finding a common time …",
    slotNoCalendars: "None of the calendars could be read, so no common time can be found.",
    slotUnknownSites: "The work site of {names} is not known: their driving is not counted.",
    slotWithYou: "Your own calendar is counted.",
    slotBookFailed:
      "Outlook could not open a new meeting. Create the meeting in the calendar and invite the colleagues there.",

    refresh: "Refresh",
    updatedAt: "Updated {time}",
    stale: "Not updated for {age} – showing what was last fetched.",
    refreshing: "Refreshing …",

    notConfigured:
      "Colleagues is not set up in your organisation yet. IT must register Mødeguide in Microsoft Entra (see the guide for IT).",
    notSignedIn: "Sign in to see colleagues' calendars.",
    signIn: "Sign in",
    signInUnavailable:
      "This Outlook cannot sign in for Mødeguide. Use Outlook on the web or the new Outlook.",
    consentMissing:
      "Your organisation has not given Mødeguide access to »{permission}«. Ask IT to grant consent.",
    throttled: "Microsoft asked Mødeguide to wait a little. Trying again in {seconds} seconds.",
    offline: "You are offline. Colleagues' status shows when the connection is back.",
    unexpected: "Colleagues' status could not be fetched. Try again in a moment.",
    details: "Details",
  },
);

/** A key of the colleagues' view's messages. */
export type ColleaguesMessageKey = keyof typeof colleaguesMessages.da;

/** Messages of the sign-in page that the dialog fallback opens (Outlook without NAA). */
export const signInPageMessages = defineMessages(
  {
    pageTitle: "Mødeguide: log ind",
    signingIn: "Logger ind hos Microsoft …",
    done: "Du er logget ind. Vinduet lukker.",
    failed: "Det lykkedes ikke at logge ind. Luk vinduet, og prøv igen fra Mødeguide.",
    notInOffice:
      "Denne side bruges af Mødeguide til at logge ind fra Outlook. Den virker ikke alene.",
  },
  {
    pageTitle: "Mødeguide: sign in",
    signingIn: "Signing in with Microsoft …",
    done: "You are signed in. The window closes.",
    failed: "Signing in did not work. Close the window and try again from Mødeguide.",
    notInOffice: "Mødeguide uses this page to sign in from Outlook. It does not work on its own.",
  },
);
