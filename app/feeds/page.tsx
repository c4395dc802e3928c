import { listFeedDirectory } from "@/lib/feeds";
import { buildMetadata } from "@/lib/metadata";
import { PageHeading } from "@/components/ui/PageHeading";
import { FeedDirectory } from "@/components/feeds/FeedDirectory";
import { feedsPath } from "@/lib/routes";

export const metadata = buildMetadata({
  title: "RSS, Atom and JSON feeds",
  description: "Follow Breachdesk in your feed reader: all incidents, or only one tag or exchange.",
  path: feedsPath(),
});

export default function FeedsPage() {
  return (
    <>
      <PageHeading
        eyebrow="Subscribe"
        title="Feeds"
        lead="Get every new report in your feed reader, with its full text — for the whole site, one tag or one exchange."
      />
      <FeedDirectory groups={listFeedDirectory()} />
    </>
  );
}
