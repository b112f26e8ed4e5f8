/**
 * The pane's writes to the meeting (add, remove, the location offers, masking a CPR number), as
 * one chunk loaded on demand: the first look only reads and advises, so this code follows it in
 * the background (see writes.ts) and is there before a person can click.
 */
export {
  hasOwnJabberMeeting,
  insertJabberMeeting,
  removeFromLocationText,
  removeJabberMeeting,
} from "../office/meetingLink";
export {
  insertMeetingInLocation,
  placeBesideMeeting,
  replaceLocationWithMeeting,
  undoLocationReplacement,
} from "../office/meetingLocation";
export { maskPersonalData } from "../office/maskPersonalData";
