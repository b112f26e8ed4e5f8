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
import { Dismiss20Regular } from "@fluentui/react-icons";
import type { Params } from "../../i18n/catalogue";
import type { PaneMessageKey } from "../../i18n/pane";
import { usePaneText } from "../locale";

const useStyles = makeStyles({
  details: { ...typographyStyles.caption1, marginTop: tokens.spacingVerticalXS },
  summary: { cursor: "pointer" },
  code: { overflowWrap: "anywhere", fontFamily: tokens.fontFamilyMonospace },
});

/** Props of ErrorBar: the message (with its parameters) and, optionally, how to dismiss it. */
export interface ErrorBarProps {
  messageKey: PaneMessageKey;
  params?: Params;
  /** Office's own message and code, if any: shown under "Detaljer", never in the sentence. */
  detail?: string;
  /** The title: "Noget gik galt" for a failure, or what the limit is ("Outlook er for gammel …"). */
  titleKey?: PaneMessageKey;
  /** A limit of the client rather than a failure: a warning, not an error. */
  intent?: "error" | "warning";
  onDismiss?: () => void;
}

/**
 * A failure told plainly in the person's language, announced at once (role alert). A technical
 * code, if any, waits in a "Detaljer" disclosure for whoever helps them.
 */
export function ErrorBar({
  messageKey,
  params,
  detail,
  titleKey = "errorTitle",
  intent = "error",
  onDismiss,
}: ErrorBarProps) {
  const styles = useStyles();
  const t = usePaneText();
  return (
    <MessageBar intent={intent} role="alert" layout="multiline" data-testid="error">
      <MessageBarBody>
        <MessageBarTitle>{t(titleKey)}</MessageBarTitle> {t(messageKey, params)}
        {detail && (
          <details className={styles.details} data-testid="error-details">
            <summary className={styles.summary}>{t("errorDetails")}</summary>
            <span className={styles.code}>{detail}</span>
          </details>
        )}
      </MessageBarBody>
      {onDismiss && (
        <MessageBarActions
          containerAction={
            <Button
              appearance="transparent"
              aria-label={t("dismiss")}
              icon={<Dismiss20Regular />}
              onClick={onDismiss}
            />
          }
        />
      )}
    </MessageBar>
  );
}
