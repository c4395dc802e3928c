import Link from "next/link";
import type { Page } from "@/lib/content";
import { tagPath, tagsPath } from "@/lib/routes";
import { humanizeSlug } from "@/lib/format";
import { tagFeedLink } from "@/lib/feeds/catalog";
import { RssIcon } from "@/components/feeds/RssIcon";
import { PageHeading } from "@/components/ui/PageHeading";
import { Pagination } from "@/components/ui/Pagination";
import type { IncidentCardData } from "./IncidentCard";
import { IncidentList } from "./IncidentList";

export function TagArchive({ tag, result }: { tag: string; result: Page<IncidentCardData> }) {
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={tagsPath()} className="underline underline-offset-2">
          ← All tags
        </Link>
      </p>
      <PageHeading
        eyebrow="Tag"
        title={`#${tag}`}
        lead={`${String(result.totalItems)} ${result.totalItems === 1 ? "report" : "reports"} tagged “${humanizeSlug(tag)}”.`}
      />
      <p className="-mt-4 mb-6 text-sm">
        <a href={tagFeedLink(tag).path} className="inline-flex items-center gap-1.5 underline underline-offset-2">
          <RssIcon />
          Follow #{tag} by RSS
        </a>
      </p>
      <IncidentList incidents={result.items} />
      <Pagination
        label={`Pages of #${tag}`}
        page={result.page}
        totalPages={result.totalPages}
        hrefFor={(p) => tagPath(tag, p)}
      />
    </>
  );
}
