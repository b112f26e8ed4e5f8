/**
 * The meeting as the pane sees it: the draft read from Outlook and the advice on it, kept live.
 * Re-reads on Outlook's item events (time, recipients, recurrence), when the pane regains focus or
 * visibility, and every few seconds while visible (subject and body have no change event); the
 * advice and the React state change only when the draft did.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { advise } from "../../advisor";
import type { Advice, MeetingDraft } from "../../advisor/types";
import type { Locale } from "../../i18n/catalogue";
import { subscribeToItemChanges } from "../../office/itemEvents";
import { readAppointment } from "../../office/readAppointment";
import type { UserSettings } from "../../office/settings";
import { DEFAULT_POLICY } from "../../policy/defaultPolicy";
import { MeetingWatcher } from "../meetingWatcher";
import { startRefreshTriggers } from "../refreshTriggers";

/** The open appointment, as the organizer (compose) or an attendee (read) has it. */
export type AppointmentItem = Office.AppointmentCompose | Office.AppointmentRead;

/** The meeting as the pane shows it. */
export interface MeetingState {
  draft: MeetingDraft | null;
  advice: Advice | null;
  /** The last read failed (cleared by the next read that succeeds). */
  readError: unknown;
  /** A bug of ours while advising (never an Office failure). */
  unexpectedError: unknown;
  /** No read has finished yet. */
  loading: boolean;
}

/** What the reading depends on besides the item. */
export interface UseMeetingOptions {
  locale: Locale;
  settings: UserSettings;
  userEmail?: string;
  /** A first read started before the pane rendered (see startFirstRead). */
  firstRead?: Promise<MeetingDraft>;
}

/** How the pane reads the meeting: the user's own facts, in the organisation's zone. */
export function readMeeting(
  item: AppointmentItem,
  settings: UserSettings,
  userEmail: string | undefined,
): Promise<MeetingDraft> {
  return readAppointment(item, {
    userSite: settings.site,
    userUnit: settings.unit,
    userEmail,
    timeZone: DEFAULT_POLICY.timeZone,
  });
}

/** Reads and advises on `item`, keeping both current; `refresh` re-reads at once. */
export function useMeeting(
  item: AppointmentItem,
  { locale, settings, userEmail, firstRead }: UseMeetingOptions,
): MeetingState & { refresh: () => Promise<void> } {
  const [state, setState] = useState<MeetingState>({
    draft: null,
    advice: null,
    readError: null,
    unexpectedError: null,
    loading: true,
  });
  // The watcher reads the settings at read time, so that a change applies without rebuilding it.
  const settingsRef = useRef(settings);
  settingsRef.current = settings;

  const watcher = useMemo(
    () =>
      new MeetingWatcher({
        read: () => readMeeting(item, settingsRef.current, userEmail),
        firstRead,
        advise: (draft) => advise(draft, { policy: DEFAULT_POLICY, locale }),
        onAdvice: (draft, advice) =>
          setState((s) => ({ ...s, draft, advice, loading: false, unexpectedError: null })),
        onReadResult: (error) =>
          setState((s) =>
            error === null && s.readError === null
              ? s
              : { ...s, readError: error, loading: error === null ? s.loading : false },
          ),
      }),
    // firstRead is used once, by the first watcher: it is not a reason to make another.
    [item, locale, userEmail],
  );

  const refresh = useCallback(
    () =>
      watcher.refresh().catch((error: unknown) => {
        setState((s) => ({ ...s, unexpectedError: error, loading: false }));
      }),
    [watcher],
  );

  useEffect(() => {
    let closed = false;
    let unsubscribe: (() => Promise<void>) | null = null;
    void refresh();
    subscribeToItemChanges(item, () => void refresh()).then(
      (stop) => {
        if (closed) void stop().catch(() => undefined);
        else unsubscribe = stop;
      },
      // Without item events the focus, visibility and interval triggers still catch every change,
      // only a little later; nothing for the person to act on.
      () => undefined,
    );
    const stopTriggers = startRefreshTriggers(() => void refresh(), {
      window,
      document,
      setInterval: (callback, ms) => window.setInterval(callback, ms),
      clearInterval: (handle) => window.clearInterval(handle as number),
    });
    return () => {
      closed = true;
      watcher.stop();
      stopTriggers();
      void unsubscribe?.().catch(() => undefined);
    };
  }, [item, watcher, refresh]);

  // A new site or unit changes the organizer in the draft: re-read at once (not on first render,
  // where the effect above reads already).
  const firstSettings = useRef(true);
  useEffect(() => {
    if (firstSettings.current) {
      firstSettings.current = false;
      return;
    }
    void refresh();
  }, [settings.site, settings.unit, refresh]);

  const marked = useRef(false);
  useEffect(() => {
    if (state.advice && !marked.current) {
      marked.current = true;
      performance.mark("moedeguide:first-advice");
    }
  }, [state.advice]);

  return { ...state, refresh };
}
