import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { usePaneText } from "../locale";
import { useLoadedPolicy } from "../policy";

/**
 * A calm word when the organisation's policy could not be used: the pane works on the last good
 * copy or the standard settings, and says so, so that a help desk hears about it. The reason,
 * with the path of each bad field, is in the console for IT (see loadServedPolicy).
 */
export function PolicyNotice() {
  const t = usePaneText();
  const loaded = useLoadedPolicy();
  if (!loaded?.problem) return null;
  return (
    <MessageBar intent="info" layout="multiline" data-testid="policy-notice">
      <MessageBarBody>
        {t(loaded.source === "kept" ? "policyKept" : "policyDefault")}
      </MessageBarBody>
    </MessageBar>
  );
}
