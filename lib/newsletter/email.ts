/** What counts as a subscribable address, with messages a reader can act on. */
import { z } from "zod";

type ParsedEmail = { email: string; key: string };
/** Why an address was refused, as a code: result pages turn it into one of our own sentences (never the input). */
export const EMAIL_PROBLEMS = ["empty", "control", "too-long", "non-ascii", "no-at", "invalid"] as const;
export type EmailProblem = (typeof EMAIL_PROBLEMS)[number];
export type EmailCheck = { ok: true; value: ParsedEmail } | { ok: false; problem: EmailProblem; message: string };

const MAX_LENGTH = 254;
const emailShape = z.email();

export function parseEmail(raw: string): EmailCheck {
  const trimmed = raw.trim();
  if (trimmed === "") return { ok: false, problem: "empty", message: "Enter your email address." };
  // Line breaks and other control characters are how mail-header injection starts; refuse before anything else.
  if (/[\u0000-\u001f\u007f]/.test(trimmed)) {
    return { ok: false, problem: "control", message: "The email address contains a line break or another control character." };
  }
  if (trimmed.length > MAX_LENGTH) return { ok: false, problem: "too-long", message: `The email address is longer than ${String(MAX_LENGTH)} characters.` };
  if (/[^\u0020-\u007e]/.test(trimmed)) {
    return { ok: false, problem: "non-ascii", message: "Addresses with non-ASCII characters (such as ü or ł) are not supported yet; please use a plain ASCII address." };
  }
  const at = trimmed.lastIndexOf("@");
  if (at <= 0 || at === trimmed.length - 1) return { ok: false, problem: "no-at", message: "That does not look like an email address: it needs a name, an @ and a domain." };
  // The local part may be case-sensitive on some servers, so it is kept; the domain never is.
  const email = `${trimmed.slice(0, at)}@${trimmed.slice(at + 1).toLowerCase()}`;
  if (!emailShape.safeParse(email).success) {
    return { ok: false, problem: "invalid", message: `"${email}" is not a valid email address. Check for typos, spaces or a missing domain.` };
  }
  return { ok: true, value: { email, key: email.toLowerCase() } };
}

const DOTLESS_DOMAINS = new Map([
  ["gmail.com", "gmail.com"],
  ["googlemail.com", "gmail.com"],
]);

/**
 * The mailbox an address really reaches, for rate limits only (the stored address stays as typed):
 * lower-cased, the +tag dropped, and for Gmail the dots ignored and googlemail.com read as gmail.com.
 * victim+1@, victim+2@ and vic.tim@gmail.com all count as victim@gmail.com.
 */
export function mailboxKey(address: string): string {
  const lower = address.trim().toLowerCase();
  const at = lower.lastIndexOf("@");
  if (at <= 0) return lower;
  let local = lower.slice(0, at);
  let domain = lower.slice(at + 1).replace(/\.+$/, "");
  const plus = local.indexOf("+");
  if (plus > 0) local = local.slice(0, plus);
  const dotless = DOTLESS_DOMAINS.get(domain);
  if (dotless) {
    domain = dotless;
    local = local.replace(/\./g, "");
  }
  return `${local}@${domain}`;
}

/** The domain part of a mailbox key, for the per-domain cap. */
export function mailboxDomain(key: string): string {
  return key.slice(key.lastIndexOf("@") + 1);
}
