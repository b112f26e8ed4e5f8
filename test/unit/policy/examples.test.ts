/**
 * The example policies IT is pointed to (docs/examples/*.json) stay valid as the schema changes,
 * and the one with local guidelines keeps what docs/policy.md promises of it: two units, rows in
 * the guidance template's areas, and advice that shows them for a meeting of the right unit.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { advise } from "../../../src/advisor";
import { LOCAL_GUIDELINE_AREAS } from "../../../src/advisor/types";
import { validatePolicy } from "../../../src/policy/schema";

const examplesDir = path.resolve(__dirname, "../../../docs/examples");
const examples = readdirSync(examplesDir).filter((file) => file.endsWith(".json"));

function load(file: string): unknown {
  return JSON.parse(readFileSync(path.join(examplesDir, file), "utf8")) as unknown;
}

describe("docs/examples", () => {
  it("holds at least the example policy", () => {
    expect(examples).toContain("policy.json");
  });

  it.each(examples)("%s is a valid policy", (file) => {
    const result = validatePolicy(load(file));
    expect(result.ok ? [] : result.issues).toEqual([]);
  });

  describe("policy.json", () => {
    const result = validatePolicy(load("policy.json"));
    if (!result.ok) throw new Error("docs/examples/policy.json is not valid");
    const { policy } = result;

    it("refers editors to the schema beside it, as `policy init` writes it", () => {
      expect(policy.$schema).toBe("./policy.schema.json");
    });

    it("sets up the Kolleger view: a Graph registration with the least scopes, Jabber's links, lunch", () => {
      expect(policy.graph?.scopes).toEqual(["Calendars.ReadBasic", "User.ReadBasic.All"]);
      expect(policy.contactLinks).toEqual({
        chat: "im:{email}",
        call: "tel:{phone}",
        video: "sip:{email}",
      });
      expect(policy.scheduling?.lunch).toEqual({ start: "11:30", end: "12:00" });
    });

    it("fills two units' tables, each in every area of the guidance's template", () => {
      expect(policy.localGuidelines).toHaveLength(2);
      for (const unit of policy.localGuidelines) {
        const areas = new Set(unit.guidelines.map((g) => g.area));
        expect([...areas].sort()).toEqual([...LOCAL_GUIDELINE_AREAS].sort());
      }
    });

    it("shows a unit's guidelines on a video meeting of that unit, and not to another unit", () => {
      const [unit] = policy.localGuidelines;
      if (!unit) throw new Error("no unit");
      const draft = {
        subject: "Statusmøde om patientforløb",
        start: "2027-02-02T08:00:00+01:00",
        end: "2027-02-02T08:30:00+01:00",
        organizer: { email: "o@regionsjaelland.dk", site: "Holbæk", unit: unit.unit },
        attendees: [
          { email: "a@regionsjaelland.dk", site: "Slagelse" },
          { email: "b@regionsjaelland.dk", site: "Nykøbing F." },
        ],
      };
      const shown = advise(draft, { policy }).localGuidelines;
      expect(shown.length).toBeGreaterThan(0);
      expect(shown.every((g) => g.unit === unit.unit)).toBe(true);
      expect(shown.map((g) => g.area)).toContain("virtual-meeting");

      const other = { ...draft, organizer: { ...draft.organizer, unit: "Ingen sådan enhed" } };
      expect(advise(other, { policy }).localGuidelines).toEqual([]);
    });
  });
});
