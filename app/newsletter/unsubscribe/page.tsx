import { buildMetadata } from "@/lib/metadata";
import { getNewsletterService } from "@/lib/newsletter";
import { ActionForm, ResultPanel } from "@/components/newsletter/ResultPanel";
import { newsletterUnsubscribePath, unsubscribeApiPath } from "@/lib/routes";

export const metadata = buildMetadata({ title: "Unsubscribe", path: newsletterUnsubscribePath(), noindex: true });
export const dynamic = "force-dynamic";
export const runtime = "nodejs";

type Props = { searchParams: Promise<{ token?: string | string[] }> };

/** A GET only shows the button, so link checkers cannot unsubscribe anyone. */
export default async function UnsubscribePage({ searchParams }: Props) {
  const raw = (await searchParams).token;
  const token = typeof raw === "string" ? raw : "";
  const state = await (await getNewsletterService()).inspectUnsubscribeToken(token);
  if (state === "valid") {
    return (
      <ResultPanel title="Unsubscribe from the digest">
        <p>Press the button and we will stop mailing this address. You can subscribe again at any time.</p>
        <ActionForm action={unsubscribeApiPath()} token={token} label="Unsubscribe" />
      </ResultPanel>
    );
  }
  return (
    <ResultPanel title="This unsubscribe link is not valid">
      <p>The link may be incomplete. Copy the whole link from the bottom of the mail, or use the Unsubscribe button your mail app shows.</p>
    </ResultPanel>
  );
}
