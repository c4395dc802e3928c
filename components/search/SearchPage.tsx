import Link from "next/link";
import type { ExplorerChoices } from "@/lib/stats/explorer";
import { PageHeading } from "@/components/ui/PageHeading";
import { SiteSearch } from "./SiteSearch";
import { explorerPath } from "@/lib/routes";

export function SearchPage({ choices, vocabulary }: { choices: ExplorerChoices; vocabulary: readonly string[] }) {
  return (
    <>
      <PageHeading eyebrow="Search" title="Search the reports" lead="Full text of every incident report." />
      <SiteSearch
        choices={choices}
        vocabulary={vocabulary}
        withoutScript={
          <p className="rounded border border-zinc-400 p-4">
            Search needs JavaScript. Without it, browse the{" "}
            <Link href={explorerPath()} className="underline">
              incident explorer
            </Link>{" "}
            by year, status and attack vector.
          </p>
        }
      />
    </>
  );
}
