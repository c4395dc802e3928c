/** Table shapes shared by SQLite and PostgreSQL. Times are ISO-8601 UTC strings so both sort them the same way. */
import type { Generated, Selectable } from "kysely";

type SubscriberStatus = "pending" | "confirmed" | "unsubscribed";

export interface SubscribersTable {
  id: string;
  /** As entered, trimmed, domain lower-cased: what we mail to. */
  email: string;
  /** Fully lower-cased address: one subscription per mailbox however it is capitalised. */
  email_key: string;
  status: SubscriberStatus;
  created_at: string;
  updated_at: string;
  consent_at: string;
  consent_source: string;
  consent_ip_hash: string | null;
  confirmed_at: string | null;
  unsubscribed_at: string | null;
}

interface ConfirmTokensTable {
  /** SHA-256 of the token in the mail; the token itself is never stored. */
  token_hash: string;
  subscriber_id: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

export interface DigestsTable {
  id: string;
  created_at: string;
  since: string;
  subject: string;
  /** JSON array of the mailed items, fixed when the digest is created so a resumed run sends the same mail. */
  items_json: string;
  completed_at: string | null;
  /** How many recipients the digest was fanned out to (both queues), so progress can be reported; null for digests older than the one engine. */
  recipients: number | null;
}

export type DigestSendStatus = "sending" | "sent" | "failed";

interface DigestSendsTable {
  digest_id: string;
  subscriber_id: string;
  status: DigestSendStatus;
  claimed_at: string;
  finished_at: string | null;
  error: string | null;
  /** Claims of this send: 1, or 2 once a send interrupted by a crash has been taken over (the one resend allowed). */
  attempts: Generated<number>;
}

interface AppSecretsTable {
  name: string;
  value: string;
}

interface RateLimitsTable {
  key: string;
  /** Milliseconds since the epoch; PostgreSQL bigint comes back as a string, hence the union. */
  window_start_ms: number | string;
  count: number;
}

export type OutboxKind = "signup" | "mail";
export type OutboxStatus = "pending" | "done" | "failed";

interface MailOutboxTable {
  id: string;
  kind: OutboxKind;
  status: OutboxStatus;
  /** JSON: the signup to apply, or the mail to send. Cleared when done (a confirmation link is a secret). */
  payload: string;
  attempts: number;
  created_at: string;
  /** Not tried before this time (retry backoff). */
  available_at: string;
  /** Claimed by a dispatcher until then; a claim left by a process that died expires on its own. */
  locked_until: string | null;
  finished_at: string | null;
  last_error: string | null;
}

export interface Database {
  subscribers: SubscribersTable;
  confirm_tokens: ConfirmTokensTable;
  digests: DigestsTable;
  digest_sends: DigestSendsTable;
  app_secrets: AppSecretsTable;
  rate_limits: RateLimitsTable;
  mail_outbox: MailOutboxTable;
}

export type Subscriber = Selectable<SubscribersTable>;
export type ConfirmToken = Selectable<ConfirmTokensTable>;
export type Digest = Selectable<DigestsTable>;
export type OutboxEntry = Selectable<MailOutboxTable>;
