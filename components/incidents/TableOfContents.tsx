import type { TocEntry } from "@/lib/content";

export function TableOfContents({ toc }: { toc: TocEntry[] }) {
  if (toc.length === 0) return null;
  return (
    <nav aria-labelledby="toc-heading" className="no-print rounded border border-zinc-300 p-4 text-sm dark:border-zinc-700">
      <h2 id="toc-heading" className="mb-2 text-xs font-bold uppercase tracking-wider text-zinc-600 dark:text-zinc-400">
        On this page
      </h2>
      <ol className="space-y-1">
        {toc.map((entry) => (
          <li key={entry.id} className={entry.depth === 3 ? "pl-4" : ""}>
            <a href={`#${entry.id}`} className="inline-block min-h-6 py-0.5 hover:text-accent hover:underline dark:hover:text-accent-dark">
              {entry.text}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
