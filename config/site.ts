/** The one home of the site's facts. URLs are absolute via lib/env (SITE_URL). */
import { aboutPath, exchangesPath, explorerPath, newsletterPath, openDataPath, rankingsPath, searchPath, statsPath, tagsPath } from "@/lib/routes";

export const siteConfig = {
  name: "Breachdesk",
  tagline: "Crypto-security incidents, reported with sources",
  description:
    "Breachdesk reports exchange hacks, thefts and security failures in crypto: what happened, how much was lost, who confirmed it, and every source.",
  language: "en",
  locale: "en_US",
  publisher: "Breachdesk",
  socials: {
    telegram: { label: "Telegram channel", href: "https://t.me/breachdesk" },
    github: { label: "Source on GitHub", href: "https://github.com/breachdesk/breachdesk" },
    x: { label: "X (Twitter)", href: "https://x.com/breachdesk", handle: "@breachdesk" },
  },
  nav: [
    { href: explorerPath(), label: "Incidents" },
    { href: tagsPath(), label: "Tags" },
    { href: exchangesPath(), label: "Exchanges" },
    { href: rankingsPath(), label: "Rankings" },
    { href: newsletterPath(), label: "Newsletter" },
    { href: statsPath(), label: "Stats" },
    { href: openDataPath(), label: "Data" },
    { href: searchPath(), label: "Search" },
    { href: aboutPath(), label: "About" },
  ],
  pageSize: 10,
} as const;

