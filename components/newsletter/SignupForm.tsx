import { useId } from "react";
import { subscribeApiPath } from "@/lib/routes";

/**
 * A plain HTML form that posts to the route handler and works without JavaScript. The site's one script
 * (lib/enhancements/signup-form.ts) finds it by `data-signup-form`, submits it in the background and answers
 * inline by setting `aria-invalid` on the field and `role`/`data-state` on the status line; the classes
 * below style those states, so the markup has one author.
 */
export function SignupForm({ source, defaultEmail }: { source: string; defaultEmail?: string }) {
  const id = useId();
  return (
    <form action={subscribeApiPath()} method="post" noValidate data-signup-form="" className="relative" aria-describedby={`${id}-status`}>
      <input type="hidden" name="source" value={source} />
      <div aria-hidden="true" className="absolute -left-[10000px] top-0 h-px w-px overflow-hidden">
        <label htmlFor={`${id}-website`}>Leave this field empty</label>
        <input id={`${id}-website`} name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      <label htmlFor={`${id}-email`} className="block text-sm font-semibold">
        Email address
      </label>
      <div className="mt-1 flex flex-wrap gap-2">
        <input
          id={`${id}-email`}
          name="email"
          type="email"
          required
          autoComplete="email"
          inputMode="email"
          maxLength={320}
          defaultValue={defaultEmail}
          className="min-w-0 flex-1 rounded border border-zinc-400 bg-white px-3 py-2 text-ink aria-invalid:border-2 aria-invalid:border-red-700 dark:border-zinc-600 dark:bg-zinc-900 dark:text-zinc-100 dark:aria-invalid:border-red-400"
        />
        <button
          type="submit"
          className="rounded bg-accent px-4 py-2 font-semibold text-white hover:opacity-90 disabled:opacity-60 dark:bg-accent-dark dark:text-ink"
        >
          Subscribe
        </button>
      </div>
      <p
        id={`${id}-status`}
        role="status"
        data-signup-status=""
        className="mt-2 min-h-6 text-sm data-[state=error]:font-semibold data-[state=error]:text-red-700 dark:data-[state=error]:text-red-400"
      />
    </form>
  );
}
