/**
 * Human messages for the no-JavaScript result pages. URLs carry codes only, never free text or the address:
 * whatever a crafted link says, the page shows one of these sentences.
 */
import { EMAIL_PROBLEMS, type EmailProblem } from "./email";

/** Cookie carrying the signed, typed address back to the no-JavaScript error page's form. */
export const RETRY_ADDRESS_COOKIE = "bd_signup_retry";

export const SIGNUP_ERROR_CODES = ["invalid-email", "rate-limited", "bad-request"] as const;
export type SignupErrorCode = (typeof SIGNUP_ERROR_CODES)[number];

export const NEUTRAL_SIGNUP_MESSAGE =
  "Check your inbox to confirm: if this address can subscribe, a confirmation link is on its way. It expires in 48 hours.";

export const SIGNUP_ERROR_MESSAGES: Record<SignupErrorCode, string> = {
  "invalid-email": "That email address is not valid.",
  "rate-limited": "Too many signup attempts. Please wait a while and try again.",
  "bad-request": "The signup form was incomplete. Please try again.",
};

export const EMAIL_PROBLEM_MESSAGES: Record<EmailProblem, string> = {
  empty: "Enter your email address.",
  control: "The email address contained a line break or another control character.",
  "too-long": "The email address was longer than 254 characters.",
  "non-ascii": "Addresses with non-ASCII characters (such as ü or ł) are not supported yet; please use a plain ASCII address.",
  "no-at": "That does not look like an email address: it needs a name, an @ and a domain.",
  invalid: "That is not a valid email address. Check for typos, spaces or a missing domain.",
};

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export function isSignupErrorCode(code: string | undefined): code is SignupErrorCode {
  return (SIGNUP_ERROR_CODES as readonly string[]).includes(code ?? "");
}

function isEmailProblem(reason: string | undefined): reason is EmailProblem {
  return (EMAIL_PROBLEMS as readonly string[]).includes(reason ?? "");
}

/** The sentence for a no-JavaScript error page: chosen by code (and, for a bad address, by reason), never copied from the URL. */
export function describeSignupError(code: string | string[] | undefined, reason?: string | string[]): string {
  const c = first(code);
  if (!isSignupErrorCode(c)) return SIGNUP_ERROR_MESSAGES["bad-request"];
  const r = first(reason);
  if (c === "invalid-email" && isEmailProblem(r)) return EMAIL_PROBLEM_MESSAGES[r];
  return SIGNUP_ERROR_MESSAGES[c];
}
