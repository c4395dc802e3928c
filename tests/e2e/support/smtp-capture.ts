/**
 * The e2e tests' SMTP server, as a process: Playwright starts it as one of its webServers, and the tests
 * read the .eml files it writes into MAIL_CAPTURE_DIR back with mailparser.
 */
import { startSmtpSink } from "../../support/smtp";

const dir = process.env.MAIL_CAPTURE_DIR;
const port = Number(process.env.SMTP_CAPTURE_PORT);
if (!dir || !Number.isInteger(port)) throw new Error("MAIL_CAPTURE_DIR and SMTP_CAPTURE_PORT must be set");

const sink = await startSmtpSink({ port, captureDir: dir, keepRaw: false });
console.log(`SMTP capture on 127.0.0.1:${String(port)} → ${dir}`);
const stop = () => void sink.close().then(() => process.exit(0));
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
