/**
 * How to reach a colleague, least disturbing first (the guidance's etiquette: chat, then a call,
 * then video), as links from the policy's templates. A way whose template needs what the
 * directory does not have (a phone number) is left out.
 */
import type { Colleague } from "../availability/types";
import type { ContactKind } from "../policy/colleagues";
import {
  CONTACT_KINDS,
  contactLinksOf,
  EMAIL_PLACEHOLDER,
  PHONE_PLACEHOLDER,
} from "../policy/colleagues";
import type { Policy } from "../policy/types";

/** One way to reach a colleague. */
export interface ContactLink {
  kind: ContactKind;
  href: string;
}

/** A phone number as a URI takes it: digits and a leading +, nothing else. */
function phoneForUri(phone: string): string | null {
  const digits = phone.replace(/[^\d+]/g, "").replace(/(?!^)\+/g, "");
  return /\d{3,}/.test(digits) ? digits : null;
}

/** An address as a URI takes it: kept readable, but nothing that could end or bend the URI. */
function emailForUri(email: string): string | null {
  const trimmed = email.trim();
  return /^[^\s"<>'`:;/?#[\]\\]+@[^\s"<>'`:;/?#[\]\\@]+$/.test(trimmed) ? trimmed : null;
}

/** The ways to reach a colleague, in the guidance's order, filled from the policy's templates. */
export function contactLinks(
  colleague: Colleague,
  policy: Pick<Policy, "contactLinks">,
): ContactLink[] {
  const templates = contactLinksOf(policy);
  const email = colleague.mail ? emailForUri(colleague.mail) : null;
  const phoneText = colleague.businessPhones[0] ?? colleague.mobilePhone ?? null;
  const phone = phoneText ? phoneForUri(phoneText) : null;
  const links: ContactLink[] = [];
  for (const kind of CONTACT_KINDS) {
    const template = templates[kind];
    if (!template) continue;
    if (template.includes(EMAIL_PLACEHOLDER) && !email) continue;
    if (template.includes(PHONE_PLACEHOLDER) && !phone) continue;
    const href = template
      .split(EMAIL_PLACEHOLDER)
      .join(email ?? "")
      .split(PHONE_PLACEHOLDER)
      .join(phone ?? "");
    links.push({ kind, href });
  }
  return links;
}
