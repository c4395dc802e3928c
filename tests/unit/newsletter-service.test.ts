import crypto from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createNewsletterRepository, type NewsletterRepository } from "@/lib/db/newsletter";
import { createOutboxRepository } from "@/lib/db/outbox";
import { createTransact } from "@/lib/db/transaction";
import type { DatabaseHandle } from "@/lib/db/connection";
import type { Mailer, OutgoingMail } from "@/lib/mail";
import { MailDeliveryError } from "@/lib/mail";
import { createNewsletterService, InvalidEmailError, RateLimitedError, type NewsletterDeps, type NewsletterService } from "@/lib/newsletter/service";
import { createRateLimiter } from "@/lib/newsletter/rate-limit";
import { createDigestDelivery, type DigestBatch } from "@/lib/newsletter/delivery";
import type { DigestPlan } from "@/lib/newsletter/service";
import { createInProcessQueue } from "@/lib/queue/in-process";
import { backends } from "./db-backends";

function fakeMailer() {
  const sent: OutgoingMail[] = [];
  let failFor: string | undefined;
  const mailer: Mailer = {
    kind: "smtp",
    send(mail) {
      if (failFor && mail.to === failFor) return Promise.reject(new MailDeliveryError(`refused ${mail.to}`));
      sent.push(mail);
      return Promise.resolve({ messageId: `<${String(sent.length)}@test>` });
    },
    close() {},
  };
  return { mailer, sent, failFor: (to: string | undefined) => (failFor = to) };
}

function confirmTokenFrom(mail: OutgoingMail | undefined): string {
  const match = /confirm\?token=([A-Za-z0-9_-]+)/.exec(mail?.text ?? "");
  if (!match?.[1]) throw new Error(`no confirm link in ${mail?.text ?? "(no mail)"}`);
  return match[1];
}

function unsubscribeTokenFrom(mail: OutgoingMail | undefined): string {
  const header = mail?.headers?.["List-Unsubscribe"] ?? "";
  const match = /<https?:[^>]*token=([^>&]+)>/.exec(header);
  if (!match?.[1]) throw new Error(`no unsubscribe link in ${header}`);
  return decodeURIComponent(match[1]);
}

/** The service with its outbox drained after every signup, as the app's dispatcher does right after answering. */
function drainingService(deps: NewsletterDeps): NewsletterService {
  const service = createNewsletterService(deps);
  return {
    ...service,
    async subscribe(request) {
      const accepted = await service.subscribe(request);
      await service.deliverQueued();
      return accepted;
    },
  };
}

for (const backend of backends) {
  describe.skipIf(!backend.enabled)(`newsletter on ${backend.name}`, () => {
    let handle: DatabaseHandle;
    let repo: NewsletterRepository;
    let mail: ReturnType<typeof fakeMailer>;
    let clock: Date;
    let service: NewsletterService;
    let n = 0;
    const address = () => `reader${String(++n)}-${backend.name}@Example.org`;

    /** The service as the app wires it, on this backend, with the given limits. */
    const serviceWithLimits = (limits: NewsletterDeps["limits"]) =>
      drainingService({
        repo,
        outbox: createOutboxRepository(handle.db),
        transact: createTransact(handle.db),
        mailer: mail.mailer,
        siteUrl: "https://breachdesk.example",
        unsubscribeMailbox: "newsletter@breachdesk.example",
        secret: () => Promise.resolve("test-secret-test-secret-test-secret!"),
        limits,
        now: () => clock,
        log: () => {},
      });

    beforeAll(async () => {
      handle = await backend.open();
      repo = createNewsletterRepository(handle.db);
    });
    afterAll(async () => {
      await handle.close();
    });
    beforeEach(() => {
      mail = fakeMailer();
      clock = new Date("2026-01-10T12:00:00Z");
      service = serviceWithLimits({ perIp: createRateLimiter({ limit: 1000, windowMs: 60_000 }), perAddress: createRateLimiter({ limit: 3, windowMs: 60_000 }) });
    });

    it("runs migrations twice without harm", async () => {
      const { migrate } = await import("@/lib/db/connection");
      await expect(migrate(handle.db)).resolves.toBeUndefined();
    });

    it("signup → pending with consent record → confirm by token → welcome mail with one-click headers", async () => {
      const email = address();
      await service.subscribe({ email: `  ${email} `, source: "/incidents/okex-2017", ip: "203.0.113.7" });
      const stored = await repo.findSubscriberByKey(email.toLowerCase());
      expect(stored).toMatchObject({ status: "pending", email: email.replace("Example.org", "example.org"), consent_source: "/incidents/okex-2017" });
      expect(stored?.consent_ip_hash).toMatch(/^[A-Za-z0-9_-]{32}$/);
      expect(stored?.consent_ip_hash).not.toContain("203.0.113.7");
      expect(mail.sent).toHaveLength(1);
      expect(mail.sent[0]?.html).toContain("/newsletter/confirm?token=");
      const token = confirmTokenFrom(mail.sent[0]);
      expect(token).toHaveLength(43); // 32 bytes, base64url
      expect(await repo.findConfirmToken(token)).toBeUndefined(); // only the hash is stored

      expect(await service.inspectConfirmToken(token)).toBe("valid");
      expect(await service.confirm(token)).toBe("confirmed");
      expect((await repo.findSubscriberByKey(email.toLowerCase()))?.status).toBe("confirmed");
      const welcome = mail.sent[1];
      expect(welcome?.headers?.["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
      expect(welcome?.headers?.["List-Unsubscribe"]).toMatch(/^<https:\/\/breachdesk\.example\/api\/newsletter\/unsubscribe\?token=[^>]+>, <mailto:newsletter@breachdesk\.example\?subject=/);
      expect(await service.confirm(token)).toBe("used");
    });

    it("answers the same for new, pending, confirmed and unsubscribed addresses, mailing only when a confirmation is due", async () => {
      const email = address();
      await service.subscribe({ email, source: "/", ip: "198.51.100.1" });
      await service.subscribe({ email, source: "/", ip: "198.51.100.1" }); // pending: a fresh link
      expect(mail.sent).toHaveLength(2);
      await service.confirm(confirmTokenFrom(mail.sent[1]));
      const before = mail.sent.length;
      await service.subscribe({ email: email.toUpperCase(), source: "/", ip: "198.51.100.1" }); // confirmed: silence
      expect(mail.sent).toHaveLength(before);
      expect((await repo.findSubscriberByKey(email.toLowerCase()))?.status).toBe("confirmed");
    });

    it("expires confirmation links after 48 hours", async () => {
      await service.subscribe({ email: address(), source: "/", ip: "198.51.100.2" });
      const token = confirmTokenFrom(mail.sent[0]);
      clock = new Date(clock.getTime() + 48 * 3600_000 + 1000);
      expect(await service.inspectConfirmToken(token)).toBe("expired");
      expect(await service.confirm(token)).toBe("expired");
      expect(await service.confirm("not-a-token")).toBe("invalid");
    });

    it("unsubscribes idempotently; coming back needs a new confirmation", async () => {
      const email = address();
      await service.subscribe({ email, source: "/", ip: "198.51.100.3" });
      await service.confirm(confirmTokenFrom(mail.sent[0]));
      const unsubscribeToken = unsubscribeTokenFrom(mail.sent[1]);
      expect(await service.unsubscribe(unsubscribeToken)).toBe("unsubscribed");
      expect(await service.unsubscribe(unsubscribeToken)).toBe("unsubscribed");
      expect((await repo.findSubscriberByKey(email.toLowerCase()))?.status).toBe("unsubscribed");
      expect(await service.unsubscribe(`${unsubscribeToken}x`)).toBe("invalid");

      await service.subscribe({ email, source: "/newsletter", ip: "198.51.100.3" });
      expect((await repo.findSubscriberByKey(email.toLowerCase()))?.status).toBe("pending");
      expect(await service.confirm(confirmTokenFrom(mail.sent.at(-1)))).toBe("confirmed");
    });

    it("stores nothing for a filled honeypot, yet answers normally", async () => {
      const email = address();
      await expect(service.subscribe({ email, source: "/", ip: "198.51.100.4", honeypot: "http://spam" })).resolves.toEqual({ email: email.replace("@Example.org", "@example.org") });
      expect(await repo.findSubscriberByKey(email.toLowerCase())).toBeUndefined();
      expect(mail.sent).toHaveLength(0);
    });

    it("refuses invalid addresses and rate-limits per address with a retry time", async () => {
      await expect(service.subscribe({ email: "nope", source: "/", ip: "198.51.100.5" })).rejects.toBeInstanceOf(InvalidEmailError);
      const email = address();
      for (let i = 0; i < 3; i++) await service.subscribe({ email, source: "/", ip: `198.51.100.${String(10 + i)}` });
      const error: unknown = await service.subscribe({ email, source: "/", ip: "198.51.100.20" }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(RateLimitedError);
      expect((error as RateLimitedError).retryAfterSeconds).toBeGreaterThan(0);
    });

    it("counts only valid attempts toward the per-IP limit, and the refusal says when to retry", async () => {
      const perIp = createRateLimiter({ limit: 2, windowMs: 15 * 60_000 });
      const limited = serviceWithLimits({ perIp, perAddress: createRateLimiter({ limit: 3, windowMs: 60_000 }) });
      const ip = "198.51.100.77";
      for (let i = 0; i < 10; i++) await expect(limited.subscribe({ email: `typo${String(i)}@`, source: "/", ip })).rejects.toBeInstanceOf(InvalidEmailError);
      await limited.subscribe({ email: address(), source: "/", ip });
      await limited.subscribe({ email: address(), source: "/", ip });
      const error: unknown = await limited.subscribe({ email: address(), source: "/", ip }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(RateLimitedError);
      expect((error as RateLimitedError).retryAfterSeconds).toBe(15 * 60);
      expect((error as RateLimitedError).message).toBe("Too many signups from your network. Try again in 15 minutes.");
    });

    it("stores SQL-looking addresses verbatim and loses nothing already stored", async () => {
      const first = address();
      await service.subscribe({ email: first, source: "/", ip: "198.51.100.6" });
      const tricky = "o'brien--drop_table+subscribers@example.com";
      await expect(service.subscribe({ email: "x'or'1'='1@example.com", source: "/", ip: "198.51.100.6" })).rejects.toBeInstanceOf(InvalidEmailError);
      await service.subscribe({ email: tricky, source: "/'; drop table subscribers; --", ip: "198.51.100.6" });
      expect((await repo.findSubscriberByKey(tricky))?.email).toBe(tricky);
      expect(await repo.findSubscriberByKey(first.toLowerCase())).toBeDefined();
    });

    it("handles concurrent signups of one address as one subscriber", async () => {
      const email = address();
      const relaxed = drainingService({
        repo,
        outbox: createOutboxRepository(handle.db),
        transact: createTransact(handle.db),
        mailer: mail.mailer,
        siteUrl: "https://breachdesk.example",
        unsubscribeMailbox: "n@breachdesk.example",
        secret: () => Promise.resolve("test-secret-test-secret-test-secret!"),
        limits: { perIp: createRateLimiter({ limit: 100, windowMs: 1000 }), perAddress: createRateLimiter({ limit: 100, windowMs: 1000 }) },
        log: () => {},
      });
      await Promise.all(Array.from({ length: 8 }, () => relaxed.subscribe({ email, source: "/", ip: "198.51.100.7" })));
      const counts = await repo.findSubscriberKeys([email.toLowerCase()]);
      expect(counts.size).toBe(1);
    });

    /** The one engine, as `newsletter:digest` runs it on SQLite: fanned out into an in-process queue. */
    async function runDigest(plan: DigestPlan) {
      const delivery = createDigestDelivery({
        repo,
        service,
        mailer: mail.mailer,
        messageIdDomain: "breachdesk.example",
        claimLeaseSeconds: 300,
        now: () => clock,
        log: () => {},
      });
      const queue = createInProcessQueue<DigestBatch>();
      const queued = await delivery.enqueue(plan, 2, queue);
      const totals = { sent: 0, failed: 0, skipped: 0, deferred: 0 };
      await queue.work(1, (batch) => delivery.deliverBatchCounted(batch, totals));
      return { ...totals, digestId: queued.digestId, failures: queue.failures() };
    }

    it("digest: every confirmed subscriber once; a rerun after a temporary refusal mails only those not yet mailed", async () => {
      const existing = (await repo.listConfirmedSubscribers()).length;
      const emails = [address(), address(), address()];
      for (const email of emails) await service.subscribe({ email, source: "/", ip: "198.51.100.8" });
      for (const m of mail.sent.slice(-3)) await service.confirm(confirmTokenFrom(m));
      const items = [{ title: "Exchange X hacked", url: "https://breachdesk.example/incidents/x", summary: "S", date: "2026-01-09", status: "reported" }];
      const plan = await service.planDigest({ since: "2026-01-01", listItemsSince: () => items });
      expect(plan.recipients).toBe(existing + 3);

      const failing = emails[1]?.replace("Example.org", "example.org");
      mail.failFor(failing);
      mail.sent.length = 0;
      const first = await runDigest(plan);
      expect(first.deferred).toBe(1);
      expect(first.sent).toBe(existing + 2);
      expect(first.failures.map((f) => f.error.name)).toEqual(["TemporaryDeliveryError"]);
      expect(mail.sent.every((m) => m.headers?.["List-Unsubscribe-Post"] === "List-Unsubscribe=One-Click")).toBe(true);

      mail.failFor(undefined);
      mail.sent.length = 0;
      const resumed = await service.planDigest({ listItemsSince: () => [] });
      expect(resumed).toMatchObject({ resumed: true, digestId: first.digestId, items });
      const second = await runDigest(resumed);
      expect(second).toMatchObject({ digestId: first.digestId, sent: 1, failed: 0, skipped: existing + 2, deferred: 0 });
      expect(mail.sent.map((m) => m.to)).toEqual([failing]);
      expect((await repo.findDigest(first.digestId))?.completed_at).not.toBeNull();

      const next = await service.planDigest({ listItemsSince: () => items });
      expect(next.resumed).toBe(false);
      expect(next.items).toEqual([]); // already mailed in the last digest
    });

    it("digest claims: a send interrupted by a crash is resent once after the lease, never while held, never twice", async () => {
      const email = address();
      await service.subscribe({ email, source: "/", ip: "198.51.100.9" });
      await service.confirm(confirmTokenFrom(mail.sent.at(-1)));
      const subscriber = await repo.findSubscriberByKey(email.toLowerCase());
      const digestId = crypto.randomUUID();
      await repo.insertDigest({ id: digestId, created_at: clock.toISOString(), since: "2026-01-01", subject: "s", items_json: "[]", completed_at: null });
      const id = subscriber?.id ?? "";
      const at = (seconds: number) => new Date(clock.getTime() + seconds * 1000).toISOString();

      const racing = await Promise.all([repo.claimDigestSend(digestId, id, at(0), 300), repo.claimDigestSend(digestId, id, at(0), 300)]);
      expect(racing.sort()).toEqual(["busy", "claimed"]);
      // The sender crashed here, mid-send: within the lease nobody else may take it.
      expect(await repo.claimDigestSend(digestId, id, at(299), 300)).toBe("busy");
      expect(await repo.claimDigestSend(digestId, id, at(301), 300)).toBe("claimed");
      // Crashed again: it is not resent a second time, but recorded as failed so the digest can finish.
      expect(await repo.claimDigestSend(digestId, id, at(400), 300)).toBe("busy");
      expect(await repo.claimDigestSend(digestId, id, at(700), 300)).toBe("done");
      expect(await repo.countDigestSends(digestId)).toEqual({ failed: 1 });

      const sentDigest = crypto.randomUUID();
      await repo.insertDigest({ id: sentDigest, created_at: clock.toISOString(), since: "2026-01-01", subject: "s", items_json: "[]", completed_at: null });
      expect(await repo.claimDigestSend(sentDigest, id, at(0), 300)).toBe("claimed");
      await repo.finishDigestSend(sentDigest, id, "sent", at(1));
      expect(await repo.claimDigestSend(sentDigest, id, at(10_000), 300)).toBe("done");
      // A temporary refusal gives the claim back: the retry claims it afresh.
      const refused = crypto.randomUUID();
      await repo.insertDigest({ id: refused, created_at: clock.toISOString(), since: "2026-01-01", subject: "s", items_json: "[]", completed_at: null });
      expect(await repo.claimDigestSend(refused, id, at(0), 300)).toBe("claimed");
      await repo.releaseDigestSend(refused, id);
      expect(await repo.claimDigestSend(refused, id, at(1), 300)).toBe("claimed");
    });
  });
}
