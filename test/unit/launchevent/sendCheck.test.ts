import { advise } from "../../../src/advisor";
import type { Advice, Locale } from "../../../src/advisor/types";
import { composeNotice } from "../../../src/launchevent/composeNotice";
import { NOTICE_MIN_CONFIDENCE } from "../../../src/launchevent/launchevent";
import {
  ADD_MEETING_CONTEXT,
  meetingProviders,
  SMART_ALERT_LIMITS,
  sendCompletion,
  sendVerdict,
} from "../../../src/launchevent/sendCheck";
import cases from "../../fixtures/launchevent/send-cases.json";
import { adviceWith, draftWith } from "./adviceFixture";
import { DEFAULT_POLICY } from "../../../src/policy/defaultPolicy";

interface SendCase {
  name: string;
  locale?: Locale;
  promptUserSupported?: boolean;
  advice: Partial<Advice>;
  verdict: Record<string, unknown>;
  completed: Record<string, unknown>;
  contextData?: unknown;
  messageContains?: string[];
  messageLacks?: string[];
}

/** Options that only Mailbox 1.14 understands. */
const OPTIONS_114 = ["cancelLabel", "commandId", "contextData", "sendModeOverride"];

describe("send check", () => {
  it.each(cases as SendCase[])("$name", (c) => {
    const advice = adviceWith(c.advice);
    const verdict = sendVerdict(advice, NOTICE_MIN_CONFIDENCE);
    expect(verdict).toMatchObject(c.verdict);
    const promptUserSupported = c.promptUserSupported ?? true;
    const options = sendCompletion(verdict, advice, {
      locale: c.locale ?? "da",
      promptUserSupported,
      commandId: "MoedeguideOrganizerButton",
      providerName: "Cisco Jabber",
    });
    expect(options).toMatchObject(c.completed);
    if (options.allowEvent) {
      expect(options).toEqual({ allowEvent: true });
    } else {
      expect(typeof options.errorMessage).toBe("string");
      expect(options.errorMessage!.length).toBeGreaterThan(0);
      expect(options.errorMessage!.length).toBeLessThanOrEqual(SMART_ALERT_LIMITS.errorMessage);
      if (options.cancelLabel !== undefined) {
        expect(options.cancelLabel.length).toBeLessThanOrEqual(SMART_ALERT_LIMITS.cancelLabel);
      }
    }
    if (!promptUserSupported) {
      for (const key of OPTIONS_114) expect(options).not.toHaveProperty(key);
    }
    if (verdict.kind === "personal-data") {
      // No override beyond what SoftBlock allows: no send anyway, no button of ours.
      for (const key of OPTIONS_114) expect(options).not.toHaveProperty(key);
    }
    if (c.contextData !== undefined) {
      expect(JSON.parse(options.contextData as string)).toEqual(c.contextData);
    }
    for (const text of c.messageContains ?? []) expect(options.errorMessage).toContain(text);
    for (const text of c.messageLacks ?? []) expect(options.errorMessage).not.toContain(text);
  });

  it("holds a send for a missing link exactly when the same advice shows while composing", () => {
    const verdict = (confidence: number, minConfidence = NOTICE_MIN_CONFIDENCE) =>
      sendVerdict(adviceWith({ recommendation: "virtual", confidence }), minConfidence).kind;
    const shown = (confidence: number) =>
      composeNotice(draftWith(2), adviceWith({ recommendation: "virtual", confidence }), {
        locale: "da",
        provider: "Cisco Jabber",
        minConfidence: NOTICE_MIN_CONFIDENCE,
      }).kind === "show";
    for (const confidence of [0, 0.25, 0.45, 0.59, 0.6, 0.61, 0.8, 1]) {
      expect(verdict(confidence) === "no-link").toBe(shown(confidence));
    }
    expect(verdict(NOTICE_MIN_CONFIDENCE)).toBe("no-link");
    expect(verdict(NOTICE_MIN_CONFIDENCE - 0.01)).toBe("allow");
    expect(verdict(Number.NaN)).toBe("allow");
    // The threshold is the caller's, not a constant inside.
    expect(verdict(0.45, 0.4)).toBe("no-link");
    expect(verdict(0.8, 0.9)).toBe("allow");
  });

  it("asks the pane to add the Jabber meeting through contextData", () => {
    expect(ADD_MEETING_CONTEXT).toEqual({
      source: "moedeguide-send",
      action: "add-jabber-meeting",
    });
  });

  it("lists each provider once, Jabber first", () => {
    const advice = adviceWith({
      meetingLink: {
        present: true,
        others: [
          { provider: "teams", url: "a" },
          { provider: "teams", url: "b" },
          { provider: "zoom", url: "c" },
        ],
      },
    });
    expect(meetingProviders(advice)).toEqual(["jabber", "teams", "zoom"]);
  });

  it("keeps a dialog message with very many findings within 500 characters and lists fewer", () => {
    const personalData = Array.from({ length: 40 }, (_, i) => ({
      kind: "cpr" as const,
      field: "body" as const,
      masked: `${String(i).padStart(6, "0")}-****`,
      context: true,
    }));
    const advice = adviceWith({ personalData });
    for (const locale of ["da", "en"] as const) {
      const options = sendCompletion(sendVerdict(advice, NOTICE_MIN_CONFIDENCE), advice, {
        locale,
        promptUserSupported: true,
        commandId: "MoedeguideOrganizerButton",
        providerName: "Cisco Jabber",
      });
      expect(options.errorMessage!.length).toBeLessThanOrEqual(500);
      expect(options.errorMessage).toContain(locale === "da" ? "og 37 mere" : "and 37 more");
      expect(options.errorMessage).not.toMatch(/\b(og og|and and)\b/);
    }
  });

  it("fits every dialog text and button label in both languages", () => {
    for (const locale of ["da", "en"] as const) {
      const advice = adviceWith({
        recommendation: "virtual",
        purpose: "clinical",
        travel: {
          meetingSite: "Sorø",
          attendeesTravelling: 60,
          attendeesUnknown: 0,
          minutesSaved: 5999,
          kmSaved: 1,
        },
      });
      const options = sendCompletion({ kind: "no-link" }, advice, {
        locale,
        promptUserSupported: true,
        commandId: "MoedeguideOrganizerButton",
        providerName: "Cisco Jabber",
      });
      expect(options.cancelLabel!.length).toBeLessThanOrEqual(20);
      expect(options.cancelLabel).not.toContain("…");
      expect(options.errorMessage).toContain("99");
    }
  });

  describe("from the meeting as written to the verdict", () => {
    const completion = (subject: string, body: string, promptUserSupported: boolean) => {
      const advice = advise(
        {
          ...draftWith(2),
          subject,
          body,
          bodyType: "html",
        },
        { policy: DEFAULT_POLICY },
      );
      return sendCompletion(sendVerdict(advice, NOTICE_MIN_CONFIDENCE), advice, {
        locale: "da",
        promptUserSupported,
        commandId: "MoedeguideOrganizerButton",
        providerName: "Cisco Jabber",
      });
    };

    it.each([
      ["a label right before", "Opfølgning", "<p>cpr.nr.0101901234</p>"],
      [
        "patient a few words before",
        "Opfølgning",
        "<p>Patienten, født 1990, har 01.01.90-1234</p>",
      ],
      ["pt. in the subject", "Pt. 010190\u20131234", "<p>Dagsorden følger</p>"],
      ["a label in hidden text", "Møde", "<p>Møde</p><!-- borger 0101901234 -->"],
    ])("%s holds the send on every client, with no send anyway", (_why, subject, body) => {
      for (const promptUserSupported of [true, false]) {
        const options = completion(subject, body, promptUserSupported);
        expect(options).toEqual({ allowEvent: false, errorMessage: expect.any(String) });
        expect(options.errorMessage).toContain("010190-****");
        expect(options.errorMessage).not.toMatch(/\d{4}\D{0,3}$|1234/);
      }
    });

    it("a bare date-like number prompts with send anyway on Mailbox 1.14 and goes out before it", () => {
      const prompted = completion("Sag 0101901234", "<p>Dagsorden følger</p>", true);
      expect(prompted).toMatchObject({ allowEvent: false, sendModeOverride: "promptUser" });
      expect(prompted.errorMessage).toContain("010190-**** i emnet");
      expect(prompted.errorMessage).not.toContain("1234");
      expect(completion("Sag 0101901234", "<p>Dagsorden følger</p>", false)).toEqual({
        allowEvent: true,
      });
    });

    it("digits in a Safe Links address or a video address never stop a send", () => {
      const body =
        '<p><a href="x">https://eur01.safelinks.protection.outlook.com/?url=https%3A%2F%2Fjournal.dk%2F0101901234</a> sip:0101901234@video.regionsjaelland.dk</p>';
      expect(completion("Møde", body, true)).toEqual({ allowEvent: true });
    });
  });
});
