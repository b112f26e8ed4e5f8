/**
 * Loads the pane's write code (meetingWrites.ts) once: right after the first advice is on screen,
 * or at once when an action needs it first. A load that fails (the network dropped) is tried again
 * by the next action, which reports the failure as any other.
 */
import { useEffect, useState } from "react";
import type * as MeetingWritesModule from "./meetingWrites";

/** The pane's writes to the meeting. */
export type MeetingWrites = typeof MeetingWritesModule;

let loading: Promise<MeetingWrites> | null = null;
let loaded: MeetingWrites | null = null;

/** The write code, loaded on the first call. */
export function loadMeetingWrites(): Promise<MeetingWrites> {
  loading ??= import(/* webpackChunkName: "writes" */ "./meetingWrites").then(
    (module) => {
      loaded = module;
      return module;
    },
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/**
 * The write code once loaded (null until then). The load starts after the first paint, not in the
 * render that shows the first advice: the first look does not wait for it.
 */
export function useMeetingWrites(): MeetingWrites | null {
  const [writes, setWrites] = useState<MeetingWrites | null>(loaded);
  useEffect(() => {
    if (writes) return undefined;
    let live = true;
    const handle = window.setTimeout(() => {
      loadMeetingWrites().then(
        (module) => live && setWrites(module),
        () => undefined, // an action loads it again and reports the failure
      );
    }, 0);
    return () => {
      live = false;
      window.clearTimeout(handle);
    };
  }, [writes]);
  return writes;
}
