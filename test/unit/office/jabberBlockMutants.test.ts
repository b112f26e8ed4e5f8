import { readFileSync } from "fs";
import { join } from "path";
import {
  buildJabberBlock,
  buildJabberBlockText,
  drawMeetingId,
  findProviderLink,
  hasOwnBlock,
  MeetingIdError,
  removeOwnBlock,
  removeOwnBlockText,
  UnsafeLinkError,
} from "../../../src/office/jabberBlock";
import type { MeetingLinkProvider } from "../../../src/policy/types";

/**
 * The Jabber block at the edges mutation testing found untested: the bounds of a meeting id, each
 * character a link may not hold, how a line is read after a person or Outlook changed its case,
 * spaces or hyphens, how far apart our lines may stand, and finding a meeting link as written.
 */

const provider = JSON.parse(
  readFileSync(join(__dirname, "../../fixtures/office/provider.json"), "utf8"),
) as MeetingLinkProvider;
const ID = "4711471147";
const URL = `https://video.regionsjaelland.dk/meeting/${ID}`;
const [HEADING, JOIN, VIDEO, REMINDER] = buildJabberBlockText(provider, ID, "da").split("\n") as [
  string,
  string,
  string,
  string,
];

describe("meeting ids", () => {
  it("draws up to 30 digits, and says how many were asked for when refused", () => {
    expect(drawMeetingId(() => 0.5, 30)).toBe("5".repeat(30));
    expect(() => drawMeetingId(() => 0.5, 31)).toThrow(
      new MeetingIdError("A meeting id needs 1 to 30 digits, not 31"),
    );
  });

  it("gives a single digit its whole range", () => {
    expect(drawMeetingId(() => 0.95, 1)).toBe("9");
    expect(drawMeetingId(() => 0.05, 2)).toBe("10");
  });

  it("reads a value of infinity as 0", () => {
    expect(drawMeetingId(() => Number.POSITIVE_INFINITY, 3)).toBe("100");
  });
});

describe("links the block will hold", () => {
  it.each([
    ["a backtick", { joinUrl: "https://video.example.dk/`{meetingId}" }],
    ["a single quote", { joinUrl: "https://video.example.dk/'{meetingId}" }],
    ["a tab", { joinUrl: "https://video.example.dk/\t{meetingId}" }],
    ["a control character", { joinUrl: "https://video.example.dk/\u0001{meetingId}" }],
    ["a unit separator", { joinUrl: "https://video.example.dk/\u001f{meetingId}" }],
    ["DEL", { joinUrl: "https://video.example.dk/\u007f{meetingId}" }],
    ["a C1 control", { joinUrl: "https://video.example.dk/\u0090{meetingId}" }],
    ["the last C1 control", { joinUrl: "https://video.example.dk/\u009f{meetingId}" }],
    ["no host", { joinUrl: "https:///{meetingId}" }],
    ["https in the middle", { joinUrl: "x https://video.example.dk/{meetingId}" }],
    ["a video address with a control", { videoAddress: "sip:{meetingId}\u0085@x.dk" }],
    ["a sip: address with a path", { videoAddress: "sip:/{meetingId}" }],
    ["a video address with a quote", { videoAddress: 'sip:{meetingId}"@x.dk' }],
    ["sip in the middle", { videoAddress: "x sip:{meetingId}@x.dk" }],
  ])("refuses %s", (_name, change) => {
    expect(() => buildJabberBlock({ ...provider, ...change }, ID, "da")).toThrow(UnsafeLinkError);
  });

  it.each([
    [
      "upper-case schemes",
      { joinUrl: "HTTPS://v.dk/{meetingId}", videoAddress: "SIPS:{meetingId}" },
    ],
    ["a tilde and a letter beyond ASCII", { joinUrl: "https://v.dk/~æ/{meetingId}" }],
  ])("accepts %s", (_name, change) => {
    expect(() => buildJabberBlock({ ...provider, ...change }, ID, "da")).not.toThrow();
  });

  it("escapes an ampersand in a link, and finds the block again", () => {
    const amp = { ...provider, joinUrl: "https://v.dk/j?id={meetingId}&x=1" };
    const html = buildJabberBlock(amp, ID, "da");
    expect(html).toContain(
      `href="https://v.dk/j?id=${ID}&amp;x=1">https://v.dk/j?id=${ID}&amp;x=1<`,
    );
    expect(removeOwnBlock(html, amp, ID)?.body).toBe("");
  });
});

describe("our lines as Outlook or a person rewrote them", () => {
  it("are read in any case, with runs of any space, invisible characters and any hyphen", () => {
    const hyphenated = { ...provider, name: "Cisco-Jabber" };
    const [heading, join, video, reminder] = buildJabberBlockText(hyphenated, ID, "da").split(
      "\n",
    ) as [string, string, string, string];
    const text = [
      `  ${heading.toUpperCase().replace("-", "\u2011")}  `,
      join.replace(/ /g, "\u00a0 \u2009"),
      video.replace("Video", "Vi\u00addeo").replace("(", "\u200b("),
      reminder.replace("headset", "HEADSET").replace(/ /g, "\u3000"),
      "",
      "Hej",
    ].join("\n");
    expect(removeOwnBlockText(text, hyphenated, ID)).toEqual({
      body: "Hej",
      removed: ["heading", "join", "video", "reminder"],
      edited: [],
    });
  });

  it("in markup too", () => {
    const html =
      `<p>${HEADING.toUpperCase()}</p><p>&nbsp;${JOIN.replace("Deltag", "DELTAG")}&nbsp;</p>` +
      `<p>${VIDEO.replace(/ /g, "&ensp;")}</p><p>${REMINDER}</p><p>Hej</p>`;
    expect(removeOwnBlock(html, provider, ID)).toEqual({
      body: "<p>Hej</p>",
      removed: ["heading", "join", "video", "reminder"],
      edited: [],
    });
  });
});

describe("how far apart our lines may stand", () => {
  const notes = (n: number): string[] => Array.from({ length: n }, (_, i) => `Note ${i + 1}`);

  it("a heading eight lines of notes above the link is ours, nine lines is the person's", () => {
    const near = [HEADING, ...notes(8), JOIN, VIDEO, REMINDER].join("\n");
    expect(removeOwnBlockText(near, provider, ID)?.removed).toEqual([
      "heading",
      "join",
      "video",
      "reminder",
    ]);
    const far = [HEADING, ...notes(9), JOIN, VIDEO, REMINDER].join("\n");
    const removal = removeOwnBlockText(far, provider, ID);
    expect(removal?.removed).toEqual(["join", "video", "reminder"]);
    expect(removal?.body).toBe([HEADING, ...notes(9)].join("\n"));
  });

  it("a reminder eight lines below is ours, nine lines is the person's", () => {
    const near = [HEADING, JOIN, VIDEO, ...notes(8), REMINDER].join("\n");
    expect(removeOwnBlockText(near, provider, ID)?.removed).toContain("reminder");
    const far = [HEADING, JOIN, VIDEO, ...notes(9), REMINDER].join("\n");
    expect(removeOwnBlockText(far, provider, ID)?.removed).toEqual(["heading", "join", "video"]);
  });

  it("blank lines do not count", () => {
    const text = [HEADING, ...Array<string>(20).fill(""), JOIN, VIDEO, REMINDER].join("\n");
    expect(removeOwnBlockText(text, provider, ID)?.removed).toContain("heading");
  });

  it("a video line far from the join line is the person's", () => {
    const near = [HEADING, JOIN, ...notes(8), VIDEO, REMINDER].join("\n");
    expect(removeOwnBlockText(near, provider, ID)?.removed).toContain("video");
    const far = [HEADING, JOIN, ...notes(9), VIDEO, "Slut"].join("\n");
    const removal = removeOwnBlockText(far, provider, ID);
    expect(removal?.removed).toEqual(["heading", "join"]);
    expect(removal?.body).toContain(VIDEO);
  });

  it("a video line alone anchors the block", () => {
    const text = [HEADING, VIDEO, REMINDER, "", "Hej"].join("\n");
    expect(removeOwnBlockText(text, provider, ID)).toEqual({
      body: "Hej",
      removed: ["heading", "video", "reminder"],
      edited: [],
    });
  });
});

describe("a plain-text block not at the top", () => {
  it("keeps the person's blank lines around it", () => {
    const text = ["Hej", "", HEADING, JOIN, VIDEO, REMINDER, "", "Mere"].join("\n");
    expect(removeOwnBlockText(text, provider, ID)?.body).toBe("Hej\n\n\nMere");
  });

  it("a block at the top keeps a blank line that ends the body", () => {
    const text = [HEADING, JOIN, VIDEO, REMINDER, ""].join("\n");
    expect(removeOwnBlockText(text, provider, ID)?.body).toBe("");
  });
});

describe("lines of ours that were edited", () => {
  it("names a heading typed into near the block, and keeps it", () => {
    const text = [`${HEADING} (flyttet)`, JOIN, VIDEO, REMINDER].join("\n");
    const removal = removeOwnBlockText(text, provider, ID);
    expect(removal?.edited).toEqual(["heading"]);
    expect(removal?.body).toBe(`${HEADING} (flyttet)`);
  });

  it("does not name a heading far from the block", () => {
    const far = Array.from({ length: 12 }, (_, i) => `Punkt ${i}`);
    const text = [`${HEADING} (gammel)`, ...far, JOIN, VIDEO, REMINDER].join("\n");
    expect(removeOwnBlockText(text, provider, ID)?.edited).toEqual([]);
  });

  it("names a join line whose link is still there", () => {
    const text = [HEADING, `Klik: ${URL} (nyt)`, VIDEO, REMINDER].join("\n");
    const removal = removeOwnBlockText(text, provider, ID);
    expect(removal?.removed).toEqual(["heading", "video", "reminder"]);
    expect(removal?.edited).toEqual(["join"]);
  });

  it("names a reminder typed into, in markup", () => {
    const html = `<p>${HEADING}</p><p>${JOIN}</p><p>${VIDEO}</p><p>${REMINDER} Tak.</p>`;
    const removal = removeOwnBlock(html, provider, ID);
    expect(removal?.edited).toEqual(["reminder"]);
    expect(removal?.body).toBe(`<p>${REMINDER} Tak.</p>`);
  });
});

describe("what counts as our block", () => {
  it("not the heading and the headset line alone", () => {
    const text = [HEADING, REMINDER].join("\n");
    expect(hasOwnBlock(text, "text", provider, ID)).toBe(false);
    expect(hasOwnBlock(`<p>${HEADING}</p><p>${REMINDER}</p>`, "html", provider, ID)).toBe(false);
    expect(removeOwnBlockText(text, provider, ID)).toBeNull();
  });

  it("not a line of hidden text", () => {
    const html = `<div style="display:none">${JOIN}</div><p>Hej</p>`;
    expect(hasOwnBlock(html, "html", provider, ID)).toBe(false);
    expect(removeOwnBlock(html, provider, ID)).toBeNull();
  });

  it("the video line alone, in text", () => {
    expect(hasOwnBlock(`Hej\n${VIDEO}`, "text", provider, ID)).toBe(true);
    expect(hasOwnBlock(`Hej\n${VIDEO}`, "text", provider, "4711471148")).toBe(false);
  });
});

describe("removing lines from markup", () => {
  it("takes our lines and their line breaks out of a paragraph the person wrote in", () => {
    const html = `<p>Hej<br>${HEADING}<br>${JOIN}<br>${VIDEO}<br>${REMINDER}<br>Farvel</p>`;
    expect(removeOwnBlock(html, provider, ID)?.body).toBe("<p>Hej<br>Farvel</p>");
  });

  it("keeps a container that held only the block", () => {
    const html = `<table><tr><td><div>${JOIN}</div></td></tr></table>`;
    expect(removeOwnBlock(html, provider, ID)?.body).toBe("<table><tr><td></td></tr></table>");
  });

  it("drops wrappers the block alone filled, many levels deep", () => {
    const html = `<div><div><div><span><p>${JOIN}</p></span></div></div></div><p>Hej</p>`;
    expect(removeOwnBlock(html, provider, ID)?.body).toBe("<p>Hej</p>");
  });

  it("keeps a wrapper that holds the person's text besides the block", () => {
    const html = `<div><p>${JOIN}</p><p>Hej</p></div>`;
    expect(removeOwnBlock(html, provider, ID)?.body).toBe("<div><p>Hej</p></div>");
  });

  it("keeps an image next to the block", () => {
    const html = `<div><p>${JOIN}</p><img src="x.png"></div>`;
    expect(removeOwnBlock(html, provider, ID)?.body).toBe('<div><img src="x.png"></div>');
  });
});

describe("finding the provider's meeting in a body", () => {
  it.each([
    [`<a href="${URL.toUpperCase()}">x</a>`, ID],
    [`${URL.slice(0, -6)}<b>${URL.slice(-6)}</b>`, ID],
    [`sip:${ID}&#64;video.regionsjaelland.dk`, ID],
    [`Se ${URL}.`, ID],
    [`${URL.slice(0, -1)}`, null],
    [`${URL}1`, null],
    ["Ingen møde her", null],
  ])("%j: %s", (body, id) => {
    expect(findProviderLink(body, provider)).toBe(id);
  });

  it("reads a fractional digit count as the whole digits", () => {
    expect(findProviderLink(URL, { ...provider, meetingIdDigits: 10.7 })).toBe(ID);
  });
});
