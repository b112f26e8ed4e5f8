/**
 * Messages of the pane's colleagues' view ("Kolleger"): finding people, their status, how to
 * reach them, a group's first common free time, and what went wrong. Danish first, English second.
 * The statuses' own names come from availability.ts.
 */
import { defineMessages } from "./catalogue";

/** The colleagues' view's messages. */
export const colleaguesMessages = defineMessages(
  {
    heading: "Kolleger",
    intro: "Se, hvem der er ledig nu, og hvordan du når dem – chat først.",
    searchLabel: "Find en kollega",
    searchPlaceholder: "Skriv et navn",
    searchShort: "Skriv mindst {count} bogstaver.",
    searching: "Søger …",
    searchNone: "Ingen kolleger hedder »{text}«.",
    resultsLabel: "Fundne kolleger",
    show: "Vis",
    showPerson: "Vis {name}",
    favourite: "Favorit",
    addFavourite: "Gem {name} som favorit",
    removeFavourite: "Fjern {name} fra favoritter",
    listLabel: "Kolleger, du følger",
    empty: "Find en kollega ovenfor, eller vælg en gruppe.",
    groupLabel: "Gruppe",
    groupNone: "Favoritter",
    saveGroup: "Gem som gruppe",
    groupName: "Gruppens navn",
    saveGroupConfirm: "Gem",
    deleteGroup: "Slet gruppen »{name}«",
    cancel: "Annuller",
    storageFailed: "Favoritter og grupper kunne ikke gemmes i Outlook. Prøv igen.",

    until: "til {time}",
    untilDay: "til {day} {time}",
    nextFree: "Ledig fra {time}",
    nextFreeDay: "Ledig {day} {time}",
    noFreeToday: "Ikke ledig resten af arbejdstiden",
    outsideHours: "Uden for arbejdstid",
    allDay: "hele dagen",
    timelineLabel: "{name} i dag, {start}–{end}",
    timelineSegment: "{start}–{end}: {status}",

    contactHeading: "Kontakt",
    chat: "Chat",
    call: "Ring",
    video: "Video",
    chatWith: "Chat med {name}",
    callTo: "Ring til {name}",
    videoWith: "Video med {name}",
    busyHint: "Optaget: skriv på chat, så svarer {name}, når der er tid.",

    slotHeading: "Første fælles ledige tid",
    slotDuration: "Varighed",
    slotFind: "Find tid",
    slotFound: "{day} {start}–{end}",
    slotNone: "Ingen fælles ledig tid de næste {days} arbejdsdage.",
    slotNeedsTwo: "Vis mindst to kolleger for at finde en fælles tid.",
    slotBook: "Book møde",
    slotBooked: "Et nyt møde er åbnet i Outlook med kollegerne og tiden.",
    minutes: "{count} min",

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
    heading: "Colleagues",
    intro: "See who is free now and how to reach them – chat first.",
    searchLabel: "Find a colleague",
    searchPlaceholder: "Type a name",
    searchShort: "Type at least {count} letters.",
    searching: "Searching …",
    searchNone: "No colleague is called »{text}«.",
    resultsLabel: "Colleagues found",
    show: "Show",
    showPerson: "Show {name}",
    favourite: "Favourite",
    addFavourite: "Save {name} as a favourite",
    removeFavourite: "Remove {name} from favourites",
    listLabel: "Colleagues you follow",
    empty: "Find a colleague above, or choose a group.",
    groupLabel: "Group",
    groupNone: "Favourites",
    saveGroup: "Save as group",
    groupName: "The group's name",
    saveGroupConfirm: "Save",
    deleteGroup: "Delete the group »{name}«",
    cancel: "Cancel",
    storageFailed: "Favourites and groups could not be saved in Outlook. Try again.",

    until: "until {time}",
    untilDay: "until {day} {time}",
    nextFree: "Free from {time}",
    nextFreeDay: "Free {day} {time}",
    noFreeToday: "Not free for the rest of the working day",
    outsideHours: "Outside working hours",
    allDay: "all day",
    timelineLabel: "{name} today, {start}–{end}",
    timelineSegment: "{start}–{end}: {status}",

    contactHeading: "Contact",
    chat: "Chat",
    call: "Call",
    video: "Video",
    chatWith: "Chat with {name}",
    callTo: "Call {name}",
    videoWith: "Video with {name}",
    busyHint: "Busy: write on chat, and {name} answers when there is time.",

    slotHeading: "First common free time",
    slotDuration: "Duration",
    slotFind: "Find a time",
    slotFound: "{day} {start}–{end}",
    slotNone: "No common free time in the next {days} working days.",
    slotNeedsTwo: "Show at least two colleagues to find a common time.",
    slotBook: "Book meeting",
    slotBooked: "A new meeting is open in Outlook with the colleagues and the time.",
    minutes: "{count} min",

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
