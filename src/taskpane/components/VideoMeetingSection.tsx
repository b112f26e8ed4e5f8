import { lazy, Suspense, useEffect, useMemo, useRef, useState } from "react";
import {
  Button,
  MessageBar,
  MessageBarBody,
  makeStyles,
  tokens,
  typographyStyles,
} from "@fluentui/react-components";
import { Delete20Regular, VideoAdd20Regular } from "@fluentui/react-icons";
import type { Advice, MeetingDraft, OtherProvider } from "../../advisor/types";
import { providerList } from "../../i18n/pane";
import type { PaneMessageKey } from "../../i18n/pane";
import {
  hasOwnJabberMeeting,
  insertJabberMeeting,
  removeJabberMeeting,
} from "../../office/meetingLink";
import { loadOwnMeetingId } from "../../office/ownership";
import { useLocale, usePaneText } from "../locale";
import { usePolicy } from "../policy";
import { isSafeLink } from "../present";

// The confirmation (and Fluent's dialog with it) loads only when it is needed.
const ConfirmOtherMeeting = lazy(() =>
  import(/* webpackChunkName: "confirm" */ "./ConfirmOtherMeeting").then((m) => ({
    default: m.ConfirmOtherMeeting,
  })),
);

const useStyles = makeStyles({
  region: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
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
  /** The draft the advice is on: tells whether the meeting in it is Mødeguide's own. */
  draft: MeetingDraft | null;
  /** The appointment when the person is composing it; null in read mode (nothing is edited). */
  composeItem: Office.AppointmentCompose | null;
  /** Re-reads the meeting (fully) after a write. */
  onChanged: () => Promise<void>;
  /** Runs a write with no read of the meeting in flight. */
  runExclusive: <T>(task: () => Promise<T>) => Promise<T>;
  /** Reports how a write went: the error, or null when it succeeded. */
  onWriteResult: (error: unknown) => void;
  /** The pane was opened from the send check to add the meeting: say so. */
  openedFromSend?: boolean;
  /** Each new value asks for keyboard focus on the insert button (0: never asked). */
  focusInsertRequest?: number;
}

type Notice = { intent: "success" | "info" | "warning"; key: PaneMessageKey } | null;
/** What a write asks for: a notice, or a confirmation before inserting after all. */
type Outcome = { notice: Notice } | { confirm: OtherProvider[] };

/**
 * The video meeting: the link when there is one, and (when composing) the one button that inserts
 * Mødeguide's Jabber meeting or removes it again. Remove is offered only for what Mødeguide
 * recorded on the item as its own (the meeting id in its custom properties) and still finds there,
 * never for a link the person pasted or a colleague's block. Warns before adding a
 * second online meeting, whether the advice already knows of it or the insert finds it; never
 * runs two writes at once, nor a write beside a read.
 */
export function VideoMeetingSection({
  advice,
  draft,
  composeItem,
  onChanged,
  runExclusive,
  onWriteResult,
  openedFromSend = false,
  focusInsertRequest = 0,
}: VideoMeetingSectionProps) {
  const styles = useStyles();
  const locale = useLocale();
  const t = usePaneText();
  const [busy, setBusy] = useState(false);
  /** The other providers to confirm before inserting; null while no confirmation is asked. */
  const [confirming, setConfirming] = useState<OtherProvider[] | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  // The state above re-renders too late to stop a double click; this ref does not.
  const working = useRef(false);
  const button = useRef<HTMLButtonElement>(null);
  const focused = useRef(0);
  const link = advice.meetingLink;
  const others = link.others.map((o) => o.provider);
  const provider = usePolicy().meetingLink;
  const body = draft?.body;
  const location = draft?.location;
  // The meeting id Mødeguide recorded on the item when it inserted: it changes only by our own
  // writes, so it is read when the pane opens and after each write.
  const [ownId, setOwnId] = useState<string | null>(null);
  const [writes, setWrites] = useState(0);
  useEffect(() => {
    if (!composeItem) return undefined;
    let live = true;
    loadOwnMeetingId(composeItem, provider.meetingIdDigits).then(
      (id) => live && setOwnId(id),
      () => live && setOwnId(null),
    );
    return () => {
      live = false;
    };
  }, [composeItem, provider, writes]);
  const ours = useMemo(
    () => (body === undefined ? false : hasOwnJabberMeeting(body, location ?? "", provider, ownId)),
    [body, location, provider, ownId],
  );
  const role: "insert" | "remove" | null = ours ? "remove" : link.present ? null : "insert";

  useEffect(() => {
    if (focusInsertRequest > focused.current && role === "insert" && button.current) {
      focused.current = focusInsertRequest;
      button.current.focus();
    }
  }, [focusInsertRequest, role]);

  const write = async (action: (item: Office.AppointmentCompose) => Promise<Outcome>) => {
    if (!composeItem || working.current) return;
    working.current = true;
    setBusy(true);
    setNotice(null);
    let confirm: OtherProvider[] | null = null;
    try {
      const outcome = await runExclusive(() => action(composeItem));
      if ("confirm" in outcome) confirm = outcome.confirm;
      else setNotice(outcome.notice);
      onWriteResult(null);
    } catch (error) {
      onWriteResult(error);
    } finally {
      await onChanged();
      setWrites((n) => n + 1);
      working.current = false;
      setBusy(false);
    }
    // Asked only now that the write is over, so that the confirmed insert is not turned away.
    if (confirm) setConfirming(confirm);
  };

  const insert = (allowOthers: boolean) =>
    write(async (item): Promise<Outcome> => {
      const result = await insertJabberMeeting(item, {
        provider,
        locale,
        // Randomness is drawn here, at the edge; the advisor and the Office layer take it as input.
        random: Math.random,
        allowOthers,
      });
      switch (result.kind) {
        case "inserted":
          // Known at once, before the meeting is read again: the button turns into Remove
          // without ever unmounting, so keyboard focus stays on it.
          if (result.recorded) setOwnId(result.meetingId);
          return result.recorded
            ? { notice: { intent: "success", key: "inserted" } }
            : { notice: { intent: "warning", key: "insertedUnrecorded" } };
        case "already-present":
          return { notice: { intent: "info", key: "alreadyPresent" } };
        case "body-too-large":
          return { notice: { intent: "warning", key: "bodyTooLarge" } };
        case "other-meeting":
          // The invitation got another meeting since the advice was read: ask first.
          return { confirm: result.providers };
      }
    });

  const remove = () =>
    write(async (item): Promise<Outcome> => {
      const result = await removeJabberMeeting(item, { provider });
      if (result.kind === "not-present") return { notice: { intent: "info", key: "notPresent" } };
      return {
        notice: result.locationKept
          ? { intent: "warning", key: "removedLocationKept" }
          : result.edited
            ? { intent: "warning", key: "removedEdited" }
            : { intent: "success", key: "removed" },
      };
    });

  const onInsertClick = () => {
    if (others.length > 0) setConfirming(others);
    else void insert(false);
  };

  return (
    <section className={styles.region} aria-label={t("videoHeading")}>
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
        !composeItem && <p className={styles.text}>{t("noLinkYet")}</p>
      )}
      {others.length > 0 && (
        <MessageBar intent="warning" layout="multiline" data-testid="other-meetings">
          <MessageBarBody>
            {t("otherMeetings", { providers: providerList(others, locale) })}{" "}
            {composeItem && t(others.includes("teams") ? "removeTeams" : "removeOther")}
          </MessageBarBody>
        </MessageBar>
      )}
      {composeItem && openedFromSend && !link.present && (
        <MessageBar intent="info" layout="multiline" data-testid="opened-from-send">
          <MessageBarBody>{t("openedFromSend")}</MessageBarBody>
        </MessageBar>
      )}
      {composeItem && role && (
        <div className={styles.actions}>
          {/* One button that changes role, so that keyboard focus stays on it after a write. */}
          <Button
            ref={button}
            appearance={
              role === "insert" && advice.recommendation === "virtual" ? "primary" : "secondary"
            }
            icon={role === "remove" ? <Delete20Regular /> : <VideoAdd20Regular />}
            disabledFocusable={busy}
            onClick={role === "remove" ? () => void remove() : onInsertClick}
            data-testid={role === "remove" ? "remove-jabber" : "insert-jabber"}
          >
            {busy ? t("working") : role === "remove" ? t("removeMeeting") : t("insertMeeting")}
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
        <Suspense fallback={null}>
          <ConfirmOtherMeeting
            providers={confirming}
            onAccept={() => {
              setConfirming(null);
              void insert(true);
            }}
            onCancel={() => setConfirming(null)}
          />
        </Suspense>
      )}
    </section>
  );
}
