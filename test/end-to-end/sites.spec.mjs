// The invitees' work sites in the meeting view, on the built preview page: Outlook gives none, so
// the pane looks them up in the directory (the preview's local Graph) after the first advice, and
// the travel line then counts everyone. New invitees are looked up as they come, once each; an
// address the directory does not know is said as unknown; without the directory the pane counts
// the person's own travel as it always did. The sites found are kept on the item for the event
// handlers.
// Functions passed to page.evaluate run in the browser, where these exist.
/* global window */
import assert from "node:assert/strict";
import { adviceShown, GRAPH_OFFLINE_CONSOLE_ERRORS, paneCaughtUp } from "./helpers.mjs";
import { test } from "./fixtures.mjs";

/** What the pane asked of the local Graph so far: path, lookups in a $batch, and the outcome. */
const graphRequests = (page) => page.evaluate(() => window.moedeguidePreview.graphRequests());
/** The $batch requests among them (the office locations). */
const batches = async (page) =>
  (await graphRequests(page)).filter((r) => r.path.endsWith("$batch"));

/** The sites the pane kept on the item (Mødeguide's custom property), once it holds `value`. */
async function sitesKept(page, value) {
  await page.waitForFunction(
    (expected) =>
      window.moedeguidePreview.appointment().customProperties?.moedeguideSites === expected,
    value,
    { timeout: 10_000 },
  );
}

test("the travel line counts the invitees once their sites come from the directory", async ({
  withPreview,
}) => {
  await withPreview("scenario=status-across-sites&lang=da", async ({ page, pane }) => {
    await adviceShown(pane);
    // Mette (the organizer, Sorø) and Carsten (Holbæk) drive to Køge; Anders and Birgitte work
    // there: Sorø–Køge and Holbæk–Køge are 45 minutes each way, 48 and 49 km.
    await pane
      .getByTestId("travel")
      .filter({ hasText: "Som videomøde sparer 2 deltagere 3 t kørsel (194 km)" })
      .waitFor();
    await pane.getByRole("button", { name: "Derfor" }).click();
    const notes = pane.getByTestId("travel-note");
    await notes.first().waitFor();
    assert.deepEqual(await notes.allInnerTexts(), [
      "Kørslen er regnet tur-retur til Køge for hver deltager.",
    ]);
    // One lookup for the three invitees (the organizer's own site is in her settings).
    assert.deepEqual(await batches(page), [{ path: "/v1.0/$batch", size: 3, outcome: 200 }]);
    // Kept on the item for the event handlers: address → site, nothing else.
    await sitesKept(
      page,
      "1;Holbæk=carsten.lund@regionsjaelland.dk;Køge=anders.nielsen@regionsjaelland.dk,birgitte.holm",
    );
  });
});

test("a new invitee is looked up once when added; one the directory lacks is said as unknown", async ({
  withPreview,
}) => {
  await withPreview("scenario=status-across-sites&lang=da", async ({ page, pane }) => {
    await adviceShown(pane);
    const travel = pane.getByTestId("travel");
    await travel.filter({ hasText: "sparer 2 deltagere 3 t kørsel (194 km)" }).waitFor();

    // Edits that bring no new address cost no lookup: the subject is re-read, the sites are kept.
    await page.fill("#pv-subject", "Statusmøde: ny hjemmeside og intranet");
    await pane.getByTestId("subject").filter({ hasText: "intranet" }).waitFor();
    assert.equal((await batches(page)).length, 1);

    // Morten Lund works in Nykøbing F. (85 minutes and 101 km from Køge each way).
    await page.click("#pv-add-attendee");
    const email = page.locator("#pv-attendee-4-email");
    await email.fill("morten.lund@regionsjaelland.dk");
    await email.dispatchEvent("change");
    await travel.filter({ hasText: "sparer 3 deltagere 5 t 50 min kørsel (396 km)" }).waitFor();
    assert.deepEqual(
      (await batches(page)).map((r) => r.size),
      [3, 1],
    );

    // An address the directory does not know: looked up, not found, not counted, and said so
    // under Derfor.
    await page.click("#pv-add-attendee");
    const guest = page.locator("#pv-attendee-5-email");
    await guest.fill("gaest@example.com");
    await guest.dispatchEvent("change");
    await page.waitForFunction(
      () =>
        window.moedeguidePreview
          .graphRequests()
          .filter((r) => r.path.endsWith("$batch") && r.outcome === 200).length === 3,
      undefined,
      { timeout: 10_000 },
    );
    assert.deepEqual(
      (await batches(page)).map((r) => r.size),
      [3, 1, 1],
    );
    await pane.getByRole("button", { name: "Derfor" }).click();
    await pane
      .getByTestId("travel-note")
      .filter({
        hasText: "Mødeguide kender ikke arbejdsstedet for 1 deltager, som ikke er regnet med.",
      })
      .waitFor();
    assert.match(await travel.innerText(), /sparer 3 deltagere 5 t 50 min kørsel \(396 km\)/);
  });
});

test("without the directory, the pane counts the person's own travel and says who is not counted", async ({
  withPreview,
}) => {
  await withPreview(
    "scenario=status-across-sites&lang=da&graph=offline",
    async ({ page, pane }) => {
      await adviceShown(pane);
      // The pane tried the directory (after the first advice), and no answer came.
      await page.waitForFunction(
        () =>
          window.moedeguidePreview
            .graphRequests()
            .some((r) => r.path.endsWith("$batch") && r.outcome === "failed"),
        undefined,
        { timeout: 10_000 },
      );
      // It has processed what came after (an invitee removed): the failure changed nothing.
      await paneCaughtUp(page, pane);
      assert.equal(
        (await pane.getByTestId("travel").innerText()).trim(),
        "Du sparer 1 t 30 min kørsel (96 km)",
      );
      assert.deepEqual(await pane.getByTestId("travel-note").allInnerTexts(), [
        "Kørslen er regnet tur-retur til Køge for hver deltager.",
        "Mødeguide kender ikke arbejdsstedet for 2 deltagere, som ikke er regnet med.",
      ]);
      const kept = await page.evaluate(
        () => window.moedeguidePreview.appointment().customProperties,
      );
      assert.equal(kept?.moedeguideSites, undefined);
    },
    { expectedConsoleErrors: GRAPH_OFFLINE_CONSOLE_ERRORS },
  );
});
