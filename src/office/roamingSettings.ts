/**
 * Outlook's roaming settings as a small port (get, set, saveAsync as a promise) for stores that
 * keep more than the person's own settings: the Kolleger view's favourites and groups. Saving goes
 * through officeCall, so a failure arrives as an OfficeCallError with Office's code (9057: over
 * 32 KB).
 */
import type { RoamingSettingsPort } from "../availability/groups";
import { OfficeCallError, officeCall } from "./async";

/** The port over Office.context.roamingSettings, or null where Outlook gives none (or no Office). */
export function officeRoamingSettings(): RoamingSettingsPort | null {
  let settings: Office.RoamingSettings | undefined;
  try {
    settings = typeof Office === "undefined" ? undefined : Office.context?.roamingSettings;
  } catch {
    settings = undefined;
  }
  if (!settings) return null;
  const store = settings;
  return {
    get: (name) => store.get(name) as unknown,
    set: (name, value) => store.set(name, value),
    saveAsync: () =>
      officeCall<void>((callback) => {
        if (typeof store.saveAsync !== "function") {
          throw new OfficeCallError("Roaming settings cannot be saved here");
        }
        store.saveAsync(callback);
      }),
  };
}
