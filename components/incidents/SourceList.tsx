import type { Source } from "@/lib/content";
import { formatDate } from "@/lib/format";

export function SourceList({ sources }: { sources: Source[] }) {
  return (
    <section aria-labelledby="sources-heading" className="mt-10">
      <h2 id="sources-heading" className="font-serif text-2xl font-bold">
        Sources
      </h2>
      <ol className="mt-3 list-decimal space-y-2 pl-6 text-sm">
        {sources.map((s) => (
          <li key={s.url}>
            <a href={s.url} rel="noopener noreferrer" className="font-semibold underline underline-offset-2 hover:text-accent">
              {s.title}
            </a>
            {s.publisher && <span className="text-zinc-600 dark:text-zinc-400"> — {s.publisher}</span>}
            {s.date && (
              <span className="text-zinc-600 dark:text-zinc-400">
                , <time dateTime={s.date}>{formatDate(s.date)}</time>
              </span>
            )}
            {s.archiveUrl && (
              <>
                {" "}
                (<a href={s.archiveUrl} rel="noopener noreferrer" className="underline">archived copy</a>)
              </>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
