import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  makeStyles,
  tokens,
  typographyStyles,
} from "@fluentui/react-components";
import { BookInformation20Regular } from "@fluentui/react-icons";
import type { Note } from "../../advisor/types";
import { GUIDANCE, guidanceSectionName } from "../../i18n/guidanceText";
import { useLocale, usePaneText } from "../locale";
import { Section } from "./Section";

const useStyles = makeStyles({
  header: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    textAlign: "start",
  },
  message: { ...typographyStyles.body1 },
  source: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground3 },
  panel: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
  },
  quoteTitle: { ...typographyStyles.caption1Strong, margin: 0 },
  quote: {
    ...typographyStyles.body1,
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalM,
    borderInlineStartWidth: tokens.strokeWidthThick,
    borderInlineStartStyle: "solid",
    borderInlineStartColor: tokens.colorBrandStroke1,
    fontStyle: "italic",
  },
  paragraph: { margin: 0, marginBottom: tokens.spacingVerticalXS },
  fact: {
    ...typographyStyles.body1,
    margin: 0,
    paddingBlock: tokens.spacingVerticalS,
    paddingInline: tokens.spacingHorizontalM,
  },
  digest: { ...typographyStyles.body1, margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

/**
 * The reasons, each naming its section of the guidance and opening to the guidance's own words;
 * facts (travel figures, a link already there) are shown plainly, citing nothing.
 */
export function ReasonsSection({ reasons }: { reasons: Note[] }) {
  const styles = useStyles();
  const locale = useLocale();
  const t = usePaneText();
  if (reasons.length === 0) return null;
  return (
    <Section id="mg-reasons" title={t("reasonsHeading")} icon={<BookInformation20Regular />}>
      <Accordion collapsible multiple>
        {reasons.map((reason, index) => {
          // A fact (travel, a link already there) rests on no section: shown plainly, uncited.
          if (reason.fact) {
            return (
              <p key={`${reason.code}-${index}`} className={styles.fact} data-fact="true">
                {reason.message}
              </p>
            );
          }
          const guidance = GUIDANCE[reason.guideline];
          return (
            <AccordionItem key={`${reason.code}-${index}`} value={index}>
              <AccordionHeader as="h3" expandIconPosition="end">
                <span className={styles.header}>
                  <span className={styles.message}>{reason.message}</span>
                  <span className={styles.source}>
                    {t("reasonGuideline", {
                      section: guidanceSectionName(reason.guideline, locale),
                    })}
                  </span>
                </span>
              </AccordionHeader>
              <AccordionPanel className={styles.panel}>
                <p className={styles.quoteTitle}>{t("guidanceOriginal")}</p>
                <blockquote className={styles.quote} lang="da">
                  {guidance.danish.map((sentence) => (
                    <p key={sentence} className={styles.paragraph}>
                      {sentence}
                    </p>
                  ))}
                </blockquote>
                <p className={styles.quoteTitle}>{t("guidanceDigest")}</p>
                <ul className={styles.digest} lang="en">
                  {guidance.english.map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
              </AccordionPanel>
            </AccordionItem>
          );
        })}
      </Accordion>
    </Section>
  );
}
