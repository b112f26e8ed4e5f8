/** Number and duration formatting shared by every surface (pane, notifications, command line). */
import type { Locale } from "./catalogue";

/** "4 t 20 min" / "4 h 20 min"; "45 min"; "2 t" / "2 h". Minutes are rounded to whole minutes. */
export function formatDuration(minutes: number, locale: Locale): string {
  const total = Math.max(0, Math.round(minutes));
  const hours = Math.floor(total / 60);
  const rest = total % 60;
  const h = locale === "da" ? "t" : "h";
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} ${h}` : `${hours} ${h} ${rest} min`;
}

/** A whole number in the locale's style: "1.250" in Danish, "1,250" in English. */
export function formatInteger(value: number, locale: Locale): string {
  return new Intl.NumberFormat(locale === "da" ? "da-DK" : "en-GB", {
    maximumFractionDigits: 0,
  }).format(Math.round(value));
}

/** "310 km". */
export function formatKm(km: number, locale: Locale): string {
  return `${formatInteger(km, locale)} km`;
}
