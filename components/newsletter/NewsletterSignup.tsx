import { siteConfig } from "@/config/site";
import { SignupForm } from "./SignupForm";

/** The signup box: the form, what subscribers get, and the Telegram channel as the alternative. */
export function NewsletterSignup({ source, headingLevel = 2, defaultEmail }: { source: string; headingLevel?: 2 | 3; defaultEmail?: string }) {
  const Heading = `h${String(headingLevel)}` as "h2" | "h3";
  const headingId = `newsletter-${source.replace(/[^a-z0-9]+/gi, "-")}`;
  const { telegram } = siteConfig.socials;
  return (
    <section aria-labelledby={headingId} className="no-print mt-12 rounded border border-zinc-300 p-5 dark:border-zinc-700">
      <Heading id={headingId} className="font-serif text-2xl font-bold">
        Get the incident digest
      </Heading>
      <p className="mt-1 mb-4 text-zinc-700 dark:text-zinc-300">
        New reports by email, at most once a week. We send a confirmation link first; one click unsubscribes.
      </p>
      <SignupForm source={source} defaultEmail={defaultEmail} />
      <p className="mt-2 text-sm text-zinc-700 dark:text-zinc-300">
        Prefer chat? Follow our{" "}
        <a href={telegram.href} rel="noopener noreferrer" className="font-semibold underline underline-offset-2">
          {telegram.label}
        </a>
        .
      </p>
    </section>
  );
}
