import { buildMetadata } from "@/lib/metadata";
import { NEUTRAL_SIGNUP_MESSAGE } from "@/lib/newsletter/messages";
import { ResultPanel } from "@/components/newsletter/ResultPanel";
import { newsletterCheckInboxPath } from "@/lib/routes";

export const metadata = buildMetadata({ title: "Check your inbox", path: newsletterCheckInboxPath(), noindex: true });

export default function CheckInboxPage() {
  return (
    <ResultPanel title="Check your inbox to confirm">
      <p>{NEUTRAL_SIGNUP_MESSAGE}</p>
      <p>Already subscribed? Then no new email is sent, and your subscription goes on as before.</p>
    </ResultPanel>
  );
}
