/**
 * The one message catalogue: every user-facing string, Danish first, English second.
 * Each part of the product keeps its messages in a namespace file beside this one
 * (advisor.ts, pane.ts, cli.ts, events.ts, office.ts, availability.ts, colleagues.ts), defined
 * with `defineMessages`, which makes the compiler insist that English has exactly the keys Danish
 * has.
 */
import type { Locale } from "../advisor/types";

export type { Locale };
export const LOCALES: readonly Locale[] = ["da", "en"];
export const DEFAULT_LOCALE: Locale = "da";

export type Params = Record<string, string | number>;

export interface MessageSet<K extends string> {
  da: Record<K, string>;
  en: Record<K, string>;
}

/** Defines one namespace of messages. Placeholders are written {name}. */
export function defineMessages<K extends string>(
  da: Record<K, string>,
  en: Record<K, string>,
): MessageSet<K> {
  return { da, en };
}

/** Fills {name} placeholders; an unknown placeholder is left as written so that it shows in review. */
export function format(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

/**
 * A translator bound to one namespace and locale. `fixed` fills placeholders that every message
 * of a product shares, such as {provider}, the policy's video meeting provider ("Cisco Jabber"):
 * the policy is passed in, never imported, so that another organisation's provider is named in
 * every string. A call's own params win over the fixed ones.
 */
export function translator<K extends string>(set: MessageSet<K>, locale: Locale, fixed?: Params) {
  const messages = set[locale] ?? set[DEFAULT_LOCALE];
  return (key: K, params?: Params): string =>
    format(messages[key], fixed ? { ...fixed, ...params } : params);
}

/**
 * The placeholders every message may use that come from the policy: {provider}, the video meeting
 * provider's name, and {organisation}.
 */
export function policyParams(policy: {
  organisation: string;
  meetingLink: { name: string };
}): Params {
  return { provider: policy.meetingLink.name, organisation: policy.organisation };
}

/**
 * The locale for an RFC 1766 / BCP 47 language tag such as Office.context.displayLanguage:
 * Danish (and the Nordic languages closest to it) get Danish, every other language English,
 * and no tag at all gets Danish, the organisation's language.
 */
export function localeFromLanguageTag(tag: string | undefined | null): Locale {
  if (!tag) return DEFAULT_LOCALE;
  const language = tag.toLowerCase().split(/[-_]/)[0];
  if (language === "da" || language === "nb" || language === "no" || language === "nn") return "da";
  return "en";
}
