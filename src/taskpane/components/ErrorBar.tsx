import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { Dismiss20Regular } from "@fluentui/react-icons";
import type { Params } from "../../i18n/catalogue";
import type { PaneMessageKey } from "../../i18n/pane";
import { usePaneText } from "../locale";

/** Props of ErrorBar: the message (with its parameters) and, optionally, how to dismiss it. */
export interface ErrorBarProps {
  messageKey: PaneMessageKey;
  params?: Params;
  onDismiss?: () => void;
}

/** A failure told plainly, announced at once (role alert). */
export function ErrorBar({ messageKey, params, onDismiss }: ErrorBarProps) {
  const t = usePaneText();
  return (
    <MessageBar intent="error" role="alert" layout="multiline" data-testid="error">
      <MessageBarBody>
        <MessageBarTitle>{t("errorTitle")}</MessageBarTitle> {t(messageKey, params)}
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
