/** Human messages for the no-JavaScript result pages, keyed by code so URLs never carry free text. */
import { parseEmail } from "./email";
export const SIGNUP_ERROR_CODES = ["invalid-email", "rate-limited", "mail-failed", "bad-request"] as const;
export type SignupErrorCode = (typeof SIGNUP_ERROR_CODES)[number];

export const NEUTRAL_SIGNUP_MESSAGE =
  "Check your inbox to confirm: if this address can subscribe, a confirmation link is on its way. It expires in 48 hours.";

export const SIGNUP_ERROR_MESSAGES: Record<SignupErrorCode, string> = {
  "invalid-email": "That email address is not valid.",
  "rate-limited": "Too many signup attempts. Please wait a while and try again.",
  "mail-failed": "We could not send the confirmation mail just now. Nothing was lost: please try again in a few minutes.",
  "bad-request": "The signup form was incomplete. Please try again.",
};

export function isSignupErrorCode(code: string | undefined): code is SignupErrorCode {
  return (SIGNUP_ERROR_CODES as readonly string[]).includes(code ?? "");
}

/**
 * The message for a no-JavaScript error page. For a bad address the reason is recomputed from the
 * address itself, so a crafted URL can only ever show one of our own sentences.
 */
export function describeSignupError(code: string | string[] | undefined, email: string | string[] | undefined): string {
  const c = Array.isArray(code) ? code[0] : code;
  if (!isSignupErrorCode(c)) return SIGNUP_ERROR_MESSAGES["bad-request"];
  if (c === "invalid-email" && typeof email === "string") {
    const check = parseEmail(email);
    if (!check.ok) return check.message;
  }
  return SIGNUP_ERROR_MESSAGES[c];
}
