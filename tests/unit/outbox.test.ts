import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/lib/db/connection";
import { createNewsletterRepository } from "@/lib/db/newsletter";
import { createOutboxRepository, type OutboxRepository } from "@/lib/db/outbox";
import { createTransact } from "@/lib/db/transaction";
import { MailDeliveryError, type Mailer, type OutgoingMail } from "@/lib/mail";
import { createRateLimiter } from "@/lib/newsletter/rate-limit";
import { createNewsletterService, RateLimitedError, type NewsletterService } from "@/lib/newsletter/service";
import { backends } from "./db-backends";

function scriptedMailer(script: (mail: OutgoingMail, attempt: number) => Error | undefined) {
  const sent: OutgoingMail[] = [];
  const attempts = new Map<string, number>();
  const mailer: Mailer = {
    kind: "smtp",
    send(mail) {
      const n = (attempts.get(mail.to) ?? 0) + 1;
      attempts.set(mail.to, n);
      const error = script(mail, n);
      if (error) return Promise.reject(error);
      sent.push(mail);
      return Promise.resolve({ messageId: mail.messageId ?? "<x@test>" });
    },
    close() {},
  };
  return { mailer, sent, attempts };
}

for (const backend of backends) {
  describe.skipIf(!backend.enabled)(`mail outbox (${backend.name})`, () => {
    let handle: DatabaseHandle;
    let outbox: OutboxRepository;
    let n = 0;
    const id = (label: string) => `${label}-${String(++n)}`;
    beforeAll(async () => {
      handle = await backend.open();
      outbox = createOutboxRepository(handle.db);
    });
    afterAll(async () => {
      await handle.close();
    });

    const serviceWith = (mailer: Mailer, clock: () => Date, limits?: Partial<Parameters<typeof createNewsletterService>[0]["limits"]>): NewsletterService =>
      createNewsletterService({
        repo: createNewsletterRepository(handle.db),
        outbox,
        transact: createTransact(handle.db),
        mailer,
        siteUrl: "https://breachdesk.example",
        unsubscribeMailbox: "newsletter@breachdesk.example",
        secret: () => Promise.resolve("outbox-secret-outbox-secret-outbox!"),
        limits: { perIp: createRateLimiter({ limit: 1000, windowMs: 60_000 }), perAddress: createRateLimiter({ limit: 1000, windowMs: 60_000 }), ...limits },
        outboxPolicy: { retryBaseSeconds: 30, maxAttempts: 3, lockSeconds: 60 },
        now: clock,
        log: () => {},
      });

    it("claims a due row once, even with two dispatchers racing; a dead claim expires and is taken over", async () => {
      const row = id("claim");
      await outbox.enqueue({ id: row, kind: "mail", payload: "{}", createdAt: "2026-01-01T00:00:00.000Z" });
      const [a, b] = await Promise.all([
        outbox.claimDue("2026-01-01T00:00:01.000Z", "2026-01-01T00:01:01.000Z", 100),
        outbox.claimDue("2026-01-01T00:00:01.000Z", "2026-01-01T00:01:01.000Z", 100),
      ]);
      const winners = [...a, ...b].filter((r) => r.id === row);
      expect(winners).toHaveLength(1);
      expect(winners[0]?.attempts).toBe(1);
      // Still locked a moment later; free once the lock has passed (its dispatcher died).
      expect((await outbox.claimDue("2026-01-01T00:00:30.000Z", "2026-01-01T00:01:30.000Z", 100)).map((r) => r.id)).not.toContain(row);
      const retaken = await outbox.claimDue("2026-01-01T00:01:02.000Z", "2026-01-01T00:02:02.000Z", 100);
      expect(retaken.find((r) => r.id === row)?.attempts).toBe(2);
      await outbox.markDone(row, "2026-01-01T00:01:03.000Z");
      expect(await outbox.findEntry(row)).toMatchObject({ status: "done", payload: "{}", locked_until: null });
      expect((await outbox.claimDue("2030-01-01T00:00:00.000Z", "2030-01-01T00:01:00.000Z", 100)).map((r) => r.id)).not.toContain(row);
    });

    it("a queued signup becomes subscriber, token and confirmation mail together; the mail's link is dropped once sent", async () => {
      const clock = new Date("2026-02-01T10:00:00Z");
      const mail = scriptedMailer(() => undefined);
      const service = serviceWith(mail.mailer, () => clock);
      const email = `Queued.${backend.name}@Example.org`;
      await service.subscribe({ email, source: "/newsletter", ip: "203.0.113.1" });
      // Answered: nothing applied or mailed yet, but the work is stored.
      const repo = createNewsletterRepository(handle.db);
      expect(await repo.findSubscriberByKey(email.toLowerCase())).toBeUndefined();
      expect(mail.sent).toHaveLength(0);
      const report = await service.deliverQueued();
      expect(report).toMatchObject({ applied: 1, sent: 1, failed: 0 });
      expect(await repo.findSubscriberByKey(email.toLowerCase())).toMatchObject({ status: "pending", email: `Queued.${backend.name}@example.org`, consent_source: "/newsletter" });
      expect(mail.sent[0]?.to).toBe(`Queued.${backend.name}@example.org`);
      expect(mail.sent[0]?.messageId).toMatch(/^<confirm\.[0-9a-f-]+@breachdesk\.example>$/);
      const rows = await handle.db.selectFrom("mail_outbox").selectAll().where("status", "=", "done").execute();
      expect(rows.some((r) => r.payload.includes("token="))).toBe(false);
    });

    it("retries a temporary SMTP refusal with backoff, gives up on a permanent one, and never loses a row", async () => {
      let clock = new Date("2026-03-01T10:00:00Z");
      const flaky = `flaky-${backend.name}@example.org`;
      const refused = `refused-${backend.name}@example.org`;
      const mail = scriptedMailer((m, attempt) => {
        if (m.to === flaky && attempt < 3) return new MailDeliveryError("421 try later", { responseCode: 421 });
        if (m.to === refused) return new MailDeliveryError("550 no such user", { responseCode: 550 });
        return undefined;
      });
      const service = serviceWith(mail.mailer, () => clock);
      await service.subscribe({ email: flaky, source: "/", ip: "203.0.113.2" });
      await service.subscribe({ email: refused, source: "/", ip: "203.0.113.2" });
      expect(await service.deliverQueued()).toMatchObject({ applied: 2, sent: 0, retried: 1, failed: 1 });
      // Not due yet: nothing happens before the backoff has passed.
      expect(await service.deliverQueued()).toMatchObject({ sent: 0, retried: 0 });
      clock = new Date(clock.getTime() + 31_000);
      expect(await service.deliverQueued()).toMatchObject({ sent: 0, retried: 1 });
      clock = new Date(clock.getTime() + 61_000);
      expect(await service.deliverQueued()).toMatchObject({ sent: 1, retried: 0 });
      expect(mail.sent.map((m) => m.to)).toContain(flaky);
      const failed = await handle.db.selectFrom("mail_outbox").selectAll().where("status", "=", "failed").execute();
      expect(failed.map((r) => JSON.parse(r.payload) as { to: string })).toContainEqual(expect.objectContaining({ to: refused }));
      expect(failed.every((r) => !r.payload.includes("token="))).toBe(true);
    });

    it("a crash between the answer and the mail loses nothing: another dispatcher finishes the work", async () => {
      const clock = new Date("2026-04-01T10:00:00Z");
      const dead = scriptedMailer(() => undefined);
      const email = `crash-${backend.name}@example.org`;
      await serviceWith(dead.mailer, () => clock).subscribe({ email, source: "/", ip: "203.0.113.3" });
      // The process that answered dies here, before draining. A fresh process (new service, same database) drains:
      const later = scriptedMailer(() => undefined);
      await serviceWith(later.mailer, () => new Date(clock.getTime() + 5_000)).deliverQueued();
      expect(later.sent.map((m) => m.to)).toEqual([email]);
      expect(dead.sent).toHaveLength(0);
    });

    it("caps confirmation mails per mail domain and overall, counting +tag and dotted Gmail spellings as one mailbox", async () => {
      const clock = new Date("2026-05-01T10:00:00Z");
      const mail = scriptedMailer(() => undefined);
      const service = serviceWith(mail.mailer, () => clock, {
        perAddress: createRateLimiter({ limit: 2, windowMs: 60_000 }),
        perDomain: createRateLimiter({ limit: 3, windowMs: 60_000 }),
        global: createRateLimiter({ limit: 5, windowMs: 60_000 }),
      });
      const attempt = (email: string) => service.subscribe({ email, source: "/", ip: "203.0.113.4" }).then(() => "ok", (e: unknown) => (e instanceof RateLimitedError ? e.message : String(e)));
      expect(await attempt(`victim-${backend.name}@gmail.com`)).toBe("ok");
      expect(await attempt(`victim-${backend.name}+1@gmail.com`)).toBe("ok");
      expect(await attempt(`vic.tim-${backend.name}@googlemail.com`.replace("vic.tim", "v.ictim"))).toMatch(/this address/);
      expect(await attempt(`other-${backend.name}@gmail.com`)).toBe("ok");
      expect(await attempt(`third-${backend.name}@gmail.com`)).toMatch(/this mail domain/);
      expect(await attempt(`a-${backend.name}@example.net`)).toBe("ok");
      expect(await attempt(`b-${backend.name}@example.com`)).toBe("ok");
      expect(await attempt(`c-${backend.name}@example.edu`)).toMatch(/too many signups just now/);
      await service.deliverQueued();
      // Stored as typed, one per accepted signup.
      expect(mail.sent.map((m) => m.to).sort()).toEqual(
        [`victim-${backend.name}@gmail.com`, `victim-${backend.name}+1@gmail.com`, `other-${backend.name}@gmail.com`, `a-${backend.name}@example.net`, `b-${backend.name}@example.com`].sort(),
      );
    });
  });
}
