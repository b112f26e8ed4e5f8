import { isComposeItem, isMailboxSetSupported } from "../../../src/office/host";
import { installFakeOutlook, uninstallFakeOutlook } from "./fakeOutlook";

afterEach(uninstallFakeOutlook);

describe("isMailboxSetSupported", () => {
  it.each([
    ["1.3", "1.3", true],
    ["1.3", "1.7", false],
    ["1.8", "1.7", true],
    ["1.8", "1.8", true],
    ["1.14", "1.12", true],
    ["1.10", "1.14", false],
  ])("on a Mailbox %s client, %s is supported: %s", (client, wanted, expected) => {
    installFakeOutlook({ mailbox: client });
    expect(isMailboxSetSupported(wanted)).toBe(expected);
  });

  it("is false without Office", () => {
    expect(isMailboxSetSupported("1.1")).toBe(false);
  });

  it("is false when the requirements API is missing or throws", () => {
    (globalThis as { Office?: unknown }).Office = { context: {} };
    expect(isMailboxSetSupported("1.1")).toBe(false);
    (globalThis as { Office?: unknown }).Office = {
      context: {
        requirements: {
          isSetSupported: () => {
            throw new Error("not ready");
          },
        },
      },
    };
    expect(isMailboxSetSupported("1.1")).toBe(false);
  });
});

describe("isComposeItem", () => {
  it("recognises compose mode by subject.getAsync", () => {
    const fake = installFakeOutlook({ mode: "compose" });
    expect(isComposeItem(fake.item)).toBe(true);
  });

  it("recognises read mode by a string subject", () => {
    const fake = installFakeOutlook({ mode: "read" });
    expect(isComposeItem(fake.item)).toBe(false);
  });
});
