/**
 * The sign-in page's entry (signin.html): once Office is ready in the dialog, runs the page
 * (dialogPage.ts) and says in the page, in Outlook's language, what is happening. Opened on its own,
 * outside Office's dialog, it only says what it is for.
 */
import type { AccountInfo } from "@azure/msal-browser";
import { localeFromLanguageTag, translator } from "../i18n/catalogue";
import { signInPageMessages } from "../i18n/colleagues";
import { runDialogPage } from "./dialogPage";

type Key = keyof typeof signInPageMessages.da;

function say(locale: "da" | "en", key: Key): void {
  const t = translator(signInPageMessages, locale);
  document.documentElement.lang = locale;
  document.title = t("pageTitle");
  const status = document.getElementById("status");
  if (status) status.textContent = t(key);
}

function sessionStore(): Storage | null {
  try {
    return typeof sessionStorage === "undefined" ? null : sessionStorage;
  } catch {
    return null;
  }
}

if (typeof Office === "undefined" || !Office.onReady) {
  say(localeFromLanguageTag(navigator.language), "notInOffice");
} else {
  void Office.onReady(async () => {
    const locale = localeFromLanguageTag(Office.context?.displayLanguage ?? navigator.language);
    const ui = Office.context?.ui;
    if (!ui?.messageParent) {
      say(locale, "notInOffice");
      return;
    }
    say(locale, "signingIn");
    const outcome = await runDialogPage<AccountInfo>({
      url: location.href,
      storage: sessionStore(),
      loadMsal: () => import(/* webpackChunkName: "msal" */ "@azure/msal-browser"),
      messageParent: (message) => ui.messageParent(message),
    });
    if ("sent" in outcome) say(locale, outcome.sent.type === "token" ? "done" : "failed");
  });
}
