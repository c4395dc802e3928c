/**
 * Newsletter rules: pending → confirmed → unsubscribed, double opt-in, neutral answers, digests.
 * No HTTP and no SQL here: storage and mail come in as dependencies so tests can swap them.
 */
import crypto from "node:crypto";
import type { NewsletterRepository, OutboxEntry, OutboxRepository, Subscriber, Transact } from "@/lib/db";
import { MailDeliveryError, confirmationMail, welcomeMail, type DigestItem, type Mailer, type OutgoingMail } from "@/lib/mail";
import { mailboxDomain, mailboxKey, parseEmail, type EmailProblem } from "./email";
import { hashIp, hashToken, newToken, openSealedValue, sealValue, signUnsubscribeToken, verifyUnsubscribeToken } from "./tokens";
import type { RateLimiter } from "./rate-limit";
import { describeRetryAfter } from "./messages";
import { newsletterConfirmPath, unsubscribeApiPath } from "@/lib/routes";

const CONFIRM_TOKEN_TTL_HOURS = 48;
/** How long the no-JavaScript error page may re-show the address a visitor typed. */
export const RETRY_ADDRESS_TTL_SECONDS = 600;

export class InvalidEmailError extends Error {
  override readonly name = "InvalidEmailError";
  constructor(
    message: string,
    readonly problem: EmailProblem,
  ) {
    super(message);
  }
}

/** The refusal names when to come back, in the words and the Retry-After of the same number. */
function rateLimited(reason: string, retryAfterSeconds: number): RateLimitedError {
  return new RateLimitedError(`${reason} ${describeRetryAfter(retryAfterSeconds)}`, retryAfterSeconds);
}

export class RateLimitedError extends Error {
  override readonly name = "RateLimitedError";
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message);
  }
}

export type NewsletterDeps = {
  repo: NewsletterRepository;
  /** Signups and confirmation mails wait here; `deliverQueued` does them (lib/db/outbox.ts). */
  outbox: OutboxRepository;
  /** Runs repository calls in one transaction (a signup, its token and its mail commit together). */
  transact: Transact;
  mailer: Mailer;
  siteUrl: string;
  /** Address for the mailto: unsubscribe link. */
  unsubscribeMailbox: string;
  secret: () => Promise<string>;
  /**
   * perIp counts the client's bucket (IPv4 address or IPv6 /64); perAddress the mailbox (mailboxKey);
   * perDomain the mailbox's domain and global every signup: caps on the confirmation mails anyone can trigger.
   */
  limits: { perIp: RateLimiter; perAddress: RateLimiter; perDomain?: RateLimiter; global?: RateLimiter };
  /** Called after a signup is queued, so the dispatcher can start on it now rather than at its next poll. */
  onQueued?: () => void;
  /** Outbox retries: backoff from `retryBaseSeconds`, doubling, at most `maxAttempts` tries; claims last `lockSeconds`. */
  outboxPolicy?: { retryBaseSeconds: number; maxAttempts: number; lockSeconds: number };
  now?: () => Date;
  log?: (message: string) => void;
};

/** `ip` is the client's address (its HMAC is the consent record); `ipBucket` what the per-IP limit counts (default: ip). */
export type SignupRequest = { email: string; source: string; ip: string; ipBucket?: string; honeypot?: string };

/** What a queued signup carries: everything needed to apply it later, as the visitor typed it. */
type SignupPayload = { email: string; key: string; source: string; ipHash: string; at: string };

export type DeliveryReport = { applied: number; sent: number; retried: number; failed: number };
export type TokenState = "valid" | "used" | "expired" | "invalid";

export type DigestPlan = {
  digestId?: string;
  since: string;
  items: DigestItem[];
  recipients: number;
  resumed: boolean;
};

export function createNewsletterService(deps: NewsletterDeps) {
  const now = deps.now ?? (() => new Date());
  const log = deps.log ?? ((m: string) => console.log(m));
  const url = (path: string) => new URL(path, `${deps.siteUrl}/`).toString();

  async function unsubscribeHeaders(subscriber: Subscriber): Promise<{ url: string; headers: Record<string, string> }> {
    const token = signUnsubscribeToken(subscriber.id, await deps.secret());
    const oneClick = url(unsubscribeApiPath(token));
    const mailto = `mailto:${deps.unsubscribeMailbox}?subject=${encodeURIComponent(`unsubscribe ${subscriber.id}`)}`;
    return {
      url: oneClick,
      // RFC 2369 + RFC 8058: mail clients show an unsubscribe button that POSTs to the https link.
      headers: { "List-Unsubscribe": `<${oneClick}>, <${mailto}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
    };
  }

  const policy = deps.outboxPolicy ?? { retryBaseSeconds: 30, maxAttempts: 8, lockSeconds: 120 };
  const messageIdDomain = deps.unsubscribeMailbox.split("@")[1] ?? "localhost";

  /** Applies one queued signup: state change, token and confirmation mail commit together with the signup's "done". */
  async function applySignup(entry: OutboxEntry): Promise<void> {
    const signup = JSON.parse(entry.payload) as SignupPayload;
    const at = now();
    const iso = at.toISOString();
    const token = newToken();
    const mailId = crypto.randomUUID();
    const confirmUrl = url(newsletterConfirmPath(token));
    const mail: OutgoingMail = {
      to: signup.email,
      ...confirmationMail({ confirmUrl, expiresHours: CONFIRM_TOKEN_TTL_HOURS }),
      messageId: `<confirm.${mailId}@${messageIdDomain}>`,
    };
    const consent = { consent_at: signup.at, consent_source: signup.source, consent_ip_hash: signup.ipHash };
    const mailed = await deps.transact(async ({ newsletter, outbox }) => {
      const { subscriber, created } = await newsletter.insertSubscriber({
        id: crypto.randomUUID(),
        email: signup.email,
        email_key: signup.key,
        status: "pending",
        created_at: iso,
        updated_at: iso,
        confirmed_at: null,
        unsubscribed_at: null,
        ...consent,
      });
      let due = true;
      if (!created) {
        // Already confirmed: no new mail, nothing changes. Pending again or back after unsubscribing: fresh consent, fresh link.
        if (subscriber.status === "confirmed") due = false;
        else await newsletter.updateSubscriber(subscriber.id, { status: "pending", email: signup.email, updated_at: iso, ...consent });
      }
      if (due) {
        await newsletter.insertConfirmToken({
          token_hash: hashToken(token),
          subscriber_id: subscriber.id,
          created_at: iso,
          expires_at: new Date(at.getTime() + CONFIRM_TOKEN_TTL_HOURS * 3600_000).toISOString(),
          used_at: null,
        });
        await outbox.enqueue({ id: mailId, kind: "mail", payload: JSON.stringify(mail), createdAt: iso });
      }
      await outbox.markDone(entry.id, iso);
      return due;
    });
    if (mailed && deps.mailer.kind === "outbox") log(`[newsletter] no SMTP_URL: confirmation mail goes to the outbox directory; confirm link: ${confirmUrl}`);
  }

  async function deliverMail(entry: OutboxEntry): Promise<void> {
    const mail = JSON.parse(entry.payload) as OutgoingMail;
    await deps.mailer.send(mail);
    await deps.outbox.markDone(entry.id, now().toISOString());
  }

  /** After a failed attempt: later with backoff, or never again (permanent SMTP refusal, or out of attempts). */
  async function afterFailure(entry: OutboxEntry, error: unknown, report: DeliveryReport): Promise<void> {
    const message = error instanceof Error ? error.message : String(error);
    const permanent = error instanceof MailDeliveryError && error.permanent;
    if (permanent || entry.attempts >= policy.maxAttempts) {
      const kept = entry.kind === "mail" ? JSON.stringify({ to: (JSON.parse(entry.payload) as OutgoingMail).to, subject: (JSON.parse(entry.payload) as OutgoingMail).subject }) : "{}";
      await deps.outbox.markFailed(entry.id, now().toISOString(), message, kept);
      log(`[outbox] ${entry.kind} ${entry.id} failed for good after ${String(entry.attempts)} attempt(s): ${message}`);
      report.failed += 1;
      return;
    }
    const delaySeconds = Math.min(3600, policy.retryBaseSeconds * 2 ** Math.max(0, entry.attempts - 1));
    await deps.outbox.retryLater(entry.id, new Date(now().getTime() + delaySeconds * 1000).toISOString(), message);
    log(`[outbox] ${entry.kind} ${entry.id} attempt ${String(entry.attempts)} failed, retrying in ${String(delaySeconds)} s: ${message}`);
    report.retried += 1;
  }

  return {
    /**
     * Always ends the same way for the caller, in the same time: nothing to learn about whether an address
     * subscribes. The request only checks limits and queues the signup (one insert, whatever the address's
     * state); applying it and mailing happen in `deliverQueued`. Returns the address as it will be stored
     * (trimmed, domain lower-cased), for the answer. Throws InvalidEmailError or RateLimitedError.
     */
    async subscribe(request: SignupRequest): Promise<{ email: string }> {
      const at = now();
      // A typo is answered before any limit counts it: only attempts that could queue a mail use up the allowance.
      const parsed = parseEmail(request.email);
      if (!parsed.ok) throw new InvalidEmailError(parsed.message, parsed.problem);
      const ipDecision = await deps.limits.perIp.hit(request.ipBucket ?? request.ip, at.getTime());
      if (!ipDecision.allowed) throw rateLimited("Too many signups from your network.", ipDecision.retryAfterSeconds);
      // A filled honeypot is a bot: answer as usual so it learns nothing, store nothing.
      if (request.honeypot) return { email: parsed.value.email };
      const mailbox = mailboxKey(parsed.value.key);
      const checks: [RateLimiter | undefined, string, string][] = [
        [deps.limits.perAddress, mailbox, "Too many signup attempts for this address. Please check your inbox."],
        [deps.limits.perDomain, mailboxDomain(mailbox), "Too many signups for addresses at this mail domain just now."],
        [deps.limits.global, "*", "The newsletter is receiving too many signups just now."],
      ];
      for (const [limiter, key, message] of checks) {
        if (!limiter) continue;
        const decision = await limiter.hit(key, at.getTime());
        if (!decision.allowed) throw rateLimited(message, decision.retryAfterSeconds);
      }
      const iso = at.toISOString();
      const signup: SignupPayload = {
        email: parsed.value.email,
        key: parsed.value.key,
        source: request.source,
        ipHash: hashIp(request.ip, await deps.secret()),
        at: iso,
      };
      await deps.outbox.enqueue({ id: crypto.randomUUID(), kind: "signup", payload: JSON.stringify(signup), createdAt: iso });
      deps.onQueued?.();
      return { email: parsed.value.email };
    },

    /**
     * Drains the outbox: applies queued signups, then sends queued mails, until nothing is due. Safe to run in
     * several processes at once (rows are claimed); failures are retried later with backoff.
     */
    async deliverQueued(batchSize = 25): Promise<DeliveryReport> {
      const report: DeliveryReport = { applied: 0, sent: 0, retried: 0, failed: 0 };
      // Each row is claimed only when its turn comes, so a crash strands at most the one in hand (until its lock expires).
      const claimNext = (id: string) => {
        const at = now();
        return deps.outbox.claim(id, at.toISOString(), new Date(at.getTime() + policy.lockSeconds * 1000).toISOString());
      };
      for (;;) {
        let worked = 0;
        for (const id of await deps.outbox.listDue(now().toISOString(), batchSize, "signup")) {
          const entry = await claimNext(id);
          if (!entry) continue;
          worked += 1;
          try {
            await applySignup(entry);
            report.applied += 1;
          } catch (error) {
            await afterFailure(entry, error, report);
          }
        }
        for (const id of await deps.outbox.listDue(now().toISOString(), batchSize, "mail")) {
          const entry = await claimNext(id);
          if (!entry) continue;
          worked += 1;
          try {
            await deliverMail(entry);
            report.sent += 1;
          } catch (error) {
            await afterFailure(entry, error, report);
          }
        }
        if (worked === 0) return report;
      }
    },

    async inspectConfirmToken(token: string): Promise<TokenState> {
      if (!token || token.length > 200) return "invalid";
      const row = await deps.repo.findConfirmToken(hashToken(token));
      if (!row) return "invalid";
      if (row.used_at) return "used";
      if (row.expires_at <= now().toISOString()) return "expired";
      return "valid";
    },

    /** Confirms on POST only (link scanners GET); sends the welcome mail with the unsubscribe headers. */
    async confirm(token: string): Promise<"confirmed" | Exclude<TokenState, "valid">> {
      const state = await this.inspectConfirmToken(token);
      if (state !== "valid") return state;
      const hash = hashToken(token);
      const row = await deps.repo.findConfirmToken(hash);
      if (!row) return "invalid";
      const iso = now().toISOString();
      if (!(await deps.repo.confirmWithToken(hash, row.subscriber_id, iso))) return "used";
      const subscriber = await deps.repo.findSubscriberById(row.subscriber_id);
      if (subscriber) {
        const unsubscribe = await unsubscribeHeaders(subscriber);
        try {
          await deps.mailer.send({ to: subscriber.email, ...welcomeMail({ unsubscribeUrl: unsubscribe.url }), headers: unsubscribe.headers });
        } catch (error) {
          // The subscription stands; a lost welcome mail must not undo it.
          log(`[newsletter] welcome mail to subscriber ${subscriber.id} failed: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
      return "confirmed";
    },

    async inspectUnsubscribeToken(token: string): Promise<"valid" | "invalid"> {
      const id = verifyUnsubscribeToken(token, await deps.secret());
      return id && (await deps.repo.findSubscriberById(id)) ? "valid" : "invalid";
    },

    /** Idempotent: a second click, or a mail client retrying the one-click POST, is still a success. */
    async unsubscribe(token: string): Promise<"unsubscribed" | "invalid"> {
      const id = verifyUnsubscribeToken(token, await deps.secret());
      if (!id || !(await deps.repo.findSubscriberById(id))) return "invalid";
      await deps.repo.unsubscribe(id, now().toISOString());
      return "unsubscribed";
    },

    unsubscribeHeaders,

    /** The typed address, signed for the error page's form (a cookie, never the URL). */
    async sealRetryAddress(email: string): Promise<string> {
      return sealValue("retry-address", email.slice(0, 320), await deps.secret(), now().getTime() + RETRY_ADDRESS_TTL_SECONDS * 1000);
    },

    async openRetryAddress(sealed: string | undefined): Promise<string | undefined> {
      return sealed ? openSealedValue("retry-address", sealed, await deps.secret(), now().getTime()) : undefined;
    },

    /**
     * Works out what the next digest would contain. An unfinished digest (a run that crashed or hit SMTP
     * errors) is resumed as it was, unless an explicit `since` asks for a new one.
     */
    async planDigest(options: { since?: string; listItemsSince: (since: string) => DigestItem[] }): Promise<DigestPlan> {
      const recipients = (await deps.repo.listConfirmedSubscribers()).length;
      const unfinished = await deps.repo.findUnfinishedDigest();
      if (unfinished && !options.since) {
        return { digestId: unfinished.id, since: unfinished.since, items: JSON.parse(unfinished.items_json) as DigestItem[], recipients, resumed: true };
      }
      const last = await deps.repo.findLastCompletedDigest();
      const since = options.since ?? last?.created_at.slice(0, 10) ?? new Date(now().getTime() - 7 * 86400_000).toISOString().slice(0, 10);
      const alreadySent = new Set(options.since || !last ? [] : (JSON.parse(last.items_json) as DigestItem[]).map((i) => i.url));
      const items = options.listItemsSince(since).filter((i) => !alreadySent.has(i.url));
      return { since, items, recipients, resumed: false };
    },
  };
}

export type NewsletterService = ReturnType<typeof createNewsletterService>;
