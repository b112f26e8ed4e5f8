import { maskCprNumbers } from "../../advisor/cpr";
import type { KeyboardEvent } from "react";
import { lazy, Suspense, useDeferredValue, useEffect, useRef, useState } from "react";
import { Button, makeStyles, tokens, typographyStyles } from "@fluentui/react-components";
import { Settings20Regular } from "@fluentui/react-icons";
import { othersInvited } from "../../advisor/sites";
import type { MeetingDraft, Recommendation } from "../../advisor/types";
import { recommendationLabel } from "../../i18n/labels";
import { asksToAddMeeting } from "../../office/initializationContext";
import type { UserSettings } from "../../office/settings";
import { saveSettings } from "../../office/settings";
import type { FailedAction, PaneError } from "../errors";
import { errorDetail, errorMessageKey } from "../errors";
import type { AppointmentItem } from "../hooks/useMeeting";
import { useMeeting } from "../hooks/useMeeting";
import { usePaneContext } from "../hooks/usePaneContext";
import { useLocale, usePaneText } from "../locale";
import { usePolicy } from "../policy";
import { attendeeReminders, subjectLine, travelText } from "../present";
import { ErrorBar } from "./ErrorBar";
import { ErrorBoundary } from "./ErrorBoundary";
import { PaneFrame } from "./PaneFrame";
import { PersonalDataAlert } from "./PersonalDataAlert";
import { PolicyNotice } from "./PolicyNotice";
import { PreviewRenderFault } from "./PreviewRenderFault";
import { RecommendationCard } from "./RecommendationCard";
import { RemindersSection } from "./RemindersSection";
import { VideoMeetingSection } from "./VideoMeetingSection";
import { DETAILS_SHOWN_MARK } from "../performanceMarks";

// The settings (and Fluent's dropdowns with them) load when first opened: not on the first look.
const SettingsSection = lazy(() =>
  import(/* webpackChunkName: "settings" */ "./SettingsSection").then((m) => ({
    default: m.SettingsSection,
  })),
);

// "Derfor" (the reasons, the guidance's words and Fluent's accordion) is one click away and follows
// the verdict: its code loads after the first look.
const ReasonsSection = lazy(() =>
  import(/* webpackChunkName: "reasons" */ "./ReasonsSection").then((m) => ({
    default: m.ReasonsSection,
  })),
);

const useStyles = makeStyles({
  subject: {
    ...typographyStyles.body1,
    margin: 0,
    overflowWrap: "anywhere",
    color: tokens.colorNeutralForeground2,
  },
  note: { ...typographyStyles.caption1, margin: 0, color: tokens.colorNeutralForeground2 },
  visuallyHidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clipPath: "inset(50%)",
    whiteSpace: "nowrap",
  },
  errors: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  start: {
    ...typographyStyles.body1,
    margin: 0,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground2,
  },
});

/** What the pane needs from Office to start: the item, its mode and the user. */
export interface AppProps {
  item: AppointmentItem;
  /** Whether the person is composing the meeting (organizer) rather than reading it (attendee). */
  compose: boolean;
  initialSettings: UserSettings;
  userEmail?: string;
  /** The first read of the meeting, started before the pane rendered. */
  firstRead?: Promise<MeetingDraft>;
}

/**
 * The task pane: advice on the open meeting, kept live, with the few actions it offers. Should a
 * part of it throw while rendering, the error boundary shows what happened and "Prøv igen" instead
 * of a blank pane; the pane mounted again reads the meeting afresh (the first read is used once).
 */
export function App(props: AppProps) {
  return (
    <ErrorBoundary>
      {(attempt) => (
        <>
          <PreviewRenderFault />
          <MeetingPane {...props} firstRead={attempt === 0 ? props.firstRead : undefined} />
        </>
      )}
    </ErrorBoundary>
  );
}

/** The pane itself, inside the error boundary. */
function MeetingPane({ item, compose, initialSettings, userEmail, firstRead }: AppProps) {
  const styles = useStyles();
  const locale = useLocale();
  const t = usePaneText();
  const [settings, setSettings] = useState<UserSettings>(initialSettings);
  const [failure, setFailure] = useState<PaneError | null>(null);
  const policy = usePolicy();
  const meeting = useMeeting(item, { locale, policy, settings, userEmail, firstRead });
  const openedWith = usePaneContext(item, compose);
  const fromSend = asksToAddMeeting(openedWith.context);
  const { advice, draft } = meeting;
  // The recommendation and the meeting button come first; the sections below follow in a
  // render React may interrupt, so that the advice appears as soon as it is known.
  const details = useDeferredValue(advice);
  const detailsMarked = useRef(false);
  useEffect(() => {
    if (details && !detailsMarked.current) {
      detailsMarked.current = true;
      performance.mark(DETAILS_SHOWN_MARK);
    }
  }, [details]);

  // Announce only a new recommendation: re-announcing on every keystroke would be noise.
  const [announcement, setAnnouncement] = useState("");
  const lastRecommendation = useRef<Recommendation | null>(null);
  useEffect(() => {
    if (!advice || advice.recommendation === lastRecommendation.current) return;
    const first = lastRecommendation.current === null;
    lastRecommendation.current = advice.recommendation;
    if (!first) {
      setAnnouncement(
        t("adviceUpdated", {
          recommendation: recommendationLabel(
            advice.recommendation,
            locale,
            policy.meetingLink.name,
          ),
        }),
      );
    }
  }, [advice, locale, t, policy]);

  const onSaveSettings = async (next: UserSettings): Promise<boolean> => {
    setSettings(next);
    try {
      await saveSettings(next);
      setFailure((f) => (f?.action === "settings" ? null : f));
      return true;
    } catch (error) {
      setFailure({ action: "settings", error });
      return false;
    }
  };

  const [settingsOpen, setSettingsOpen] = useState(false);
  const openSettings = () => setSettingsOpen(true);
  const settingsButton = useRef<HTMLButtonElement>(null);
  // Closed from inside (its close button, or Escape), the settings give focus back to the button
  // that opened them: the element that had it is gone, and focus would fall to the page.
  const closeSettings = () => {
    setSettingsOpen(false);
    settingsButton.current?.focus();
  };
  const onSettingsKey = (event: KeyboardEvent) => {
    // An open dropdown closes its own list on Escape first.
    const target = event.target as HTMLElement;
    if (event.key !== "Escape" || event.defaultPrevented) return;
    if (target.getAttribute("aria-expanded") === "true") return;
    event.preventDefault();
    closeSettings();
  };

  const composeItem = compose ? (item as Office.AppointmentCompose) : null;
  // A new meeting with no one invited and no subject yet: a calm start, not a verdict.
  const starting =
    compose && draft !== null && draft.subject.trim() === "" && othersInvited(draft) === 0;
  const travel =
    advice && draft && advice.recommendation !== "none"
      ? travelText(advice.travel, locale, {
          recommendation: advice.recommendation,
          placeGiven: (draft.location ?? "").trim() !== "",
          ownSiteKnown: !!settings.site,
          ownSite: settings.site,
        })
      : undefined;
  const detailsTravel =
    details && draft && details.recommendation !== "none"
      ? travelText(details.travel, locale, {
          recommendation: details.recommendation,
          placeGiven: (draft.location ?? "").trim() !== "",
          ownSiteKnown: !!settings.site,
          ownSite: settings.site,
        })
      : undefined;
  const errors: { key: string; action: FailedAction; error: unknown; dismiss?: () => void }[] = [];
  if (meeting.readError) errors.push({ key: "read", action: "read", error: meeting.readError });
  if (meeting.unexpectedError) {
    errors.push({ key: "unexpected", action: "unexpected", error: meeting.unexpectedError });
  }
  if (failure) errors.push({ key: "action", ...failure, dismiss: () => setFailure(null) });

  const tools = (
    <Button
      ref={settingsButton}
      appearance={settingsOpen ? "primary" : "subtle"}
      icon={<Settings20Regular />}
      aria-label={t("settingsHeading")}
      aria-expanded={settingsOpen}
      aria-controls="mg-settings-region"
      onClick={() => setSettingsOpen((open) => !open)}
      data-testid="settings-button"
    />
  );

  return (
    <PaneFrame tools={tools}>
      {settingsOpen && (
        // Escape is the keyboard's way out of the settings; the mouse has their close button.
        <div id="mg-settings-region" onKeyDown={onSettingsKey}>
          <Suspense fallback={<p className={styles.note}>{t("loading")}</p>}>
            <SettingsSection settings={settings} onSave={onSaveSettings} onClose={closeSettings} />
          </Suspense>
        </div>
      )}
      {draft && !starting && (
        <p className={styles.subject} data-testid="subject">
          {subjectLine(draft.subject, locale)}
        </p>
      )}
      <div className={styles.visuallyHidden} aria-live="polite" data-testid="announcer">
        {announcement}
      </div>
      <PolicyNotice />
      {errors.length > 0 && (
        <div className={styles.errors}>
          {errors.map((e) => (
            <ErrorBar
              key={e.key}
              messageKey={errorMessageKey(e.action)}
              detail={maskCprNumbers(errorDetail(e.error))}
              onDismiss={e.dismiss}
            />
          ))}
        </div>
      )}
      {!advice ? (
        meeting.loading && (
          <p className={styles.note} role="status">
            {t("loading")}
          </p>
        )
      ) : (
        <>
          <PersonalDataAlert
            advice={advice}
            composeItem={composeItem}
            runExclusive={meeting.runExclusive}
            onChanged={meeting.refresh}
            onAnnounce={setAnnouncement}
          />
          {starting ? (
            <p className={styles.start} data-testid="start-hint">
              {t("startHint")}
            </p>
          ) : (
            <section aria-label={t("adviceHeading")}>
              {compose ? (
                <RecommendationCard advice={advice} travel={travel} onChooseSite={openSettings} />
              ) : (
                <p className={styles.note} data-testid="attendee-note">
                  {t("readModeNote")}
                </p>
              )}
            </section>
          )}
          {!starting && (
            <VideoMeetingSection
              advice={advice}
              draft={draft}
              composeItem={composeItem}
              onChanged={meeting.refresh}
              runExclusive={meeting.runExclusive}
              openedFromSend={fromSend}
              focusInsertRequest={fromSend ? openedWith.count : 0}
              onWriteResult={(error) =>
                setFailure((f) =>
                  error !== null ? { action: "write", error } : f?.action === "write" ? null : f,
                )
              }
            />
          )}
          {details && !starting && (
            <>
              <RemindersSection
                advice={details}
                only={compose ? undefined : attendeeReminders(details)}
              />
              {compose && (
                <Suspense fallback={null}>
                  <ReasonsSection reasons={details.reasons} travel={detailsTravel} />
                </Suspense>
              )}
            </>
          )}
        </>
      )}
    </PaneFrame>
  );
}
