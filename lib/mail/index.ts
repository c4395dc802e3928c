// Server code only: a client component importing this fails the build instead of shipping secrets or SQL.
import "server-only";
import path from "node:path";
import { env } from "@/lib/env";
import { createMailer, type Mailer, type MailerConfig } from "./transport";

export * from "./transport";
export * from "./templates";

export function mailerConfigFromEnv(): MailerConfig {
  return env.SMTP_URL
    ? { kind: "smtp", url: env.SMTP_URL, from: env.MAIL_FROM }
    : { kind: "outbox", dir: path.join(env.DATA_DIR, "outbox"), from: env.MAIL_FROM };
}

let mailer: Mailer | undefined;
export function getMailer(): Mailer {
  mailer ??= createMailer(mailerConfigFromEnv());
  return mailer;
}

/** The address part of MAIL_FROM ("Name <a@b>" or "a@b"), for the mailto: unsubscribe link. */
export function mailFromAddress(): string {
  const match = /<([^>]+)>/.exec(env.MAIL_FROM);
  return (match?.[1] ?? env.MAIL_FROM).trim();
}
