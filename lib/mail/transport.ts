/**
 * The only SMTP user. With SMTP_URL set, mail goes out through nodemailer; without it, each message is
 * written as an .eml file under the outbox directory so a local `npm start` works with no mail server.
 */
import fs from "node:fs/promises";
import path from "node:path";
import crypto from "node:crypto";
import nodemailer from "nodemailer";

export type OutgoingMail = {
  to: string;
  subject: string;
  text: string;
  html: string;
  headers?: Record<string, string>;
  /** A fixed Message-ID makes a resend after a crash recognisable as the same message (idempotency key). */
  messageId?: string;
};

export type Mailer = {
  kind: "smtp" | "outbox";
  /** Resolves once the SMTP server accepted the message (or the .eml file is written); rejects otherwise. */
  send(mail: OutgoingMail): Promise<{ messageId: string; file?: string }>;
  close(): void;
};

export class MailDeliveryError extends Error {
  override readonly name = "MailDeliveryError";
  /** The SMTP reply code, when the server answered (4xx: try again later; 5xx: permanent). */
  readonly responseCode: number | undefined;
  constructor(message: string, options: { cause?: unknown; responseCode?: number } = {}) {
    super(message, { cause: options.cause });
    this.responseCode = options.responseCode;
  }
  /** A 5xx reply: retrying the same message to the same address will not help. */
  get permanent(): boolean {
    return this.responseCode !== undefined && this.responseCode >= 500 && this.responseCode < 600;
  }
}

function smtpResponseCode(error: unknown): number | undefined {
  if (typeof error === "object" && error !== null && "responseCode" in error && typeof error.responseCode === "number") return error.responseCode;
  return undefined;
}

export type MailerConfig = { from: string } & ({ kind: "smtp"; url: string; maxConnections?: number } | { kind: "outbox"; dir: string });

export function createMailer(config: MailerConfig): Mailer {
  if (config.kind === "smtp") {
    // A pool reuses SMTP connections: one handshake per connection, not per confirmation mail.
    const transport = nodemailer.createTransport({ url: config.url, pool: true, maxConnections: config.maxConnections ?? 5, maxMessages: 1000 }, { from: config.from });
    return {
      kind: "smtp",
      async send(mail) {
        try {
          const info = await transport.sendMail({ from: config.from, ...mail });
          return { messageId: info.messageId };
        } catch (error) {
          throw new MailDeliveryError(`SMTP delivery to ${mail.to} failed: ${error instanceof Error ? error.message : String(error)}`, {
            cause: error,
            responseCode: smtpResponseCode(error),
          });
        }
      },
      close: () => transport.close(),
    };
  }
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
  return {
    kind: "outbox",
    async send(mail) {
      const info = await transport.sendMail({ from: config.from, ...mail });
      await fs.mkdir(config.dir, { recursive: true });
      const file = path.join(config.dir, `${new Date().toISOString().replace(/[:.]/g, "-")}-${crypto.randomBytes(4).toString("hex")}.eml`);
      await fs.writeFile(file, info.message);
      return { messageId: info.messageId, file };
    },
    close: () => transport.close(),
  };
}
