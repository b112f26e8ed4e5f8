import type { ReactNode } from "react";
import { makeStyles, mergeClasses, tokens, typographyStyles } from "@fluentui/react-components";
import { usePaneText } from "../locale";
import { useLoadedPolicy } from "../policy";
import { panelId, tabId, useFrameView, useViews, ViewSwitch } from "../views";

const useStyles = makeStyles({
  column: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    paddingInline: tokens.spacingHorizontalM,
    maxWidth: "560px",
    marginInline: "auto",
    boxSizing: "border-box",
  },
  main: { paddingTop: tokens.spacingVerticalS },
  header: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalS,
  },
  title: { ...typographyStyles.subtitle1, margin: 0 },
  tools: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    minWidth: 0,
  },
  // The panel takes the column's spacing over, so that a view reads the same with or without it.
  panel: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  footer: {
    ...typographyStyles.caption1,
    paddingBlock: tokens.spacingVerticalM,
    color: tokens.colorNeutralForeground3,
  },
  footerLine: { margin: 0 },
});

/** Props of PaneFrame. */
export interface PaneFrameProps {
  children: ReactNode;
  /** Tools at the end of the header, after the view switch: the meeting view's settings button. */
  tools?: ReactNode;
}

/**
 * The pane's landmarks and a one-line header (title and tools), around whatever it shows (advice,
 * or why it cannot). The footer says what Mødeguide follows and names the policy in use, so that a
 * help desk can ask "which policy do you have?".
 */
export function PaneFrame({ children, tools }: PaneFrameProps) {
  const styles = useStyles();
  const views = useViews();
  const view = useFrameView();
  const switching = view !== undefined && views !== null && views.views.length > 1;
  const t = usePaneText();
  const policy = useLoadedPolicy()?.policy;
  return (
    <>
      <main className={mergeClasses(styles.column, styles.main)} aria-labelledby="mg-title">
        <header className={styles.header}>
          <h1 id="mg-title" className={styles.title}>
            {t("appTitle")}
          </h1>
          {(switching || tools) && (
            <div className={styles.tools}>
              {switching && <ViewSwitch />}
              {tools}
            </div>
          )}
        </header>
        {switching ? (
          <div
            role="tabpanel"
            id={panelId(view)}
            aria-labelledby={tabId(view)}
            className={styles.panel}
          >
            {children}
          </div>
        ) : (
          children
        )}
      </main>
      <footer className={mergeClasses(styles.column, styles.footer)}>
        {policy && <p className={styles.footerLine}>{t("appTagline")}</p>}
        <p className={styles.footerLine}>{t("privacy")}</p>
        {policy && (
          <p className={styles.footerLine} data-testid="policy-name">
            {t("policyFooter", { name: policy.name, revision: policy.revision })}
          </p>
        )}
      </footer>
    </>
  );
}
