/** Several repositories' statements in one transaction: all of them commit, or none. */
import type { Kysely } from "kysely";
import { createNewsletterRepository, type NewsletterRepository } from "./newsletter";
import { createOutboxRepository, type OutboxRepository } from "./outbox";
import type { Database } from "./schema";

type Repositories = { newsletter: NewsletterRepository; outbox: OutboxRepository };
export type Transact = <T>(work: (repos: Repositories) => Promise<T>) => Promise<T>;

export function createTransact(db: Kysely<Database>): Transact {
  return (work) => db.transaction().execute((trx) => work({ newsletter: createNewsletterRepository(trx), outbox: createOutboxRepository(trx) }));
}
