import {
  FluentProvider,
  makeStyles,
  tokens,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import type { Locale } from "../../i18n/catalogue";
import type { LoadedPolicy } from "../../policy/served";
import { LocaleContext } from "../locale";
import { PolicyProvider } from "../policy";
import type { AppProps } from "./App";
import { ErrorBar } from "./ErrorBar";
import { PaneFrame } from "./PaneFrame";
import { PaneViews } from "./PaneViews";

const useStyles = makeStyles({
  // On a wrapper, not on the provider: the provider's classes also go to its portals (dialogs,
  // dropdown lists), which must not fill the window.
  page: {
    minHeight: "100vh",
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
});

/** Why the pane cannot work here; shown instead of the advice. */
export type Problem =
  { kind: "unsupported"; version: string } | { kind: "no-item" } | { kind: "no-office" };

/** Props of Root. */
export interface RootProps {
  locale: Locale;
  dark: boolean;
  /** The organisation's policy as loaded, with where it came from. */
  policy: LoadedPolicy;
  /**
   * The pane's content: the views of an appointment (the meeting and colleagues), the colleagues'
   * view alone (on a mail), or the problem that keeps the pane from working.
   */
  content: { kind: "app"; props: AppProps } | { kind: "colleagues" } | Problem;
}

/** Theme, language and content of the pane. */
export function Root({ locale, dark, policy, content }: RootProps) {
  const styles = useStyles();
  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} lang={locale}>
      <PolicyProvider value={policy}>
        <LocaleContext.Provider value={locale}>
          <div className={styles.page}>
            {content.kind === "app" ? (
              <PaneViews meeting={content.props} />
            ) : content.kind === "colleagues" ? (
              <PaneViews />
            ) : (
              <PaneFrame>
                {content.kind === "unsupported" ? (
                  <ErrorBar
                    messageKey="errorUnsupported"
                    params={{ version: content.version }}
                    titleKey="unsupportedTitle"
                    intent="warning"
                  />
                ) : (
                  <ErrorBar
                    messageKey={content.kind === "no-item" ? "errorNoItem" : "errorNoOffice"}
                  />
                )}
              </PaneFrame>
            )}
          </div>
        </LocaleContext.Provider>
      </PolicyProvider>
    </FluentProvider>
  );
}
