import { useState } from "react";
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
  typographyStyles,
} from "@fluentui/react-components";
import type { Advice } from "../../advisor/types";
import { loadMeetingWrites } from "../writes";
import { useLocale, usePaneText } from "../locale";
import {
  maskButtonLabel,
  maskFailureText,
  reminderDetails,
  type MaskFailureText,
} from "../present";

const useStyles = makeStyles({
  body: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    minWidth: 0,
    overflowWrap: "anywhere",
  },
  // At 200% zoom the button's label wraps instead of running out of the alert.
  button: { minWidth: 0, maxWidth: "100%", whiteSpace: "normal", height: "auto" },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  text: { ...typographyStyles.body1, margin: 0 },
  details: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground2 },
  actions: { flexWrap: "wrap", minWidth: 0 },
});

/** Props of PersonalDataAlert. */
export interface PersonalDataAlertProps {
  advice: Advice;
  /** The appointment when the person is composing it; null in read mode (nothing is edited). */
  composeItem: Office.AppointmentCompose | null;
  /** Runs a write with no read of the meeting in flight. */
  runExclusive: <T>(task: () => Promise<T>) => Promise<T>;
  /** Re-reads the meeting after a write. */
  onChanged: () => Promise<void>;
  /** Tells assistive technology what happened (the alert itself goes away once masked). */
  onAnnounce: (message: string) => void;
}

/**
 * A CPR number in the invitation, said plainly with where it is, and (when composing) the way out:
 * "Maskér CPR-nummeret" replaces its four last digits with * where they stand, nothing else. The
 * alert goes away by itself when the next read finds no number.
 */
export function PersonalDataAlert({
  advice,
  composeItem,
  runExclusive,
  onChanged,
  onAnnounce,
}: PersonalDataAlertProps) {
  const styles = useStyles();
  const locale = useLocale();
  const t = usePaneText();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<MaskFailureText | null>(null);
  const findings = advice.personalData;
  if (findings.length === 0) return null;
  const lines = reminderDetails(
    { code: "personal-data", guideline: "legal", message: "", severity: "warning" },
    advice,
    locale,
  );

  const mask = async (): Promise<void> => {
    if (!composeItem || busy) return;
    setBusy(true);
    setFailure(null);
    try {
      const { maskPersonalData } = await loadMeetingWrites();
      const result = await runExclusive(() => maskPersonalData(composeItem, findings));
      onAnnounce(t(result.masked.length > 0 ? "cprMasked" : "cprGone"));
    } catch (error) {
      setFailure(maskFailureText(error, locale));
    } finally {
      setBusy(false);
      await onChanged();
    }
  };

  return (
    <MessageBar intent="error" layout="multiline" data-testid="personal-data-alert">
      <MessageBarBody className={styles.body}>
        <MessageBarTitle>{t("cprTitle")}</MessageBarTitle>
        <ul className={styles.list}>
          {lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        {composeItem && <p className={styles.text}>{t("cprText")}</p>}
        {failure && (
          <div role="alert" data-testid="mask-cpr-error">
            <p className={styles.text}>{failure.message}</p>
            <details className={styles.details}>
              <summary>{t("details")}</summary>
              {failure.detail}
            </details>
          </div>
        )}
      </MessageBarBody>
      {composeItem && (
        // In the message bar's row for actions, which spans its whole width (under the icon too),
        // so that »Maskér CPR-nummeret« keeps its words whole at 200% zoom.
        <MessageBarActions className={styles.actions}>
          <Button
            className={styles.button}
            appearance="primary"
            disabled={busy}
            onClick={() => void mask()}
            data-testid="mask-cpr"
          >
            {busy ? t("working") : maskButtonLabel(findings, locale)}
          </Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
