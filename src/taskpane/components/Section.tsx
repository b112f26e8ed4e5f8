import type { ReactNode } from "react";
import { makeStyles, tokens, typographyStyles } from "@fluentui/react-components";

const useStyles = makeStyles({
  section: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    paddingBlock: tokens.spacingVerticalM,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  heading: {
    ...typographyStyles.subtitle2,
    margin: 0,
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
  },
});

/** Props of Section. */
export interface SectionProps {
  /** The id of the heading, which also names the region for screen readers. */
  id: string;
  title: string;
  icon?: ReactNode;
  children: ReactNode;
}

/** One titled region of the pane: an h2 that names a landmark. */
export function Section({ id, title, icon, children }: SectionProps) {
  const styles = useStyles();
  return (
    <section className={styles.section} aria-labelledby={id}>
      <h2 id={id} className={styles.heading}>
        {icon}
        {title}
      </h2>
      {children}
    </section>
  );
}
