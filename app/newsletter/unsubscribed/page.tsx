import { buildMetadata } from "@/lib/metadata";
import { ResultPanel } from "@/components/newsletter/ResultPanel";
import { newsletterUnsubscribedPath } from "@/lib/routes";

export const metadata = buildMetadata({ title: "Unsubscribed", path: newsletterUnsubscribedPath(), noindex: true });

export default function UnsubscribedPage() {
  return (
    <ResultPanel title="You are unsubscribed">
      <p>We will not mail this address again. Changed your mind? Sign up on any article; we will ask you to confirm once more.</p>
    </ResultPanel>
  );
}
