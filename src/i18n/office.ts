/**
 * Messages of the Office layer: the video meeting block that Mødeguide writes into an invitation's
 * body and the short form it adds to the location. Danish first, English second.
 *
 * The block's first line (`blockHeading`) and last line (`blockReminder`) are also how the block is
 * recognised again after Outlook re-serialises the body, in either language, so changing them
 * means that blocks written before the change are no longer found: keep the old wording in
 * `LEGACY_BLOCK_MARKERS` when you change it.
 */
import { defineMessages } from "./catalogue";

export const officeMessages = defineMessages(
  {
    blockHeading: "Videomøde i {provider}",
    blockJoinLabel: "Deltag i mødet",
    blockVideoAddressLabel: "Videoadresse (fra videoudstyr)",
    blockReminder:
      "Brug headset, og spørg om lov, før du viser andre på video (mundtligt samtykke er nok).",
    location: "{provider}: {url}",
  },
  {
    blockHeading: "{provider} video meeting",
    blockJoinLabel: "Join the meeting",
    blockVideoAddressLabel: "Video address (from video systems)",
    blockReminder:
      "Use a headset, and ask before you show others on video (oral consent is enough).",
    location: "{provider}: {url}",
  },
);

/**
 * Earlier wordings of the block's first and last lines that must still be recognised (the office
 * layer finds and removes old blocks by them, the advisor skips them as boilerplate); they may
 * hold the placeholder {provider}.
 */
export const LEGACY_BLOCK_MARKERS: { headings: string[]; reminders: string[] } = {
  headings: [],
  reminders: [],
};
