import type { IncidentUpdate, StatusStep } from "@/lib/content";
import { UPDATE_KIND_LABELS } from "@/lib/content/model";
import { formatDate } from "@/lib/format";
import { StatusBadge } from "@/components/ui/StatusBadge";

/**
 * Corrections go at the top of the article, where a returning reader looks first: every update
 * newest first, and the status history when the status changed.
 */
export function UpdatesLog({ updates, timeline }: { updates: IncidentUpdate[]; timeline: StatusStep[] }) {
  if (updates.length === 0) return null;
  const newestFirst = [...updates].sort((a, b) => b.date.localeCompare(a.date));
  return (
    <section aria-labelledby="updates-heading" className="mt-6 rounded border border-zinc-300 bg-zinc-50 p-4 text-sm dark:border-zinc-700 dark:bg-zinc-900">
      <h2 id="updates-heading" className="font-serif text-lg font-bold">
        Updates and corrections
      </h2>
      {timeline.length > 0 && (
        <ol aria-label="Status history" className="mt-2 flex flex-wrap items-center gap-x-2 gap-y-1">
          {timeline.map((step, i) => (
            <li key={`${step.date}-${String(i)}`} className="flex items-center gap-1">
              {i > 0 && <span aria-hidden="true">→</span>}
              {step.status ? <StatusBadge status={step.status} /> : <span className="font-semibold">{step.label}</span>}
              <time dateTime={step.date} className="text-zinc-600 dark:text-zinc-400">
                {formatDate(step.date)}
              </time>
            </li>
          ))}
        </ol>
      )}
      <ol className="mt-3 space-y-2">
        {newestFirst.map((u, i) => (
          <li key={`${u.date}-${String(i)}`}>
            <span className="font-semibold">
              {UPDATE_KIND_LABELS[u.kind]} <time dateTime={u.date}>{formatDate(u.date)}</time>:
            </span>{" "}
            <span className="text-zinc-700 dark:text-zinc-300">{u.note}</span>
            {u.status && (
              <>
                {" "}
                <StatusBadge status={u.status} />
              </>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
