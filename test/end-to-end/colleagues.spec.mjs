// The colleagues' view (Kolleger), as a receptionist uses it: on a mail, with the pane at
// Outlook's width, Microsoft Graph answered by the preview's local directory and calendars, served
// over HTTP by msw's service worker. The
// clock is fixed on a Thursday morning in Copenhagen, when Birgitte Holm is busy until 11:00.
// Functions passed to page.evaluate run in the browser, where these exist.
/* global window, document */
import assert from "node:assert/strict";
import { test } from "./fixtures.mjs";
import { GRAPH_OFFLINE_CONSOLE_ERRORS, reopenPreview, seriousViolations } from "./helpers.mjs";

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
      // Graph's answers come over HTTP from msw's service worker on this page.
      const graphAnswers = [];
      page.on("response", (response) => {
        if (response.url().startsWith("https://graph.microsoft.com/")) graphAnswers.push(response);
      });
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
      const asked = graphAnswers.map((r) => `${r.request().method()} ${new URL(r.url()).pathname}`);
      assert.ok(asked.includes("GET /v1.0/users"), asked.join(", "));
      assert.ok(asked.includes("POST /v1.0/me/calendar/getSchedule"), asked.join(", "));
      for (const answer of graphAnswers) {
        assert.ok(answer.fromServiceWorker(), `${answer.url()} was not answered by the worker`);
        assert.equal(answer.status(), 200, answer.url());
      }

      // Least disturbing first: chat, then call, then video, and chat is the primary action.
      const actions = row.getByRole("group", { name: "Kontakt" }).getByRole("link");
      assert.deepEqual(await actions.allInnerTexts(), ["Chat", "Ring", "Video"]);
      const chat = row.getByRole("link", { name: "Chat med Birgitte Holm" });
      assert.equal(await chat.getAttribute("href"), "im:birgitte.holm@regionsjaelland.dk");
      assert.deepEqual(await seriousViolations(page), []);

      // Saved as a favourite (in Outlook's roaming settings), she is there when the pane opens again.
      await row.getByRole("button", { name: "Gem Birgitte Holm som favorit" }).click();
      await row.getByRole("button", { name: "Fjern Birgitte Holm fra favoritter" }).waitFor();
      await reopenPreview(page);
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

test("where no service worker can run (an untrusted certificate), the preview answers Graph in the page", async ({
  withPreview,
}) => {
  await withPreview(
    "scenario=status-across-sites&lang=da&mode=mail",
    async ({ page, pane }) => {
      const row = await showColleague(pane, "Birgit", "Birgitte Holm");
      assert.equal(
        await row.getByTestId("colleague-status").innerText(),
        "Optaget til 11:00 · Ledig fra 11:00",
      );
      const asked = await page.evaluate(() => window.moedeguidePreview.graphRequests());
      assert.deepEqual(
        asked.map((r) => [r.path, r.outcome]),
        [
          ["/v1.0/users", 200],
          ["/v1.0/me/calendar/getSchedule", 200],
        ],
      );
    },
    { viewport: PANE, setup: fixClock, serviceWorkers: "block" },
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
    { viewport: PANE, setup: fixClock, expectedConsoleErrors: GRAPH_OFFLINE_CONSOLE_ERRORS },
  );
});

/** "tors. 3. dec. 14:45–15:15" as the instants it names, in Copenhagen on the test's Thursday. */
function shownSlot(text) {
  const match = /^tors\. 3\. dec\. (\d\d):(\d\d)–(\d\d):(\d\d)$/.exec(text);
  assert.ok(match, `not a slot on Thursday 3 December: ${text}`);
  const [, sh, sm, eh, em] = match;
  return {
    start: new Date(`2026-12-03T${sh}:${sm}:00+01:00`).toISOString(),
    end: new Date(`2026-12-03T${eh}:${em}:00+01:00`).toISOString(),
  };
}

test("a colleague shown from the search is hidden again with Skjul, named with the job title", async ({
  withPreview,
}) => {
  await withPreview(
    "scenario=status-across-sites&lang=da&mode=mail",
    async ({ pane }) => {
      await showColleague(pane, "Birgit", "Birgitte Holm");
      const button = pane.getByTestId("search-results").getByTestId("show-colleague");
      assert.equal((await button.innerText()).trim(), "Skjul");
      assert.equal(
        await button.getAttribute("aria-label"),
        "Skjul Birgitte Holm, Afdelingssygeplejerske",
      );
      assert.equal(
        await pane.getByRole("heading", { name: "Viste kolleger" }).count(),
        1,
        "the list is named for what it shows",
      );
      await button.click();
      await pane.getByTestId("colleague").filter({ hasText: "Birgitte Holm" }).waitFor({
        state: "detached",
      });
      assert.equal((await button.innerText()).trim(), "Vis");
    },
    { viewport: PANE, setup: fixClock },
  );
});

test("a secretary finds a group's first common free time and books it into a new meeting", async ({
  withPreview,
}) => {
  await withPreview(
    "scenario=status-across-sites&lang=da&mode=mail",
    async ({ page, pane }) => {
      await showColleague(pane, "Birgit", "Birgitte Holm");
      // One colleague is no group: the section comes with the second.
      assert.equal(await pane.getByTestId("common-slot").count(), 0);
      await showColleague(pane, "Mikkel Ol", "Mikkel Olsen");
      const section = pane.getByRole("region", { name: "Første fælles ledige tid" });
      await section.waitFor();
      // Video unless the person chooses otherwise, as the guidance prefers.
      assert.equal(await section.getByRole("radio", { name: "Video" }).isChecked(), true);
      assert.equal(await section.getByTestId("slot-duration").inputValue(), "30");

      await section.getByRole("button", { name: "Find tid" }).click();
      const when = section.getByTestId("slot-when");
      await when.waitFor();
      const slot = shownSlot(await when.innerText());
      // Birgitte Holm is busy until 11:00 today: nothing common before that.
      assert.ok(slot.start >= new Date("2026-12-03T11:00:00+01:00").toISOString(), slot.start);
      assert.equal(
        new Date(slot.end).getTime() - new Date(slot.start).getTime(),
        30 * 60_000,
        "the slot is the 30 minutes asked for",
      );
      assert.deepEqual(await seriousViolations(page), []);

      // Booked: Outlook opens a new meeting with the two colleagues at that time (the organizer,
      // the person themself, is not invited to their own meeting).
      await section.getByRole("button", { name: "Book møde" }).click();
      await section.getByText("Et nyt møde er åbnet i Outlook").waitFor();
      const forms = await page.evaluate(() =>
        window.moedeguidePreview.newAppointmentForms().map((f) => ({
          requiredAttendees: f.requiredAttendees,
          start: f.start?.toISOString(),
          end: f.end?.toISOString(),
        })),
      );
      assert.deepEqual(forms, [
        {
          requiredAttendees: [
            "birgitte.holm@regionsjaelland.dk",
            "mikkel.olsen@regionsjaelland.dk",
          ],
          ...slot,
        },
      ]);
      await page.locator("#pv-new-appointment").waitFor();

      // In person: the answer for video goes, and the new one says where to meet (both work in
      // Køge, the person themself in Sorø).
      await section.getByRole("radio", { name: "Fysisk" }).check();
      assert.equal(await when.count(), 0);
      await section.getByTestId("slot-duration").selectOption("60");
      await section.getByRole("button", { name: "Find tid" }).click();
      await when.waitFor();
      assert.match(await section.getByTestId("slot-result").innerText(), /Mødested: Køge/);
      assert.deepEqual(await seriousViolations(page), []);
    },
    { viewport: PANE, setup: fixClock },
  );
});

test("a group saved under a name is there after a reload, shows its members, and can be deleted", async ({
  withPreview,
}) => {
  await withPreview(
    "scenario=status-across-sites&lang=da&mode=mail",
    async ({ page, pane }) => {
      await showColleague(pane, "Birgit", "Birgitte Holm");
      await showColleague(pane, "Mikkel Ol", "Mikkel Olsen");
      await pane.getByTestId("colleague-search").fill("");
      await pane.getByRole("button", { name: "Gem som gruppe" }).click();
      const name = pane.getByRole("textbox", { name: "Gruppens navn" });
      // The name is what comes next: the field has the focus.
      await name.waitFor();
      assert.equal(await name.evaluate((input) => input === document.activeElement), true);
      await name.fill("Afsnit B4");
      assert.deepEqual(await seriousViolations(page), []);
      await pane.getByRole("button", { name: "Gem", exact: true }).click();
      await pane
        .getByTestId("group-status")
        .filter({ hasText: "Gruppen »Afsnit B4« er gemt." })
        .waitFor();
      const picker = pane.getByRole("combobox", { name: "Gruppe" });
      assert.equal(await picker.inputValue(), "Afsnit B4");

      // Opened again: no favourites, so an empty list, and the group to choose.
      await reopenPreview(page);
      await pane.getByText("Find en kollega ovenfor, eller vælg en gruppe.").waitFor();
      assert.deepEqual(await picker.locator("option").allInnerTexts(), ["Favoritter", "Afsnit B4"]);
      await picker.selectOption({ label: "Afsnit B4" });
      const rows = pane.getByTestId("colleague");
      await rows.filter({ hasText: "Mikkel Olsen" }).waitFor();
      assert.deepEqual(await rows.evaluateAll((items) => items.map((item) => item.dataset.email)), [
        "birgitte.holm@regionsjaelland.dk",
        "mikkel.olsen@regionsjaelland.dk",
      ]);
      await rows
        .filter({ hasText: "Birgitte Holm" })
        .getByTestId("colleague-status")
        .filter({ hasText: "Optaget til 11:00" })
        .waitFor();
      assert.deepEqual(await seriousViolations(page), []);

      // Deleted after asking; the favourites are shown again.
      await pane.getByRole("button", { name: "Slet gruppen »Afsnit B4«" }).click();
      await pane.getByTestId("confirm-delete-group").click();
      await pane
        .getByTestId("group-status")
        .filter({ hasText: "Gruppen »Afsnit B4« er slettet." })
        .waitFor();
      assert.equal(await picker.count(), 0);
      await pane.getByText("Find en kollega ovenfor, eller vælg en gruppe.").waitFor();
    },
    { viewport: PANE, setup: fixClock },
  );
});

/** The pane's parts that run past its right edge, and whether the pane scrolls sideways. */
function outsideThePane(pane) {
  return pane.evaluate((root) => {
    const limit = root.getBoundingClientRect().right + 0.5;
    const found = [...root.querySelectorAll("*")]
      .filter((el) => el.getBoundingClientRect().width > 0)
      .filter((el) => el.getBoundingClientRect().right > limit)
      .map((el) => `${el.tagName.toLowerCase()} "${(el.textContent ?? "").slice(0, 30)}"`);
    if (root.scrollWidth > root.clientWidth + 1) found.push("the pane scrolls sideways");
    return found;
  });
}

test("at 200% zoom the search, the groups and the common time fit: nothing cut off or sideways", async ({
  withPreview,
}) => {
  // 200% zoom of a 340 px pane leaves 170 CSS pixels.
  await withPreview(
    "scenario=status-across-sites&lang=da&mode=mail",
    async ({ page, pane }) => {
      // The pane alone, filling the window as Outlook's pane does.
      await page.addStyleTag({
        content:
          "body > header, #pv-editor { display: none !important; } .layout { display: block !important; padding: 0 !important; } #container { width: 100% !important; height: auto !important; max-width: none !important; overflow: visible !important; margin: 0 !important; border: 0 !important; }",
      });
      await showColleague(pane, "Birgit", "Birgitte Holm");
      await showColleague(pane, "Mikkel Ol", "Mikkel Olsen");
      await pane.getByTestId("colleague-search").fill("");
      await pane.getByRole("button", { name: "Gem som gruppe" }).click();
      await pane.getByRole("textbox", { name: "Gruppens navn" }).fill("Ledergruppen");
      // A focus ring may reach past the edge by design; it is not content: measure unfocused.
      await page.evaluate(() => document.activeElement?.blur());
      assert.deepEqual(await outsideThePane(pane), []);
      await pane.getByRole("button", { name: "Gem", exact: true }).click();
      await pane.getByRole("button", { name: "Slet gruppen »Ledergruppen«" }).click();
      await pane.getByRole("radio", { name: "Fysisk" }).check();
      await pane.getByRole("button", { name: "Find tid" }).click();
      await pane.getByTestId("slot-when").waitFor();
      await page.evaluate(() => document.activeElement?.blur());
      assert.deepEqual(await outsideThePane(pane), []);
      assert.deepEqual(await seriousViolations(page), []);
    },
    { viewport: { width: 170, height: 700 }, setup: fixClock },
  );
});
