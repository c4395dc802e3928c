/**
 * The one test SMTP server (loopback): records every delivery, can refuse chosen recipients (5xx for good,
 * 4xx once, as greylisting does), accept slowly, and write each message as an .eml file for mailparser.
 * Used by the e2e mail capture, the signup timing spec, the digest tests and the benchmarks.
 */
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { SMTPServer } from "smtp-server";

export type Delivery = { to: string; messageId: string; raw: string; at: number };

export type SmtpSink = {
  port: number;
  deliveries: Delivery[];
  /** RCPT TO attempts per address, accepted or not. */
  attempts: Map<string, number>;
  close(): Promise<void>;
};

export type SmtpSinkOptions = {
  /** 0 (default): any free port. */
  port?: number;
  /** Always refused with 550. */
  permanent?: string[];
  /** Refused with 451 on the first attempt only. */
  temporaryOnce?: string[];
  /** How long accepting a message takes (a slow relay). */
  acceptDelayMs?: number;
  /** Each message is also written here, raw, as <time>-<random>.eml (written then renamed: never half a file). */
  captureDir?: string;
  /** Keep the raw message in `deliveries` (off for benchmarks that send many). */
  keepRaw?: boolean;
};

export async function startSmtpSink(options: SmtpSinkOptions = {}): Promise<SmtpSink> {
  const deliveries: Delivery[] = [];
  const attempts = new Map<string, number>();
  const { captureDir } = options;
  if (captureDir) fs.mkdirSync(captureDir, { recursive: true });
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    maxClients: 200,
    onRcptTo(address, _session, callback) {
      const to = address.address.toLowerCase();
      const n = (attempts.get(to) ?? 0) + 1;
      attempts.set(to, n);
      const refuse = (code: number, text: string) => callback(Object.assign(new Error(text), { responseCode: code }));
      if (options.permanent?.includes(to)) return refuse(550, "5.1.1 No such user");
      if (options.temporaryOnce?.includes(to) && n === 1) return refuse(451, "4.7.1 Greylisted, try again later");
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("error", callback);
      stream.on("end", () => {
        const message = Buffer.concat(chunks);
        const raw = message.toString("utf8");
        const head = raw.split(/\r?\n\r?\n/)[0] ?? "";
        const messageId = /^message-id:\s*(\S+)/im.exec(head)?.[1] ?? "";
        for (const r of session.envelope.rcptTo) deliveries.push({ to: r.address.toLowerCase(), messageId, raw: options.keepRaw === false ? "" : raw, at: Date.now() });
        if (captureDir) {
          const name = `${String(Date.now())}-${crypto.randomBytes(4).toString("hex")}.eml`;
          const tmp = path.join(captureDir, `.${name}.tmp`);
          fs.writeFileSync(tmp, message);
          fs.renameSync(tmp, path.join(captureDir, name));
        }
        if (options.acceptDelayMs) setTimeout(() => callback(), options.acceptDelayMs);
        else callback();
      });
    },
  });
  // A SIGKILLed sender drops its connection mid-conversation: expected here, anything else is not.
  server.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "ECONNRESET") throw error;
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const address = server.server.address();
  if (!address || typeof address === "string") throw new Error("SMTP sink has no port");
  return { port: address.port, deliveries, attempts, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
