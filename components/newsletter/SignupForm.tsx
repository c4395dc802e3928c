"use client";

import { useId, useState, type FormEvent } from "react";
import { subscribeApiPath } from "@/lib/routes";

type Status = { kind: "idle" } | { kind: "sending" } | { kind: "done"; message: string } | { kind: "error"; message: string; aboutField: boolean };

const isSignupAnswer = (value: unknown): value is { ok: boolean; message?: string; error?: string } =>
  typeof value === "object" && value !== null && "ok" in value;

/**
 * A plain HTML form that posts to the route handler and works without JavaScript; when scripts run,
 * it submits in the background and shows the result inline instead of leaving the page.
 */
export function SignupForm({ source, defaultEmail }: { source: string; defaultEmail?: string }) {
  const id = useId();
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const failed = status.kind === "error";
  // Only a refused address marks the field; a lock-out or a lost connection is not the field's fault.
  const invalid = status.kind === "error" && status.aboutField;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const body = new URLSearchParams();
    for (const [key, value] of new FormData(form)) if (typeof value === "string") body.append(key, value);
    setStatus({ kind: "sending" });
    try {
      const response = await fetch(form.action, {
        method: "POST",
        headers: { Accept: "application/json", "Content-Type": "application/x-www-form-urlencoded" },
        body,
      });
      const data: unknown = await response.json();
      if (!isSignupAnswer(data)) throw new Error(`Unexpected answer (HTTP ${String(response.status)})`);
      if (data.ok) {
        setStatus({ kind: "done", message: data.message ?? "Check your inbox to confirm." });
        form.reset();
      } else {
        const aboutField = response.status === 400;
        setStatus({ kind: "error", message: data.error ?? `Signup failed (HTTP ${String(response.status)}).`, aboutField });
        // Back to the field the message is about, so a keyboard or screen-reader user can fix it at once.
        if (aboutField) form.querySelector<HTMLInputElement>('input[name="email"]')?.focus();
      }
    } catch {
      setStatus({ kind: "error", message: "Could not reach the server. Check your connection and try again.", aboutField: false });
    }
  }

  return (
    <form action={subscribeApiPath()} method="post" noValidate onSubmit={submit} className="relative" aria-describedby={`${id}-status`}>
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
          aria-invalid={invalid ? "true" : undefined}
          aria-describedby={invalid ? `${id}-status` : undefined}
          className={`min-w-0 flex-1 rounded border bg-white px-3 py-2 text-ink dark:bg-zinc-900 dark:text-zinc-100 ${
            invalid ? "border-2 border-red-700 dark:border-red-400" : "border-zinc-400 dark:border-zinc-600"
          }`}
        />
        <button
          type="submit"
          disabled={status.kind === "sending"}
          className="rounded bg-accent px-4 py-2 font-semibold text-white hover:opacity-90 disabled:opacity-60 dark:bg-accent-dark dark:text-ink"
        >
          {status.kind === "sending" ? "Subscribing…" : "Subscribe"}
        </button>
      </div>
      <p
        id={`${id}-status`}
        role={failed ? "alert" : "status"}
        className={`mt-2 min-h-6 text-sm ${failed ? "font-semibold text-red-700 dark:text-red-400" : ""}`}
      >
        {failed && <span aria-hidden="true">⚠ </span>}
        {status.kind === "done" || status.kind === "error" ? status.message : ""}
      </p>
    </form>
  );
}
