import type { Colleague } from "../../../src/availability/types";
import { contactLinks } from "../../../src/colleagues/contact";

const BIRGITTE: Colleague = {
  id: "1",
  displayName: "Birgitte Holm",
  mail: "Birgitte.Holm@regionsjaelland.dk",
  jobTitle: "Sekretær",
  officeLocation: "Nykøbing F. Sygehus",
  businessPhones: ["+45 56 51 23 45"],
  mobilePhone: null,
};

describe("contactLinks", () => {
  it("offers chat, then a call, then video, from Jabber's default templates", () => {
    expect(contactLinks(BIRGITTE, {})).toEqual([
      { kind: "chat", href: "im:Birgitte.Holm@regionsjaelland.dk" },
      { kind: "call", href: "tel:+4556512345" },
      { kind: "video", href: "sip:Birgitte.Holm@regionsjaelland.dk" },
    ]);
  });

  it("follows the policy's templates", () => {
    const policy = {
      contactLinks: { chat: "xmpp:{email}", call: "sip:{email}", video: "sips:{email}" },
    };
    expect(contactLinks(BIRGITTE, policy).map((l) => l.href)).toEqual([
      "xmpp:Birgitte.Holm@regionsjaelland.dk",
      "sip:Birgitte.Holm@regionsjaelland.dk",
      "sips:Birgitte.Holm@regionsjaelland.dk",
    ]);
  });

  it("leaves out a call without a phone number, and uses the mobile when there is no desk phone", () => {
    expect(contactLinks({ ...BIRGITTE, businessPhones: [] }, {}).map((l) => l.kind)).toEqual([
      "chat",
      "video",
    ]);
    expect(
      contactLinks({ ...BIRGITTE, businessPhones: [], mobilePhone: "20 30 40 50" }, {})[1],
    ).toEqual({ kind: "call", href: "tel:20304050" });
  });

  it.each([
    ["no mailbox", null],
    ["an address that would bend the link", 'a"b@x.dk'],
    ["an address with a query", "a@x.dk?body=x"],
  ])("offers nothing built on the address for %s", (_, mail) => {
    expect(contactLinks({ ...BIRGITTE, mail }, {}).map((l) => l.kind)).toEqual(["call"]);
  });
});
