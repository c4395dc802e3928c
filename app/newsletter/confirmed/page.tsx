import { buildMetadata } from "@/lib/metadata";
import { ResultPanel } from "@/components/newsletter/ResultPanel";

export const metadata = buildMetadata({ title: "Subscribed", path: "/newsletter/confirmed", noindex: true });

export default function ConfirmedPage() {
  return (
    <ResultPanel title="You are subscribed">
      <p>Thanks for confirming. The next digest of new incident reports will come to your inbox.</p>
      <p>Every mail has a one-click unsubscribe link.</p>
    </ResultPanel>
  );
}
