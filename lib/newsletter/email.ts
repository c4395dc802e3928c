/** What counts as a subscribable address, with messages a reader can act on. */
import { z } from "zod";

export type ParsedEmail = { email: string; key: string };
export type EmailCheck = { ok: true; value: ParsedEmail } | { ok: false; message: string };

const MAX_LENGTH = 254;
const emailShape = z.email();

export function parseEmail(raw: string): EmailCheck {
  const trimmed = raw.trim();
  if (trimmed === "") return { ok: false, message: "Enter your email address." };
  // Line breaks and other control characters are how mail-header injection starts; refuse before anything else.
  if (/[\u0000-\u001f\u007f]/.test(trimmed)) {
    return { ok: false, message: "The email address contains a line break or another control character." };
  }
  if (trimmed.length > MAX_LENGTH) return { ok: false, message: `The email address is longer than ${String(MAX_LENGTH)} characters.` };
  if (/[^\u0020-\u007e]/.test(trimmed)) {
    return { ok: false, message: "Addresses with non-ASCII characters (such as ü or ł) are not supported yet; please use a plain ASCII address." };
  }
  const at = trimmed.lastIndexOf("@");
  if (at <= 0 || at === trimmed.length - 1) return { ok: false, message: "That does not look like an email address: it needs a name, an @ and a domain." };
  // The local part may be case-sensitive on some servers, so it is kept; the domain never is.
  const email = `${trimmed.slice(0, at)}@${trimmed.slice(at + 1).toLowerCase()}`;
  if (!emailShape.safeParse(email).success) {
    return { ok: false, message: `"${email}" is not a valid email address. Check for typos, spaces or a missing domain.` };
  }
  return { ok: true, value: { email, key: email.toLowerCase() } };
}
