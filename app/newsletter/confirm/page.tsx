import { buildMetadata } from "@/lib/metadata";
import { getNewsletterService } from "@/lib/newsletter";
import { ActionForm, ResultPanel } from "@/components/newsletter/ResultPanel";
import { confirmApiPath, newsletterConfirmPath } from "@/lib/routes";

export const metadata = buildMetadata({ title: "Confirm your subscription", path: newsletterConfirmPath(), noindex: true });
export const dynamic = "force-dynamic";
export const runtime = "nodejs";

type Props = { searchParams: Promise<{ token?: string | string[] }> };

/** Showing this page changes nothing: only pressing Confirm (a POST) subscribes. */
export default async function ConfirmPage({ searchParams }: Props) {
  const raw = (await searchParams).token;
  const token = typeof raw === "string" ? raw : "";
  const state = await (await getNewsletterService()).inspectConfirmToken(token);
  if (state === "valid") {
    return (
      <ResultPanel title="Confirm your subscription">
        <p>Press the button to start receiving the Breachdesk incident digest at the address this link was sent to.</p>
        <ActionForm action={confirmApiPath()} token={token} label="Confirm subscription" />
      </ResultPanel>
    );
  }
  if (state === "used") {
    return (
      <ResultPanel title="This link was already used" signupAgain>
        <p>This confirmation link has already been used: if you pressed Confirm, you are subscribed and nothing more is needed.</p>
        <p>Otherwise, sign up again below and use the newest link.</p>
      </ResultPanel>
    );
  }
  if (state === "expired") {
    return (
      <ResultPanel title="This link has expired" signupAgain>
        <p>Confirmation links work for 48 hours. Sign up again below and we will send a fresh one.</p>
      </ResultPanel>
    );
  }
  return (
    <ResultPanel title="This confirmation link is not valid" signupAgain>
      <p>The link may be incomplete: some mail apps break long links. Copy the whole link from the mail, or sign up again below.</p>
    </ResultPanel>
  );
}
