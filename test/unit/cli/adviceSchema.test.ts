import { readFileSync } from "node:fs";
import path from "node:path";
import type { Advice } from "../../../src/advisor/types";
import { adviceContractProblem, adviceSchema } from "../../../src/cli/adviceSchema";
import { compareWithContract } from "./contractCompare";
import { FIXTURES } from "./harness";

const contract = JSON.parse(
  readFileSync(path.join(FIXTURES, "contract", "advice.schema.json"), "utf8"),
) as Record<string, unknown>;

const advice: Advice = {
  recommendation: "virtual",
  purpose: "status",
  confidence: 0.8,
  reasons: [
    {
      code: "purpose-status",
      guideline: "video-meeting",
      message: "Statusmøde",
      evidence: [{ field: "subject", terms: ["statusmøde"] }],
    },
  ],
  reminders: [
    { code: "headset", guideline: "video-call", severity: "info", message: "Headset" },
    { code: "personal-data", guideline: "legal", severity: "warning", message: "CPR" },
  ],
  travel: {
    meetingSite: "Sorø",
    attendeesTravelling: 2,
    attendeesUnknown: 1,
    minutesSaved: 250,
    kmSaved: 290,
  },
  meetingLink: {
    present: false,
    others: [{ provider: "teams", url: "https://teams.microsoft.com/l/x" }],
  },
  personalData: [{ kind: "cpr", field: "subject", masked: "010270-****", context: true }],
  localGuidelines: [],
  videoMeeting: true,
};

describe("adviceSchema", () => {
  it("matches the Advice contract, with our extensions optional", () => {
    expect(
      compareWithContract(adviceSchema, contract, {
        "": ["personalData", "localGuidelines", "videoMeeting"],
        meetingLink: ["videoAddress", "others"],
        "reasons[]": ["evidence"],
      }),
    ).toEqual([]);
  });

  it("accepts advice of the contract's shape, with or without our extensions", () => {
    expect(adviceContractProblem(advice)).toBeNull();
    const contractOnly: Record<string, unknown> = {
      ...advice,
      travel: null,
      meetingLink: { present: true },
    };
    for (const key of ["personalData", "localGuidelines", "videoMeeting"]) delete contractOnly[key];
    expect(adviceContractProblem(contractOnly)).toBeNull();
  });

  it.each([
    ["a confidence above 1", { confidence: 1.2 }, "confidence", "must be at most 1"],
    ["an unknown recommendation", { recommendation: "hybrid" }, "recommendation", 'got "hybrid"'],
    ["no meeting link", { meetingLink: undefined }, "meetingLink", "is required but missing"],
    ["travel left out instead of null", { travel: undefined }, "travel", "is required but missing"],
    [
      "negative minutes saved",
      { travel: { ...advice.travel, minutesSaved: -5 } },
      "travel.minutesSaved",
      "must be at least 0",
    ],
    [
      "travellers as a fraction",
      { travel: { ...advice.travel, attendeesTravelling: 1.5 } },
      "travel.attendeesTravelling",
      "expected a whole number",
    ],
    [
      "a reminder without severity",
      { reminders: [{ code: "agenda", guideline: "video-meeting", message: "Dagsorden" }] },
      "reminders[0].severity",
      "is required but missing",
    ],
    [
      "a reminder code twice",
      { reminders: [advice.reminders[0], advice.reminders[0]] },
      "reminders",
      "has a reminder code more than once",
    ],
    [
      "a note on an unknown guideline",
      { reasons: [{ code: "x", guideline: "section-9", message: "?" }] },
      "reasons[0].guideline",
      'got "section-9"',
    ],
    [
      "evidence from a field the advisor does not read",
      {
        reasons: [
          {
            code: "x",
            guideline: "video-meeting",
            message: "?",
            evidence: [{ field: "hidden", terms: ["a"] }],
          },
        ],
      },
      "reasons[0].evidence[0].field",
      'got "hidden"',
    ],
    [
      "evidence without words",
      {
        reasons: [
          {
            code: "x",
            guideline: "video-meeting",
            message: "?",
            evidence: [{ field: "body", terms: [] }],
          },
        ],
      },
      "reasons[0].evidence[0].terms",
      "must not be empty",
    ],
    [
      "another provider not in the list",
      { meetingLink: { present: false, others: [{ provider: "skype", url: "x" }] } },
      "meetingLink.others[0].provider",
      'got "skype"',
    ],
  ])("finds %s", (_name, change, issuePath, message) => {
    const problem = adviceContractProblem({ ...advice, ...change });
    expect(problem?.path).toBe(issuePath);
    expect(problem?.message).toContain(message);
  });
});
