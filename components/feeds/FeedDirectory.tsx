import Link from "next/link";
import { FEED_FORMATS } from "@/lib/feeds/catalog";
import type { FeedDirectoryEntry, FeedDirectoryGroup } from "@/lib/feeds";
import { RssIcon } from "./RssIcon";
import { explorerPath } from "@/lib/routes";

function FeedRow({ feed }: { feed: FeedDirectoryEntry }) {
  return (
    <li className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
      <a href={feed.path} className="inline-flex items-center gap-1.5 font-semibold underline underline-offset-2">
        <RssIcon />
        {feed.label}
      </a>
      <span className="text-sm text-zinc-600 dark:text-zinc-400">{FEED_FORMATS[feed.format].label}</span>
      <code className="break-all text-xs text-zinc-600 dark:text-zinc-400">{feed.url}</code>
    </li>
  );
}

/** Every feed we publish, grouped, with the address a reader pastes into their feed reader. */
export function FeedDirectory({ groups }: { groups: FeedDirectoryGroup[] }) {
  return (
    <div className="max-w-3xl space-y-10">
      <section aria-labelledby="subscribe-heading" className="prose prose-zinc dark:prose-invert prose-headings:font-serif">
        <h2 id="subscribe-heading">How to subscribe</h2>
        <ol>
          <li>Copy the address of a feed below (or just paste this site’s address — readers find the feeds on their own).</li>
          <li>
            In your feed reader — Feedly, Inoreader, NetNewsWire, Thunderbird, Miniflux or any other — choose “Add feed” or
            “Subscribe” and paste it.
          </li>
          <li>New reports appear with their full text, sources and status; corrections show as updates.</li>
        </ol>
        <p>
          Prefer another channel? Follow us on Telegram, or browse the <Link href={explorerPath()}>incident archive</Link>.
        </p>
      </section>
      {groups.map((group) => (
        <section key={group.id} aria-labelledby={`${group.id}-heading`}>
          <h2 id={`${group.id}-heading`} className="font-serif text-2xl font-bold">
            {group.heading}
          </h2>
          <p className="mt-1 text-zinc-700 dark:text-zinc-300">{group.intro}</p>
          <ul className="mt-3 space-y-2">
            {group.feeds.map((feed) => (
              <FeedRow key={feed.path} feed={feed} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
