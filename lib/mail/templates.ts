/** Subscriber mails, each as HTML and plain text built from the same facts. */
import { siteConfig } from "@/config/site";

export type RenderedMail = { subject: string; text: string; html: string };

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function layout(title: string, bodyHtml: string, footerHtml: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(title)}</title></head>
<body style="margin:0;padding:24px;background:#fbfaf7;color:#18181b;font-family:Georgia,serif;line-height:1.5">
<div style="max-width:560px;margin:0 auto">
<p style="font-weight:bold;font-size:20px;margin:0 0 16px">${escapeHtml(siteConfig.name)}</p>
${bodyHtml}
<hr style="border:none;border-top:1px solid #d4d4d8;margin:24px 0">
<p style="font-size:13px;color:#52525b">${footerHtml}</p>
</div></body></html>`;
}

function button(href: string, label: string): string {
  return `<p><a href="${escapeHtml(href)}" style="display:inline-block;background:#b91c1c;color:#fff;padding:10px 18px;border-radius:4px;text-decoration:none;font-family:sans-serif">${escapeHtml(label)}</a></p>`;
}

export function confirmationMail(input: { confirmUrl: string; expiresHours: number }): RenderedMail {
  const subject = `Confirm your ${siteConfig.name} subscription`;
  const text = [
    `Someone — hopefully you — asked to receive the ${siteConfig.name} newsletter at this address.`,
    "",
    "To confirm, open this link and press the Confirm button:",
    input.confirmUrl,
    "",
    `The link expires in ${String(input.expiresHours)} hours. If you did not ask for this, ignore this mail: you will not be subscribed.`,
  ].join("\n");
  const html = layout(
    subject,
    `<p>Someone — hopefully you — asked to receive the ${escapeHtml(siteConfig.name)} newsletter at this address.</p>
${button(input.confirmUrl, "Confirm my subscription")}
<p style="font-size:14px">Or paste this link into your browser: <br><a href="${escapeHtml(input.confirmUrl)}">${escapeHtml(input.confirmUrl)}</a></p>`,
    `The link expires in ${String(input.expiresHours)} hours. If you did not ask for this, ignore this mail: you will not be subscribed.`,
  );
  return { subject, text, html };
}

export function welcomeMail(input: { unsubscribeUrl: string }): RenderedMail {
  const subject = `You are subscribed to ${siteConfig.name}`;
  const text = [
    `Thanks for confirming. You will receive a digest of new ${siteConfig.name} incident reports.`,
    "",
    `Unsubscribe at any time: ${input.unsubscribeUrl}`,
  ].join("\n");
  const html = layout(
    subject,
    `<p>Thanks for confirming. You will receive a digest of new ${escapeHtml(siteConfig.name)} incident reports.</p>`,
    `<a href="${escapeHtml(input.unsubscribeUrl)}">Unsubscribe</a> at any time, in one click.`,
  );
  return { subject, text, html };
}

export type DigestItem = { title: string; url: string; summary: string; date: string; status: string };

export function digestMail(input: { items: DigestItem[]; since: string; unsubscribeUrl: string }): RenderedMail {
  const count = input.items.length;
  const subject = `${siteConfig.name}: ${String(count)} new incident report${count === 1 ? "" : "s"}`;
  const text = [
    `New on ${siteConfig.name} since ${input.since}:`,
    "",
    ...input.items.flatMap((i) => [`* ${i.title} (${i.date}, ${i.status})`, `  ${i.summary}`, `  ${i.url}`, ""]),
    `Unsubscribe: ${input.unsubscribeUrl}`,
  ].join("\n");
  const list = input.items
    .map(
      (i) =>
        `<li style="margin-bottom:16px"><a href="${escapeHtml(i.url)}" style="font-weight:bold;color:#b91c1c">${escapeHtml(i.title)}</a><br><span style="font-size:13px;color:#52525b">${escapeHtml(i.date)} · ${escapeHtml(i.status)}</span><br>${escapeHtml(i.summary)}</li>`,
    )
    .join("\n");
  const html = layout(
    subject,
    `<p>New on ${escapeHtml(siteConfig.name)} since ${escapeHtml(input.since)}:</p><ul style="padding-left:18px">${list}</ul>`,
    `You receive this because you confirmed a subscription. <a href="${escapeHtml(input.unsubscribeUrl)}">Unsubscribe</a> in one click.`,
  );
  return { subject, text, html };
}
