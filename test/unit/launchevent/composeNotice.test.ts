import { PURPOSES, type Advice, type Locale } from "../../../src/advisor/types";
import {
  composeNotice,
  NOTICE_MAX_LENGTH,
  notificationDetails,
  othersInvited,
} from "../../../src/launchevent/composeNotice";
import cases from "../../fixtures/launchevent/notices.json";
import { adviceWith, draftWith } from "./adviceFixture";

const MIN_CONFIDENCE = 0.6;

describe("composeNotice", () => {
  it.each(cases)("$name", (c) => {
    const notice = composeNotice(
      draftWith(c.attendees, (c as { rooms?: number }).rooms ?? 0),
      adviceWith(c.advice as Partial<Advice>),
      {
        locale: c.locale as Locale,
        provider: "Cisco Jabber",
        minConfidence: MIN_CONFIDENCE,
        sites: (c as { sites?: number }).sites,
      },
    );
    expect(notice).toMatchObject(c.expect);
    if (notice.kind === "show")
      expect(notice.message.length).toBeLessThanOrEqual(NOTICE_MAX_LENGTH);
  });

  it("does not count the organizer listed among the attendees (classic Outlook does that)", () => {
    const draft = draftWith(0);
    draft.attendees.push({ email: "ORGANISATOR@regionsjaelland.dk", type: "required" });
    expect(othersInvited(draft)).toBe(0);
    const notice = composeNotice(draft, adviceWith({ recommendation: "virtual", confidence: 1 }), {
      locale: "da",
      provider: "Cisco Jabber",
      minConfidence: MIN_CONFIDENCE,
    });
    expect(notice).toEqual({ kind: "none", reason: "no-attendees" });
  });

  it("shows advice exactly at the confidence threshold, not below it", () => {
    const show = (confidence: number) =>
      composeNotice(draftWith(1), adviceWith({ recommendation: "virtual", confidence }), {
        locale: "da",
        provider: "Cisco Jabber",
        minConfidence: MIN_CONFIDENCE,
      }).kind;
    expect(show(MIN_CONFIDENCE)).toBe("show");
    expect(show(MIN_CONFIDENCE - 0.01)).toBe("none");
  });

  it("keeps the full wording within 150 characters for every purpose, language and site count", () => {
    for (const locale of ["da", "en"] as const) {
      for (const purpose of PURPOSES) {
        for (const recommendation of ["virtual", "physical"] as const) {
          const advice = adviceWith({
            recommendation,
            purpose,
            confidence: 1,
            // Nine sites and 99 hours 59 minutes: the longest figures the region's table allows.
            travel: {
              meetingSite: "Sorø",
              attendeesTravelling: 60,
              attendeesUnknown: 0,
              minutesSaved: 5999,
              kmSaved: 9999,
            },
          });
          const notice = composeNotice(draftWith(60), advice, {
            locale,
            provider: "Cisco Jabber",
            minConfidence: 0.6,
            sites: 9,
          });
          expect(notice.kind).toBe("show");
          if (notice.kind !== "show") continue;
          expect(notice.message.length).toBeLessThanOrEqual(NOTICE_MAX_LENGTH);
          expect(notice.message).toContain("9");
          if (recommendation === "virtual") expect(notice.message).toContain("99");
          expect(notice.message).not.toContain("…");
        }
      }
    }
  });
});

describe("notificationDetails", () => {
  const look = {
    locale: "da" as const,
    icon: "Icon.16x16",
    commandId: "MoedeguideOrganizerButton",
  };

  it("is an InsightMessage with one action that opens the task pane where Mailbox 1.10 is", () => {
    const details = notificationDetails("Statusmøde: hold det som Cisco Jabber-møde", {
      ...look,
      insight: true,
    });
    expect(details).toMatchObject({
      type: "insightMessage",
      message: "Statusmøde: hold det som Cisco Jabber-møde",
      icon: "Icon.16x16",
      actions: [
        {
          actionType: "showTaskPane",
          actionText: "Åbn Mødeguide",
          commandId: "MoedeguideOrganizerButton",
        },
      ],
    });
    expect(details.actions).toHaveLength(1);
    expect(details).not.toHaveProperty("persistent");
    expect(JSON.parse(details.actions?.[0]?.contextData as string)).toEqual({
      source: "moedeguide-notification",
    });
  });

  it("is a non-persistent InformationalMessage without actions elsewhere", () => {
    const details = notificationDetails("Statusmøde: hold det som Cisco Jabber-møde", {
      ...look,
      insight: false,
    });
    expect(details).toEqual({
      type: "informationalMessage",
      message: "Statusmøde: hold det som Cisco Jabber-møde",
      icon: "Icon.16x16",
      persistent: false,
    });
  });

  it("labels the action in English for English users", () => {
    const details = notificationDetails("x", { ...look, locale: "en", insight: true });
    expect(details.actions?.[0]?.actionText).toBe("Open Mødeguide");
  });
});
