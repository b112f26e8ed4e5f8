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
import { maskCprNumbers } from "../../advisor/cpr";
import type { Advice, MeetingDraft, OtherProvider } from "../../advisor/types";
import type { Params } from "../../i18n/catalogue";
import { providerList } from "../../i18n/pane";
import type { PaneMessageKey } from "../../i18n/pane";
import type { PreviousLocation } from "../../office/meetingLocation";
import { loadOwnMeetingId } from "../../office/ownership";
import { isTooLargeError } from "../errors";
import { useLocale, usePaneText } from "../locale";
import { usePolicy } from "../policy";
import { isSafeLink } from "../present";
import { loadMeetingWrites, useMeetingWrites } from "../writes";
import { LocationMessage } from "./LocationMessage";

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
  noticeBody: { overflowWrap: "anywhere" },
  noticeActions: { display: "flex", flexWrap: "wrap", marginTop: tokens.spacingVerticalS },
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

type Notice = {
  intent: "success" | "info" | "warning";
  key: PaneMessageKey;
  params?: Params;
  /** The notice offers to put the join link in the location instead (the text is too long). */
  linkInLocation?: true;
} | null;
/**
 * The location once the meeting is in: offered to be replaced (while it still holds a place
 * beside the meeting's entry), or replaced, with what it said for Undo.
 */
type PlaceStep =
  | { step: "offer"; joinUrl: string }
  | { step: "replaced"; joinUrl: string; previous: PreviousLocation }
  | null;
/** What a write asks for: a notice, or a confirmation before inserting after all. */
type Outcome = { notice: Notice } | { confirm: OtherProvider[] };

/**
 * The video meeting: the link when there is one, and (when composing) the one button that inserts
 * Mødeguide's Jabber meeting or removes it again. Remove is offered only for what Mødeguide
 * recorded on the item as its own (the meeting id in its custom properties) and still finds there,
 * never for a link the person pasted or a colleague's block. Warns before adding a
 * second online meeting, whether the advice already knows of it or the insert finds it; never
 * runs two writes at once, nor a write beside a read. Once the meeting is in, offers to replace a
 * place still in the location (asking first for a room people may still meet in), with Undo; when
 * the invitation's text is too long for the block, offers the join link in the location instead.
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
  const [place, setPlace] = useState<PlaceStep>(null);
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
  // The write code follows the first look; until it is there, "ours" can only be known from
  // the record (an id recorded means Mødeguide inserted), so Add is not offered over our meeting.
  const writesCode = useMeetingWrites();
  const ours = useMemo(
    () =>
      body === undefined || ownId === null
        ? false
        : writesCode
          ? writesCode.hasOwnJabberMeeting(body, location ?? "", provider, ownId)
          : link.present,
    [body, location, provider, ownId, writesCode, link.present],
  );
  const role: "insert" | "remove" | null = ours ? "remove" : link.present ? null : "insert";

  useEffect(() => {
    if (focusInsertRequest > focused.current && role === "insert" && button.current) {
      focused.current = focusInsertRequest;
      button.current.focus();
    }
  }, [focusInsertRequest, role]);

  /**
   * Runs one write. The notice it answers goes at once, unless `keepNotice`: then it stays until
   * the write succeeds, so that an offer Office failed on is still there to try again.
   */
  const write = async (
    action: (item: Office.AppointmentCompose) => Promise<Outcome>,
    keepNotice = false,
  ) => {
    if (!composeItem || working.current) return;
    working.current = true;
    setBusy(true);
    if (!keepNotice) setNotice(null);
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

  const tooLarge: Outcome = {
    notice: { intent: "warning", key: "bodyTooLarge", linkInLocation: true },
  };

  const insert = (allowOthers: boolean) =>
    write(async (item): Promise<Outcome> => {
      setPlace(null);
      let result;
      try {
        const { insertJabberMeeting } = await loadMeetingWrites();
        result = await insertJabberMeeting(item, {
          provider,
          locale,
          // Randomness is drawn here, at the edge; the advisor and the Office layer take it as input.
          random: Math.random,
          allowOthers,
        });
      } catch (error) {
        // Outlook's own limit, met where Mødeguide's count did not foresee it: the same offer.
        if (isTooLargeError(error)) return tooLarge;
        throw error;
      }
      switch (result.kind) {
        case "inserted":
          // Known at once, before the meeting is read again: the button turns into Remove
          // without ever unmounting, so keyboard focus stays on it.
          if (result.recorded) setOwnId(result.meetingId);
          // Whether the location still holds a place is seen once it is read again.
          setPlace({ step: "offer", joinUrl: result.joinUrl });
          return result.recorded
            ? { notice: { intent: "success", key: "inserted" } }
            : { notice: { intent: "warning", key: "insertedUnrecorded" } };
        case "already-present":
          return { notice: { intent: "info", key: "alreadyPresent" } };
        case "body-too-large":
          return tooLarge;
        case "other-meeting":
          // The invitation got another meeting since the advice was read: ask first.
          return { confirm: result.providers };
      }
    });

  /** The join link alone in the location, for a text too long for the block. */
  const insertInLocation = () =>
    write(async (item): Promise<Outcome> => {
      const { insertMeetingInLocation } = await loadMeetingWrites();
      const result = await insertMeetingInLocation(item, { provider, locale, random: Math.random });
      switch (result.kind) {
        case "inserted":
          if (result.recorded) setOwnId(result.meetingId);
          return result.recorded
            ? { notice: { intent: "success", key: "insertedInLocation" } }
            : { notice: { intent: "warning", key: "insertedInLocationUnrecorded" } };
        case "already-present":
          return { notice: { intent: "info", key: "alreadyPresent" } };
        case "location-full":
          return { notice: { intent: "warning", key: "locationFull" } };
      }
    }, true);

  const replacePlace = (joinUrl: string) =>
    write(async (item): Promise<Outcome> => {
      const { replaceLocationWithMeeting } = await loadMeetingWrites();
      const result = await replaceLocationWithMeeting(item, { provider, joinUrl });
      if (result.kind === "unchanged") {
        setPlace(null);
        return { notice: { intent: "info", key: "placeUnchanged" } };
      }
      setPlace({ step: "replaced", joinUrl, previous: result.previous });
      return { notice: null };
    });

  const undoPlace = (previous: PreviousLocation) =>
    write(async (item): Promise<Outcome> => {
      const { undoLocationReplacement } = await loadMeetingWrites();
      const result = await undoLocationReplacement(item, previous);
      setPlace(null);
      // The meeting button is where the person was before the offer: focus goes back to it.
      button.current?.focus();
      return result.kind === "restored"
        ? { notice: { intent: "success", key: "placeRestored" } }
        : {
            notice: {
              intent: "warning",
              key: "placeChanged",
              params: { place: maskCprNumbers(previous.text) },
            },
          };
    }, true);

  const remove = () =>
    write(async (item): Promise<Outcome> => {
      setPlace(null);
      const { removeJabberMeeting } = await loadMeetingWrites();
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

  // The place beside the meeting, as the location reads now: an offer for a place the person has
  // since removed, or for a meeting no longer there, goes away by itself.
  const rooms = (draft?.attendees ?? [])
    .filter((a) => a.type === "resource")
    .map((a) => a.name ?? a.email);
  // An offer exists only after an insert, which loaded the write code.
  const beside =
    place?.step === "offer" && writesCode
      ? writesCode.placeBesideMeeting(location ?? "", rooms, provider, place.joinUrl)
      : null;

  // Once the location, read again, holds the meeting's entry and no place beside it, there is
  // nothing to offer: the offer ends rather than appear later for a place typed in afterwards.
  const entryIn =
    place?.step === "offer" &&
    !!writesCode &&
    writesCode.removeFromLocationText(location ?? "", provider, place.joinUrl) !== null;
  useEffect(() => {
    if (entryIn && !beside) setPlace(null);
  }, [entryIn, beside]);

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
        <MessageBar
          intent={notice.intent}
          layout={notice.linkInLocation ? "multiline" : "auto"}
          data-testid="link-notice"
        >
          <MessageBarBody className={styles.noticeBody}>
            {t(notice.key, notice.params)}
            {notice.linkInLocation && composeItem && (
              <div className={styles.noticeActions}>
                <Button
                  disabledFocusable={busy}
                  onClick={() => void insertInLocation()}
                  data-testid="link-in-location"
                >
                  {t("linkInLocation")}
                </Button>
              </div>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
      {composeItem && beside && place?.step === "offer" && (
        <LocationMessage
          kind={beside.room ? "question" : "offer"}
          place={beside.text}
          busy={busy}
          onReplace={() => void replacePlace(place.joinUrl)}
          onUndo={() => undefined}
          onKeep={() => setPlace(null)}
        />
      )}
      {composeItem && place?.step === "replaced" && (
        <LocationMessage
          kind="replaced"
          place={place.previous.text}
          busy={busy}
          onReplace={() => undefined}
          onUndo={() => void undoPlace(place.previous)}
          onKeep={() => setPlace(null)}
        />
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
