/**
 * The invitees' work sites for the meeting view, the part loaded on demand once the first advice is
 * shown (with the Graph client, and the sign-in's code where the policy has a registration): never
 * in the pane's first load, which holds only inviteeSites.ts.
 *
 * Sites come from each person's Graph profile (officeLocation), read with the client's batched and
 * cached lookup and matched through the policy's site names and aliases. Each address is asked
 * once while the pane is open: a read that brings no new address costs nothing, and new addresses
 * that come close together go in one lookup. Graph gets the addresses and nothing else, and only
 * silent tokens are used: the meeting view never asks the person to sign in (the colleagues' view
 * does, from a click). When Graph cannot be asked (not signed in, no registration, offline), the
 * sites stay unknown and the pane says so as it does without a lookup; those addresses are asked
 * again with the next new one. Sites already in the draft (the person's own, from their settings)
 * are kept and not looked up.
 */
import { withPeopleSites } from "../advisor/peopleSites";
import { invitedPeople } from "../advisor/sites";
import type { MeetingDraft } from "../advisor/types";
import { sitesFromLocations } from "../availability/sites";
import { openGraphAccess } from "../colleagues/access";
import { isComposeItem } from "../office/host";
import { saveInviteeSites } from "../office/inviteeSites";
import type { Policy } from "../policy/types";
import type { Lookups, PaneSites } from "./inviteeSites";

/** Where sites come from: the directory through Graph (openSiteSource), a fake in tests. */
export interface SiteSource {
  /**
   * The site name of each address it could answer for (null: no site found). Rejects when it
   * cannot ask at all (not signed in, offline, …): the addresses stay unknown.
   */
  sitesOf(emails: readonly string[]): Promise<Map<string, string | null>>;
}

/** What the lookups use and report to. */
export interface SiteLookupsOptions {
  /** Opens the source at the first lookup; opened again when it rejects. */
  open: () => Promise<SiteSource>;
  /** Sites arrived for the meeting as last read: advise again. */
  onResolved: () => void;
  /** Keeps the sites known for the meeting's invitees (address → site name), e.g. on the item. */
  keep?: (sites: Map<string, string>) => void;
  /** How long new addresses gather before one lookup asks for them all. */
  gatherMs?: number;
  /** The timer (tests pass their own); setTimeout by default. */
  setTimer?: (run: () => void, ms: number) => void;
}

/** New addresses gather this long (ms) so that several added together cost one lookup. */
export const GATHER_MS = 250;

const ADDRESS = /^[^\s@]+@[^\s@]+$/;

/**
 * The lookups of one pane (one policy), started once the first advice is shown: each address asked
 * once, new ones gathered into one lookup, the sites found kept while the pane is open.
 */
export class SiteLookups implements Lookups {
  /** The sites found (lower-case address → site name). */
  private readonly found = new Map<string, string>();
  /** Every address answered: its site name, or null when the directory gave none. */
  private readonly answered = new Map<string, string | null>();
  /** New addresses waiting for the next lookup. */
  private readonly waiting = new Set<string>();
  /** Addresses being asked, or whose lookup failed (asked again with the next new address). */
  private readonly asking = new Set<string>();
  private readonly failed = new Set<string>();
  private source: Promise<SiteSource> | null = null;
  private stopped = false;
  private scheduled = false;
  private busy = false;
  /** The invitees of the last draft, and the value last given to `keep`. */
  private invitees: string[] = [];
  private kept = "";

  constructor(private readonly options: SiteLookupsOptions) {}

  /** The draft with the sites found so far; its invitees not asked yet go in the next lookup. */
  noticed(draft: MeetingDraft): MeetingDraft {
    const unknown: string[] = [];
    for (const person of invitedPeople(draft)) {
      const email = typeof person.email === "string" ? person.email.trim().toLowerCase() : "";
      if (!ADDRESS.test(email)) continue;
      if (typeof person.site !== "string" || person.site.trim() === "") unknown.push(email);
    }
    this.invitees = unknown;
    for (const email of unknown) {
      if (!this.answered.has(email) && !this.asking.has(email) && !this.failed.has(email)) {
        this.waiting.add(email);
      }
    }
    this.schedule();
    this.keepFound();
    return withPeopleSites(draft, this.found);
  }

  /** No more lookups or callbacks (the pane closes, or a new policy makes new lookups). */
  stop(): void {
    this.stopped = true;
  }

  private schedule(): void {
    if (this.stopped || this.busy || this.scheduled || this.waiting.size === 0) return;
    this.scheduled = true;
    const setTimer = this.options.setTimer ?? ((run, ms) => void setTimeout(run, ms));
    setTimer(() => {
      this.scheduled = false;
      void this.lookUp();
    }, this.options.gatherMs ?? GATHER_MS);
  }

  private async lookUp(): Promise<void> {
    if (this.stopped || this.busy || this.waiting.size === 0) return;
    this.busy = true;
    const batch = [...this.waiting, ...this.failed];
    this.waiting.clear();
    this.failed.clear();
    for (const email of batch) this.asking.add(email);
    let answer: Map<string, string | null> | null = null;
    try {
      this.source ??= this.options.open();
      const source = await this.source.catch((error: unknown) => {
        // Opened again with the next new address (the sign-in's code may load then).
        this.source = null;
        throw error;
      });
      answer = await source.sitesOf(batch);
    } catch {
      // Not signed in, not configured, offline, …: the sites stay unknown, as without a lookup.
    }
    let arrived = false;
    for (const email of batch) {
      this.asking.delete(email);
      const site = answer?.get(email);
      if (site === undefined) {
        this.failed.add(email);
        continue;
      }
      this.answered.set(email, site);
      if (site !== null) {
        this.found.set(email, site);
        arrived = true;
      }
    }
    this.busy = false;
    if (this.stopped) return;
    if (arrived) {
      this.options.onResolved();
      this.keepFound();
    }
    this.schedule();
  }

  /** Hands the sites of the meeting's invitees to `keep` when they differ from the last. */
  private keepFound(): void {
    if (!this.options.keep || this.stopped) return;
    const sites = new Map<string, string>();
    for (const email of this.invitees) {
      const site = this.found.get(email);
      if (site !== undefined) sites.set(email, site);
    }
    const value = JSON.stringify([...sites]);
    if (sites.size === 0 || value === this.kept) return;
    this.kept = value;
    this.options.keep(sites);
  }
}

/**
 * The directory for this policy: the preview's local Graph, or the policy's registration. Rejects
 * with NotConfiguredError when there is neither, or with the sign-in's failure where it cannot
 * work; `sitesOf` rejects with the Graph client's failures (not signed in, offline, …).
 */
export async function openSiteSource(policy: Policy): Promise<SiteSource> {
  const { client } = await openGraphAccess(policy);
  return {
    async sitesOf(emails) {
      const sites = sitesFromLocations(policy, await client.officeLocations(emails));
      return new Map([...sites].map(([email, site]) => [email, site?.name ?? null]));
    },
  };
}

/**
 * The pane's lookups for an item under a policy (see PaneSites): the advice worked out again
 * through the watcher when sites arrive, and, where the person composes the meeting, the sites
 * kept on the item for the event handlers, written in the watcher's turn so that no read sees it
 * half done. A failed write only leaves the handlers without them.
 */
export function startSiteLookups(
  item: Office.AppointmentCompose | Office.AppointmentRead,
  policy: Policy,
  pane: PaneSites,
): SiteLookups {
  return new SiteLookups({
    open: () => openSiteSource(policy),
    onResolved: () => void pane.watcher()?.reconsider().catch(pane.onError),
    keep: isComposeItem(item)
      ? (sites) =>
          void pane
            .watcher()
            ?.runExclusive(() => saveInviteeSites(item, sites))
            .catch(() => undefined)
      : undefined,
  });
}
