/**
 * Keeps advice in step with the meeting without wasting work: reads the draft, and advises and
 * reports only when the draft differs from the last one advised. Reads never overlap (Outlook
 * allows few concurrent calls); a refresh asked for during a read runs once after it.
 * Free of React and the DOM so that it is testable on its own.
 */
import type { Advice, MeetingDraft } from "../advisor/types";

/** What the watcher reads with, advises with, and reports to. */
export interface MeetingWatcherOptions {
  /** Reads the meeting as it is now (rejects on an Office failure). */
  read: () => Promise<MeetingDraft>;
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
}

/** A stable key of a draft's content: two drafts with the same key get the same advice. */
export function draftKey(draft: MeetingDraft): string {
  return JSON.stringify(draft);
}

/** Reads the meeting on demand and advises only on a changed draft. */
export class MeetingWatcher {
  private lastKey: string | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = false;
  private firstRead: Promise<MeetingDraft> | undefined;

  constructor(private readonly options: MeetingWatcherOptions) {
    this.firstRead = options.firstRead;
  }

  /**
   * Reads the meeting and advises if it changed. While a read is in flight, further calls share
   * one follow-up read, so that a burst of events costs at most two reads.
   */
  refresh(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.loop().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  /** Forgets the last draft so that the next read advises even when nothing changed. */
  invalidate(): void {
    this.lastKey = null;
  }

  /** No more callbacks after this (the pane is closing). */
  stop(): void {
    this.stopped = true;
  }

  private async loop(): Promise<void> {
    do {
      this.again = false;
      await this.readOnce();
    } while (this.again && !this.stopped);
  }

  private async readOnce(): Promise<void> {
    let draft: MeetingDraft;
    const started = this.firstRead;
    this.firstRead = undefined;
    try {
      draft = await (started ?? this.options.read());
    } catch (error) {
      if (!this.stopped) this.options.onReadResult(error);
      return;
    }
    if (this.stopped) return;
    this.options.onReadResult(null);
    const key = draftKey(draft);
    if (key === this.lastKey) return;
    const advice = this.options.advise(draft);
    this.lastKey = key;
    this.options.onAdvice(draft, advice);
  }
}
