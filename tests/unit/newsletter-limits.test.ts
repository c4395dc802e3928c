import { describe, expect, it } from "vitest";
import { mailboxDomain, mailboxKey } from "@/lib/newsletter/email";
import { EMAIL_PROBLEM_MESSAGES, describeRetryAfter, describeSignupError, parseRetrySeconds, signupSentMessage } from "@/lib/newsletter/messages";
import { createRateLimiter } from "@/lib/newsletter/rate-limit";
import { openSealedValue, sealValue } from "@/lib/newsletter/tokens";

describe("mailbox key for rate limits", () => {
  it("drops +tags and case everywhere, and dots only where Gmail ignores them", () => {
    expect(mailboxKey("Victim+1@Example.com")).toBe("victim@example.com");
    expect(mailboxKey("victim+a+b@example.com")).toBe("victim@example.com");
    expect(mailboxKey("vic.tim@example.com")).toBe("vic.tim@example.com");
    expect(mailboxKey("Vic.Tim+news@gmail.com")).toBe("victim@gmail.com");
    expect(mailboxKey("v.i.c.t.i.m@googlemail.com")).toBe("victim@gmail.com");
    expect(mailboxKey("+tag@example.com")).toBe("+tag@example.com");
    expect(mailboxDomain(mailboxKey("a+b@Mail.Example.ORG"))).toBe("mail.example.org");
  });
});

describe("error page messages", () => {
  it("come from a fixed list whatever the URL says", () => {
    expect(describeSignupError("invalid-email", "no-at")).toBe(EMAIL_PROBLEM_MESSAGES["no-at"]);
    const crafted = describeSignupError("invalid-email", "Your account is locked, call +1 555");
    expect(crafted).toBe("That email address is not valid.");
    expect(describeSignupError("<b>phish</b>", undefined)).toBe("The signup form was incomplete. Please try again.");
    expect(describeSignupError(["rate-limited", "x"], undefined)).toMatch(/Too many signup attempts/);
  });
});

describe("sealed values", () => {
  const secret = "s".repeat(40);
  it("open only unaltered and before they expire", () => {
    const sealed = sealValue("retry-address", "jane@example.com", secret, 10_000);
    expect(openSealedValue("retry-address", sealed, secret, 9_999)).toBe("jane@example.com");
    expect(openSealedValue("retry-address", sealed, secret, 10_000)).toBeUndefined();
    expect(openSealedValue("other-purpose", sealed, secret, 0)).toBeUndefined();
    expect(openSealedValue("retry-address", sealed, "t".repeat(40), 0)).toBeUndefined();
    const [, expires, mac] = sealed.split(".");
    const forged = `${Buffer.from("attacker text").toString("base64url")}.${expires ?? ""}.${mac ?? ""}`;
    expect(openSealedValue("retry-address", forged, secret, 0)).toBeUndefined();
  });
});

describe("when to retry", () => {
  it("names the wait, rounded up, in seconds, minutes or hours", () => {
    expect(describeRetryAfter(1)).toBe("Try again in 1 second.");
    expect(describeRetryAfter(45)).toBe("Try again in 45 seconds.");
    expect(describeRetryAfter(60)).toBe("Try again in 1 minute.");
    expect(describeRetryAfter(661)).toBe("Try again in 12 minutes.");
    expect(describeRetryAfter(3600)).toBe("Try again in 60 minutes.");
    expect(describeRetryAfter(3 * 3600 - 5)).toBe("Try again in 3 hours.");
  });

  it("the no-JavaScript page takes the wait from the URL only as a bounded number", () => {
    expect(describeSignupError("rate-limited", undefined, "720")).toBe("Too many signup attempts. Try again in 12 minutes.");
    expect(parseRetrySeconds("0")).toBeUndefined();
    expect(parseRetrySeconds("86401")).toBeUndefined();
    expect(parseRetrySeconds("12 minutes, call +1 555")).toBeUndefined();
    expect(describeSignupError("rate-limited", undefined, "<b>x</b>")).toBe("Too many signup attempts. Please wait a while and try again.");
  });

  it("the limiter's Retry-After is the time left in the window", () => {
    const limiter = createRateLimiter({ limit: 1, windowMs: 60_000 });
    expect(limiter.hit("a", 0)).toEqual({ allowed: true });
    expect(limiter.hit("a", 15_000)).toEqual({ allowed: false, retryAfterSeconds: 45 });
    expect(limiter.hit("a", 60_000)).toEqual({ allowed: true });
  });
});

describe("the signup answer", () => {
  it("says where to look and what to click", () => {
    expect(signupSentMessage("jane@example.com")).toMatch(/^Check your inbox at jane@example\.com to confirm\. .*click the link in it, then press “Confirm subscription”\. The link works for 48 hours/);
  });
});
