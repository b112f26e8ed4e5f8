// The location (Outlook's Placering) after the meeting is in: the offer to replace a place still
// there, the question for a booked room, Undo, an Office failure on the way, and the link in the
// location alone when the invitation's text is too long for the block. Driven on the built pane
// in the preview's stand-in for Outlook.
/* global document */
import assert from "node:assert/strict";
import { test } from "./fixtures.mjs";
import {
  adviceShown,
  appointment,
  countJoinLinks,
  inviteeSitesKept,
  seriousViolations,
} from "./helpers.mjs";

const JOIN = /https:\/\/video\.regionsjaelland\.dk\/meeting\/\d{10}/;
const OURS = /^Cisco Jabber: https:\/\/video\.regionsjaelland\.dk\/meeting\/\d{10}$/;
const PANE = { width: 340, height: 900 };

/** The pane alone, filling the window as Outlook's pane does (as layout.spec.mjs measures it). */
const PANE_ONLY_CSS = `
  body > header, #pv-editor { display: none !important; }
  .layout { display: block !important; padding: 0 !important; margin: 0 !important; }
  #container {
    width: 100% !important; height: auto !important; max-width: none !important;
    overflow: visible !important; border: 0 !important; border-radius: 0 !important; margin: 0 !important;
  }
  body { margin: 0 !important; }
`;

test("after inserting, the place in the location is offered to be replaced, and Undo puts it back", async ({
  withPreview,
}) => {
  await withPreview(
    "scenario=status-across-sites&lang=da",
    async ({ page, pane }) => {
      await adviceShown(pane);
      await inviteeSitesKept(page);
      const before = await appointment(page);
      assert.equal(before.location, "SUH Køge, Lykkebækvej 1, 4600 Køge");
      await pane.getByTestId("insert-jabber").click();
      const offer = pane.locator('[data-testid="place-message"][data-kind="offer"]');
      await offer.waitFor();
      assert.match(
        await offer.innerText(),
        /Placering viser også »SUH Køge, Lykkebækvej 1, 4600 Køge«\. Holdes mødet kun på video/,
      );
      // Nothing is replaced until the person says so: the address and our entry are both there.
      assert.match((await appointment(page)).location, /^SUH Køge, Lykkebækvej 1, 4600 Køge; /);

      await offer.getByRole("button", { name: "Erstat med Cisco Jabber-mødet" }).click();
      const replaced = pane.locator('[data-testid="place-message"][data-kind="replaced"]');
      await replaced.waitFor();
      assert.match((await appointment(page)).location, OURS);
      assert.match(
        await replaced.innerText(),
        /Placering er nu kun Cisco Jabber-mødet\. Før stod der: »SUH Køge, Lykkebækvej 1, 4600 Køge«/,
      );
      // The button that was clicked is gone: keyboard focus is on Fortryd.
      assert.equal(
        await page.evaluate(() => document.activeElement?.getAttribute("data-testid")),
        "place-undo",
      );
      assert.deepEqual(await seriousViolations(page), []);

      await replaced.getByRole("button", { name: "Fortryd" }).click();
      await pane
        .getByTestId("link-notice")
        .filter({ hasText: "Placering er, som den var." })
        .waitFor();
      // The address is back (Outlook lists what is added last, last); our entry stays.
      const undone = await appointment(page);
      const entries = undone.location.split("; ");
      assert.equal(entries.length, 2);
      assert.match(entries[0], OURS);
      assert.equal(entries[1], "SUH Køge, Lykkebækvej 1, 4600 Køge");
      assert.equal(await pane.getByTestId("place-message").count(), 0);
      // The meeting itself was never touched: one block, and Remove still takes all of it out.
      assert.equal(countJoinLinks(undone.bodyHtml), 1);
      await pane.getByTestId("remove-jabber").click();
      await pane.getByTestId("insert-jabber").waitFor();
      const removed = await appointment(page);
      assert.equal(removed.location, before.location);
      assert.equal(removed.bodyHtml, before.bodyHtml);
    },
    { viewport: PANE },
  );
});

test("a room booked for the meeting is asked about: keep it beside the link, or replace it", async ({
  withPreview,
}) => {
  await withPreview("scenario=hybrid-room&lang=da", async ({ page, pane }) => {
    await adviceShown(pane);
    await inviteeSitesKept(page);
    await pane.getByTestId("insert-jabber").click();
    const question = pane.locator('[data-testid="place-message"][data-kind="question"]');
    await question.waitFor();
    assert.match(await question.innerText(), /Mødes nogen stadig i »Mødelokale 2\.01, SUH Køge«\?/);
    // Keeping the room is what insert did already: nothing more is written.
    const inserted = await appointment(page);
    assert.match(inserted.location, /^Mødelokale 2\.01, SUH Køge; Cisco Jabber: /);
    await question.getByRole("button", { name: "Behold lokalet" }).click();
    await question.waitFor({ state: "detached" });
    assert.equal((await appointment(page)).location, inserted.location);

    // Asked again after a fresh insert, the room can be replaced too.
    await pane.getByTestId("remove-jabber").click();
    await pane.getByTestId("insert-jabber").click();
    await question.waitFor();
    await question.getByRole("button", { name: "Erstat med Cisco Jabber-mødet" }).click();
    await pane.locator('[data-testid="place-message"][data-kind="replaced"]').waitFor();
    assert.match((await appointment(page)).location, OURS);
  });
});

test("an Office error while replacing is shown as such, and the location and the offer stay", async ({
  withPreview,
}) => {
  await withPreview(
    "scenario=status-across-sites&lang=da&fail=enhancedLocation.removeAsync:1",
    async ({ page, pane }) => {
      await adviceShown(pane);
      await inviteeSitesKept(page);
      await pane.getByTestId("insert-jabber").click();
      const offer = pane.locator('[data-testid="place-message"][data-kind="offer"]');
      await offer.waitFor();
      const inserted = await appointment(page);
      await offer.getByTestId("place-replace").click();
      const error = pane.getByTestId("error");
      await error.waitFor();
      assert.match(await error.innerText(), /Outlook kunne ikke gemme ændringen/);
      assert.equal((await appointment(page)).location, inserted.location);
      // The offer is still there; the second try works.
      await offer.getByTestId("place-replace").click();
      await pane.locator('[data-testid="place-message"][data-kind="replaced"]').waitFor();
      await error.waitFor({ state: "detached" });
      assert.match((await appointment(page)).location, OURS);
    },
  );
});

test("the text too long for the block: the join link goes in the location alone, and Remove takes it out", async ({
  withPreview,
}) => {
  await withPreview(
    "scenario=body-too-large&lang=da",
    async ({ page, pane }) => {
      await adviceShown(pane);
      const before = await appointment(page);
      await pane.getByTestId("insert-jabber").click();
      const notice = pane.getByTestId("link-notice");
      await notice.filter({ hasText: "for lang" }).waitFor();
      assert.match(await notice.innerText(), /Du kan i stedet tilføje mødelinket i Placering/);
      await notice.getByRole("button", { name: "Tilføj mødelinket i Placering" }).click();
      await notice.filter({ hasText: "Mødelinket står nu i Placering" }).waitFor();
      const after = await appointment(page);
      assert.equal(after.bodyHtml, before.bodyHtml, "the text is not changed");
      assert.match(after.location, /^SUH Roskilde; Cisco Jabber: /);
      assert.match(after.location, JOIN);
      // Recorded as Mødeguide's own: the pane shows the link and offers Fjern.
      await pane.getByTestId("meeting-link").waitFor();
      await pane.getByTestId("remove-jabber").click();
      await pane.getByTestId("insert-jabber").waitFor();
      assert.equal((await appointment(page)).location, "SUH Roskilde");
    },
    { viewport: PANE },
  );
});

test("the link in the location fails open: Office's error is shown and the offer stays", async ({
  withPreview,
}) => {
  await withPreview(
    "scenario=body-too-large&lang=en&fail=enhancedLocation.addAsync:1",
    async ({ page, pane }) => {
      await adviceShown(pane);
      await pane.getByTestId("insert-jabber").click();
      const notice = pane.getByTestId("link-notice");
      await notice.filter({ hasText: "too long" }).waitFor();
      await notice.getByRole("button", { name: "Add the meeting link to the location" }).click();
      await pane
        .getByTestId("error")
        .filter({ hasText: "Outlook could not save the change" })
        .waitFor();
      assert.equal((await appointment(page)).location, "SUH Roskilde");
      assert.equal(await pane.getByTestId("remove-jabber").count(), 0);
      await notice.getByTestId("link-in-location").click();
      await notice.filter({ hasText: "The meeting link is now in the location" }).waitFor();
    },
  );
});

for (const scenario of ["status-across-sites", "hybrid-room", "body-too-large"]) {
  test(`at 200% zoom in a 340 px pane the location's messages fit (${scenario})`, async ({
    withPreview,
  }) => {
    await withPreview(
      `scenario=${scenario}&lang=da`,
      async ({ page, pane }) => {
        await page.addStyleTag({ content: PANE_ONLY_CSS });
        await adviceShown(pane);
        await pane.getByTestId("insert-jabber").click();
        await pane
          .locator('[data-testid="place-message"], [data-testid="link-in-location"]')
          .first()
          .waitFor();
        const overflow = async () => {
          await page.evaluate(() => document.activeElement?.blur());
          return pane.evaluate((root) => {
            const limit = root.getBoundingClientRect().right + 0.5;
            const out = [...root.querySelectorAll("*")]
              .filter((el) => el.getBoundingClientRect().right > limit)
              .map((el) => `${el.tagName} ${el.textContent?.slice(0, 30)}`);
            if (root.scrollWidth > root.clientWidth + 1) out.push("the pane scrolls sideways");
            return out;
          });
        };
        assert.deepEqual(await overflow(), []);
        assert.deepEqual(await seriousViolations(page), []);
        // The offer taken: what the location said, with Fortryd and the close button.
        if (scenario === "status-across-sites") {
          await pane.getByTestId("place-replace").click();
          await pane.locator('[data-testid="place-message"][data-kind="replaced"]').waitFor();
          assert.deepEqual(await overflow(), []);
        }
      },
      { viewport: { width: 170, height: 450 } },
    );
  });
}
