/**
 * Reads an iCalendar file (RFC 5545) as a stream, one component at a time: each VEVENT and each
 * VTIMEZONE comes out as its own small text for ical.js to parse, and nothing else is kept. The
 * file itself is never held whole, so that a year of a region's calendars (hundreds of megabytes)
 * is read in flat memory; what is held is one event, capped at `maxEventChars`.
 *
 * The reader only splits: it unfolds lines, follows BEGIN/END, and says which events it could not
 * cut out cleanly (too large, never ended). Parsing the properties is ical.js's work.
 */
import { StringDecoder } from "node:string_decoder";
import type { InputStream } from "./io";

/**
 * The most text one event may have. Real events are kilobytes (a long HTML body is tens of them);
 * a larger one is skipped with a reason rather than held. Attachments (ATTACH) are never held.
 */
export const MAX_EVENT_CHARS = 1024 * 1024;

/** Why an event could not be cut out of the file. */
export type SplitProblem = "too-large" | "unterminated";

export type IcsItem =
  /** A VEVENT's lines (unfolded, VALARMs and attachments left out), joined by CRLF. */
  | { kind: "event"; text: string; line: number }
  /** A VTIMEZONE's lines, joined by CRLF. */
  | { kind: "timezone"; text: string; line: number }
  | { kind: "broken"; line: number; problem: SplitProblem };

/** The file is not an iCalendar file at all: the whole file is refused. */
export class IcsFormatError extends Error {
  readonly code = "ics-format" as const;
}

/** Properties read by nobody here that can be huge: an attachment is base64 in the line. */
const DROPPED_PROPERTIES = new Set(["ATTACH"]);

/** The property name of a content line, upper-cased: what stands before the first ; or :. */
function propertyName(line: string): string {
  let end = 0;
  while (end < line.length && end < 80) {
    const c = line.charCodeAt(end);
    if (c === 0x3b || c === 0x3a) break; // ; or :
    end++;
  }
  return line.slice(0, end).trim().toUpperCase();
}

/**
 * The splitter's state machine, fed text chunk by chunk. Synchronous, so that the reader's cost is
 * one pass over the characters; `push` and `end` return what became complete.
 */
export class IcsSplitter {
  private rest = "";
  private started = false;
  /** Whether the physical line being read is past the cap and dropped up to its end. */
  private skipLine = false;
  private lineNumber = 0;
  /** The logical line being unfolded, and where it started. */
  private logical: string | null = null;
  private logicalStart = 0;
  /** Whether the current logical line is being dropped (an attachment, or past the cap). */
  private dropping = false;
  private seenCalendar = false;
  private seenAnything = false;
  /** The component being collected (VEVENT or VTIMEZONE), its lines, size and first line. */
  private collecting: "VEVENT" | "VTIMEZONE" | null = null;
  private lines: string[] = [];
  private size = 0;
  private start = 0;
  private tooLarge = false;
  /** Depth of components nested inside the collected one (VALARM, STANDARD, ...). */
  private nested: string[] = [];
  /** Depth of a component outside events that is skipped whole (VTODO, VJOURNAL, ...). */
  private skipping: string[] = [];
  private out: IcsItem[] = [];

  constructor(private readonly maxEventChars: number = MAX_EVENT_CHARS) {}

  /** Feeds text; returns the items that became complete. */
  push(text: string): IcsItem[] {
    let data = this.rest + text;
    if (!this.started && data !== "") {
      this.started = true;
      if (data.charCodeAt(0) === 0xfeff) data = data.slice(1);
    }
    let from = 0;
    if (this.skipLine) {
      // The rest of a physical line already found too long: dropped up to its end.
      const newline = data.indexOf("\n");
      if (newline < 0) {
        this.rest = "";
        return this.take();
      }
      this.skipLine = false;
      this.lineNumber++;
      from = newline + 1;
    }
    for (;;) {
      const newline = data.indexOf("\n", from);
      if (newline < 0) break;
      const end = newline > from && data.charCodeAt(newline - 1) === 0x0d ? newline - 1 : newline;
      this.physical(data.slice(from, end));
      from = newline + 1;
    }
    this.rest = data.slice(from);
    // A line that grows past the cap without ending is never held whole: it is dropped (and with
    // it the event it is in), so that even a file with no line breaks is read in flat memory.
    if (this.rest.length > this.maxEventChars) {
      const first = this.rest.charCodeAt(0);
      if (first !== 0x20 && first !== 0x09) this.finishLogical();
      if (!this.seenCalendar) this.notCalendar();
      this.drop();
      this.rest = "";
      this.skipLine = true;
    }
    return this.take();
  }

  /** The end of the file; returns what was still pending (an unterminated event is broken). */
  end(): IcsItem[] {
    if (this.rest !== "" && !this.skipLine) this.physical(this.rest);
    this.rest = "";
    this.finishLogical();
    if (!this.seenAnything) throw new IcsFormatError("is empty; expected an iCalendar file");
    if (this.collecting === "VEVENT") {
      this.out.push({ kind: "broken", line: this.start, problem: "unterminated" });
    }
    this.collecting = null;
    return this.take();
  }

  private take(): IcsItem[] {
    const items = this.out;
    this.out = [];
    return items;
  }

  private notCalendar(): never {
    throw new IcsFormatError("is not an iCalendar file (it should start with BEGIN:VCALENDAR)");
  }

  private physical(line: string): void {
    this.lineNumber++;
    const first = line.charCodeAt(0);
    if (first === 0x20 || first === 0x09) {
      // A folded continuation of the logical line before it.
      if (this.logical !== null && !this.dropping) {
        this.logical += line.slice(1);
        if (this.logical.length > this.maxEventChars) this.drop();
      }
      return;
    }
    this.finishLogical();
    if (line.trim() === "") return;
    this.logicalStart = this.lineNumber;
    this.dropping = DROPPED_PROPERTIES.has(propertyName(line));
    this.logical = this.dropping ? null : line;
    if (!this.dropping && line.length > this.maxEventChars) this.drop();
  }

  private drop(): void {
    this.logical = null;
    this.dropping = true;
    if (this.collecting) this.tooLarge = true;
    else if (!this.seenCalendar) this.notCalendar();
  }

  private finishLogical(): void {
    const line = this.logical;
    this.logical = null;
    this.dropping = false;
    if (line === null) return;
    this.seenAnything = true;
    this.content(line, this.logicalStart);
  }

  private content(line: string, at: number): void {
    const name = propertyName(line);
    const value = name === "BEGIN" || name === "END" ? line.slice(line.indexOf(":") + 1) : "";
    const component = value.trim().toUpperCase();
    if (!this.seenCalendar) {
      if (name === "BEGIN" && component === "VCALENDAR") this.seenCalendar = true;
      else this.notCalendar();
      return;
    }
    if (this.skipping.length > 0) {
      if (name === "BEGIN") this.skipping.push(component);
      else if (name === "END") this.skipping.pop();
      return;
    }
    if (this.collecting) {
      this.collect(line, name, component, at);
      return;
    }
    if (name === "BEGIN" && (component === "VEVENT" || component === "VTIMEZONE")) {
      this.open(component, line, at);
    } else if (name === "BEGIN" && component !== "VCALENDAR") {
      // VTODO, VJOURNAL, VFREEBUSY and others: not meetings.
      this.skipping.push(component);
    }
  }

  private open(component: "VEVENT" | "VTIMEZONE", line: string, at: number): void {
    this.collecting = component;
    this.lines = [line];
    this.size = line.length;
    this.start = at;
    this.tooLarge = false;
    this.nested = [];
  }

  private collect(line: string, name: string, component: string, at: number): void {
    const event = this.collecting === "VEVENT";
    if (this.nested.length > 0) {
      if (name === "BEGIN") this.nested.push(component);
      else if (name === "END") this.nested.pop();
      // Alarms are not read: an event's reminders say nothing of how it is held.
      if (event) return;
    } else if (name === "BEGIN") {
      if (event && component === "VEVENT") {
        // A new event before the last one ended: the last one is broken, this one starts.
        this.out.push({ kind: "broken", line: this.start, problem: "unterminated" });
        this.open("VEVENT", line, at);
        return;
      }
      this.nested.push(component);
      if (event) return;
    } else if (name === "END" && component === this.collecting) {
      this.lines.push(line);
      this.close();
      return;
    }
    if (this.tooLarge) return;
    this.size += line.length + 2;
    if (this.size > this.maxEventChars) {
      this.tooLarge = true;
      this.lines = [];
      return;
    }
    this.lines.push(line);
  }

  private close(): void {
    const kind = this.collecting === "VEVENT" ? "event" : "timezone";
    if (this.tooLarge) {
      this.out.push({ kind: "broken", line: this.start, problem: "too-large" });
    } else {
      this.out.push({ kind, text: this.lines.join("\r\n"), line: this.start });
    }
    this.collecting = null;
    this.lines = [];
  }
}

/**
 * The components of an iCalendar stream, in file order. Bytes are read as UTF-8 (what Outlook
 * writes); a byte that is not UTF-8 becomes U+FFFD rather than stopping the run. Rejects with
 * IcsFormatError when the file is empty or not iCalendar, and with the stream's own error
 * (ENOENT, EISDIR, ...) when it cannot be read.
 */
export async function* readIcs(
  stream: InputStream,
  maxEventChars: number = MAX_EVENT_CHARS,
): AsyncGenerator<IcsItem> {
  const splitter = new IcsSplitter(maxEventChars);
  const decoder = new StringDecoder("utf8");
  for await (const chunk of stream) {
    const text = typeof chunk === "string" ? chunk : decoder.write(Buffer.from(chunk));
    yield* splitter.push(text);
  }
  yield* splitter.push(decoder.end());
  yield* splitter.end();
}
