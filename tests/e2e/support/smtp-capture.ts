/**
 * A real SMTP server for the end-to-end tests: accepts every message on loopback and writes it, raw,
 * as an .eml file into MAIL_CAPTURE_DIR, where the tests read it back with mailparser.
 * Started by playwright.config.ts as one of its webServers.
 */
import fs from "node:fs";
import path from "node:path";
import crypto from "node:crypto";
import { SMTPServer } from "smtp-server";

const dir = process.env.MAIL_CAPTURE_DIR;
const port = Number(process.env.SMTP_CAPTURE_PORT);
if (!dir || !Number.isInteger(port)) throw new Error("MAIL_CAPTURE_DIR and SMTP_CAPTURE_PORT must be set");
fs.mkdirSync(dir, { recursive: true });

const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS"],
  logger: false,
  onData(stream, _session, callback) {
    const chunks: Buffer[] = [];
    stream.on("data", (c: Buffer) => chunks.push(c));
    stream.on("error", callback);
    stream.on("end", () => {
      const name = `${String(Date.now())}-${crypto.randomBytes(4).toString("hex")}.eml`;
      // Write then rename so a reader never sees half a message.
      const tmp = path.join(dir, `.${name}.tmp`);
      fs.writeFileSync(tmp, Buffer.concat(chunks));
      fs.renameSync(tmp, path.join(dir, name));
      callback();
    });
  },
});

server.listen(port, "127.0.0.1", () => console.log(`SMTP capture on 127.0.0.1:${String(port)} → ${dir}`));
const stop = () => server.close(() => process.exit(0));
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
