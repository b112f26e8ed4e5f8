import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
} from "@fluentui/react-components";
import type { OtherProvider } from "../../advisor/types";
import { providerList } from "../../i18n/pane";
import { useLocale, usePaneText } from "../locale";

/** Props of ConfirmOtherMeeting. */
export interface ConfirmOtherMeetingProps {
  providers: OtherProvider[];
  onAccept: () => void;
  onCancel: () => void;
}

/**
 * Asks before a second meeting goes into an invitation that already has another provider's: two
 * links leave the participants unsure which to use. Loaded on demand (its own chunk).
 */
export function ConfirmOtherMeeting({ providers, onAccept, onCancel }: ConfirmOtherMeetingProps) {
  const locale = useLocale();
  const t = usePaneText();
  return (
    <Dialog open onOpenChange={(_event, data) => !data.open && onCancel()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t("confirmTitle")}</DialogTitle>
          <DialogContent>
            {t("confirmBody", { providers: providerList(providers, locale) })}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onAccept} data-testid="confirm-insert">
              {t("confirmAccept")}
            </Button>
            <DialogTrigger disableButtonEnhancement>
              <Button data-testid="cancel-insert">{t("confirmCancel")}</Button>
            </DialogTrigger>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
