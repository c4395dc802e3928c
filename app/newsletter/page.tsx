import { buildMetadata } from "@/lib/metadata";
import { PageHeading } from "@/components/ui/PageHeading";
import { NewsletterSignup } from "@/components/newsletter/NewsletterSignup";
import { newsletterPath } from "@/lib/routes";

export const metadata = buildMetadata({
  title: "Newsletter",
  description: "A digest of new crypto-security incident reports by email. Double opt-in; one click unsubscribes.",
  path: newsletterPath(),
});

export default function NewsletterPage() {
  return (
    <div className="max-w-2xl">
      <PageHeading
        eyebrow="Newsletter"
        title="The incident digest"
        lead="New Breachdesk reports — status, reported loss and sources — in one mail, at most once a week."
      />
      <ul className="list-disc space-y-1 pl-5 text-zinc-700 dark:text-zinc-300">
        <li>We mail a confirmation link first; nothing is sent until you press Confirm.</li>
        <li>Every mail has a one-click unsubscribe link, also understood by your mail app.</li>
        <li>We keep your address, when and where you subscribed, and a one-way hash of your IP as proof of consent. Nothing else.</li>
      </ul>
      <NewsletterSignup source={newsletterPath()} />
    </div>
  );
}
