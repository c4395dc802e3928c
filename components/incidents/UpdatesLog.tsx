import type { IncidentUpdate } from "@/lib/content";
import { formatDate } from "@/lib/format";
import { StatusBadge } from "@/components/ui/StatusBadge";

export function UpdatesLog({ updates }: { updates: IncidentUpdate[] }) {
  if (updates.length === 0) return null;
  const newestFirst = [...updates].sort((a, b) => b.date.localeCompare(a.date));
  return (
    <section aria-labelledby="updates-heading" className="mt-10">
      <h2 id="updates-heading" className="font-serif text-2xl font-bold">
        Updates and corrections
      </h2>
      <ol className="mt-3 space-y-3 border-l-2 border-zinc-300 pl-4 text-sm dark:border-zinc-700">
        {newestFirst.map((u, i) => (
          <li key={`${u.date}-${String(i)}`}>
            <p className="flex flex-wrap items-center gap-2 font-semibold">
              <time dateTime={u.date}>{formatDate(u.date)}</time>
              {u.status && <StatusBadge status={u.status} />}
            </p>
            <p className="text-zinc-700 dark:text-zinc-300">{u.note}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}
