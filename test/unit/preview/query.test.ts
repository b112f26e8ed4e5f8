import { parsePreviewQuery, previewSearch } from "../../../src/preview/query";

describe("parsePreviewQuery", () => {
  it("reads every parameter", () => {
    expect(
      parsePreviewQuery(
        "?scenario=office-error&lang=en&theme=dark&mode=read&fail=body.setAsync,roamingSettings.saveAsync:2&mailbox=1.8&restore=1",
      ),
    ).toEqual({
      scenario: "office-error",
      locale: "en",
      theme: "dark",
      mode: "read",
      failures: { "body.setAsync": {}, "roamingSettings.saveAsync": { times: 2 } },
      mailboxVersion: "1.8",
      restore: true,
      graphFaults: {},
    });
  });

  it("reads the local Graph's faults, repeated or comma-separated, and ignores unknown ones", () => {
    expect(
      parsePreviewQuery("?graph=offline,forbidden&graph=throttle&graph=schedule-error&graph=x")
        .graphFaults,
    ).toEqual({
      offline: true,
      forbidden: true,
      throttle: { requests: 1, retryAfterSeconds: 2 },
      scheduleErrors: ["birgitte.holm@regionsjaelland.dk"],
    });
  });

  it("counts unknown or malformed values as absent", () => {
    expect(
      parsePreviewQuery("?lang=de&theme=blue&mode=edit&fail=<script>,a b&mailbox=2&restore=yes"),
    ).toEqual({
      scenario: null,
      locale: null,
      theme: null,
      mode: null,
      failures: {},
      mailboxVersion: null,
      restore: false,
      graphFaults: {},
    });
  });

  it.each([
    ["?from=send", "send"],
    ["?from=notification", "notification"],
    ["?from=ribbon", undefined],
    ["", undefined],
  ])("reads where the pane was opened from in %j", (search, expected) => {
    expect(parsePreviewQuery(search).openedFrom).toBe(expected);
  });

  it("reads a client without officeTheme", () => {
    expect(parsePreviewQuery("?officeTheme=none").noOfficeTheme).toBe(true);
    expect(parsePreviewQuery("?officeTheme=dark").noOfficeTheme).toBeUndefined();
  });

  it("reads fail=render as the pane's render fault, not as a failing Office call", () => {
    const query = parsePreviewQuery("?fail=render,body.setAsync");
    expect(query.renderFault).toBe(true);
    expect(query.failures).toEqual({ "body.setAsync": {} });
    expect(parsePreviewQuery("?fail=body.setAsync").renderFault).toBeUndefined();
  });

  it("gives defaults for an empty query", () => {
    expect(parsePreviewQuery("")).toEqual(
      expect.objectContaining({ scenario: null, failures: {}, restore: false }),
    );
  });
});

describe("previewSearch", () => {
  it("round-trips through parsePreviewQuery", () => {
    const settings = {
      scenario: "attendee-view",
      locale: "en",
      theme: "dark",
      mode: "read",
    } as const;
    const search = previewSearch({ ...settings, restore: true });
    expect(parsePreviewQuery(search)).toEqual(
      expect.objectContaining({ ...settings, restore: true }),
    );
    expect(previewSearch(settings)).not.toContain("restore");
  });
});
