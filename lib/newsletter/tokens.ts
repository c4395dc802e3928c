import crypto from "node:crypto";

/** 32 random bytes, URL-safe: what goes into a confirmation link. */
export function newToken(): string {
  return crypto.randomBytes(32).toString("base64url");
}

/** Only this digest is stored, so a leaked database cannot confirm anyone. */
export function hashToken(token: string): string {
  return crypto.createHash("sha256").update(token).digest("hex");
}

function hmac(secret: string, purpose: string, value: string): string {
  return crypto.createHmac("sha256", secret).update(`${purpose}:${value}`).digest("base64url");
}

/**
 * Unsubscribe links must work in every mail ever sent, so they are signed rather than stored:
 * `<subscriber id>.<HMAC>`.
 */
export function signUnsubscribeToken(subscriberId: string, secret: string): string {
  return `${subscriberId}.${hmac(secret, "unsubscribe", subscriberId)}`;
}

export function verifyUnsubscribeToken(token: string, secret: string): string | undefined {
  const dot = token.lastIndexOf(".");
  if (dot <= 0 || token.length > 200) return undefined;
  const id = token.slice(0, dot);
  const given = Buffer.from(token.slice(dot + 1));
  const expected = Buffer.from(hmac(secret, "unsubscribe", id));
  return given.length === expected.length && crypto.timingSafeEqual(given, expected) ? id : undefined;
}

/** Consent records keep proof of origin without keeping the IP itself. */
export function hashIp(ip: string, secret: string): string {
  return hmac(secret, "ip", ip).slice(0, 32);
}
