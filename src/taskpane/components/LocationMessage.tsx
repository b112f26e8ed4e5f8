import { useEffect, useRef } from "react";
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { Dismiss20Regular } from "@fluentui/react-icons";
import { maskCprNumbers } from "../../advisor/cpr";
import { usePaneText } from "../locale";

const useStyles = makeStyles({
  body: { minWidth: 0, overflowWrap: "anywhere" },
  // The buttons take the message's whole width, under the sentence and the icon (the message
  // bar's row for actions), and wrap there, so that nothing runs out of a 340 px pane at 200 %
  // zoom; a button's own words wrap only when one word is wider than the pane.
  actions: { flexWrap: "wrap", rowGap: tokens.spacingVerticalS, minWidth: 0 },
  button: { minWidth: 0, maxWidth: "100%", whiteSpace: "normal", height: "auto" },
});

/** What the pane says about the location once the meeting is in. */
export type LocationMessageKind =
  /** The location still holds a place: replace it with the meeting? */
  | "offer"
  /** The location holds a room: will anyone still meet there, or replace it? */
  | "question"
  /** The place was replaced: what it said, and Undo. */
  | "replaced";

/** Props of LocationMessage. */
export interface LocationMessageProps {
  kind: LocationMessageKind;
  /** What the location said besides the meeting (shown masked, so never a CPR number). */
  place: string;
  /** A write is running: the buttons wait. */
  busy: boolean;
  onReplace: () => void;
  onUndo: () => void;
  /** Keep the place as it is (close the offer, keep the room, or close after replacing). */
  onKeep: () => void;
}

/**
 * A small message under the meeting button about the location (Outlook's Placering): the offer to
 * replace the physical place in it with the video meeting, the question for a room people may
 * still meet in (keep it beside the meeting, or replace it), and after replacing, what it said
 * with "Fortryd", which gets keyboard focus since the button that was clicked is gone.
 */
export function LocationMessage({
  kind,
  place,
  busy,
  onReplace,
  onUndo,
  onKeep,
}: LocationMessageProps) {
  const styles = useStyles();
  const t = usePaneText();
  const undo = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (kind === "replaced") undo.current?.focus();
  }, [kind]);
  const shown = maskCprNumbers(place);
  const close = (
    <Button
      appearance="transparent"
      aria-label={t("dismiss")}
      icon={<Dismiss20Regular />}
      onClick={onKeep}
      data-testid="place-dismiss"
    />
  );
  return (
    <MessageBar
      intent={kind === "replaced" ? "success" : "info"}
      layout="multiline"
      data-testid="place-message"
      data-kind={kind}
    >
      <MessageBarBody className={styles.body}>
        {kind === "offer" && t("placeOffer", { place: shown })}
        {kind === "question" && t("placeQuestion", { place: shown })}
        {kind === "replaced" && t("placeReplaced", { place: shown })}
      </MessageBarBody>
      <MessageBarActions
        className={styles.actions}
        containerAction={kind === "question" ? undefined : close}
      >
        {kind === "question" && (
          <Button
            className={styles.button}
            disabledFocusable={busy}
            onClick={onKeep}
            data-testid="place-keep"
          >
            {t("placeKeep")}
          </Button>
        )}
        {kind !== "replaced" && (
          <Button
            className={styles.button}
            disabledFocusable={busy}
            onClick={onReplace}
            data-testid="place-replace"
          >
            {t("placeReplace")}
          </Button>
        )}
        {kind === "replaced" && (
          <Button
            ref={undo}
            className={styles.button}
            disabledFocusable={busy}
            onClick={onUndo}
            data-testid="place-undo"
          >
            {t("placeUndo")}
          </Button>
        )}
      </MessageBarActions>
    </MessageBar>
  );
}
