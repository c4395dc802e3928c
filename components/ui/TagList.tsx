import Link from "next/link";
import { tagPath } from "@/lib/routes";

export function TagList({ tags, className = "" }: { tags: readonly string[]; className?: string }) {
  if (tags.length === 0) return null;
  return (
    <ul className={`flex flex-wrap gap-1.5 ${className}`} aria-label="Tags">
      {tags.map((tag) => (
        <li key={tag}>
          <Link
            href={tagPath(tag)}
            className="inline-flex min-h-6 items-center rounded-full border border-zinc-300 px-2.5 py-0.5 text-xs text-zinc-700 hover:border-accent hover:text-accent dark:border-zinc-600 dark:text-zinc-300 dark:hover:text-accent-dark"
          >
            #{tag}
          </Link>
        </li>
      ))}
    </ul>
  );
}
