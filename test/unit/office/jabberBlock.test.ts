import { readFileSync } from "fs";
import { join } from "path";
import { advise } from "../../../src/advisor";
import {
  buildJabberBlock,
  buildJabberBlockText,
  drawMeetingId,
  findProviderLink,
  hasOwnBlock,
  joinUrlFor,
  MeetingIdError,
  removeOwnBlock,
  removeOwnBlockText,
  TEXT_SEPARATOR,
  UnsafeLinkError,
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
  /** Our lines the person had changed: left in place, and named. */
  edited?: string[];
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
    expect(hasOwnBlock(html, "html", provider, ID)).toBe(true);
    expect(removeOwnBlock(html, provider, ID)).toEqual({
      body: "",
      removed: ["heading", "join", "video", "reminder"],
      edited: [],
    });
  });

  it.each([
    ["a javascript: join link", { joinUrl: "javascript:alert({meetingId})" }],
    ["an http: join link", { joinUrl: "http://video.example.dk/{meetingId}" }],
    ["a join link with a quote", { joinUrl: 'https://video.example.dk/{meetingId}"onclick=x' }],
    ["a join link with a space", { joinUrl: "https://video.example.dk/ {meetingId}" }],
    ["a tel: video address", { videoAddress: "tel:{meetingId}" }],
    ["a video address with angle brackets", { videoAddress: "sip:{meetingId}@<b>x</b>" }],
  ])("refuses to build a block with %s", (_name, change) => {
    const unsafe = { ...provider, ...change };
    expect(() => buildJabberBlock(unsafe, ID, "da")).toThrow(UnsafeLinkError);
    expect(() => buildJabberBlockText(unsafe, ID, "da")).toThrow(UnsafeLinkError);
  });

  it("builds with a sips: video address", () => {
    const sips = { ...provider, videoAddress: "sips:{meetingId}@video.regionsjaelland.dk" };
    expect(buildJabberBlock(sips, ID, "da")).toContain(`sips:${ID}@video.regionsjaelland.dk`);
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

describe("removeOwnBlock on our own output", () => {
  const before = "<p>Hej alle,</p><p>dagsorden følger.</p>";
  const after = "<p>Med venlig hilsen<br>Anne</p>";
  const remove = (html: string, id = ID) => removeOwnBlock(html, provider, id)?.body ?? null;

  it.each(["da", "en"] as const)("removal restores the original body exactly (%s)", (locale) => {
    const block = buildJabberBlock(provider, ID, locale);
    for (const original of [
      before + after,
      before,
      after,
      "",
      `<html><body>${before}</body></html>`,
    ]) {
      expect(remove(block + original)).toBe(original);
      expect(remove(original + block)).toBe(original);
    }
    expect(remove(before + block + after)).toBe(before + after);
  });

  it("returns null when there is no block of that meeting", () => {
    expect(removeOwnBlock(before + after, provider, ID)).toBeNull();
    expect(removeOwnBlock(buildJabberBlock(provider, ID, "da"), provider, "1234512345")).toBeNull();
  });

  it("keeps notes the person typed between our lines, in their own paragraphs", () => {
    const block = buildJabberBlock(provider, ID, "da").replace(
      "</p><p>Videoadresse",
      "</p><p>Husk at logge ind i god tid.</p><p><br></p><p>Videoadresse",
    );
    expect(remove(block + after)).toBe(
      '<div id="moedeguide-jabber"><p>Husk at logge ind i god tid.</p><p><br></p></div>' + after,
    );
  });

  it("keeps prose that resembles the block: our heading and headset sentence in an agenda", () => {
    const agenda =
      "<p>Dagsorden:</p><ol><li>Videomøde i Cisco Jabber</li><li>Opfølgning</li>" +
      "<li>Brug headset, og spørg om lov, før du viser andre på video (mundtligt samtykke er nok).</li></ol>";
    expect(removeOwnBlock(agenda, provider, ID)).toBeNull();
    expect(hasOwnBlock(agenda, "html", provider, ID)).toBe(false);
    // With our block above it, only the block goes: the agenda is the person's.
    expect(remove(buildJabberBlock(provider, ID, "da") + agenda)).toBe(agenda);
  });

  it("keeps a pasted meeting link on a line of the person's own", () => {
    const html = `<p>Sidste gang brugte vi ${URL} – det virkede fint.</p>`;
    expect(removeOwnBlock(html, provider, ID)).toBeNull();
  });

  it("never crosses a table cell, a list item or a quote", () => {
    const block = buildJabberBlock(provider, ID, "da");
    const table = `<table><tr><td>${block}</td><td>Lokale 2</td></tr></table>`;
    expect(remove(table)).toBe("<table><tr><td></td><td>Lokale 2</td></tr></table>");
    const quote = `<blockquote>${block}<p>Citat</p></blockquote>`;
    expect(remove(quote)).toBe("<blockquote><p>Citat</p></blockquote>");
    const list = `<ul><li>${block}</li><li>Punkt</li></ul>`;
    expect(remove(list)).toBe("<ul><li></li><li>Punkt</li></ul>");
  });

  it("leaves our lines that the person typed into, and names them", () => {
    const html = buildJabberBlock(provider, ID, "da").replace(
      "(mundtligt samtykke er nok).",
      "(mundtligt samtykke er nok). Tag kaffe med!",
    );
    const removal = removeOwnBlock(html, provider, ID);
    expect(removal?.removed).toEqual(["heading", "join", "video"]);
    expect(removal?.edited).toEqual(["reminder"]);
    expect(removal?.body).toContain("Tag kaffe med!");
    expect(removal?.body).not.toContain(URL);
  });

  it("does not read a longer number as our meeting id", () => {
    const html = `<p>Videomøde i Cisco Jabber</p><p>Deltag i mødet: ${URL}99</p>`;
    expect(removeOwnBlock(html, provider, ID)).toBeNull();
    expect(findProviderLink(`<p>${URL}99</p>`, provider)).toBeNull();
  });

  it("finds a pasted link or a video address alone as the provider's meeting", () => {
    expect(findProviderLink(`<p>Link: <a href="${URL}">her</a></p>`, provider)).toBe(ID);
    expect(findProviderLink(`Ring op: ${SIP}`, provider)).toBe(ID);
    expect(findProviderLink("Ingen link her", provider)).toBeNull();
  });

  it("takes only our block when a colleague's block follows", () => {
    const second = buildJabberBlock(provider, "5555555555", "en");
    const html = buildJabberBlock(provider, ID, "da") + "<p>midt</p>" + second;
    expect(remove(html)).toBe("<p>midt</p>" + second);
  });

  it("reads 200,000 nested elements without a stack overflow", () => {
    const depth = 200_000;
    const deep = "<div>".repeat(depth) + "dybt" + "</div>".repeat(depth);
    const html = buildJabberBlock(provider, ID, "da") + deep;
    expect(hasOwnBlock(html, "html", provider, ID)).toBe(true);
    expect(remove(html)).toBe(deep);
  });
});

describe("re-serialised bodies (fixtures)", () => {
  it("has fixtures", () => {
    expect(cases.length).toBeGreaterThanOrEqual(8);
  });

  describe.each(cases)("$name", ({ name, meetingId, edited = [] }) => {
    const input = fixture(name, "input");
    const expected = fixture(name, "expected");

    it("is found, with its meeting id", () => {
      expect(hasOwnBlock(input, "html", provider, meetingId)).toBe(true);
    });

    it("is removed exactly, and nothing of the person's text with it", () => {
      const removal = removeOwnBlock(input, provider, meetingId);
      expect(removal?.body).toBe(expected);
      expect(removal?.edited).toEqual(edited);
    });

    it("leaves no link of it behind", () => {
      const removed = removeOwnBlock(input, provider, meetingId)?.body ?? "";
      expect(removed).not.toContain(`meeting/${meetingId}`);
      expect(hasOwnBlock(removed, "html", provider, meetingId)).toBe(false);
      expect(findProviderLink(removed, provider)).toBeNull();
    });
  });
});

describe("plain-text bodies", () => {
  const block = buildJabberBlockText(provider, ID, "da");
  const remove = (text: string) => removeOwnBlockText(text, provider, ID)?.body ?? null;

  it.each([
    ["Hej alle,\nvi ses.", `${block}${TEXT_SEPARATOR}Hej alle,\nvi ses.`],
    ["", block],
    ["\n", `${block}${TEXT_SEPARATOR}\n`],
  ])("removal restores %j exactly", (original, withBlock) => {
    expect(remove(withBlock)).toBe(original);
  });

  it("finds the block after Outlook turned its line breaks into CRLF and added spaces", () => {
    const crlf = `${block.replace(/\n/g, " \r\n")}\r\n\r\nHej alle,\r\nvi ses.`;
    expect(hasOwnBlock(crlf, "text", provider, ID)).toBe(true);
    expect(remove(crlf)).toBe("Hej alle,\r\nvi ses.");
  });

  it("removes a block at the end with the line break before it", () => {
    expect(remove(`Hej alle,\n${block}`)).toBe("Hej alle,");
  });

  it("keeps a note typed between our lines", () => {
    const lines = block.split("\n");
    const text = [lines[0], lines[1], "Kode: 42", lines[2], lines[3], "", "Hej"].join("\n");
    expect(remove(text)).toBe("Kode: 42\nHej");
  });

  it("treats < and & in plain text as text", () => {
    expect(remove(`${block}${TEXT_SEPARATOR}a < b & c`)).toBe("a < b & c");
  });

  it("returns null when there is no block", () => {
    expect(removeOwnBlockText("Hej", provider, ID)).toBeNull();
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
  // Its speed is measured by the bench, not here.
  it("finds and removes a block in a body near Outlook's 1,000,000-character limit", () => {
    const paragraph =
      '<p class=MsoNormal><span style="font-size:11pt">Et afsnit om m&oslash;det.</span><o:p></o:p></p>\n';
    const body = paragraph.repeat(Math.floor(990_000 / paragraph.length));
    const html = buildJabberBlock(provider, ID, "da") + body;
    expect(removeOwnBlock(html, provider, ID)?.body).toBe(body);
    expect(findProviderLink(body, provider)).toBeNull();
  });
});
