/**
 * Why the pane was opened (the send check's "Tilføj Jabber-møde", the compose notice's action, or
 * the ribbon): read once on load and again whenever Outlook hands an open pane a new context.
 * Only the organizer's pane reads it: both event handlers run while composing.
 */
import { useEffect, useState } from "react";
import type { PaneContext } from "../../office/initializationContext";
import { readPaneContext, subscribeToPaneContext } from "../../office/initializationContext";
import type { AppointmentItem } from "../reading";

/** The latest context, and how many contexts have arrived (so that each can be acted on once). */
export interface PaneContextState {
  context: PaneContext | null;
  count: number;
}

/** The context the pane was (last) opened with; none in read mode or where Outlook lacks it. */
export function usePaneContext(item: AppointmentItem, compose: boolean): PaneContextState {
  const [state, setState] = useState<PaneContextState>({ context: null, count: 0 });
  useEffect(() => {
    if (!compose) return undefined;
    let closed = false;
    let unsubscribe: (() => Promise<void>) | null = null;
    const arrived = (context: PaneContext | null): void => {
      if (!closed && context) setState((s) => ({ context, count: s.count + 1 }));
    };
    // The context only adds a hint: when Outlook cannot give it, the pane works as usual.
    readPaneContext(item).then(arrived, () => undefined);
    subscribeToPaneContext(item, arrived).then(
      (stop) => {
        if (closed) void stop().catch(() => undefined);
        else unsubscribe = stop;
      },
      () => undefined,
    );
    return () => {
      closed = true;
      void unsubscribe?.().catch(() => undefined);
    };
  }, [item, compose]);
  return state;
}
