/** The one home of the site's facts. URLs are absolute via lib/env (SITE_URL). */
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
    { href: "/incidents", label: "Incidents" },
    { href: "/tags", label: "Tags" },
    { href: "/exchanges", label: "Exchanges" },
    { href: "/rankings", label: "Rankings" },
    { href: "/newsletter", label: "Newsletter" },
    { href: "/stats", label: "Stats" },
    { href: "/data", label: "Data" },
    { href: "/search", label: "Search" },
    { href: "/about", label: "About" },
  ],
  pageSize: 10,
} as const;

