/** The colleagues' view's translator, in the pane's locale, with the policy's names. */
import { useMemo } from "react";
import type { Params } from "../i18n/catalogue";
import { policyParams, translator } from "../i18n/catalogue";
import type { ColleaguesMessageKey } from "../i18n/colleagues";
import { colleaguesMessages } from "../i18n/colleagues";
import { useLocale } from "../taskpane/locale";
import { usePolicy } from "../taskpane/policy";

/** Looks up one of the colleagues' view's messages. */
export type ColleaguesText = (key: ColleaguesMessageKey, params?: Params) => string;

/** The colleagues' view's messages in the pane's locale. */
export function useColleaguesText(): ColleaguesText {
  const locale = useLocale();
  const policy = usePolicy();
  return useMemo(
    () => translator(colleaguesMessages, locale, policyParams(policy)),
    [locale, policy],
  );
}
