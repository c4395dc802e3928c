"use client";

import { useEffect } from "react";
import { usePathname, useRouter } from "next/navigation";

const SEARCH_INPUT_SELECTOR = 'form[role="search"] input[type="search"]';

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));
}

/** "/" anywhere (outside a text field) jumps to search, as on most news and code sites. */
export function SearchShortcut() {
  const router = useRouter();
  const pathname = usePathname();
  useEffect(() => {
    router.prefetch("/search");
  }, [router]);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      event.preventDefault();
      const input = document.querySelector<HTMLInputElement>(SEARCH_INPUT_SELECTOR);
      if (pathname === "/search" && input) input.focus();
      else router.push("/search");
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [pathname, router]);
  return null;
}
