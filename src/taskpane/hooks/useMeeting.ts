/**
 * The meeting as the pane sees it: the draft read from Outlook and the advice on it, kept live.
 * Reads fully on load, on Outlook's item events (time, recipients, recurrence), after a write and
 * on new settings; re-reads only subject, body and location when the pane regains focus or
 * visibility and every few seconds while visible (they have no change event). The advice and the
 * React state change only when the draft did.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { advise } from "../../advisor";
import type { Advice, MeetingDraft } from "../../advisor/types";
import type { Locale } from "../../i18n/catalogue";
import type { Policy } from "../../policy/types";
import type { UserSettings } from "../../office/settings";
import { startLiveRefresh } from "../liveRefresh";
import type { RefreshKind } from "../meetingWatcher";
import { MeetingWatcher } from "../meetingWatcher";
import { paneInviteeSites } from "../inviteeSites";
import type { AppointmentItem } from "../reading";
import { readMeeting, readMeetingCheaply } from "../reading";
import { FIRST_ADVICE_MARK } from "../performanceMarks";

export type { AppointmentItem };
export { readMeeting };

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
  /** The organisation's policy: a new one (served late) makes a new watcher and new advice. */
  policy: Policy;
  settings: UserSettings;
  userEmail?: string;
  /** A first read started before the pane rendered (see startFirstRead). */
  firstRead?: Promise<MeetingDraft>;
}

/** What useMeeting gives the pane besides the state. */
export interface MeetingActions {
  /** Re-reads at once (fully by default). */
  refresh: (kind?: RefreshKind) => Promise<void>;
  /** Runs a write to the appointment with no read in flight, holding reads until it is done. */
  runExclusive: <T>(task: () => Promise<T>) => Promise<T>;
}

/** Reads and advises on `item`, keeping both current; `refresh` re-reads at once. */
export function useMeeting(
  item: AppointmentItem,
  { locale, policy, settings, userEmail, firstRead }: UseMeetingOptions,
): MeetingState & MeetingActions {
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

  // The invitees' sites from the directory, looked up once the first advice is shown: the advice
  // is worked out again when they arrive (see inviteeSites.ts).
  const watcherRef = useRef<MeetingWatcher | null>(null);
  const sites = useMemo(
    () =>
      paneInviteeSites(item, policy, {
        watcher: () => watcherRef.current,
        onError: (error) => setState((s) => ({ ...s, unexpectedError: error })),
      }),
    [item, policy],
  );

  const watcher = useMemo(
    () =>
      new MeetingWatcher({
        read: () => readMeeting(item, settingsRef.current, userEmail, policy),
        readCheap: (last) => readMeetingCheaply(item, last),
        firstRead,
        enrich: (draft) => sites.apply(draft),
        advise: (draft) => advise(draft, { policy, locale }),
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
    [item, locale, userEmail, policy, sites],
  );
  watcherRef.current = watcher;
  useEffect(() => () => sites.stop(), [sites]);

  const refresh = useCallback(
    (kind: RefreshKind = "full") =>
      watcher.refresh(kind).catch((error: unknown) => {
        setState((s) => ({ ...s, unexpectedError: error, loading: false }));
      }),
    [watcher],
  );
  const runExclusive = useCallback(
    <T>(task: () => Promise<T>): Promise<T> => watcher.runExclusive(task),
    [watcher],
  );

  useEffect(() => {
    const stop = startLiveRefresh({
      item,
      refresh: (kind) => void refresh(kind),
      env: {
        window,
        document,
        setInterval: (callback, ms) => window.setInterval(callback, ms),
        clearInterval: (handle) => window.clearInterval(handle as number),
      },
    });
    return () => {
      watcher.stop();
      stop();
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
      performance.mark(FIRST_ADVICE_MARK);
    }
  }, [state.advice]);

  // The directory is asked only once the first advice is shown, in a task of its own.
  useEffect(() => {
    if (!state.advice) return;
    const timer = window.setTimeout(() => sites.enable(), 0);
    return () => window.clearTimeout(timer);
  }, [state.advice, sites]);

  return { ...state, refresh, runExclusive };
}
