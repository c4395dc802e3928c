import { formatDate } from "@/lib/format";

/** Only `next dev` ever renders unpublished reports; the banner keeps an editor from mistaking one for live. */
export function PublicationBanner({ draft, scheduled, date }: { draft: boolean; scheduled: boolean; date: string }) {
  if (!draft && !scheduled) return null;
  return (
    <p role="status" className="mb-4 rounded border-2 border-dashed border-amber-600 bg-amber-50 p-3 font-bold text-amber-900">
      {draft ? (
        <>DRAFT — not published; visible only in development. Set <code>draft: false</code> to publish.</>
      ) : (
        <>
          SCHEDULED — appears on the site with the first build on or after <time dateTime={date}>{formatDate(date)}</time>.
        </>
      )}
    </p>
  );
}
