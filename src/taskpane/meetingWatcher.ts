/**
 * Keeps advice in step with the meeting without wasting work: reads the draft, and advises and
 * reports only when the draft differs from the last one advised. Reads never overlap one another
 * nor a write (runExclusive), so the pane's own calls never crowd Outlook's limit of 3 in flight
 * and a read never sees a write half done; a refresh asked for during a read runs once after it.
 *
 * Two kinds of read: a full read of the whole appointment (first load, item events, after a
 * write, new settings) and a cheap one of the text fields only (polling, focus, visibility),
 * merged into the last full draft. Free of React and the DOM so that it is testable on its own.
 */
import type { Advice, MeetingDraft } from "../advisor/types";

/** How much a refresh reads: everything, or only what changes without an Outlook event. */
export type RefreshKind = "full" | "cheap";

/** What the watcher reads with, advises with, and reports to. */
export interface MeetingWatcherOptions {
  /** Reads the whole meeting as it is now (rejects on an Office failure). */
  read: () => Promise<MeetingDraft>;
  /**
   * Re-reads only the text fields into the last draft; null when that is not enough and a full
   * read is needed (rejects on an Office failure). Without it every refresh is a full read.
   */
  readCheap?: (last: MeetingDraft) => Promise<MeetingDraft | null>;
  /** Advises on a draft. */
  advise: (draft: MeetingDraft) => Advice;
  /** Called with new advice, only when the draft changed. */
  onAdvice: (draft: MeetingDraft, advice: Advice) => void;
  /** Called after every read: null when it succeeded, the error when it failed. */
  onReadResult: (error: unknown) => void;
  /**
   * A read already under way (started before the pane rendered, so that Office's round trips
   * overlap the first render); used instead of `read` for the first refresh.
   */
  firstRead?: Promise<MeetingDraft>;
  /**
   * Adds what the pane knows besides Outlook (the invitees' sites) to each draft read, before it is
   * compared and advised on; `reconsider` applies it again without a read.
   */
  enrich?: (draft: MeetingDraft) => MeetingDraft;
}

/** A stable key of a draft's content: two drafts with the same key get the same advice. */
export function draftKey(draft: MeetingDraft): string {
  return JSON.stringify(draft);
}

/** Reads the meeting on demand and advises only on a changed draft. */
export class MeetingWatcher {
  private lastKey: string | null = null;
  /** The last draft read (fully, or cheaply merged into a full one): what a cheap read builds on. */
  private lastDraft: MeetingDraft | null = null;
  private running: Promise<void> | null = null;
  private again: RefreshKind | null = null;
  private stopped = false;
  private firstRead: Promise<MeetingDraft> | undefined;
  /** Whether a read or write holds the turn; the others wait in `waiting`, in order. */
  private busy = false;
  private waiting: Array<() => void> = [];

  constructor(private readonly options: MeetingWatcherOptions) {
    this.firstRead = options.firstRead;
  }

  /**
   * Reads the meeting and advises if it changed. While a read is in flight, further calls share
   * one follow-up read (full if any of them asked for full), so that a burst of events costs at
   * most two reads.
   */
  refresh(kind: RefreshKind = "full"): Promise<void> {
    if (this.running) {
      this.again = this.again === "full" || kind === "full" ? "full" : "cheap";
      return this.running;
    }
    this.running = this.loop(kind).then(
      () => {
        this.running = null;
      },
      (error: unknown) => {
        this.running = null;
        throw error;
      },
    );
    return this.running;
  }

  /**
   * Runs `task` (a write to the appointment) when no read is in flight, and holds further reads
   * until it has settled. Resolves or rejects as the task does.
   */
  runExclusive<T>(task: () => Promise<T>): Promise<T> {
    return this.exclusive(task);
  }

  /**
   * Advises again on the last draft read, enriched afresh, when that changes it (the invitees'
   * sites arrived): no Office call. Waits its turn behind a read or write in flight.
   */
  reconsider(): Promise<void> {
    return this.exclusive(async () => {
      if (!this.stopped && this.lastDraft) this.adviseIfChanged(this.lastDraft);
    });
  }

  /** Forgets the last draft so that the next read advises even when nothing changed. */
  invalidate(): void {
    this.lastKey = null;
  }

  /** No more callbacks after this (the pane is closing). */
  stop(): void {
    this.stopped = true;
  }

  /**
   * Runs `task` at once when no read or write is in flight (synchronously, so that a read starts
   * in the same turn it was asked for), else after those before it have settled.
   */
  private exclusive<T>(task: () => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const run = (): void => {
        this.busy = true;
        let result: Promise<T>;
        try {
          result = task();
        } catch (error) {
          result = Promise.reject(error);
        }
        result.then(resolve, reject).then(
          () => this.release(),
          () => this.release(),
        );
      };
      if (this.busy) this.waiting.push(run);
      else run();
    });
  }

  private release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.busy = false;
  }

  private async loop(first: RefreshKind): Promise<void> {
    let kind: RefreshKind | null = first;
    while (kind !== null && !this.stopped) {
      const asked: RefreshKind = kind;
      await this.exclusive(() => {
        // Requests that came while this read waited for its turn are served by it.
        const current: RefreshKind = this.again === "full" ? "full" : asked;
        this.again = null;
        return this.readOnce(current);
      });
      kind = this.again;
    }
  }

  private async readOnce(kind: RefreshKind): Promise<void> {
    let draft: MeetingDraft;
    const started = this.firstRead;
    this.firstRead = undefined;
    try {
      draft = await (started ?? this.readDraft(kind));
    } catch (error) {
      if (!this.stopped) this.options.onReadResult(error);
      return;
    }
    if (this.stopped) return;
    this.lastDraft = draft;
    this.options.onReadResult(null);
    this.adviseIfChanged(draft);
  }

  private adviseIfChanged(read: MeetingDraft): void {
    const draft = this.options.enrich ? this.options.enrich(read) : read;
    const key = draftKey(draft);
    if (key === this.lastKey) return;
    const advice = this.options.advise(draft);
    this.lastKey = key;
    this.options.onAdvice(draft, advice);
  }

  private async readDraft(kind: RefreshKind): Promise<MeetingDraft> {
    const last = this.lastDraft;
    if (kind === "cheap" && last && this.options.readCheap) {
      const merged = await this.options.readCheap(last);
      if (merged) return merged;
    }
    return this.options.read();
  }
}
