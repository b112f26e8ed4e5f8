import type { Advice, MeetingDraft } from "../../../src/advisor/types";
import { MeetingWatcher, draftKey } from "../../../src/taskpane/meetingWatcher";

const draft = (subject: string): MeetingDraft => ({
  subject,
  start: "2027-02-02T10:00:00+01:00",
  end: "2027-02-02T11:00:00+01:00",
  attendees: [],
});

const adviceFor = (d: MeetingDraft): Advice =>
  ({ recommendation: d.subject.startsWith("MUS") ? "physical" : "virtual" }) as Advice;

/** A read that the test resolves or rejects when it likes. */
function controllableReads() {
  const pending: Array<{ resolve: (d: MeetingDraft) => void; reject: (e: unknown) => void }> = [];
  const read = jest.fn(
    () =>
      new Promise<MeetingDraft>((resolve, reject) => {
        pending.push({ resolve, reject });
      }),
  );
  return { read, pending };
}

function setup(read: () => Promise<MeetingDraft>) {
  const onAdvice = jest.fn();
  const onReadResult = jest.fn();
  const advise = jest.fn(adviceFor);
  const watcher = new MeetingWatcher({ read, advise, onAdvice, onReadResult });
  return { watcher, onAdvice, onReadResult, advise };
}

describe("MeetingWatcher", () => {
  it("advises on the first read and again only when the draft changed", async () => {
    let current = draft("Statusmøde");
    const { watcher, onAdvice, advise, onReadResult } = setup(async () => current);
    await watcher.refresh();
    await watcher.refresh();
    expect(advise).toHaveBeenCalledTimes(1);
    expect(onAdvice).toHaveBeenCalledTimes(1);
    expect(onAdvice).toHaveBeenLastCalledWith(current, { recommendation: "virtual" });
    current = draft("MUS med Anders");
    await watcher.refresh();
    expect(onAdvice).toHaveBeenCalledTimes(2);
    expect(onAdvice).toHaveBeenLastCalledWith(current, { recommendation: "physical" });
    expect(onReadResult).toHaveBeenCalledTimes(3);
    expect(onReadResult).toHaveBeenLastCalledWith(null);
  });

  it("treats an equal draft read again as unchanged", async () => {
    const { watcher, onAdvice } = setup(async () => draft("Statusmøde"));
    await watcher.refresh();
    await watcher.refresh();
    expect(onAdvice).toHaveBeenCalledTimes(1);
  });

  it("never overlaps reads: a burst during a read costs one more read", async () => {
    const { read, pending } = controllableReads();
    const { watcher, onAdvice } = setup(read);
    const first = watcher.refresh();
    const burst = [watcher.refresh(), watcher.refresh(), watcher.refresh()];
    expect(read).toHaveBeenCalledTimes(1);
    pending[0]!.resolve(draft("A"));
    await Promise.resolve();
    await new Promise((r) => setTimeout(r, 0));
    expect(read).toHaveBeenCalledTimes(2);
    pending[1]!.resolve(draft("B"));
    await Promise.all([first, ...burst]);
    expect(read).toHaveBeenCalledTimes(2);
    expect(onAdvice.mock.calls.map((c) => (c[0] as MeetingDraft).subject)).toEqual(["A", "B"]);
  });

  it("reports a failed read, keeps quiet about advice, and reports recovery", async () => {
    const failure = new Error("Office failed");
    const read = jest
      .fn<Promise<MeetingDraft>, []>()
      .mockRejectedValueOnce(failure)
      .mockResolvedValueOnce(draft("Statusmøde"));
    const { watcher, onAdvice, onReadResult } = setup(read);
    await watcher.refresh();
    expect(onReadResult).toHaveBeenLastCalledWith(failure);
    expect(onAdvice).not.toHaveBeenCalled();
    await watcher.refresh();
    expect(onReadResult).toHaveBeenLastCalledWith(null);
    expect(onAdvice).toHaveBeenCalledTimes(1);
  });

  it("advises again on the same draft after invalidate", async () => {
    const { watcher, onAdvice } = setup(async () => draft("Statusmøde"));
    await watcher.refresh();
    watcher.invalidate();
    await watcher.refresh();
    expect(onAdvice).toHaveBeenCalledTimes(2);
  });

  it("calls nothing back once stopped", async () => {
    const { read, pending } = controllableReads();
    const { watcher, onAdvice, onReadResult } = setup(read);
    const running = watcher.refresh();
    watcher.stop();
    pending[0]!.resolve(draft("A"));
    await running;
    expect(onAdvice).not.toHaveBeenCalled();
    expect(onReadResult).not.toHaveBeenCalled();
  });

  it("rejects when advising throws (a bug of ours), and can run again", async () => {
    const onAdvice = jest.fn();
    const advise = jest.fn().mockImplementationOnce(() => {
      throw new Error("bug");
    });
    advise.mockImplementation(adviceFor);
    const watcher = new MeetingWatcher({
      read: async () => draft("Statusmøde"),
      advise,
      onAdvice,
      onReadResult: () => undefined,
    });
    await expect(watcher.refresh()).rejects.toThrow("bug");
    await watcher.refresh();
    expect(onAdvice).toHaveBeenCalledTimes(1);
  });
});

describe("MeetingWatcher's full and cheap reads", () => {
  function kinds() {
    const full = jest.fn(async () => draft("Statusmøde"));
    const cheap = jest.fn(async (last: MeetingDraft): Promise<MeetingDraft | null> => ({
      ...last,
      body: "ny tekst",
    }));
    const onAdvice = jest.fn();
    const watcher = new MeetingWatcher({
      read: full,
      readCheap: cheap,
      advise: adviceFor,
      onAdvice,
      onReadResult: () => undefined,
    });
    return { full, cheap, onAdvice, watcher };
  }

  it("reads fully first, even when asked for a cheap read, then cheaply into the last draft", async () => {
    const { full, cheap, onAdvice, watcher } = kinds();
    await watcher.refresh("cheap");
    expect(full).toHaveBeenCalledTimes(1);
    expect(cheap).not.toHaveBeenCalled();
    await watcher.refresh("cheap");
    expect(full).toHaveBeenCalledTimes(1);
    expect(cheap).toHaveBeenCalledWith(draft("Statusmøde"));
    expect(onAdvice).toHaveBeenLastCalledWith(
      { ...draft("Statusmøde"), body: "ny tekst" },
      {
        recommendation: "virtual",
      },
    );
    await watcher.refresh();
    expect(full).toHaveBeenCalledTimes(2);
  });

  it("reads fully when the cheap read says it is not enough", async () => {
    const { full, cheap, watcher } = kinds();
    await watcher.refresh("full");
    cheap.mockResolvedValueOnce(null);
    await watcher.refresh("cheap");
    expect(cheap).toHaveBeenCalledTimes(1);
    expect(full).toHaveBeenCalledTimes(2);
  });

  it("makes the follow-up of a burst a full read if any of it asked for one", async () => {
    const { read, pending } = controllableReads();
    const cheap = jest.fn(async (last: MeetingDraft) => last);
    const watcher = new MeetingWatcher({
      read,
      readCheap: cheap,
      advise: adviceFor,
      onAdvice: () => undefined,
      onReadResult: () => undefined,
    });
    const first = watcher.refresh("full");
    const burst = [watcher.refresh("cheap"), watcher.refresh("full"), watcher.refresh("cheap")];
    pending[0]!.resolve(draft("A"));
    await new Promise((r) => setTimeout(r, 0));
    expect(read).toHaveBeenCalledTimes(2);
    pending[1]!.resolve(draft("B"));
    await Promise.all([first, ...burst]);
    expect(cheap).not.toHaveBeenCalled();
  });
});

describe("MeetingWatcher.runExclusive", () => {
  it("holds a write until the read in flight is done, and reads asked for meanwhile until after it", async () => {
    const { read, pending } = controllableReads();
    const { watcher } = setup(read);
    const events: string[] = [];
    const reading = watcher.refresh();
    let finishWrite: () => void = () => undefined;
    const writing = watcher.runExclusive(async () => {
      events.push("write started");
      await new Promise<void>((resolve) => (finishWrite = resolve));
      events.push("write done");
      return "written";
    });
    await new Promise((r) => setTimeout(r, 0));
    expect(events).toEqual([]);
    events.push("read done");
    pending[0]!.resolve(draft("A"));
    await new Promise((r) => setTimeout(r, 0));
    expect(events).toEqual(["read done", "write started"]);
    const again = watcher.refresh();
    await new Promise((r) => setTimeout(r, 0));
    expect(read).toHaveBeenCalledTimes(1);
    finishWrite();
    await expect(writing).resolves.toBe("written");
    await new Promise((r) => setTimeout(r, 0));
    expect(read).toHaveBeenCalledTimes(2);
    pending[1]!.resolve(draft("B"));
    await Promise.all([reading, again]);
    expect(events).toEqual(["read done", "write started", "write done"]);
  });

  it("passes a failed write on and lets reads run after it", async () => {
    const { watcher, onAdvice } = setup(async () => draft("Statusmøde"));
    const failure = new Error("Office failed");
    await expect(
      watcher.runExclusive(async () => {
        throw failure;
      }),
    ).rejects.toBe(failure);
    await expect(
      watcher.runExclusive(() => {
        throw failure;
      }),
    ).rejects.toBe(failure);
    await watcher.refresh();
    expect(onAdvice).toHaveBeenCalledTimes(1);
  });
});

describe("MeetingWatcher with facts besides Outlook (the invitees' sites)", () => {
  /** Enrichment as the pane's site lookups do it: the subject gains what is known so far. */
  function enriched(read: () => Promise<MeetingDraft>) {
    const known = { suffix: "" };
    const onAdvice = jest.fn();
    const advise = jest.fn(adviceFor);
    const watcher = new MeetingWatcher({
      read,
      advise,
      onAdvice,
      onReadResult: jest.fn(),
      enrich: (d) => (known.suffix ? { ...d, subject: `${d.subject} ${known.suffix}` } : d),
    });
    return { watcher, onAdvice, advise, known };
  }

  it("advises on the enriched draft, and again without a read when the facts change", async () => {
    const read = jest.fn(async () => draft("Statusmøde"));
    const { watcher, onAdvice, known } = enriched(read);
    await watcher.refresh();
    expect(onAdvice).toHaveBeenLastCalledWith(draft("Statusmøde"), expect.anything());
    known.suffix = "(sites)";
    await watcher.reconsider();
    expect(read).toHaveBeenCalledTimes(1);
    expect(onAdvice).toHaveBeenCalledTimes(2);
    expect(onAdvice).toHaveBeenLastCalledWith(draft("Statusmøde (sites)"), expect.anything());
    // Nothing new: no new advice.
    await watcher.reconsider();
    await watcher.refresh();
    expect(onAdvice).toHaveBeenCalledTimes(2);
  });

  it("does nothing before the first read, or once stopped", async () => {
    const read = jest.fn(async () => draft("Statusmøde"));
    const { watcher, onAdvice, known } = enriched(read);
    await watcher.reconsider();
    expect(onAdvice).not.toHaveBeenCalled();
    await watcher.refresh();
    watcher.stop();
    known.suffix = "(sites)";
    await watcher.reconsider();
    expect(onAdvice).toHaveBeenCalledTimes(1);
  });

  it("waits for a read in flight and then applies what arrived meanwhile", async () => {
    const { read, pending } = controllableReads();
    const { watcher, onAdvice, known } = enriched(read);
    const first = watcher.refresh();
    const reconsidered = watcher.reconsider();
    known.suffix = "(sites)";
    pending[0]!.resolve(draft("Statusmøde"));
    await Promise.all([first, reconsidered]);
    expect(onAdvice).toHaveBeenCalledTimes(1);
    expect(onAdvice).toHaveBeenLastCalledWith(draft("Statusmøde (sites)"), expect.anything());
  });
});

describe("draftKey", () => {
  it("differs when any field differs", () => {
    expect(draftKey(draft("A"))).toBe(draftKey(draft("A")));
    expect(draftKey(draft("A"))).not.toBe(draftKey(draft("B")));
    expect(draftKey({ ...draft("A"), body: "x" })).not.toBe(draftKey(draft("A")));
  });
});
