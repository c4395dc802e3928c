import { cookies } from "next/headers";
import { buildMetadata } from "@/lib/metadata";
import { RETRY_ADDRESS_COOKIE, describeSignupError, getNewsletterService } from "@/lib/newsletter";
import { ResultPanel } from "@/components/newsletter/ResultPanel";
import { newsletterErrorPath } from "@/lib/routes";

export const metadata = buildMetadata({ title: "Signup failed", path: newsletterErrorPath(), noindex: true });
export const dynamic = "force-dynamic";
export const runtime = "nodejs";

type Props = { searchParams: Promise<{ code?: string | string[]; reason?: string | string[]; retry?: string | string[] }> };

/** Only our own sentences, picked by code; the typed address comes back from a signed cookie, never the URL. */
export default async function SignupErrorPage({ searchParams }: Props) {
  const { code, reason, retry } = await searchParams;
  const sealed = (await cookies()).get(RETRY_ADDRESS_COOKIE)?.value;
  const typed = await (await getNewsletterService()).openRetryAddress(sealed);
  return (
    <ResultPanel title="We could not sign you up" signupAgain defaultEmail={typed}>
      <p role="alert">{describeSignupError(code, reason, retry)}</p>
    </ResultPanel>
  );
}
