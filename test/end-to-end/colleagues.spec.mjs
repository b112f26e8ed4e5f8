// The colleagues' view (Kolleger), as a receptionist uses it: on a mail, with the pane at
// Outlook's width, Microsoft Graph answered by the preview's local directory and calendars. The
// clock is fixed on a Thursday morning in Copenhagen, when Birgitte Holm is busy until 11:00.
import assert from "node:assert/strict";
import { test } from "./fixtures.mjs";
import { seriousViolations } from "./helpers.mjs";

const PANE = { width: 340, height: 900 };
const THURSDAY_0930 = new Date("2026-12-03T09:30:00+01:00");
const fixClock = async (page) => page.clock.setFixedTime(THURSDAY_0930);

/** Finds a colleague by name and shows them in the list. */
async function showColleague(pane, text, name) {
  await pane.getByTestId("colleague-search").fill(text);
  const results = pane.getByTestId("search-results");
  await results.waitFor();
  await results.getByRole("button", { name: `Vis ${name}` }).click();
  const row = pane.getByTestId("colleague").filter({ hasText: name });
  await row.getByTestId("colleague-status").filter({ hasNotText: "Opdaterer" }).waitFor();
  return row;
}

test("a receptionist finds a colleague, sees her busy until 11:00 and free from 11:00, and opens chat first", async ({
  withPreview,
}) => {
  await withPreview(
    "scenario=status-across-sites&lang=da&mode=mail",
    async ({ page, pane }) => {
      // On a mail there is only the colleagues' view: no switch, no meeting.
      await pane.getByText("Se, hvem der er ledig nu").waitFor();
      assert.equal(await pane.getByRole("tablist").count(), 0);
      assert.equal(await pane.getByTestId("insert-jabber").count(), 0);

      const row = await showColleague(pane, "Birgit", "Birgitte Holm");
      assert.equal(
        await row.getByTestId("colleague-status").innerText(),
        "Optaget til 11:00 · Ledig fra 11:00",
      );
      // Today's timeline within her working hours, said in words for a screen reader.
      const timeline = row.getByTestId("timeline");
      assert.match(
        await timeline.getAttribute("aria-label"),
        /^Birgitte Holm i dag, 08:00–16:00: 08:00–11:00: Optaget, 11:00–/,
      );
      // No subject is ever shown: the fake's calendar has them, the view must not.
      assert.doesNotMatch(await pane.innerText(), /Afdelingsmøde|Personalemøde|Frokost/);

      // Least disturbing first: chat, then call, then video, and chat is the primary action.
      const actions = row.getByRole("group", { name: "Kontakt" }).getByRole("link");
      assert.deepEqual(await actions.allInnerTexts(), ["Chat", "Ring", "Video"]);
      const chat = row.getByRole("link", { name: "Chat med Birgitte Holm" });
      assert.equal(await chat.getAttribute("href"), "im:birgitte.holm@regionsjaelland.dk");
      assert.deepEqual(await seriousViolations(page), []);

      // Saved as a favourite (in Outlook's roaming settings), she is there when the pane opens again.
      await row.getByRole("button", { name: "Gem Birgitte Holm som favorit" }).click();
      await row.getByRole("button", { name: "Fjern Birgitte Holm fra favoritter" }).waitFor();
      await page.reload();
      await row.getByTestId("colleague-status").filter({ hasText: "Optaget til 11:00" }).waitFor();
      // Kept by address and name only: the call needs a phone number the directory gives again.
      assert.deepEqual(
        await row.getByRole("group", { name: "Kontakt" }).getByRole("link").allInnerTexts(),
        ["Chat", "Video"],
      );
      // Clicking chat follows the link: the browser asks for the im: address, which Jabber's
      // handler opens as a chat.
      const opened = page.waitForRequest((request) => request.url().startsWith("im:"));
      await row.getByRole("link", { name: "Chat med Birgitte Holm" }).click();
      assert.equal((await opened).url(), "im:birgitte.holm@regionsjaelland.dk");
    },
    { viewport: PANE, setup: fixClock, expectedRequests: [/^im:birgitte\.holm@/] },
  );
});

test("the switch on an appointment moves between the meeting and the colleagues, by keyboard too", async ({
  withPreview,
}) => {
  await withPreview(
    "scenario=status-across-sites&lang=da",
    async ({ page, pane }) => {
      const meetingTab = pane.getByRole("tab", { name: "Møde" });
      const colleaguesTab = pane.getByRole("tab", { name: "Kolleger" });
      await meetingTab.waitFor();
      assert.equal(await meetingTab.getAttribute("aria-selected"), "true");
      await meetingTab.focus();
      await page.keyboard.press("ArrowRight");
      assert.equal(await colleaguesTab.getAttribute("aria-selected"), "true");
      await pane.getByTestId("colleague-search").waitFor();
      assert.equal(await pane.getByTestId("insert-jabber").isVisible(), false);
      await page.keyboard.press("ArrowLeft");
      await pane.getByTestId("insert-jabber").waitFor({ state: "visible" });
      assert.deepEqual(await seriousViolations(page), []);
    },
    { viewport: PANE, setup: fixClock },
  );
});

test("Graph's failures are told in Danish, never as a blank view", async ({ withPreview }) => {
  await withPreview(
    "scenario=status-across-sites&lang=da&mode=mail&graph=offline",
    async ({ pane }) => {
      await pane.getByTestId("colleague-search").fill("Birgit");
      const error = pane.getByTestId("colleagues-error");
      await error.waitFor();
      assert.match(await error.innerText(), /Du er ikke på nettet/);
    },
    { viewport: PANE, setup: fixClock },
  );
});
