import { buildMetadata } from "@/lib/metadata";
import { ResultPanel } from "@/components/newsletter/ResultPanel";
import { newsletterConfirmedPath } from "@/lib/routes";

export const metadata = buildMetadata({ title: "Subscribed", path: newsletterConfirmedPath(), noindex: true });

export default function ConfirmedPage() {
  return (
    <ResultPanel title="You are subscribed">
      <p>Thanks for confirming. The next digest of new incident reports will come to your inbox.</p>
      <p>Every mail has a one-click unsubscribe link.</p>
    </ResultPanel>
  );
}
