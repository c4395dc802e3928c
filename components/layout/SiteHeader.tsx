import Link from "next/link";
import { siteConfig } from "@/config/site";
import { SearchShortcut } from "@/components/search/SearchShortcut";

// Site-wide links skip viewport prefetching: a dozen RSC prefetches on every page load compete
// with the page itself on slow connections; navigation still works (fetched on click).
export function SiteHeader() {
  return (
    <header role="banner" className="border-b-4 border-double border-ink/80 dark:border-zinc-500">
      <div className="mx-auto flex max-w-6xl flex-wrap items-end justify-between gap-x-6 gap-y-2 px-4 pb-3 pt-5 sm:px-6">
        <Link href="/" prefetch={false} className="group leading-none">
          <span className="font-serif text-3xl font-bold tracking-tight sm:text-4xl">
            Breach<span className="text-accent dark:text-accent-dark">desk</span>
          </span>
          <span className="mt-1 block text-xs uppercase tracking-[0.18em] text-zinc-600 dark:text-zinc-400">
            {siteConfig.tagline}
          </span>
        </Link>
        <nav aria-label="Main">
          <ul className="flex flex-wrap gap-x-5 gap-y-1 text-sm font-semibold uppercase tracking-wide">
            {siteConfig.nav.map((item) => (
              <li key={item.href}>
                <Link href={item.href} prefetch={false} className="hover:text-accent hover:underline dark:hover:text-accent-dark">
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <SearchShortcut />
      </div>
    </header>
  );
}
