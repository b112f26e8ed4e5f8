/**
 * The user's own settings (their work site and unit, and whether the Jabber meeting is added
 * automatically), kept in Outlook's roaming settings under one key so that they follow the user
 * between clients, the event handlers included. Roaming settings hold at most 32 KB per add-in and
 * are not secure storage: only two short, non-sensitive strings and a switch go there.
 */
import { OfficeCallError, officeCall } from "./async";

/** What the user tells Mødeguide about themselves. */
export interface UserSettings {
  site?: string;
  unit?: string;
  /**
   * Add the provider's meeting by itself once the advice is clearly a video meeting (the compose
   * handlers do it). Off unless the person turned it on: absent means off.
   */
  autoAddMeeting?: boolean;
}

/** The one roaming-settings key of Mødeguide. */
export const SETTINGS_KEY = "moedeguide.settings";
/** A site or unit name longer than this is not a name: the stored value is ignored. */
const MAX_LENGTH = 200;

function cleanName(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const trimmed = value.trim();
  return trimmed !== "" && trimmed.length <= MAX_LENGTH ? trimmed : undefined;
}

/** Keeps only what is valid: a stored value of another shape gives empty settings. */
export function validateSettings(value: unknown): UserSettings {
  let data = value;
  if (typeof data === "string") {
    try {
      data = JSON.parse(data);
    } catch {
      return {};
    }
  }
  if (!data || typeof data !== "object" || Array.isArray(data)) return {};
  const record = data as Record<string, unknown>;
  const settings: UserSettings = {};
  const site = cleanName(record.site);
  const unit = cleanName(record.unit);
  if (site) settings.site = site;
  if (unit) settings.unit = unit;
  // Only a stored true turns it on: anything else (absent, "true", 1) leaves the default, off.
  if (record.autoAddMeeting === true) settings.autoAddMeeting = true;
  return settings;
}

function roamingSettings(): Office.RoamingSettings | null {
  try {
    if (typeof Office === "undefined") return null;
    return Office.context?.roamingSettings ?? null;
  } catch {
    return null;
  }
}

/**
 * The saved settings; empty settings when there are none, they are invalid, or roaming settings
 * are unavailable. Never throws.
 */
export function loadSettings(): UserSettings {
  const settings = roamingSettings();
  if (!settings) return {};
  try {
    return validateSettings(settings.get(SETTINGS_KEY));
  } catch {
    return {};
  }
}

/**
 * Saves the settings (only valid fields) to the user's mailbox. Rejects with OfficeCallError
 * when roaming settings are unavailable or saving fails (e.g. code 9057, over 32 KB).
 */
export async function saveSettings(settings: UserSettings): Promise<void> {
  const store = roamingSettings();
  const clean = validateSettings(settings);
  await officeCall<void>((callback) => {
    if (!store) throw new OfficeCallError("Roaming settings are unavailable");
    store.set(SETTINGS_KEY, clean);
    store.saveAsync(callback);
  });
}
