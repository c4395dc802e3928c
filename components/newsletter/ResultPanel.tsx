import Link from "next/link";
import { PageHeading } from "@/components/ui/PageHeading";
import { NewsletterSignup } from "./NewsletterSignup";
import { explorerPath, newsletterPath } from "@/lib/routes";

/** The shared shape of every newsletter result page: a heading, what happened, optionally the form again. */
export function ResultPanel({
  title,
  children,
  signupAgain = false,
  source = newsletterPath(),
  defaultEmail,
}: {
  title: string;
  children: React.ReactNode;
  signupAgain?: boolean;
  source?: string;
  /** Pre-fills the form again (the address a visitor just typed, so a typo can be fixed). */
  defaultEmail?: string;
}) {
  return (
    <div className="max-w-2xl">
      <PageHeading eyebrow="Newsletter" title={title} />
      <div className="space-y-3 text-lg text-zinc-800 dark:text-zinc-200">{children}</div>
      {signupAgain ? (
        <NewsletterSignup source={source} defaultEmail={defaultEmail} />
      ) : (
        <p className="mt-8">
          <Link href={explorerPath()} className="font-semibold underline underline-offset-2">
            Read the latest incident reports →
          </Link>
        </p>
      )}
    </div>
  );
}

export function ActionForm({ action, token, label }: { action: string; token: string; label: string }) {
  return (
    <form action={action} method="post" className="mt-6">
      <input type="hidden" name="token" value={token} />
      <button type="submit" className="rounded bg-accent px-5 py-2 text-lg font-semibold text-white hover:opacity-90 dark:bg-accent-dark dark:text-ink">
        {label}
      </button>
    </form>
  );
}
