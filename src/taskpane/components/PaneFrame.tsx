import type { ReactNode } from "react";
import { makeStyles, mergeClasses, tokens, typographyStyles } from "@fluentui/react-components";
import { usePaneText } from "../locale";
import { useLoadedPolicy } from "../policy";

const useStyles = makeStyles({
  column: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    paddingInline: tokens.spacingHorizontalL,
    maxWidth: "560px",
    marginInline: "auto",
  },
  main: { paddingTop: tokens.spacingVerticalM },
  title: { ...typographyStyles.title3, margin: 0 },
  tagline: { ...typographyStyles.caption1, margin: 0, color: tokens.colorNeutralForeground3 },
  footer: {
    ...typographyStyles.caption1,
    paddingBlock: tokens.spacingVerticalM,
    color: tokens.colorNeutralForeground3,
  },
  footerLine: { margin: 0 },
});

/**
 * The pane's landmarks and title, around whatever it shows (advice, or why it cannot). The footer
 * names the policy in use, so that a help desk can ask "which policy do you have?".
 */
export function PaneFrame({ children }: { children: ReactNode }) {
  const styles = useStyles();
  const t = usePaneText();
  const policy = useLoadedPolicy()?.policy;
  return (
    <>
      <main className={mergeClasses(styles.column, styles.main)} aria-labelledby="mg-title">
        <header>
          <h1 id="mg-title" className={styles.title}>
            {t("appTitle")}
          </h1>
          <p className={styles.tagline}>{t("appTagline")}</p>
        </header>
        {children}
      </main>
      <footer className={mergeClasses(styles.column, styles.footer)}>
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
