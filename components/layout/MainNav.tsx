"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { siteConfig } from "@/config/site";

/** A section is current on its own page and on every page below it (/incidents/okex-2017 is under Incidents). */
function isCurrent(pathname: string, href: string): boolean {
  return pathname === href || pathname.startsWith(`${href}/`);
}

/**
 * The main navigation. A client component only for usePathname: the current page is also marked in the
 * prerendered HTML, so it holds without JavaScript. On phones the list is one row that scrolls sideways
 * instead of wrapping into several rows above every page.
 */
export function MainNav() {
  const pathname = usePathname();
  return (
    <nav aria-label="Main" className="min-w-0 flex-1 sm:flex-none">
      <ul className="main-nav-scroller -mr-4 flex gap-x-1 overflow-x-auto whitespace-nowrap pr-4 text-sm font-semibold sm:mr-0 sm:flex-wrap sm:gap-x-3 sm:overflow-visible sm:pr-0 sm:uppercase sm:tracking-wide">
        {siteConfig.nav.map((item) => {
          const current = isCurrent(pathname, item.href);
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                prefetch={false}
                aria-current={current ? "page" : undefined}
                className={`inline-flex min-h-9 items-center border-b-2 px-1.5 hover:text-accent dark:hover:text-accent-dark ${
                  current ? "border-accent text-accent dark:border-accent-dark dark:text-accent-dark" : "border-transparent"
                }`}
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
