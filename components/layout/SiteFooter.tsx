import Link from "next/link";
import { siteConfig } from "@/config/site";
import { RssIcon } from "@/components/feeds/RssIcon";
import { feedsPath } from "@/lib/routes";

export function SiteFooter() {
  const { telegram, x, github } = siteConfig.socials;
  return (
    <footer role="contentinfo" className="mt-16 border-t border-zinc-300 dark:border-zinc-700">
      <div className="mx-auto grid max-w-6xl gap-6 px-4 py-8 text-sm sm:grid-cols-3 sm:px-6">
        <div>
          <p className="font-serif text-lg font-bold">{siteConfig.name}</p>
          <p className="mt-1 text-zinc-600 dark:text-zinc-400">{siteConfig.description}</p>
        </div>
        <nav aria-label="Footer">
          <ul className="space-y-1">
            {siteConfig.nav.map((item) => (
              <li key={item.href}>
                <Link href={item.href} prefetch={false} className="inline-block min-h-6 py-0.5 underline-offset-2 hover:underline">
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div>
          <p className="font-semibold">Follow</p>
          <ul className="mt-1 space-y-1">
            {[telegram, x, github].map((s) => (
              <li key={s.href}>
                <a href={s.href} rel="noopener noreferrer" className="inline-block min-h-6 py-0.5 underline-offset-2 hover:underline">
                  {s.label}
                </a>
              </li>
            ))}
            <li>
              <Link href={feedsPath()} prefetch={false} className="inline-flex min-h-6 items-center gap-1.5 underline-offset-2 hover:underline">
                <RssIcon />
                RSS feeds
              </Link>
            </li>
          </ul>
        </div>
      </div>
      <p className="pb-6 text-center text-xs text-zinc-600 dark:text-zinc-400">
        © {siteConfig.name}. Reports cite public sources; corrections are logged on each article.
      </p>
    </footer>
  );
}
