import { readFileSync } from "fs";
import { join } from "path";
import { advise } from "../../../src/advisor";
import {
  buildJabberBlock,
  buildJabberBlockText,
  drawMeetingId,
  findJabberBlock,
  findJabberBlockText,
  findProviderLink,
  joinUrlFor,
  MeetingIdError,
  removeJabberBlock,
  removeJabberBlockText,
  TEXT_SEPARATOR,
  videoAddressFor,
} from "../../../src/office/jabberBlock";
import { DEFAULT_POLICY } from "../../../src/policy/defaultPolicy";
import type { MeetingLinkProvider } from "../../../src/policy/types";

const FIXTURES = join(__dirname, "../../fixtures/office");
const provider = JSON.parse(
  readFileSync(join(FIXTURES, "provider.json"), "utf8"),
) as MeetingLinkProvider;
const cases = JSON.parse(readFileSync(join(FIXTURES, "reserialised/cases.json"), "utf8")) as Array<{
  name: string;
  description: string;
  meetingId: string;
}>;
const fixture = (name: string, part: "input" | "expected"): string =>
  readFileSync(join(FIXTURES, "reserialised", `${name}.${part}.html.txt`), "utf8");

/** A deterministic stand-in for Math.random: the given values in turn, then repeating. */
function sequence(...values: number[]): () => number {
  let i = 0;
  return () => values[i++ % values.length] ?? 0;
}

const ID = "4711471147";
const URL = "https://video.regionsjaelland.dk/meeting/4711471147";
const SIP = "sip:4711471147@video.regionsjaelland.dk";

describe("drawMeetingId", () => {
  it("draws the given number of digits, the first never 0", () => {
    expect(drawMeetingId(sequence(0), 10)).toBe("1000000000");
    expect(drawMeetingId(sequence(0.9999999), 10)).toBe("9999999999");
    expect(drawMeetingId(sequence(0.5, 0.05, 0.15, 0.25), 4)).toBe("5012");
  });

  it("allows a single digit (which may then be 0)", () => {
    expect(drawMeetingId(sequence(0), 1)).toBe("0");
  });

  it("clamps values outside [0, 1) instead of producing a digit 10 or a sign", () => {
    expect(drawMeetingId(sequence(1, -0.5, Number.NaN), 3)).toMatch(/^9[0-9][0-9]$/);
  });

  it("gives ids of the right shape from Math.random", () => {
    for (let i = 0; i < 200; i++) expect(drawMeetingId(Math.random, 10)).toMatch(/^[1-9]\d{9}$/);
  });

  it.each([0, -1, 2.5, 31, Number.NaN])("refuses %p digits with MeetingIdError", (digits) => {
    expect(() => drawMeetingId(Math.random, digits)).toThrow(MeetingIdError);
    try {
      drawMeetingId(Math.random, digits);
    } catch (error) {
      expect((error as MeetingIdError).code).toBe("invalid-meeting-id");
    }
  });
});

describe("links", () => {
  it("fills the provider's templates", () => {
    expect(joinUrlFor(provider, ID)).toBe(URL);
    expect(videoAddressFor(provider, ID)).toBe(SIP);
  });
});

describe("buildJabberBlock", () => {
  it.each(["da", "en"] as const)(
    "holds the link with id LPNoLP, the SIP address and the headset line (%s)",
    (locale) => {
      const html = buildJabberBlock(provider, ID, locale);
      expect(html).toContain(`<a id="LPNoLP" href="${URL}">${URL}</a>`);
      expect(html).toContain(SIP);
      expect(html).toMatch(locale === "da" ? /headset.*samtykke/ : /headset.*consent/);
      expect(html).toMatch(
        locale === "da" ? /Videomøde i Cisco Jabber/ : /Cisco Jabber video meeting/,
      );
    },
  );

  it("escapes a provider name that holds markup", () => {
    const html = buildJabberBlock({ ...provider, name: "A&B <Video>" }, ID, "da");
    expect(html).toContain("A&amp;B &lt;Video&gt;");
    expect(html).not.toContain("<Video>");
  });

  it.each(["da", "en"] as const)("is found again in its own output (%s)", (locale) => {
    const html = buildJabberBlock(provider, ID, locale);
    expect(findJabberBlock(html, provider)).toEqual({ start: 0, end: html.length, meetingId: ID });
  });

  it("has a plain-text variant with the same four lines", () => {
    const text = buildJabberBlockText(provider, ID, "en");
    expect(text.split("\n")).toEqual([
      "Cisco Jabber video meeting",
      `Join the meeting: ${URL}`,
      `Video address (from video systems): ${SIP}`,
      "Use a headset, and ask before you show others on video (oral consent is enough).",
    ]);
  });
});

describe("findJabberBlock and removeJabberBlock on our own output", () => {
  const before = "<p>Hej alle,</p><p>dagsorden følger.</p>";
  const after = "<p>Med venlig hilsen<br>Anne</p>";

  it.each(["da", "en"] as const)("removal restores the original body exactly (%s)", (locale) => {
    const block = buildJabberBlock(provider, ID, locale);
    for (const original of [
      before + after,
      before,
      after,
      "",
      `<html><body>${before}</body></html>`,
    ]) {
      const atTop = block + original;
      expect(removeJabberBlock(atTop, provider)).toBe(original);
      const atEnd = original + block;
      expect(removeJabberBlock(atEnd, provider)).toBe(original);
    }
    expect(removeJabberBlock(before + block + after, provider)).toBe(before + after);
  });

  it("reports the span of the block between the person's text", () => {
    const block = buildJabberBlock(provider, ID, "da");
    const html = before + block + after;
    expect(findJabberBlock(html, provider)).toEqual({
      start: before.length,
      end: before.length + block.length,
      meetingId: ID,
    });
  });

  it("returns null when there is no block", () => {
    expect(findJabberBlock(before + after, provider)).toBeNull();
    expect(removeJabberBlock(before + after, provider)).toBeNull();
  });

  it("does not take the heading alone, or a link far from it, for a block", () => {
    const headingOnly = "<p>Videomøde i Cisco Jabber: vi prøver det nye system.</p>";
    expect(findJabberBlock(headingOnly, provider)).toBeNull();
    const far = `<p>Videomøde i Cisco Jabber</p><p>${"Lang tekst. ".repeat(40)}</p><p>${URL}</p>`;
    expect(findJabberBlock(far, provider)).toBeNull();
  });

  it("does not take a pasted link without the heading for our block, but finds the provider's link", () => {
    const pasted = `<p>Link: <a href="${URL}">her</a></p>`;
    expect(findJabberBlock(pasted, provider)).toBeNull();
    expect(findProviderLink(pasted, provider)).toBe(ID);
  });

  it("does not read a longer number as a meeting id", () => {
    const html = `<p>Videomøde i Cisco Jabber</p><p>${URL}99</p>`;
    expect(findJabberBlock(html, provider)).toBeNull();
    expect(findProviderLink(`<p>${URL}99</p>`, provider)).toBeNull();
  });

  it("finds a video address alone as the provider's meeting", () => {
    expect(findProviderLink(`Ring op: ${SIP}`, provider)).toBe(ID);
    expect(findProviderLink("Ingen link her", provider)).toBeNull();
  });

  it("takes only the first of two blocks", () => {
    const second = buildJabberBlock(provider, "5555555555", "en");
    const html = buildJabberBlock(provider, ID, "da") + "<p>midt</p>" + second;
    expect(findJabberBlock(html, provider)?.meetingId).toBe(ID);
    expect(removeJabberBlock(html, provider)).toBe("<p>midt</p>" + second);
  });
});

describe("re-serialised bodies (fixtures)", () => {
  it("has fixtures", () => {
    expect(cases.length).toBeGreaterThanOrEqual(8);
  });

  describe.each(cases)("$name", ({ name, meetingId }) => {
    const input = fixture(name, "input");
    const expected = fixture(name, "expected");

    it("is found, with its meeting id", () => {
      const span = findJabberBlock(input, provider);
      expect(span).not.toBeNull();
      expect(span?.meetingId).toBe(meetingId);
    });

    it("is removed exactly, and nothing of the person's text with it", () => {
      expect(removeJabberBlock(input, provider)).toBe(expected);
    });

    it("leaves no part of the block behind", () => {
      const removed = removeJabberBlock(input, provider) ?? "";
      expect(removed).not.toContain(`meeting/${meetingId}`);
      expect(removed).not.toMatch(/headset/i);
      expect(findJabberBlock(removed, provider)).toBeNull();
      expect(findProviderLink(removed, provider)).toBeNull();
    });
  });
});

describe("plain-text bodies", () => {
  const block = buildJabberBlockText(provider, ID, "da");

  it.each([
    ["Hej alle,\nvi ses.", `${block}${TEXT_SEPARATOR}Hej alle,\nvi ses.`],
    ["", block],
    ["\n", `${block}${TEXT_SEPARATOR}\n`],
  ])("removal restores %j exactly", (original, withBlock) => {
    expect(removeJabberBlockText(withBlock, provider)).toBe(original);
  });

  it("finds the block after Outlook turned its line breaks into CRLF and added spaces", () => {
    const crlf = `${block.replace(/\n/g, " \r\n")}\r\n\r\nHej alle,\r\nvi ses.`;
    const span = findJabberBlockText(crlf, provider);
    expect(span?.meetingId).toBe(ID);
    expect(removeJabberBlockText(crlf, provider)).toBe("Hej alle,\r\nvi ses.");
  });

  it("removes a block at the end with the line breaks before it", () => {
    expect(removeJabberBlockText(`Hej alle,${TEXT_SEPARATOR}${block}`, provider)).toBe("Hej alle,");
  });

  it("treats < and & in plain text as text", () => {
    const text = `${block}${TEXT_SEPARATOR}a < b & c`;
    expect(removeJabberBlockText(text, provider)).toBe("a < b & c");
  });

  it("returns null when there is no block", () => {
    expect(removeJabberBlockText("Hej", provider)).toBeNull();
  });
});

describe("the advisor reads the block as the provider's meeting", () => {
  it.each(["da", "en"] as const)("with its join link and video address (%s)", (locale) => {
    const draft = {
      subject: "Statusmøde",
      body: `<p>Dagsorden følger.</p>${buildJabberBlock(provider, ID, locale)}`,
      bodyType: "html" as const,
      start: "2026-12-03T10:00:00+01:00",
      end: "2026-12-03T11:00:00+01:00",
      attendees: [{ email: "bo@regionsjaelland.dk" }],
    };
    const advice = advise(draft, { policy: { ...DEFAULT_POLICY, meetingLink: provider } });
    expect(advice.meetingLink).toMatchObject({
      present: true,
      url: URL,
      videoAddress: SIP,
      others: [],
    });
    expect(advice.videoMeeting).toBe(true);
  });
});

describe("large bodies", () => {
  it("finds and removes a block in a body near Outlook's 1,000,000-character limit in well under a second or two", () => {
    const paragraph =
      '<p class=MsoNormal><span style="font-size:11pt">Et afsnit om m&oslash;det.</span><o:p></o:p></p>\n';
    const body = paragraph.repeat(Math.floor(990_000 / paragraph.length));
    const html = buildJabberBlock(provider, ID, "da") + body;
    const started = Date.now();
    expect(removeJabberBlock(html, provider)).toBe(body);
    expect(findProviderLink(body, provider)).toBeNull();
    // Linear work takes about 0.2 s here; the quadratic string building this guards against took 60 s.
    expect(Date.now() - started).toBeLessThan(3000);
  });
});
