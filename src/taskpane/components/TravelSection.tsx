import { makeStyles, tokens, typographyStyles } from "@fluentui/react-components";
import { VehicleCar20Regular } from "@fluentui/react-icons";
import type { Travel } from "../../advisor/types";
import { useLocale, usePaneText } from "../locale";
import { travelText } from "../present";
import { Section } from "./Section";

const useStyles = makeStyles({
  headline: { ...typographyStyles.body1Strong, margin: 0 },
  note: { ...typographyStyles.caption1, margin: 0, color: tokens.colorNeutralForeground2 },
});

/** The travel a video meeting saves, in people's terms, honest about unknown sites. */
export function TravelSection({ travel }: { travel: Travel | null }) {
  const styles = useStyles();
  const locale = useLocale();
  const t = usePaneText();
  const text = travelText(travel, locale);
  return (
    <Section id="mg-travel" title={t("travelHeading")} icon={<VehicleCar20Regular />}>
      <p className={styles.headline} data-testid="travel">
        {text.headline}
      </p>
      {text.basis && <p className={styles.note}>{text.basis}</p>}
      {text.unknown && (
        <p className={styles.note} data-testid="travel-unknown">
          {text.unknown}
        </p>
      )}
      <p className={styles.note}>{t("travelOthersUnknown")}</p>
    </Section>
  );
}
