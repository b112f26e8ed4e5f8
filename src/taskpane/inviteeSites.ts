/**
 * The invitees' work sites in the meeting view: Outlook does not give them, so they are looked up
 * in the directory (siteLookup.ts, loaded on demand) and filled into the draft the advice is worked
 * out on, so that the travel line counts everyone whose site is known.
 *
 * The first advice never waits for them: the lookups' code loads, and lookups start, only once it
 * is shown (`enable`); the advice is worked out again when sites arrive. This part is in the pane's
 * first load, so it holds nothing but the hand-over.
 */
import type { MeetingDraft } from "../advisor/types";
import type { Policy } from "../policy/types";

/** The lookups, as this part drives them (SiteLookups in siteLookup.ts). */
export interface Lookups {
  /** The draft with the sites found so far; its invitees not asked yet are asked. */
  noticed(draft: MeetingDraft): MeetingDraft;
  stop(): void;
}

/** What the pane's lookups need of the pane: its meeting watcher, and where a bug of ours goes. */
export interface PaneSites {
  watcher: () => {
    reconsider(): Promise<void>;
    runExclusive<T>(task: () => Promise<T>): Promise<T>;
  } | null;
  onError: (error: unknown) => void;
}

/** The sites of one pane (one policy), found once and kept while the pane is open. */
export class InviteeSites {
  private loaded: Lookups | null = null;
  private loading = false;
  private last: MeetingDraft | null = null;
  private stopped = false;

  /** `start` loads and starts the lookups. */
  constructor(private readonly start: () => Promise<Lookups>) {}

  /** The draft with the sites found so far (none before the lookups started). */
  apply(draft: MeetingDraft): MeetingDraft {
    this.last = draft;
    return this.loaded ? this.loaded.noticed(draft) : draft;
  }

  /** The first advice is shown: the lookups may load and start (once). */
  enable(): void {
    if (this.loading || this.stopped) return;
    this.loading = true;
    this.start().then(
      (lookups) => {
        if (this.stopped) return lookups.stop();
        this.loaded = lookups;
        if (this.last) lookups.noticed(this.last);
      },
      // Code that could not load (offline) leaves every site unknown, as without lookups.
      () => undefined,
    );
  }

  /** No more lookups (the pane closes, or a new policy makes new ones). */
  stop(): void {
    this.stopped = true;
    this.loaded?.stop();
  }
}

/** The pane's sites for an item under a policy, the lookups loaded on demand (their own chunk). */
export function paneInviteeSites(
  item: Office.AppointmentCompose | Office.AppointmentRead,
  policy: Policy,
  pane: PaneSites,
): InviteeSites {
  return new InviteeSites(() =>
    import(/* webpackChunkName: "invitee-sites" */ "./siteLookup").then((m) =>
      m.startSiteLookups(item, policy, pane),
    ),
  );
}
