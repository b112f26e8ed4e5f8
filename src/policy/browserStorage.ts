/**
 * The policy's stores over the browser's localStorage, per person and per browser, shared by the
 * pane and the event handlers of the same origin (classic Outlook's handlers have no
 * localStorage: there every store is empty): the last good policy text, and the text this build
 * found valid. A blocked, full or damaged store simply knows nothing.
 */
import type { CheckedTexts, PolicyKeeper } from "./served";

/** Where the last good policy text is kept between openings of the pane. */
export const POLICY_STORAGE_KEY = "moedeguide.policy";

function storage(): Storage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    // Some browsers throw on merely touching localStorage when storage is blocked.
    return null;
  }
}

/** The keeper of the last good policy over localStorage; a blocked or full store keeps nothing. */
export const localStorageKeeper: PolicyKeeper = {
  read: () => {
    try {
      return storage()?.getItem(POLICY_STORAGE_KEY) ?? null;
    } catch {
      return null;
    }
  },
  write: (text) => {
    try {
      storage()?.setItem(POLICY_STORAGE_KEY, text);
    } catch {
      // Quota or private mode: there is simply no copy next time.
    }
  },
};

/** Where the pane and the event handlers remember the policy text this build found valid. */
export const CHECKED_POLICY_STORAGE_KEY = "moedeguide.policy.checked";

/**
 * The policy text this build found valid, over localStorage: the last one only (IT serves one
 * policy), marked with the build, so that a new Mødeguide, whose rules may be stricter, checks
 * it again. Its calls may throw (storage blocked, a damaged entry): loadServedPolicy then simply
 * validates. Without a build (a development build, whose sources change under `npm start`), it
 * knows and keeps nothing.
 */
export function localStorageCheckedTexts(build: string | null): CheckedTexts {
  if (build === null) return { has: () => false, add: () => undefined };
  return {
    has: (text) => {
      const kept = storage()?.getItem(CHECKED_POLICY_STORAGE_KEY);
      if (!kept) return false;
      const entry = JSON.parse(kept) as { build?: unknown; text?: unknown } | null;
      return entry?.build === build && entry.text === text;
    },
    add: (text) => storage()?.setItem(CHECKED_POLICY_STORAGE_KEY, JSON.stringify({ build, text })),
  };
}
