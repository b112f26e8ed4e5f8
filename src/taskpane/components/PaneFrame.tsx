import type { ReactNode } from "react";
import { makeStyles, mergeClasses, tokens, typographyStyles } from "@fluentui/react-components";
import { usePaneText } from "../locale";

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
});

/** The pane's landmarks and title, around whatever it shows (advice, or why it cannot). */
export function PaneFrame({ children }: { children: ReactNode }) {
  const styles = useStyles();
  const t = usePaneText();
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
      <footer className={mergeClasses(styles.column, styles.footer)}>{t("privacy")}</footer>
    </>
  );
}
