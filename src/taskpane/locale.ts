/** The pane's language, chosen once from Office's display language and read by every component. */
import { createContext, useContext, useMemo } from "react";
import type { Locale, Params } from "../i18n/catalogue";
import { DEFAULT_LOCALE, policyParams, translator } from "../i18n/catalogue";
import type { PaneMessageKey } from "../i18n/pane";
import { paneMessages } from "../i18n/pane";
import { useLoadedPolicy } from "./policy";

/** Looks up one of the pane's messages. */
export type PaneText = (key: PaneMessageKey, params?: Params) => string;

/** Carries the pane's locale to every component. */
export const LocaleContext = createContext<Locale>(DEFAULT_LOCALE);

/** The pane's locale. */
export function useLocale(): Locale {
  return useContext(LocaleContext);
}

/**
 * The translator for the pane's messages in the pane's locale, naming the policy's provider in
 * {provider}. Outside a policy (the screens that say why the pane cannot work) no message names it.
 */
export function usePaneText(): PaneText {
  const locale = useLocale();
  const policy = useLoadedPolicy()?.policy;
  return useMemo(
    () => translator(paneMessages, locale, policy ? policyParams(policy) : undefined),
    [locale, policy],
  );
}
