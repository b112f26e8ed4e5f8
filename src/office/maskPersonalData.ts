/**
 * "Maskér CPR-nummeret": replaces the four last digits of each CPR number the pane showed with
 * "*", where they stand in the appointment, and changes nothing else. One write per field: the
 * subject and the location are written back as text; the body is read in its own format (HTML or
 * plain text) and only the source characters of those digits are replaced, so that every tag,
 * style and character the person wrote stays as it was.
 *
 * Each field is read again right before it is written, and written only when a number to mask is
 * still there: whatever the person typed since the pane last read the meeting is in what is
 * written back. (Office has no compare-and-set; the pane runs this with its reads held, so the
 * window is the time between one getAsync and its setAsync.)
 */
import { maskCprInHtml, maskCprInText, type MaskTargets } from "../advisor/cpr";
import type { PersonalDataFinding } from "../advisor/types";
import { officeCall, OfficeCallError } from "./async";
import { MAX_BODY_LENGTH } from "./meetingLink";

/** The fields Mødeguide writes to mask a number; a number in hidden text is masked in the body. */
export type MaskedField = "body" | "subject" | "location";

/** The order of the writes: the body first, the field most likely to fail (its size). */
const FIELDS: readonly MaskedField[] = ["body", "subject", "location"];

/** Masking a field failed: nothing more was written after it. */
export class MaskPersonalDataError extends Error {
  readonly code = "mask-personal-data-failed";
  /** The field whose read or write failed. */
  readonly field: MaskedField;
  /** Whether the body would be (or was refused as) larger than Outlook takes from an add-in. */
  readonly tooLarge: boolean;
  /** The fields masked before the failure. */
  readonly masked: MaskedField[];
  cause?: unknown;

  constructor(field: MaskedField, tooLarge: boolean, masked: MaskedField[], cause?: unknown) {
    super(`masking the CPR number in the ${field} failed${tooLarge ? " (too large)" : ""}`);
    this.name = "MaskPersonalDataError";
    this.field = field;
    this.tooLarge = tooLarge;
    this.masked = masked;
    if (cause !== undefined) this.cause = cause;
  }
}

/** What masking did: the fields written, and those where no number to mask was left. */
export interface MaskResult {
  masked: MaskedField[];
  gone: MaskedField[];
}

/** The masked forms to look for in each field written ("hidden" findings are in the body). */
function targetsByField(findings: readonly PersonalDataFinding[]): Map<MaskedField, Set<string>> {
  const byField = new Map<MaskedField, Set<string>>();
  for (const finding of findings) {
    const field: MaskedField = finding.field === "hidden" ? "body" : finding.field;
    const set = byField.get(field) ?? new Set<string>();
    set.add(finding.masked);
    byField.set(field, set);
  }
  return byField;
}

/** Masks the body in its own format; false when no number to mask was left in it. */
async function maskBody(item: Office.AppointmentCompose, targets: MaskTargets): Promise<boolean> {
  const type = await officeCall<Office.CoercionType>((cb) => item.body.getTypeAsync(cb));
  const html = String(type).toLowerCase() === "html";
  const coercionType = html ? Office.CoercionType.Html : Office.CoercionType.Text;
  const current = await officeCall<string>((cb) => item.body.getAsync(coercionType, cb));
  const result = html ? maskCprInHtml(current, targets) : maskCprInText(current, targets);
  if (result.count === 0) return false;
  if (result.text.length > MAX_BODY_LENGTH) throw new MaskPersonalDataError("body", true, []);
  await officeCall<void>((cb) => item.body.setAsync(result.text, { coercionType }, cb));
  return true;
}

/** Masks a text field (subject or location); false when no number to mask was left in it. */
async function maskTextField(
  field: Office.Subject | Office.Location,
  targets: MaskTargets,
): Promise<boolean> {
  const current = (await officeCall<string>((cb) => field.getAsync(cb))) ?? "";
  const result = maskCprInText(current, targets);
  if (result.count === 0) return false;
  await officeCall<void>((cb) => field.setAsync(result.text, cb));
  return true;
}

/**
 * Masks the CPR numbers of `findings` where they still are in the appointment being composed.
 * Rejects with MaskPersonalDataError naming the field that failed (and the fields masked before
 * it); a body too large for Outlook to take back is refused before anything is written to it.
 */
export async function maskPersonalData(
  item: Office.AppointmentCompose,
  findings: readonly PersonalDataFinding[],
): Promise<MaskResult> {
  const byField = targetsByField(findings);
  const result: MaskResult = { masked: [], gone: [] };
  for (const field of FIELDS) {
    const targets = byField.get(field);
    if (!targets) continue;
    let done: boolean;
    try {
      done =
        field === "body"
          ? await maskBody(item, targets)
          : await maskTextField(field === "subject" ? item.subject : item.location, targets);
    } catch (error) {
      if (error instanceof MaskPersonalDataError) {
        throw new MaskPersonalDataError(error.field, error.tooLarge, result.masked);
      }
      const tooLarge =
        error instanceof OfficeCallError && error.officeName === "DataExceedsMaximumSize";
      throw new MaskPersonalDataError(field, tooLarge, result.masked, error);
    }
    (done ? result.masked : result.gone).push(field);
  }
  return result;
}
