import type { ReactElement } from "react";
import {
  Button,
  makeStyles,
  mergeClasses,
  tokens,
  typographyStyles,
} from "@fluentui/react-components";
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
import type { TravelText } from "../present";
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
    gridTemplateColumns: "auto minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalM,
    alignItems: "start",
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusLarge,
    color: tokens.colorNeutralForeground1,
    // At 200% zoom the text column is narrow: long Danish words break rather than run out.
    overflowWrap: "anywhere",
    // And in so narrow a pane the icon goes above the text, which then has the card's width.
    "@media (max-width: 240px)": {
      gridTemplateColumns: "minmax(0, 1fr)",
      rowGap: tokens.spacingVerticalS,
    },
  },
  // Each verdict has its own colour and shape of card, not only its icon.
  virtual: {
    backgroundColor: tokens.colorBrandBackground2,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke2}`,
  },
  physical: {
    backgroundColor: tokens.colorPaletteGreenBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteGreenBorder1}`,
  },
  either: {
    backgroundColor: tokens.colorNeutralBackground2,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  none: {
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} dashed ${tokens.colorNeutralStroke1}`,
  },
  icon: {
    display: "flex",
    alignItems: "center",
    justifyContent: "center",
    width: "40px",
    height: "40px",
    borderRadius: tokens.borderRadiusCircular,
  },
  iconVirtual: {
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
  },
  iconPhysical: {
    backgroundColor: tokens.colorPaletteGreenForeground1,
    color: tokens.colorNeutralForegroundOnBrand,
  },
  iconOther: {
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground1,
  },
  label: { ...typographyStyles.subtitle1, margin: 0, overflowWrap: "anywhere" },
  meta: {
    ...typographyStyles.caption1,
    margin: 0,
    marginTop: tokens.spacingVerticalXXS,
    color: tokens.colorNeutralForeground2,
  },
  travel: {
    ...typographyStyles.body1Strong,
    margin: 0,
    marginTop: tokens.spacingVerticalS,
    overflowWrap: "anywhere",
  },
  travelMissing: { ...typographyStyles.body1, color: tokens.colorNeutralForeground2 },
  pick: { marginTop: tokens.spacingVerticalXS },
});

/** Props of RecommendationCard. */
export interface RecommendationCardProps {
  advice: Advice;
  /** The travel line that goes with the verdict; absent for an appointment of one's own. */
  travel?: TravelText;
  /** Opens the settings at the work site, offered when the travel needs it. */
  onChooseSite?: () => void;
}

/**
 * The verdict, prominent: what to do, why in a word (the purpose and how sure), and the driving
 * it saves or costs. Video, in person, either and an appointment of one's own each look different.
 */
export function RecommendationCard({ advice, travel, onChooseSite }: RecommendationCardProps) {
  const styles = useStyles();
  const locale = useLocale();
  const t = usePaneText();
  const policy = usePolicy();
  const r = advice.recommendation;
  return (
    <div
      className={mergeClasses(styles.card, styles[r])}
      data-testid="recommendation"
      data-recommendation={r}
    >
      <span
        className={mergeClasses(
          styles.icon,
          r === "virtual"
            ? styles.iconVirtual
            : r === "physical"
              ? styles.iconPhysical
              : styles.iconOther,
        )}
        aria-hidden="true"
      >
        {ICONS[r]}
      </span>
      <div>
        <p className={styles.label}>{recommendationLabel(r, locale, policy.meetingLink.name)}</p>
        <p className={styles.meta}>
          {t("verdictMeta", {
            purpose: purposeLabel(advice.purpose, locale),
            level: confidenceText(advice.confidence, locale),
          })}
        </p>
        {travel && (
          <p
            className={mergeClasses(styles.travel, travel.missing !== null && styles.travelMissing)}
            data-testid="travel"
          >
            {travel.headline}
          </p>
        )}
        {travel?.missing === "own-site" && onChooseSite && (
          <Button
            className={styles.pick}
            size="small"
            onClick={onChooseSite}
            data-testid="choose-site"
          >
            {t("chooseSite")}
          </Button>
        )}
      </div>
    </div>
  );
}
