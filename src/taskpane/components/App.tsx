import { maskCprNumbers } from "../../advisor/cpr";
import { useDeferredValue, useEffect, useRef, useState } from "react";
import { makeStyles, tokens, typographyStyles } from "@fluentui/react-components";
import { Lightbulb20Regular } from "@fluentui/react-icons";
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
import { subjectLine } from "../present";
import { ErrorBar } from "./ErrorBar";
import { ErrorBoundary } from "./ErrorBoundary";
import { PaneFrame } from "./PaneFrame";
import { PersonalDataAlert } from "./PersonalDataAlert";
import { PolicyNotice } from "./PolicyNotice";
import { PreviewRenderFault } from "./PreviewRenderFault";
import { ReasonsSection } from "./ReasonsSection";
import { RecommendationCard } from "./RecommendationCard";
import { RemindersSection } from "./RemindersSection";
import { Section } from "./Section";
import { SettingsSection } from "./SettingsSection";
import { TravelSection } from "./TravelSection";
import { VideoMeetingSection } from "./VideoMeetingSection";

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
  const showSettings = useDeferredValue(!meeting.loading);
  const detailsMarked = useRef(false);
  useEffect(() => {
    if (details && !detailsMarked.current) {
      detailsMarked.current = true;
      performance.mark("moedeguide:details-shown");
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

  const composeItem = compose ? (item as Office.AppointmentCompose) : null;
  const errors: { key: string; action: FailedAction; error: unknown; dismiss?: () => void }[] = [];
  if (meeting.readError) errors.push({ key: "read", action: "read", error: meeting.readError });
  if (meeting.unexpectedError) {
    errors.push({ key: "unexpected", action: "unexpected", error: meeting.unexpectedError });
  }
  if (failure) errors.push({ key: "action", ...failure, dismiss: () => setFailure(null) });

  return (
    <PaneFrame>
      {draft && (
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
              params={{ detail: maskCprNumbers(errorDetail(e.error)) }}
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
          <Section id="mg-advice" title={t("adviceHeading")} icon={<Lightbulb20Regular />}>
            <RecommendationCard advice={advice} />
            {!compose && <p className={styles.note}>{t("readModeNote")}</p>}
          </Section>
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
          {details && (
            <>
              <TravelSection travel={details.travel} />
              <RemindersSection advice={details} />
              <ReasonsSection reasons={details.reasons} />
            </>
          )}
        </>
      )}
      {showSettings && <SettingsSection settings={settings} onSave={onSaveSettings} />}
    </PaneFrame>
  );
}
