import { buildMetadata } from "@/lib/metadata";
import { describeSignupError } from "@/lib/newsletter/messages";
import { ResultPanel } from "@/components/newsletter/ResultPanel";

export const metadata = buildMetadata({ title: "Signup failed", path: "/newsletter/error", noindex: true });
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<{ code?: string | string[]; email?: string | string[] }> };

export default async function SignupErrorPage({ searchParams }: Props) {
  const { code, email } = await searchParams;
  return (
    <ResultPanel title="We could not sign you up" signupAgain>
      <p role="alert">{describeSignupError(code, email)}</p>
    </ResultPanel>
  );
}
