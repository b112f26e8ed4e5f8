// The served policy in the real pane: policy.json beside the pane, answered here by Playwright's
// routing (a custom policy, a 404, an invalid file, a late answer), with the built pane in Chromium.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { distDir } from "../../scripts/serve.mjs";
import { test } from "./fixtures.mjs";
import { adviceShown, openSettings, reopenPreview, seriousViolations } from "./helpers.mjs";

/** The policy every build serves (the embedded default unless IT gave one). */
function servedDefault() {
  const file = path.join(distDir, "policy.json");
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new Error(`${file} is missing or unreadable: run npm run build (${error.message})`);
  }
}

/** Another organisation's policy: its own sites, provider, name and one unit's guidelines. */
function customPolicy() {
  const base = servedDefault();
  return {
    ...base,
    name: "Testregion – browsertest",
    revision: "9",
    organisation: "Testregion",
    sites: [
      { name: "Alfa", aliases: ["Alfa Sygehus"], lat: 55.5, lon: 11.5 },
      { name: "Beta", aliases: ["Beta Sygehus"], lat: 55.9, lon: 12.3 },
      { name: "Gamma", aliases: ["Gamma Sygehus"], lat: 55.2, lon: 11.9 },
    ],
    travel: [
      { from: "Alfa", to: "Beta", km: 70, minutes: 55 },
      { from: "Alfa", to: "Gamma", km: 45, minutes: 40 },
      { from: "Beta", to: "Gamma", km: 80, minutes: 60 },
    ],
    meetingLink: {
      ...base.meetingLink,
      name: "Acme Video",
      joinUrl: "https://video.acmehealth.dk/m/{meetingId}",
      videoAddress: "sip:{meetingId}@video.acmehealth.dk",
    },
    localGuidelines: [
      {
        unit: "Akutmodtagelsen Alfa",
        guidelines: [
          {
            area: "virtual-meeting",
            situation: "Morgenkonference",
            guideline: "Holdes fra konferencerummet med kameraet på rummet",
          },
        ],
      },
    ],
  };
}

const json = (body) => ({
  status: 200,
  contentType: "application/json",
  body: JSON.stringify(body),
});

/** Serves policy.json with `answer` (a fulfil options object, or a function of the route). */
const servePolicy = (answer) => async (page) => {
  await page.route("**/policy.json", (route) =>
    typeof answer === "function" ? answer(route) : route.fulfill(answer),
  );
};

/** Collects the page's console warnings (the reason a policy was not used goes there). */
function warnings(page) {
  const seen = [];
  page.on("console", (message) => {
    if (message.type() === "warning") seen.push(message.text());
  });
  return seen;
}

const footer = (pane) => pane.page().getByTestId("policy-name");
const notice = (pane) => pane.getByTestId("policy-notice");

test("a served policy with its own sites, provider and units runs the pane", async ({
  withPreview,
}) => {
  await withPreview(
    "scenario=status-across-sites&lang=da",
    async ({ page, pane }) => {
      await adviceShown(pane);
      assert.equal(await footer(pane).innerText(), "Politik: Testregion – browsertest, version 9");
      assert.equal(await notice(pane).count(), 0);
      await pane
        .getByTestId("insert-jabber")
        .filter({ hasText: "Tilføj Acme Video-møde" })
        .waitFor();
      assert.match(await pane.getByTestId("recommendation").innerText(), /videomøde i Acme Video/);

      await openSettings(pane);
      await pane.getByTestId("site-dropdown").click();
      // The policy's sites; the preview's saved site (Sorø), which this policy does not name, is
      // kept at the end rather than silently dropped.
      const sites = await page.getByRole("listbox").getByRole("option").allInnerTexts();
      assert.deepEqual(sites, ["Ukendt", "Alfa", "Beta", "Gamma", "Sorø"]);
      await page.getByRole("option", { name: "Beta", exact: true }).click();
      await pane.getByTestId("site-dropdown").filter({ hasText: "Beta" }).waitFor();

      // The unit is chosen from the policy's units, and brings its guideline to this meeting.
      await pane.getByTestId("unit-dropdown").click();
      assert.deepEqual(await page.getByRole("listbox").getByRole("option").allInnerTexts(), [
        "Ingen valgt",
        "Akutmodtagelsen Alfa",
      ]);
      await page.getByRole("option", { name: "Akutmodtagelsen Alfa" }).click();
      const guideline = pane.locator('[data-code="local-guideline"]');
      await guideline.waitFor();
      assert.match(await guideline.innerText(), /Morgenkonference: Holdes fra konferencerummet/);
      assert.deepEqual(await seriousViolations(page), []);
    },
    { setup: servePolicy(json(customPolicy())) },
  );
});

test("a policy that is not there: a calm notice, the standard settings and the reason in the console", async ({
  withPreview,
}) => {
  let seen = [];
  await withPreview(
    "scenario=status-across-sites&lang=da",
    async ({ page, pane }) => {
      await adviceShown(pane);
      assert.equal(
        await notice(pane).innerText(),
        "Mødeguide bruger standardindstillingerne – organisationens politik kunne ikke hentes.",
      );
      const standard = servedDefault();
      assert.equal(
        await footer(pane).innerText(),
        `Politik: ${standard.name}, version ${standard.revision}`,
      );
      await pane.getByTestId("insert-jabber").filter({ hasText: "Cisco Jabber" }).waitFor();
      assert.ok(
        seen.some((w) =>
          /policy \(.*\/policy\.json\) is not used: the server answered HTTP 404/.test(w),
        ),
        `the reason is in the console: ${JSON.stringify(seen)}`,
      );
      assert.deepEqual(await seriousViolations(page), []);
    },
    {
      setup: async (page) => {
        seen = warnings(page);
        await servePolicy({ status: 404, body: "Not found" })(page);
      },
      expectedConsoleErrors: [/status of 404/],
    },
  );
});

test("an invalid policy: the notice, and the bad field's path in the console", async ({
  withPreview,
}) => {
  let seen = [];
  const broken = { ...customPolicy(), travel: [{ from: "Alfa", to: "Omega", km: 1, minutes: 1 }] };
  await withPreview(
    "scenario=status-across-sites&lang=en",
    async ({ pane }) => {
      await adviceShown(pane);
      assert.equal(
        await notice(pane).innerText(),
        "Mødeguide is using its standard settings – the organisation's policy could not be loaded.",
      );
      const reason = seen.find((w) => w.includes("is not valid"));
      assert.ok(reason, `the reason is in the console: ${JSON.stringify(seen)}`);
      assert.match(reason, /travel\[0\]\.to: "Omega" is not one of the policy's sites/);
    },
    {
      setup: async (page) => {
        seen = warnings(page);
        await servePolicy(json(broken))(page);
      },
    },
  );
});

test("a policy that comes after the pane started replaces the standard settings", async ({
  withPreview,
}) => {
  await withPreview(
    "scenario=status-across-sites&lang=da",
    async ({ pane }) => {
      // The pane does not wait beyond its deadline: the standard settings first, with the notice.
      await notice(pane).waitFor({ timeout: 10_000 });
      await adviceShown(pane);
      // Then the served policy, with no notice.
      await footer(pane)
        .filter({ hasText: "Testregion – browsertest" })
        .waitFor({ timeout: 10_000 });
      await notice(pane).waitFor({ state: "detached" });
      await pane.getByTestId("insert-jabber").filter({ hasText: "Acme Video" }).waitFor();
    },
    {
      setup: servePolicy(async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 2000));
        await route.fulfill(json(customPolicy()));
      }),
    },
  );
});

test("the last good policy is used when the policy cannot be had the next time", async ({
  withPreview,
}) => {
  let available = true;
  await withPreview(
    "scenario=status-across-sites&lang=da",
    async ({ page, pane }) => {
      await adviceShown(pane);
      await footer(pane).filter({ hasText: "Testregion – browsertest" }).waitFor();
      available = false;
      await reopenPreview(page);
      await adviceShown(pane);
      assert.equal(
        await notice(pane).innerText(),
        "Mødeguide bruger organisationens politik, som den var sidst – den nyeste udgave kunne ikke hentes.",
      );
      assert.equal(await footer(pane).innerText(), "Politik: Testregion – browsertest, version 9");
    },
    {
      setup: servePolicy((route) =>
        available ? route.fulfill(json(customPolicy())) : route.abort("connectionrefused"),
      ),
      expectedConsoleErrors: [/ERR_CONNECTION_REFUSED/],
    },
  );
});

test("IT's policy is checked once: the next opening uses it without loading the validator", async ({
  withPreview,
}) => {
  await withPreview(
    "scenario=status-across-sites&lang=da",
    async ({ page, pane }) => {
      // Resource timing lists scripts served from the browser's cache too.
      const validatorLoaded = () =>
        page.evaluate(() =>
          performance
            .getEntriesByType("resource")
            .some((r) => /\/policy-check\.[^/]*\.js$/.test(new URL(r.name).pathname)),
        );
      await adviceShown(pane);
      await footer(pane).filter({ hasText: "Testregion – browsertest" }).waitFor();
      assert.equal(await validatorLoaded(), true);

      await reopenPreview(page);
      await adviceShown(pane);
      assert.equal(await footer(pane).innerText(), "Politik: Testregion – browsertest, version 9");
      assert.equal(await notice(pane).count(), 0);
      assert.equal(await validatorLoaded(), false);
    },
    { setup: servePolicy(json(customPolicy())) },
  );
});

test("a changed policy is checked again: an invalid one is not taken for the remembered one", async ({
  withPreview,
}) => {
  let served = customPolicy();
  await withPreview(
    "scenario=status-across-sites&lang=da",
    async ({ page, pane }) => {
      await adviceShown(pane);
      await footer(pane).filter({ hasText: "Testregion – browsertest" }).waitFor();
      // The same name and revision, but a travel leg between sites the policy does not name.
      served = { ...served, travel: [{ from: "Alfa", to: "Omega", km: 1, minutes: 1 }] };
      await reopenPreview(page);
      await adviceShown(pane);
      assert.equal(
        await notice(pane).innerText(),
        "Mødeguide bruger organisationens politik, som den var sidst – den nyeste udgave kunne ikke hentes.",
      );
    },
    { setup: servePolicy((route) => route.fulfill(json(served))) },
  );
});
