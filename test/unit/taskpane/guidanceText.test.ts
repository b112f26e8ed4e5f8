// The guidance catalogue (src/i18n/guidanceText.ts): every section the advisor can cite, and the
// Danish quotes verbatim from the original (a copy of which is the fixture).
import { readFileSync } from "node:fs";
import path from "node:path";
import { GUIDELINES } from "../../../src/advisor/types";
import { GUIDANCE, guidanceSectionName } from "../../../src/i18n/guidanceText";

const original = readFileSync(
  path.join(__dirname, "../../fixtures/taskpane/jabber-vejledning-2014.da.txt"),
  "utf8",
).replace(/\s+/g, " ");

describe("GUIDANCE", () => {
  it("covers exactly the guideline ids of the contract", () => {
    expect(Object.keys(GUIDANCE).sort()).toEqual([...GUIDELINES].sort());
  });

  describe.each(GUIDELINES)("%s", (id) => {
    const section = GUIDANCE[id];

    it("quotes the Danish original verbatim", () => {
      expect(section.danish.length).toBeGreaterThan(0);
      for (const sentence of section.danish) {
        expect(original).toContain(sentence.replace(/\s+/g, " "));
      }
    });

    it("has an English digest and titles in both languages", () => {
      expect(section.english.length).toBeGreaterThan(0);
      expect(section.english.every((line) => line.trim().length > 0)).toBe(true);
      expect(section.title.da.trim()).not.toBe("");
      expect(section.title.en.trim()).not.toBe("");
      expect(["1", "2", "3", "4"]).toContain(section.number);
    });
  });
});

describe("guidanceSectionName", () => {
  it("names a section with its number, in the locale", () => {
    expect(guidanceSectionName("video-meeting", "da")).toBe("afsnit 3, Videomødet");
    expect(guidanceSectionName("video-meeting", "en")).toBe("section 3, Video meetings");
    expect(guidanceSectionName("legal", "en")).toBe("section 2, Legal aspects");
  });
});
