import Link from "next/link";
import { siteConfig } from "@/config/site";
import { MainNav } from "./MainNav";
import { homePath } from "@/lib/routes";

// Site-wide links skip viewport prefetching: a dozen RSC prefetches on every page load compete
// with the page itself on slow connections; navigation still works (fetched on click).
// On phones the header is one row (name + a sideways-scrolling nav) so it costs ~56 px, not three rows.
export function SiteHeader() {
  return (
    <header role="banner" className="border-b-4 border-double border-ink/80 dark:border-zinc-500">
      <div className="mx-auto flex max-w-6xl items-center justify-between gap-x-3 px-4 py-2 sm:flex-wrap sm:items-end sm:gap-x-6 sm:gap-y-2 sm:px-6 sm:pb-3 sm:pt-5">
        <Link href={homePath()} prefetch={false} className="group shrink-0 py-1 leading-none">
          <span className="font-serif text-2xl font-bold tracking-tight sm:text-4xl">
            Breach<span className="text-accent dark:text-accent-dark">desk</span>
          </span>
          <span className="mt-1 hidden text-xs uppercase tracking-[0.18em] text-zinc-600 sm:block dark:text-zinc-400">
            {siteConfig.tagline}
          </span>
        </Link>
        <MainNav />
      </div>
    </header>
  );
}
