/**
 * Human messages for the no-JavaScript result pages. URLs carry codes only, never free text or the address:
 * whatever a crafted link says, the page shows one of these sentences.
 */
import { EMAIL_PROBLEMS, type EmailProblem } from "./email";

/** Cookie carrying the signed, typed address back to the no-JavaScript error page's form. */
export const RETRY_ADDRESS_COOKIE = "bd_signup_retry";

const SIGNUP_ERROR_CODES = ["invalid-email", "rate-limited", "bad-request"] as const;
type SignupErrorCode = (typeof SIGNUP_ERROR_CODES)[number];

/** What happens next, said the same way whatever the address's state (nothing to learn about who subscribes). */
const NEXT_STEPS =
  "If it can subscribe, we have sent it an email: click the link in it, then press “Confirm subscription”. The link works for 48 hours; nothing after a few minutes? Look in your spam folder.";

export const NEUTRAL_SIGNUP_MESSAGE = `Check your inbox to confirm. ${NEXT_STEPS.replace("If it can", "If the address you entered can")}`;

/** The inline answer: the same words for every address, with the one the visitor typed, so a typo shows. */
export function signupSentMessage(address: string): string {
  return `Check your inbox at ${address} to confirm. ${NEXT_STEPS}`;
}

/** "Try again in 12 minutes." from a Retry-After in seconds, rounded up so the visitor never comes back too early. */
export function describeRetryAfter(seconds: number): string {
  const s = Math.max(1, Math.ceil(seconds));
  if (s < 60) return `Try again in ${String(s)} ${s === 1 ? "second" : "seconds"}.`;
  const minutes = Math.ceil(s / 60);
  if (minutes <= 90) return `Try again in ${String(minutes)} ${minutes === 1 ? "minute" : "minutes"}.`;
  const hours = Math.ceil(s / 3600);
  return `Try again in ${String(hours)} hours.`;
}

/** The `retry` query value of the no-JavaScript error page: whole seconds up to a day, else ignored. */
export function parseRetrySeconds(value: string | string[] | undefined): number | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  if (v === undefined || !/^\d{1,5}$/.test(v)) return undefined;
  const n = Number(v);
  return n >= 1 && n <= 86_400 ? n : undefined;
}

const SIGNUP_ERROR_MESSAGES: Record<SignupErrorCode, string> = {
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

function isSignupErrorCode(code: string | undefined): code is SignupErrorCode {
  return (SIGNUP_ERROR_CODES as readonly string[]).includes(code ?? "");
}

function isEmailProblem(reason: string | undefined): reason is EmailProblem {
  return (EMAIL_PROBLEMS as readonly string[]).includes(reason ?? "");
}

/** The sentence for a no-JavaScript error page: chosen by code (and, for a bad address, by reason), never copied from the URL. */
export function describeSignupError(code: string | string[] | undefined, reason?: string | string[], retry?: string | string[]): string {
  const c = first(code);
  if (!isSignupErrorCode(c)) return SIGNUP_ERROR_MESSAGES["bad-request"];
  const retrySeconds = parseRetrySeconds(retry);
  if (c === "rate-limited" && retrySeconds !== undefined) return `Too many signup attempts. ${describeRetryAfter(retrySeconds)}`;
  const r = first(reason);
  if (c === "invalid-email" && isEmailProblem(r)) return EMAIL_PROBLEM_MESSAGES[r];
  return SIGNUP_ERROR_MESSAGES[c];
}
