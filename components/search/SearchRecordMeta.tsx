import type { Incident } from "@/lib/content/model";

/**
 * What a search result shows besides the title (status, date, reported loss and the summary),
 * stored in the Pagefind index at build time so results need no second request. Hidden: the
 * article shows all of it already.
 */
export function SearchRecordMeta({ incident }: { incident: Incident }) {
  return (
    <div hidden>
      <span data-pagefind-meta="status">{incident.status}</span>
      <span data-pagefind-meta="date">{incident.date}</span>
      {incident.lossUsd !== undefined && <span data-pagefind-meta="loss">{String(incident.lossUsd)}</span>}
      <span data-pagefind-meta="summary">{incident.summary}</span>
    </div>
  );
}
