import Link from "next/link";
import { listTags } from "@/lib/content";
import { buildMetadata } from "@/lib/metadata";
import { PageHeading } from "@/components/ui/PageHeading";
import { tagPath, tagsPath } from "@/lib/routes";

export const metadata = buildMetadata({
  title: "Tags",
  description: "Browse crypto-security incidents by topic: attack type, region, asset and more.",
  path: tagsPath(),
});

export default function TagsPage() {
  const tags = listTags();
  return (
    <>
      <PageHeading eyebrow="Browse" title="Tags" lead={`${String(tags.length)} topics across our reports.`} />
      <ul className="flex flex-wrap gap-3">
        {tags.map(({ tag, count }) => (
          <li key={tag}>
            <Link
              href={tagPath(tag)}
              className="inline-flex items-baseline gap-2 rounded border border-zinc-300 px-3 py-1.5 hover:border-accent hover:text-accent dark:border-zinc-600 dark:hover:text-accent-dark"
            >
              <span className="font-semibold">#{tag}</span>
              <span className="tabular text-sm text-zinc-600 dark:text-zinc-400">
                {count} <span className="sr-only">{count === 1 ? "report" : "reports"}</span>
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
