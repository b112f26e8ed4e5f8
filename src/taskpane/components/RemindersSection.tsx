import { useState } from "react";
import {
  Checkbox,
  makeStyles,
  mergeClasses,
  tokens,
  typographyStyles,
} from "@fluentui/react-components";
import { TaskListLtr20Regular, Warning12Filled } from "@fluentui/react-icons";
import type { Advice } from "../../advisor/types";
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
    rowGap: tokens.spacingVerticalS,
  },
  item: {
    display: "flex",
    flexDirection: "column",
    paddingBlock: tokens.spacingVerticalXS,
    paddingInline: tokens.spacingHorizontalXS,
    borderRadius: tokens.borderRadiusMedium,
  },
  warning: {
    backgroundColor: tokens.colorStatusWarningBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorStatusWarningBorder1}`,
  },
  title: { ...typographyStyles.body1Strong, color: tokens.colorNeutralForeground1 },
  // A plain span rather than Fluent's Badge: the same look for a fraction of the bundle.
  badge: {
    ...typographyStyles.caption1Strong,
    display: "inline-flex",
    alignItems: "center",
    columnGap: "2px",
    marginInlineEnd: tokens.spacingHorizontalXS,
    paddingInline: tokens.spacingHorizontalXS,
    borderRadius: tokens.borderRadiusCircular,
    backgroundColor: tokens.colorStatusWarningBackground3,
    color: tokens.colorNeutralForeground1Static,
  },
  description: {
    ...typographyStyles.caption1,
    margin: 0,
    // Line up with the checkbox's label: the indicator is 16 px plus its margins.
    paddingInlineStart: "36px",
    color: tokens.colorNeutralForeground2,
  },
  details: {
    ...typographyStyles.body1,
    margin: 0,
    marginTop: tokens.spacingVerticalXXS,
    paddingInlineStart: "52px",
  },
  hint: { ...typographyStyles.caption1, margin: 0, color: tokens.colorNeutralForeground3 },
});

/**
 * The reminders as a checklist. A tick is the person's own note, kept only while the pane is open;
 * warnings stand out with colour, an icon and the word "Important".
 */
export function RemindersSection({ advice }: { advice: Advice }) {
  const styles = useStyles();
  const locale = useLocale();
  const t = usePaneText();
  const [checked, setChecked] = useState<Record<string, boolean>>({});
  return (
    <Section id="mg-reminders" title={t("remindersHeading")} icon={<TaskListLtr20Regular />}>
      {advice.reminders.length === 0 ? (
        <p className={styles.hint}>{t("remindersNone")}</p>
      ) : (
        <>
          <ul className={styles.list} data-testid="reminders">
            {advice.reminders.map((reminder) => {
              const id = `mg-reminder-${reminder.code}`;
              const details = reminderDetails(reminder, advice, locale);
              const warning = reminder.severity === "warning";
              return (
                <li
                  key={reminder.code}
                  className={mergeClasses(styles.item, warning && styles.warning)}
                  data-code={reminder.code}
                  data-severity={reminder.severity}
                >
                  <Checkbox
                    checked={checked[reminder.code] === true}
                    onChange={(_event, data) =>
                      setChecked((c) => ({ ...c, [reminder.code]: data.checked === true }))
                    }
                    aria-describedby={`${id}-description`}
                    label={
                      <>
                        {warning && (
                          <span className={styles.badge}>
                            <Warning12Filled aria-hidden="true" />
                            {t("reminderImportant")}
                          </span>
                        )}
                        <span className={styles.title}>{t(reminderTitleKey(reminder.code))}</span>
                      </>
                    }
                  />
                  <p id={`${id}-description`} className={styles.description}>
                    {reminderDescription(reminder, advice, locale)}
                  </p>
                  {details.length > 0 && (
                    <ul className={styles.details}>
                      {details.map((line) => (
                        <li key={line}>{line}</li>
                      ))}
                    </ul>
                  )}
                </li>
              );
            })}
          </ul>
          <p className={styles.hint}>{t("remindersHint")}</p>
        </>
      )}
    </Section>
  );
}
