import { useRef, useState } from "react";
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  MessageBar,
  MessageBarBody,
  makeStyles,
  tokens,
  typographyStyles,
} from "@fluentui/react-components";
import { Delete20Regular, Video20Regular, VideoAdd20Regular } from "@fluentui/react-icons";
import type { Advice } from "../../advisor/types";
import { providerList } from "../../i18n/pane";
import type { PaneMessageKey } from "../../i18n/pane";
import { insertJabberMeeting, removeJabberMeeting } from "../../office/meetingLink";
import { DEFAULT_POLICY } from "../../policy/defaultPolicy";
import { useLocale, usePaneText } from "../locale";
import { isSafeLink } from "../present";
import { Section } from "./Section";

const useStyles = makeStyles({
  text: { ...typographyStyles.body1, margin: 0 },
  label: { ...typographyStyles.caption1Strong, margin: 0 },
  value: { ...typographyStyles.body1, margin: 0, overflowWrap: "anywhere" },
  details: { margin: 0, display: "grid", rowGap: tokens.spacingVerticalXXS },
  // A plain anchor styled as Fluent's Link (which costs more of the bundle than it gives).
  link: {
    color: tokens.colorBrandForegroundLink,
    textDecorationLine: "underline",
    ":hover": { color: tokens.colorBrandForegroundLinkHover },
    ":focus-visible": {
      outlineWidth: tokens.strokeWidthThick,
      outlineStyle: "solid",
      outlineColor: tokens.colorStrokeFocus2,
      borderRadius: tokens.borderRadiusSmall,
    },
  },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/** Props of VideoMeetingSection. */
export interface VideoMeetingSectionProps {
  advice: Advice;
  /** The appointment when the person is composing it; null in read mode (nothing is edited). */
  composeItem: Office.AppointmentCompose | null;
  /** Re-reads the meeting after a write. */
  onChanged: () => Promise<void>;
  /** Reports how a write went: the error, or null when it succeeded. */
  onWriteResult: (error: unknown) => void;
}

type Notice = { intent: "success" | "info" | "warning"; key: PaneMessageKey } | null;

/**
 * The video meeting: the link when there is one, and (when composing) the one button that inserts
 * or removes the Jabber meeting. Warns before adding a second online meeting; never runs two
 * writes at once.
 */
export function VideoMeetingSection({
  advice,
  composeItem,
  onChanged,
  onWriteResult,
}: VideoMeetingSectionProps) {
  const styles = useStyles();
  const locale = useLocale();
  const t = usePaneText();
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [notice, setNotice] = useState<Notice>(null);
  // The state above re-renders too late to stop a double click; this ref does not.
  const working = useRef(false);
  const link = advice.meetingLink;
  const others = link.others.map((o) => o.provider);

  const write = async (action: (item: Office.AppointmentCompose) => Promise<Notice>) => {
    if (!composeItem || working.current) return;
    working.current = true;
    setBusy(true);
    setNotice(null);
    try {
      setNotice(await action(composeItem));
      onWriteResult(null);
    } catch (error) {
      onWriteResult(error);
    } finally {
      await onChanged();
      working.current = false;
      setBusy(false);
    }
  };

  const insert = () =>
    write(async (item) => {
      const result = await insertJabberMeeting(item, {
        provider: DEFAULT_POLICY.meetingLink,
        locale,
        // Randomness is drawn here, at the edge; the advisor and the Office layer take it as input.
        random: Math.random,
      });
      switch (result.kind) {
        case "inserted":
          return { intent: "success", key: "inserted" };
        case "already-present":
          return { intent: "info", key: "alreadyPresent" };
        case "body-too-large":
          return { intent: "warning", key: "bodyTooLarge" };
      }
    });

  const remove = () =>
    write(async (item) => {
      const result = await removeJabberMeeting(item, { provider: DEFAULT_POLICY.meetingLink });
      return result.kind === "removed"
        ? { intent: "success", key: "removed" }
        : { intent: "info", key: "notPresent" };
    });

  const onInsertClick = () => {
    if (others.length > 0) setConfirming(true);
    else void insert();
  };

  return (
    <Section id="mg-video" title={t("videoHeading")} icon={<Video20Regular />}>
      {link.present ? (
        <dl className={styles.details} data-testid="meeting-link">
          {link.url && (
            <>
              <dt className={styles.label}>{t("joinLink")}</dt>
              <dd className={styles.value}>
                {isSafeLink(link.url) ? (
                  <a
                    className={styles.link}
                    href={link.url}
                    target="_blank"
                    rel="noopener noreferrer"
                  >
                    {link.url}
                  </a>
                ) : (
                  link.url
                )}
              </dd>
            </>
          )}
          {link.videoAddress && (
            <>
              <dt className={styles.label}>{t("videoAddress")}</dt>
              <dd className={styles.value}>{link.videoAddress}</dd>
            </>
          )}
        </dl>
      ) : (
        <p className={styles.text}>
          {composeItem && advice.recommendation === "virtual" ? t("suggestInsert") : t("noLinkYet")}
        </p>
      )}
      {others.length > 0 && (
        <MessageBar intent="warning" layout="multiline" data-testid="other-meetings">
          <MessageBarBody>
            {t("otherMeetings", { providers: providerList(others, locale) })}
          </MessageBarBody>
        </MessageBar>
      )}
      {composeItem && (
        <div className={styles.actions}>
          {/* One button that changes role, so that keyboard focus stays on it after a write. */}
          <Button
            appearance={
              !link.present && advice.recommendation === "virtual" ? "primary" : "secondary"
            }
            icon={link.present ? <Delete20Regular /> : <VideoAdd20Regular />}
            disabledFocusable={busy}
            onClick={link.present ? () => void remove() : onInsertClick}
            data-testid={link.present ? "remove-jabber" : "insert-jabber"}
          >
            {busy ? t("working") : link.present ? t("removeJabber") : t("insertJabber")}
          </Button>
        </div>
      )}
      {notice && (
        <MessageBar intent={notice.intent} data-testid="link-notice">
          <MessageBarBody>{t(notice.key)}</MessageBarBody>
        </MessageBar>
      )}
      {/* Mounted only when asked: a closed dialog still costs a render on every advice update. */}
      {confirming && (
        <Dialog open onOpenChange={(_event, data) => setConfirming(data.open)}>
          <DialogSurface>
            <DialogBody>
              <DialogTitle>{t("confirmTitle")}</DialogTitle>
              <DialogContent>
                {t("confirmBody", { providers: providerList(others, locale) })}
              </DialogContent>
              <DialogActions>
                <Button
                  appearance="primary"
                  onClick={() => {
                    setConfirming(false);
                    void insert();
                  }}
                  data-testid="confirm-insert"
                >
                  {t("confirmAccept")}
                </Button>
                <DialogTrigger disableButtonEnhancement>
                  <Button data-testid="cancel-insert">{t("confirmCancel")}</Button>
                </DialogTrigger>
              </DialogActions>
            </DialogBody>
          </DialogSurface>
        </Dialog>
      )}
    </Section>
  );
}
