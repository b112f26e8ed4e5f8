import type { ReactElement } from "react";
import { makeStyles, tokens, typographyStyles } from "@fluentui/react-components";
import {
  CalendarPerson24Regular,
  People24Regular,
  PeopleSwap24Regular,
  Video24Regular,
} from "@fluentui/react-icons";
import type { Advice, Recommendation } from "../../advisor/types";
import { purposeLabel, recommendationLabel } from "../../i18n/labels";
import { useLocale, usePaneText } from "../locale";
import { usePolicy } from "../policy";
import { confidenceText } from "../present";

const ICONS: Record<Recommendation, ReactElement> = {
  virtual: <Video24Regular />,
  physical: <People24Regular />,
  either: <PeopleSwap24Regular />,
  none: <CalendarPerson24Regular />,
};

const useStyles = makeStyles({
  card: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: tokens.spacingHorizontalM,
    alignItems: "start",
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorNeutralForeground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke2}`,
  },
  icon: {
    display: "flex",
    alignItems: "center",
    justifyContent: "center",
    width: "40px",
    height: "40px",
    borderRadius: tokens.borderRadiusCircular,
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
  },
  label: { ...typographyStyles.subtitle1, margin: 0 },
  meta: {
    ...typographyStyles.body1,
    margin: 0,
    marginTop: tokens.spacingVerticalXS,
    color: tokens.colorNeutralForeground2,
  },
});

/** The recommendation, prominent, with the purpose and the confidence in plain words. */
export function RecommendationCard({ advice }: { advice: Advice }) {
  const styles = useStyles();
  const locale = useLocale();
  const t = usePaneText();
  const policy = usePolicy();
  return (
    <div
      className={styles.card}
      data-testid="recommendation"
      data-recommendation={advice.recommendation}
    >
      <span className={styles.icon} aria-hidden="true">
        {ICONS[advice.recommendation]}
      </span>
      <div>
        <p className={styles.label}>
          {recommendationLabel(advice.recommendation, locale, policy.meetingLink.name)}
        </p>
        <p className={styles.meta}>
          {t("purpose", { purpose: purposeLabel(advice.purpose, locale) })}
        </p>
        <p className={styles.meta}>
          {t("confidence", { level: confidenceText(advice.confidence, locale) })}
        </p>
      </div>
    </div>
  );
}
