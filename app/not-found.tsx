import Link from "next/link";
import { listLatestIncidents } from "@/lib/content";
import { PageHeading } from "@/components/ui/PageHeading";
import { explorerPath, homePath, incidentPath } from "@/lib/routes";

export const metadata = { title: "Page not found", robots: { index: false } };

export default function NotFound() {
  const latest = listLatestIncidents(3);
  return (
    <>
      <PageHeading
        eyebrow="Error 404"
        title="Page not found"
        lead="We could not find that page. It may have moved, or the address may be mistyped."
      />
      <p>
        <Link href={homePath()} className="font-semibold underline underline-offset-2">
          Go to the front page
        </Link>{" "}
        or{" "}
        <Link href={explorerPath()} className="font-semibold underline underline-offset-2">
          browse all incidents
        </Link>
        .
      </p>
      <h2 className="mb-3 mt-8 text-xs font-bold uppercase tracking-[0.18em] text-zinc-600 dark:text-zinc-400">Latest reports</h2>
      <ul className="list-disc space-y-1 pl-5">
        {latest.map((i) => (
          <li key={i.slug}>
            <Link href={incidentPath(i.slug)} className="underline underline-offset-2">
              {i.title}
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
