/** Helpers for the newsletter tests: the captured mailbox and the server's database. */
import fs from "node:fs/promises";
import path from "node:path";
import { simpleParser, type ParsedMail } from "mailparser";
import { expect } from "@playwright/test";
import { openDatabase } from "@/lib/db/connection";
import { createNewsletterRepository } from "@/lib/db/newsletter";
import type { Subscriber } from "@/lib/db/schema";
import { signUnsubscribeToken } from "@/lib/newsletter/tokens";

function runDir(): string {
  const dir = process.env.E2E_RUN_DIR;
  if (!dir) throw new Error("E2E_RUN_DIR is not set: run these tests through playwright.config.ts");
  return dir;
}

const mailDir = () => path.join(runDir(), "mail");

async function findMail(to: string, subject: RegExp): Promise<ParsedMail | undefined> {
  const files = (await fs.readdir(mailDir())).filter((f) => f.endsWith(".eml")).sort();
  for (const file of files) {
    const mail = await simpleParser(await fs.readFile(path.join(mailDir(), file)));
    const recipients = [mail.to].flat().flatMap((a) => a?.value ?? []).map((v) => v.address?.toLowerCase());
    if (recipients.includes(to.toLowerCase()) && subject.test(mail.subject ?? "")) return mail;
  }
  return undefined;
}

/** Waits (by polling the capture directory) for the mail to arrive at the test SMTP server. */
export async function waitForMail(to: string, subject: RegExp): Promise<ParsedMail> {
  let found: ParsedMail | undefined;
  await expect
    .poll(async () => {
      found = await findMail(to, subject);
      return found !== undefined;
    }, { message: `mail to ${to} matching ${String(subject)}`, timeout: 15_000 })
    .toBe(true);
  if (!found) throw new Error("unreachable: poll passed without a mail");
  return found;
}

export function headerLine(mail: ParsedMail, name: string): string | undefined {
  const line = mail.headerLines.find((h) => h.key === name.toLowerCase())?.line;
  return line?.slice(line.indexOf(":") + 1).replace(/\r?\n[ \t]+/g, " ").trim();
}

export async function findSubscriber(email: string): Promise<Subscriber | undefined> {
  const handle = await openDatabase({ kind: "sqlite", file: path.join(runDir(), "data", "breachdesk.sqlite") });
  try {
    return await createNewsletterRepository(handle.db).findSubscriberByKey(email.toLowerCase());
  } finally {
    await handle.close();
  }
}

export async function countSubscribers(): Promise<number> {
  const handle = await openDatabase({ kind: "sqlite", file: path.join(runDir(), "data", "breachdesk.sqlite") });
  try {
    const counts = await createNewsletterRepository(handle.db).countSubscribersByStatus();
    return Object.values(counts).reduce((a, b) => a + b, 0);
  } finally {
    await handle.close();
  }
}

/** A valid one-click unsubscribe token for a stored address (waits until its queued signup is applied). */
export async function unsubscribeTokenFor(email: string): Promise<string> {
  await expect.poll(async () => (await findSubscriber(email)) !== undefined, { message: `subscriber ${email} stored` }).toBe(true);
  const handle = await openDatabase({ kind: "sqlite", file: path.join(runDir(), "data", "breachdesk.sqlite") });
  try {
    const subscriber = await createNewsletterRepository(handle.db).findSubscriberByKey(email.toLowerCase());
    const secret = await handle.db.selectFrom("app_secrets").select("value").where("name", "=", "newsletter").executeTakeFirstOrThrow();
    if (!subscriber) throw new Error(`no subscriber ${email}`);
    return signUnsubscribeToken(subscriber.id, secret.value);
  } finally {
    await handle.close();
  }
}

/** Unique per call so parallel tests and reruns never share an address. */
export function uniqueAddress(label: string): string {
  return `${label}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}@example.com`;
}
