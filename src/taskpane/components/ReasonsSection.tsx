import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  makeStyles,
  tokens,
  typographyStyles,
} from "@fluentui/react-components";
import type { Note } from "../../advisor/types";
import { GUIDANCE, guidanceSectionName } from "../../i18n/guidanceText";
import { useLocale, usePaneText } from "../locale";
import type { TravelText } from "../present";

const useStyles = makeStyles({
  region: { borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  heading: { ...typographyStyles.subtitle2 },
  panel: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    paddingBottom: tokens.spacingVerticalM,
  },
  reasons: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  message: { ...typographyStyles.body1, margin: 0, overflowWrap: "anywhere" },
  source: { ...typographyStyles.caption1 },
  sourcePanel: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalS,
  },
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
  evidence: { ...typographyStyles.caption1, margin: 0, overflowWrap: "anywhere" },
  digest: { ...typographyStyles.body1, margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  note: { ...typographyStyles.caption1, margin: 0, color: tokens.colorNeutralForeground2 },
});

/** Props of ReasonsSection. */
export interface ReasonsSectionProps {
  reasons: Note[];
  /** The travel line's basis and unknown sites, said here once. */
  travel?: TravelText;
}

/**
 * "Derfor", one click away: the reasons, each with a disclosure named by the section it cites that
 * opens to the words of the meeting it recognised ("Genkendt i emnet: statusmøde") and the
 * guidance's own words. Facts (travel figures, a link already there) are shown where
 * they belong, in the verdict and the meeting link, and not again here.
 */
export function ReasonsSection({ reasons, travel }: ReasonsSectionProps) {
  const styles = useStyles();
  const locale = useLocale();
  const t = usePaneText();
  const cited = reasons.filter((r) => !r.fact);
  const travelNotes = [travel?.basis, travel?.unknown].filter((n): n is string => !!n);
  if (cited.length === 0 && travelNotes.length === 0) return null;
  return (
    <section className={styles.region} aria-labelledby="mg-reasons">
      <Accordion collapsible>
        <AccordionItem value="reasons">
          <AccordionHeader as="h2" id="mg-reasons" expandIconPosition="end" size="large">
            <span className={styles.heading}>{t("reasonsHeading")}</span>
          </AccordionHeader>
          <AccordionPanel className={styles.panel}>
            {cited.length > 0 && (
              <ul className={styles.reasons} data-testid="reasons">
                {cited.map((reason, index) => {
                  const guidance = GUIDANCE[reason.guideline];
                  return (
                    <li key={`${reason.code}-${index}`}>
                      <p className={styles.message}>{reason.message}</p>
                      <Accordion collapsible>
                        <AccordionItem value="source">
                          <AccordionHeader as="h3" size="small">
                            <span className={styles.source}>
                              {t("reasonGuideline", {
                                section: guidanceSectionName(reason.guideline, locale),
                              })}
                            </span>
                          </AccordionHeader>
                          <AccordionPanel className={styles.sourcePanel}>
                            {reason.evidence?.map((e) => (
                              <p
                                key={e.field}
                                className={styles.evidence}
                                data-testid="reason-evidence"
                              >
                                {t(`evidence_${e.field}`, { terms: e.terms.join(", ") })}
                              </p>
                            ))}
                            <blockquote className={styles.quote} lang="da">
                              {guidance.danish.map((sentence) => (
                                <p key={sentence} className={styles.paragraph}>
                                  »{sentence}«
                                </p>
                              ))}
                            </blockquote>
                            {locale === "en" && (
                              <ul className={styles.digest} lang="en">
                                {guidance.english.map((line) => (
                                  <li key={line}>{line}</li>
                                ))}
                              </ul>
                            )}
                          </AccordionPanel>
                        </AccordionItem>
                      </Accordion>
                    </li>
                  );
                })}
              </ul>
            )}
            {travelNotes.map((note) => (
              <p key={note} className={styles.note} data-testid="travel-note">
                {note}
              </p>
            ))}
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
    </section>
  );
}
