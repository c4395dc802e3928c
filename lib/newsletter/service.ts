/**
 * Newsletter rules: pending → confirmed → unsubscribed, double opt-in, neutral answers, digests.
 * No HTTP and no SQL here: storage and mail come in as dependencies so tests can swap them.
 */
import crypto from "node:crypto";
import type { NewsletterRepository, Subscriber } from "@/lib/db";
import { confirmationMail, digestMail, welcomeMail, type DigestItem, type Mailer } from "@/lib/mail";
import { parseEmail } from "./email";
import { hashIp, hashToken, newToken, signUnsubscribeToken, verifyUnsubscribeToken } from "./tokens";
import type { RateLimiter } from "./rate-limit";

export const CONFIRM_TOKEN_TTL_HOURS = 48;

export class InvalidEmailError extends Error {
  override readonly name = "InvalidEmailError";
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
  mailer: Mailer;
  siteUrl: string;
  /** Address for the mailto: unsubscribe link. */
  unsubscribeMailbox: string;
  secret: () => Promise<string>;
  limits: { perIp: RateLimiter; perAddress: RateLimiter };
  now?: () => Date;
  log?: (message: string) => void;
};

export type SignupRequest = { email: string; source: string; ip: string; honeypot?: string };
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
    const oneClick = url(`/api/newsletter/unsubscribe?token=${encodeURIComponent(token)}`);
    const mailto = `mailto:${deps.unsubscribeMailbox}?subject=${encodeURIComponent(`unsubscribe ${subscriber.id}`)}`;
    return {
      url: oneClick,
      // RFC 2369 + RFC 8058: mail clients show an unsubscribe button that POSTs to the https link.
      headers: { "List-Unsubscribe": `<${oneClick}>, <${mailto}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
    };
  }

  async function sendConfirmation(subscriber: Subscriber, at: Date): Promise<void> {
    const token = newToken();
    await deps.repo.insertConfirmToken({
      token_hash: hashToken(token),
      subscriber_id: subscriber.id,
      created_at: at.toISOString(),
      expires_at: new Date(at.getTime() + CONFIRM_TOKEN_TTL_HOURS * 3600_000).toISOString(),
      used_at: null,
    });
    const confirmUrl = url(`/newsletter/confirm?token=${token}`);
    const mail = confirmationMail({ confirmUrl, expiresHours: CONFIRM_TOKEN_TTL_HOURS });
    const sent = await deps.mailer.send({ to: subscriber.email, ...mail });
    if (deps.mailer.kind === "outbox") log(`[newsletter] no SMTP_URL: confirmation mail written to ${sent.file ?? "outbox"}; confirm link: ${confirmUrl}`);
  }

  return {
    /**
     * Always ends the same way for the caller — nothing to learn about whether an address subscribes.
     * Throws InvalidEmailError, RateLimitedError, or MailDeliveryError when the confirmation could not be sent.
     */
    async subscribe(request: SignupRequest): Promise<void> {
      const at = now();
      const ipDecision = await deps.limits.perIp.hit(request.ip, at.getTime());
      if (!ipDecision.allowed) {
        throw new RateLimitedError("Too many signups from your network. Please try again later.", ipDecision.retryAfterSeconds);
      }
      const parsed = parseEmail(request.email);
      if (!parsed.ok) throw new InvalidEmailError(parsed.message);
      // A filled honeypot is a bot: answer as usual so it learns nothing, store nothing.
      if (request.honeypot) return;
      const addressDecision = await deps.limits.perAddress.hit(parsed.value.key, at.getTime());
      if (!addressDecision.allowed) {
        throw new RateLimitedError("Too many signup attempts for this address. Please check your inbox or try again later.", addressDecision.retryAfterSeconds);
      }
      const iso = at.toISOString();
      const consent = { consent_at: iso, consent_source: request.source, consent_ip_hash: hashIp(request.ip, await deps.secret()) };
      const { subscriber, created } = await deps.repo.insertSubscriber({
        id: crypto.randomUUID(),
        email: parsed.value.email,
        email_key: parsed.value.key,
        status: "pending",
        created_at: iso,
        updated_at: iso,
        confirmed_at: null,
        unsubscribed_at: null,
        ...consent,
      });
      if (!created) {
        // Already confirmed: no new mail, nothing changes, same answer.
        if (subscriber.status === "confirmed") return;
        // Pending again or back after unsubscribing: fresh consent, fresh confirmation.
        await deps.repo.updateSubscriber(subscriber.id, { status: "pending", email: parsed.value.email, updated_at: iso, ...consent });
      }
      await sendConfirmation({ ...subscriber, email: parsed.value.email }, at);
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

    async sendDigest(plan: DigestPlan, onProgress: (done: number, total: number) => void) {
      let digestId = plan.digestId;
      const mail0 = digestMail({ items: plan.items, since: plan.since, unsubscribeUrl: "" });
      if (!digestId) {
        digestId = crypto.randomUUID();
        await deps.repo.insertDigest({
          id: digestId,
          created_at: now().toISOString(),
          since: plan.since,
          subject: mail0.subject,
          items_json: JSON.stringify(plan.items),
          completed_at: null,
        });
      }
      const recipients = await deps.repo.listConfirmedSubscribers();
      const result = { digestId, sent: 0, failed: 0, skipped: 0 };
      for (const [i, subscriber] of recipients.entries()) {
        if (await deps.repo.claimDigestSend(digestId, subscriber.id, now().toISOString())) {
          const unsubscribe = await unsubscribeHeaders(subscriber);
          try {
            await deps.mailer.send({
              to: subscriber.email,
              ...digestMail({ items: plan.items, since: plan.since, unsubscribeUrl: unsubscribe.url }),
              headers: unsubscribe.headers,
            });
            await deps.repo.finishDigestSend(digestId, subscriber.id, "sent", now().toISOString());
            result.sent += 1;
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            await deps.repo.finishDigestSend(digestId, subscriber.id, "failed", now().toISOString(), message);
            log(`[digest] ${subscriber.email}: ${message}`);
            result.failed += 1;
          }
        } else {
          result.skipped += 1;
        }
        onProgress(i + 1, recipients.length);
      }
      if (result.failed === 0) await deps.repo.completeDigest(digestId, now().toISOString());
      return result;
    },
  };
}

export type NewsletterService = ReturnType<typeof createNewsletterService>;
