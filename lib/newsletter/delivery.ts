/**
 * Digest delivery through a job queue: the digest is fanned out into batches of recipients, and any number
 * of workers deliver them. Jobs are delivered at least once (a dead worker's job comes back), and every
 * recipient's send is recorded in the database, so a rerun skips whoever is already done: one mail per
 * recipient per digest. No queue or SMTP code here — both come in as dependencies.
 */
import crypto from "node:crypto";
import type { NewsletterRepository } from "@/lib/db";
import { MailDeliveryError, digestMail, type DigestItem, type Mailer } from "@/lib/mail";
import type { DigestPlan, NewsletterService } from "./service";

export type DigestBatch = { digestId: string; subscriberIds: string[] };

/** Thrown so the queue retries the batch later (with backoff): some recipients got a temporary SMTP refusal. */
export class TemporaryDeliveryError extends Error {
  override readonly name = "TemporaryDeliveryError";
}

export class DigestInProgressError extends Error {
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

  return {
    progress,

    async latestProgress(): Promise<DigestProgress | undefined> {
      const latest = await deps.repo.findLatestDigest();
      return latest ? progress(latest.id) : undefined;
    },

    /**
     * Creates the digest and hands its recipients to the queue in batches. A queued digest that is still
     * being delivered is never fanned out twice: its remaining sends are already in the queue.
     */
    async enqueue(plan: DigestPlan, batchSize: number, enqueueBatches: (batches: DigestBatch[]) => Promise<void>) {
      let digestId = plan.digestId;
      if (digestId) {
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
      await enqueueBatches(batches);
      return { digestId, recipients: ids.length, jobs: batches.length };
    },

    /**
     * Delivers one batch. Sent and permanently refused (5xx) recipients are recorded and never tried again;
     * if any got a temporary refusal (4xx, connection trouble) the batch throws so the queue retries it later.
     */
    async deliverBatch(batch: DigestBatch): Promise<{ sent: number; failed: number; skipped: number; deferred: number }> {
      const digest = await deps.repo.findDigest(batch.digestId);
      if (!digest) throw new Error(`Digest ${batch.digestId} does not exist (deleted while queued?)`);
      const items = JSON.parse(digest.items_json) as DigestItem[];
      const result = { sent: 0, failed: 0, skipped: 0, deferred: 0 };
      const deferred: string[] = [];
      for (const subscriber of await deps.repo.findSubscribersByIds(batch.subscriberIds)) {
        if (!(await deps.repo.takeDigestSend(digest.id, subscriber.id, now().toISOString()))) {
          result.skipped += 1;
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
            // The claim stays "sending": the retried batch takes it over.
            deferred.push(error instanceof Error ? error.message : String(error));
            result.deferred += 1;
          }
        }
      }
      const state = await progress(digest.id);
      if (state && !state.completed && state.sent + state.failed >= state.recipients) await deps.repo.completeDigest(digest.id, now().toISOString());
      if (deferred.length > 0) {
        throw new TemporaryDeliveryError(`${String(deferred.length)} recipient(s) temporarily refused, batch will be retried: ${deferred.slice(0, 3).join("; ")}`);
      }
      return result;
    },
  };
}

export type DigestDelivery = ReturnType<typeof createDigestDelivery>;
