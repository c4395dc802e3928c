/**
 * The one digest engine: the digest is fanned out into batches of recipients, and whoever works the queue
 * delivers them — `npm run worker` processes from pg-boss (PostgreSQL), or `newsletter:digest` itself through
 * an in-process queue (SQLite). Jobs come at least once (a dead worker's job comes back), and every send is
 * claimed in the database first (`claimDigestSend`: one rule for both databases), so a rerun skips whoever
 * is done and a send interrupted by a crash is resent once at most. No queue or SMTP code here.
 */
import crypto from "node:crypto";
import type { NewsletterRepository } from "@/lib/db";
import { MailDeliveryError, digestMail, type DigestItem, type Mailer } from "@/lib/mail";
import type { DigestPlan, NewsletterService } from "./service";

export type DigestBatch = { digestId: string; subscriberIds: string[] };

export type DigestBatchResult = { sent: number; failed: number; skipped: number; deferred: number };

/** Thrown so the queue retries the batch later (with backoff): some recipients got a temporary SMTP refusal. */
class TemporaryDeliveryError extends Error {
  override readonly name = "TemporaryDeliveryError";
  constructor(
    message: string,
    /** What the batch did before giving up on the deferred recipients. */
    readonly result: DigestBatchResult,
  ) {
    super(message);
  }
}

class DigestInProgressError extends Error {
  override readonly name = "DigestInProgressError";
}

export type DigestProgress = {
  digestId: string;
  createdAt: string;
  recipients: number;
  sent: number;
  failed: number;
  /** Claimed by a worker and not finished: in flight, or waiting for a retry after a temporary refusal. */
  sending: number;
  queued: number;
  completed: boolean;
};

export function createDigestDelivery(deps: {
  repo: NewsletterRepository;
  service: Pick<NewsletterService, "unsubscribeHeaders">;
  mailer: Mailer;
  /** Domain for the per-recipient Message-ID. */
  messageIdDomain: string;
  /** A claim older than this belongs to a sender that died; the queue's job expiry, so the two agree. */
  claimLeaseSeconds: number;
  pace?: () => Promise<void>;
  now?: () => Date;
  log?: (message: string) => void;
}) {
  const now = deps.now ?? (() => new Date());
  const log = deps.log ?? ((m: string) => console.log(m));
  const pace = deps.pace ?? (() => Promise.resolve());

  async function progress(digestId: string): Promise<DigestProgress | undefined> {
    const digest = await deps.repo.findDigest(digestId);
    if (!digest) return undefined;
    const counts = await deps.repo.countDigestSends(digestId);
    const [sent, failed, sending] = [counts.sent ?? 0, counts.failed ?? 0, counts.sending ?? 0];
    const recipients = digest.recipients ?? sent + failed + sending;
    return {
      digestId,
      createdAt: digest.created_at,
      recipients,
      sent,
      failed,
      sending,
      queued: Math.max(0, recipients - sent - failed - sending),
      completed: digest.completed_at !== null,
    };
  }

  /**
   * Delivers one batch. Sent and permanently refused (5xx) recipients are recorded and never tried again;
   * if any got a temporary refusal (4xx, connection trouble) the batch throws so the queue retries it later.
   */
  async function deliverBatch(batch: DigestBatch): Promise<DigestBatchResult> {
    const digest = await deps.repo.findDigest(batch.digestId);
    if (!digest) throw new Error(`Digest ${batch.digestId} does not exist (deleted while queued?)`);
    const items = JSON.parse(digest.items_json) as DigestItem[];
    const result = { sent: 0, failed: 0, skipped: 0, deferred: 0 };
    const deferred: string[] = [];
    for (const subscriber of await deps.repo.findSubscribersByIds(batch.subscriberIds)) {
      const claim = await deps.repo.claimDigestSend(digest.id, subscriber.id, now().toISOString(), deps.claimLeaseSeconds);
      if (claim === "done") {
        result.skipped += 1;
        continue;
      }
      if (claim === "busy") {
        // Another sender holds it, or a crashed one whose lease has not run out: look again on the retry.
        deferred.push(`${subscriber.id}: claimed by another sender`);
        result.deferred += 1;
        continue;
      }
      if (subscriber.status !== "confirmed") {
        await deps.repo.finishDigestSend(digest.id, subscriber.id, "failed", now().toISOString(), "not sent: unsubscribed before delivery");
        result.failed += 1;
        continue;
      }
      await pace();
      const unsubscribe = await deps.service.unsubscribeHeaders(subscriber);
      try {
        await deps.mailer.send({
          to: subscriber.email,
          ...digestMail({ items, since: digest.since, unsubscribeUrl: unsubscribe.url }),
          headers: unsubscribe.headers,
          messageId: `<digest.${digest.id}.${subscriber.id}@${deps.messageIdDomain}>`,
        });
        await deps.repo.finishDigestSend(digest.id, subscriber.id, "sent", now().toISOString());
        result.sent += 1;
      } catch (error) {
        if (error instanceof MailDeliveryError && error.permanent) {
          await deps.repo.finishDigestSend(digest.id, subscriber.id, "failed", now().toISOString(), error.message);
          log(`[digest] permanent failure, not retried: ${error.message}`);
          result.failed += 1;
        } else {
          // Refused for now, so nothing went out: the claim is given back whole for the retried batch.
          await deps.repo.releaseDigestSend(digest.id, subscriber.id);
          deferred.push(error instanceof Error ? error.message : String(error));
          result.deferred += 1;
        }
      }
    }
    const state = await progress(digest.id);
    if (state && !state.completed && state.sent + state.failed >= state.recipients) await deps.repo.completeDigest(digest.id, now().toISOString());
    if (deferred.length > 0) {
      throw new TemporaryDeliveryError(`${String(deferred.length)} recipient(s) temporarily refused, batch will be retried: ${deferred.slice(0, 3).join("; ")}`, result);
    }
    return result;
  }

  return {
    progress,
    deliverBatch,

    async latestProgress(): Promise<DigestProgress | undefined> {
      const latest = await deps.repo.findLatestDigest();
      return latest ? progress(latest.id) : undefined;
    },

    /**
     * Creates the digest and hands its recipients to the queue in batches. On a durable queue a digest that is
     * still being delivered is never fanned out twice (its remaining sends are already queued); an in-process
     * queue died with its process, so an unfinished digest is fanned out again and the claims skip the done.
     */
    async enqueue(plan: DigestPlan, batchSize: number, queue: { durable: boolean; enqueue: (batches: DigestBatch[]) => Promise<void> }) {
      let digestId = plan.digestId;
      if (digestId && queue.durable) {
        const existing = await deps.repo.findDigest(digestId);
        if (existing?.recipients != null) {
          throw new DigestInProgressError(`Digest ${digestId} is still being delivered by the workers: see \`npm run newsletter:status\`.`);
        }
      }
      const ids: string[] = [];
      for (let page = await deps.repo.listConfirmedSubscriberIds(undefined, 5000); page.length > 0; ) {
        ids.push(...page);
        page = await deps.repo.listConfirmedSubscriberIds(page.at(-1), 5000);
      }
      if (digestId) {
        await deps.repo.setDigestRecipients(digestId, ids.length);
      } else {
        digestId = crypto.randomUUID();
        const subject = digestMail({ items: plan.items, since: plan.since, unsubscribeUrl: "" }).subject;
        await deps.repo.insertDigest({
          id: digestId,
          created_at: now().toISOString(),
          since: plan.since,
          subject,
          items_json: JSON.stringify(plan.items),
          completed_at: null,
          recipients: ids.length,
        });
      }
      const batches: DigestBatch[] = [];
      for (let i = 0; i < ids.length; i += batchSize) batches.push({ digestId, subscriberIds: ids.slice(i, i + batchSize) });
      await queue.enqueue(batches);
      return { digestId, recipients: ids.length, jobs: batches.length };
    },

    /** Delivers a batch and adds what it did to `totals`, also when it throws for a retry. */
    async deliverBatchCounted(batch: DigestBatch, totals: DigestBatchResult): Promise<void> {
      const add = (r: DigestBatchResult) => {
        for (const key of ["sent", "failed", "skipped", "deferred"] as const) totals[key] += r[key];
      };
      try {
        add(await deliverBatch(batch));
      } catch (error) {
        if (error instanceof TemporaryDeliveryError) add(error.result);
        throw error;
      }
    },
  };
}

export type DigestDelivery = ReturnType<typeof createDigestDelivery>;
