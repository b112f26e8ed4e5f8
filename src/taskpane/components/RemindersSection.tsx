import { makeStyles, mergeClasses, tokens, typographyStyles } from "@fluentui/react-components";
import { Checkmark16Regular, TaskListLtr20Regular, Warning16Filled } from "@fluentui/react-icons";
import type { Advice, ReminderCode } from "../../advisor/types";
import { reminderTitleKey } from "../../i18n/pane";
import { useLocale, usePaneText } from "../locale";
import { reminderDescription, reminderDetails } from "../present";
import { Section } from "./Section";

const useStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
  },
  item: {
    display: "grid",
    gridTemplateColumns: "16px minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalS,
    alignItems: "start",
    ...typographyStyles.body1,
  },
  warning: {
    paddingBlock: tokens.spacingVerticalXS,
    paddingInline: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorStatusWarningBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorStatusWarningBorder1}`,
  },
  mark: { marginTop: "2px", color: tokens.colorNeutralForeground3 },
  warningMark: { marginTop: "2px", color: tokens.colorStatusWarningForeground1 },
  title: { overflowWrap: "anywhere" },
  strong: { ...typographyStyles.body1Strong },
  description: {
    ...typographyStyles.caption1,
    display: "block",
    marginTop: tokens.spacingVerticalXXS,
    color: tokens.colorNeutralForeground2,
  },
  details: {
    ...typographyStyles.caption1,
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalL,
  },
});

/** Props of RemindersSection. */
export interface RemindersSectionProps {
  advice: Advice;
  /** Only these reminders (an attendee gets those that concern them); all by default. */
  only?: readonly ReminderCode[];
}

/**
 * What to remember, one short line each. The personal-data reminder is left out: its alert stands
 * at the top of the pane with its action. A warning (local guidelines) keeps its explanation and
 * its points; the others need no more than their title. Nothing is shown when nothing applies.
 */
export function RemindersSection({ advice, only }: RemindersSectionProps) {
  const styles = useStyles();
  const locale = useLocale();
  const t = usePaneText();
  const reminders = advice.reminders.filter(
    (r) => r.code !== "personal-data" && (!only || only.includes(r.code)),
  );
  if (reminders.length === 0) return null;
  return (
    <Section id="mg-reminders" title={t("remindersHeading")} icon={<TaskListLtr20Regular />}>
      <ul className={styles.list} data-testid="reminders">
        {reminders.map((reminder) => {
          const warning = reminder.severity === "warning";
          const details = reminderDetails(reminder, advice, locale);
          return (
            <li
              key={reminder.code}
              className={mergeClasses(styles.item, warning && styles.warning)}
              data-code={reminder.code}
              data-severity={reminder.severity}
            >
              {warning ? (
                <Warning16Filled className={styles.warningMark} aria-hidden="true" />
              ) : (
                <Checkmark16Regular className={styles.mark} aria-hidden="true" />
              )}
              <span className={styles.title}>
                <span className={mergeClasses(warning && styles.strong)}>
                  {warning && <span className={styles.strong}>{t("reminderImportant")}: </span>}
                  {t(reminderTitleKey(reminder.code))}
                </span>
                {(warning || details.length > 0) && (
                  <span className={styles.description}>
                    {reminderDescription(reminder, advice, locale)}
                  </span>
                )}
                {details.length > 0 && (
                  <ul className={styles.details}>
                    {details.map((line) => (
                      <li key={line}>{line}</li>
                    ))}
                  </ul>
                )}
              </span>
            </li>
          );
        })}
      </ul>
    </Section>
  );
}
