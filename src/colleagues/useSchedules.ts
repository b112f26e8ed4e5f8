/**
 * Colleagues' free/busy for the view: fetched when the list changes, refreshed each minute while
 * the view is visible (and the page is), and on demand. What could not be refreshed stays shown,
 * marked stale with its age; a per-person error marks that person unknown, not the whole list.
 * Throttling waits for what Graph asked before the next automatic try.
 */
import { DateTime } from "luxon";
import { useCallback, useEffect, useRef, useState } from "react";
import { dayWindow } from "../availability/status";
import type { ScheduleLookup } from "../availability/types";
import type { GraphClient } from "../graph/client";
import { ThrottledError } from "../graph/errors";

/** How often the view refreshes while it is visible. */
export const REFRESH_MS = 60_000;

/** What the view knows of the colleagues' calendars. */
export interface SchedulesState {
  /** Each shown colleague's lookup by lower-case address, from the last successful fetch. */
  lookups: ReadonlyMap<string, ScheduleLookup>;
  /** When the lookups were fetched (ms since the epoch); null before the first success. */
  fetchedAt: number | null;
  /** Why the last fetch failed; null when it succeeded. */
  error: unknown;
  /** A fetch is under way. */
  loading: boolean;
}

/**
 * The days asked for: today and tomorrow in the person's zone, so that "next free" can name
 * tomorrow morning after a full day.
 */
export const SCHEDULE_DAYS = 2;

/** Options of useSchedules. */
export interface UseSchedulesOptions {
  client: GraphClient | null;
  /** The addresses shown, in order. */
  emails: readonly string[];
  /** The view is on screen: only then does it refresh. */
  visible: boolean;
  /** The person's IANA zone (the policy's). */
  zone: string;
  now?: () => number;
}

/** Fetches and refreshes the shown colleagues' free/busy. */
export function useSchedules({
  client,
  emails,
  visible,
  zone,
  now = Date.now,
}: UseSchedulesOptions): SchedulesState & { refresh: () => void } {
  const [state, setState] = useState<SchedulesState>({
    lookups: new Map(),
    fetchedAt: null,
    error: null,
    loading: false,
  });
  const key = emails.map((e) => e.toLowerCase()).join("\n");
  const generation = useRef(0);
  const pausedUntil = useRef(0);
  const nowRef = useRef(now);
  nowRef.current = now;

  const fetchNow = useCallback(() => {
    if (!client) return;
    const list = key === "" ? [] : key.split("\n");
    const mine = ++generation.current;
    if (list.length === 0) {
      setState({ lookups: new Map(), fetchedAt: nowRef.current(), error: null, loading: false });
      return;
    }
    setState((s) => ({ ...s, loading: true }));
    client
      .getSchedules(list, dayWindow(DateTime.fromMillis(nowRef.current()), zone, SCHEDULE_DAYS))
      .then(
        (found) => {
          if (mine !== generation.current) return;
          setState({
            lookups: new Map(found.map((l) => [l.email.toLowerCase(), l])),
            fetchedAt: nowRef.current(),
            error: null,
            loading: false,
          });
        },
        (error: unknown) => {
          if (mine !== generation.current) return;
          if (error instanceof ThrottledError && error.retryAfterSeconds !== null) {
            pausedUntil.current = nowRef.current() + error.retryAfterSeconds * 1000;
          }
          // Keep what was fetched before: it is shown as stale.
          setState((s) => ({ ...s, error, loading: false }));
        },
      );
  }, [client, key, zone]);

  // A new list (or client) fetches at once; the view need not be visible for the first fetch.
  useEffect(() => {
    fetchNow();
  }, [fetchNow]);

  const fetchedAt = useRef<number | null>(null);
  fetchedAt.current = state.fetchedAt;

  useEffect(() => {
    if (!visible || !client) return;
    const tick = () => {
      if (document.visibilityState === "hidden") return;
      if (nowRef.current() < pausedUntil.current) return;
      fetchNow();
    };
    const handle = window.setInterval(tick, REFRESH_MS);
    // Coming back to a page that was hidden for a while refreshes at once.
    const onVisible = () => {
      if (document.visibilityState === "visible") tick();
    };
    document.addEventListener("visibilitychange", onVisible);
    // The view shown again after a while: what it holds is older than a refresh.
    if (fetchedAt.current !== null && nowRef.current() - fetchedAt.current >= REFRESH_MS) tick();
    return () => {
      window.clearInterval(handle);
      document.removeEventListener("visibilitychange", onVisible);
    };
  }, [visible, client, fetchNow]);

  const refresh = useCallback(() => {
    pausedUntil.current = 0;
    fetchNow();
  }, [fetchNow]);

  return { ...state, refresh };
}
