import { findMeetingLinks, fillTemplate } from "../../../src/advisor/links";
import { DEFAULT_POLICY } from "../../../src/policy/defaultPolicy";
import type { MeetingLinkProvider } from "../../../src/policy/types";

const jabber = DEFAULT_POLICY.meetingLink;

describe("meeting links", () => {
  it("finds the provider's join link in an HTML body", () => {
    const html =
      '<div><a id="LPNoLP" href="https://video.regionsjaelland.dk/meeting/4817263950">Deltag</a></div>';
    expect(findMeetingLinks(jabber, [html, ""])).toEqual({
      present: true,
      url: "https://video.regionsjaelland.dk/meeting/4817263950",
      others: [],
    });
  });

  it("finds the video address alone, in the location", () => {
    const link = findMeetingLinks(jabber, [
      "",
      "Lokale 2; sip:4817263950@video.regionsjaelland.dk",
    ]);
    expect(link.present).toBe(true);
    expect(link.videoAddress).toBe("sip:4817263950@video.regionsjaelland.dk");
    expect(link.url).toBe("sip:4817263950@video.regionsjaelland.dk");
  });

  it("is case-insensitive about the host", () => {
    expect(
      findMeetingLinks(jabber, ["HTTPS://VIDEO.REGIONSJAELLAND.DK/meeting/4817263950"]).present,
    ).toBe(true);
  });

  it.each([
    ["a shorter id", "https://video.regionsjaelland.dk/meeting/481726395"],
    ["a longer id", "https://video.regionsjaelland.dk/meeting/48172639501"],
    ["another host", "https://video.example.dk/meeting/4817263950"],
    ["nothing", "Vi ses i kantinen"],
  ])("ignores %s", (_why, text) => {
    expect(findMeetingLinks(jabber, [text]).present).toBe(false);
  });

  it("follows the policy's own templates", () => {
    const webexRooms: MeetingLinkProvider = {
      name: "Rum",
      joinUrl: "https://rum.example.dk/j/{meetingId}?via=mail",
      videoAddress: "{meetingId}@rum.example.dk",
      meetingIdDigits: 6,
    };
    const link = findMeetingLinks(webexRooms, ["Deltag: https://rum.example.dk/j/123456?via=mail"]);
    expect(link.url).toBe("https://rum.example.dk/j/123456?via=mail");
    expect(fillTemplate(webexRooms.joinUrl, "654321")).toBe(
      "https://rum.example.dk/j/654321?via=mail",
    );
  });

  it.each([
    [
      "teams",
      "https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjQ@thread.v2/0?context=%7b%7d",
    ],
    ["teams", "https://teams.live.com/meet/9312345678901"],
    ["zoom", "https://us02web.zoom.us/j/81234567890?pwd=abc"],
    ["webex", "https://regionsjaelland.webex.com/meet/hanne"],
    ["webex", "https://acme.webex.com/acme/j.php?MTID=m1234"],
    ["meet", "https://meet.google.com/abc-defg-hij"],
  ])("reports another provider's meeting: %s", (provider, url) => {
    const link = findMeetingLinks(jabber, [`<p>Join: <a href="${url}">${url}</a></p>`]);
    expect(link.present).toBe(false);
    expect(link.others).toEqual([{ provider, url }]);
  });

  it("decodes entities in links found in HTML, and reports each once", () => {
    const url = "https://us02web.zoom.us/j/81234567890?pwd=abc&amp;uname=x";
    const link = findMeetingLinks(jabber, [`<a href="${url}">${url}</a>`]);
    expect(link.others).toEqual([
      { provider: "zoom", url: "https://us02web.zoom.us/j/81234567890?pwd=abc&uname=x" },
    ]);
  });

  it("reports both meetings when an invitation holds two", () => {
    const link = findMeetingLinks(jabber, [
      "https://video.regionsjaelland.dk/meeting/4817263950 https://meet.google.com/abc-defg-hij",
    ]);
    expect(link.present).toBe(true);
    expect(link.others.map((o) => o.provider)).toEqual(["meet"]);
  });
});
