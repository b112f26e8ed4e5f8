/**
 * The one logger of the add-in's runtime code: warnings for IT, read in the browser's developer
 * tools (the policy that could not be used, and why). Never meeting content: the guidance promises
 * no monitoring, so nothing a person writes is ever logged.
 */
export function warn(message: string): void {
  try {
    // eslint-disable-next-line no-console -- this is the one logger
    if (typeof console !== "undefined") console.warn(message);
  } catch {
    // A runtime without a console loses the warning, never the work.
  }
}
