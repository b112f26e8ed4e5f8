/**
 * What re-reads the meeting, and how much: a full read at the start and on Outlook's item events
 * (time, recipients, recurrence), a cheap read of the text fields on the pane's own triggers
 * (interval, focus, visibility), which catch what Outlook has no event for. Where the client has
 * no item events (before Mailbox 1.7) or subscribing fails, the triggers read fully instead, so
 * that a change of attendees or time is still seen.
 */
import type { ItemChange } from "../office/itemEvents";
import { subscribeToItemChanges } from "../office/itemEvents";
import { isMailboxSetSupported } from "../office/host";
import type { RefreshKind } from "./meetingWatcher";
import type { TriggerEnvironment } from "./refreshTriggers";
import { startRefreshTriggers } from "./refreshTriggers";

/** What startLiveRefresh needs. */
export interface LiveRefreshOptions {
  item: Office.AppointmentCompose | Office.AppointmentRead;
  /** Re-reads the meeting (the watcher's refresh); errors are the caller's to handle. */
  refresh: (kind: RefreshKind) => void;
  env: TriggerEnvironment;
  /** How item events are subscribed to; subscribeToItemChanges by default (tests pass fakes). */
  subscribe?: (
    item: Office.AppointmentCompose | Office.AppointmentRead,
    onChange: (change: ItemChange) => void,
  ) => Promise<() => Promise<void>>;
  /** Whether the client has item events; Mailbox 1.7 by default. */
  itemEvents?: boolean;
  intervalMs?: number;
}

/** Starts reading: at once (full), on item events (full) and on the triggers; returns the stop. */
export function startLiveRefresh(options: LiveRefreshOptions): () => void {
  const { item, refresh, env } = options;
  const subscribe = options.subscribe ?? subscribeToItemChanges;
  let eventsWork = options.itemEvents ?? isMailboxSetSupported("1.7");
  let closed = false;
  let unsubscribe: (() => Promise<void>) | null = null;

  refresh("full");
  if (eventsWork) {
    subscribe(item, () => refresh("full")).then(
      (stop) => {
        if (closed) void stop().catch(() => undefined);
        else unsubscribe = stop;
      },
      // Without item events the triggers read fully: every change is still caught, a little later.
      () => {
        eventsWork = false;
      },
    );
  }
  const stopTriggers = startRefreshTriggers(
    () => refresh(eventsWork ? "cheap" : "full"),
    env,
    options.intervalMs,
  );
  return () => {
    closed = true;
    stopTriggers();
    void unsubscribe?.().catch(() => undefined);
  };
}
