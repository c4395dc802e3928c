/**
 * Browser code (bundled by scripts/build-enhancements.ts, never imported by the server). The signup form is
 * plain HTML that posts to the route handler and works without JavaScript; with this, it submits in the
 * background and answers inline. State lives in attributes only (aria-invalid, data-state), which the
 * form's own classes style (components/newsletter/SignupForm.tsx), so this file carries no markup or CSS.
 */

/** The hook SignupForm renders on its <form>. */
const SIGNUP_FORM_SELECTOR = "form[data-signup-form]";

const SENDING_LABEL = "Subscribing…";
const OFFLINE_MESSAGE = "Could not reach the server. Check your connection and try again.";

type SignupAnswer = { ok: boolean; message?: string; error?: string };

const isSignupAnswer = (value: unknown): value is SignupAnswer => typeof value === "object" && value !== null && "ok" in value;

type Outcome = { kind: "done"; message: string } | { kind: "error"; message: string; aboutField: boolean };
type State = { kind: "sending" } | Outcome;

function show(form: HTMLFormElement, state: State): void {
  const status = form.querySelector<HTMLElement>("[data-signup-status]");
  const field = form.querySelector<HTMLInputElement>('input[name="email"]');
  if (!status || !field) return;
  const failed = state.kind === "error";
  // Only a refused address marks the field; a lock-out or a lost connection is not the field's fault.
  const invalid = failed && state.aboutField;
  status.setAttribute("role", failed ? "alert" : "status");
  status.dataset.state = state.kind;
  status.textContent = state.kind === "sending" ? "" : state.message;
  if (failed) {
    const mark = document.createElement("span");
    mark.setAttribute("aria-hidden", "true");
    mark.textContent = "⚠ ";
    status.prepend(mark);
  }
  if (invalid) {
    field.setAttribute("aria-invalid", "true");
    field.setAttribute("aria-describedby", status.id);
    // Back to the field the message is about, so a keyboard or screen-reader user can fix it at once.
    field.focus();
  } else {
    field.removeAttribute("aria-invalid");
    field.removeAttribute("aria-describedby");
  }
}

async function post(form: HTMLFormElement): Promise<Outcome> {
  const body = new URLSearchParams();
  for (const [key, value] of new FormData(form)) if (typeof value === "string") body.append(key, value);
  try {
    const response = await fetch(form.action, {
      method: "POST",
      headers: { Accept: "application/json", "Content-Type": "application/x-www-form-urlencoded" },
      body,
    });
    const data: unknown = await response.json();
    if (!isSignupAnswer(data)) return { kind: "error", message: `Signup failed (HTTP ${String(response.status)}).`, aboutField: false };
    if (data.ok) return { kind: "done", message: data.message ?? "Check your inbox to confirm." };
    return { kind: "error", message: data.error ?? `Signup failed (HTTP ${String(response.status)}).`, aboutField: response.status === 400 };
  } catch {
    // fetch rejects only when the request never got an answer; a body that is not JSON lands here too.
    return { kind: "error", message: OFFLINE_MESSAGE, aboutField: false };
  }
}

async function submit(form: HTMLFormElement): Promise<void> {
  const button = form.querySelector<HTMLButtonElement>('button[type="submit"]');
  const label = button?.textContent ?? "";
  show(form, { kind: "sending" });
  if (button) {
    button.disabled = true;
    button.textContent = SENDING_LABEL;
  }
  const outcome = await post(form);
  if (button) {
    button.disabled = false;
    button.textContent = label;
  }
  if (outcome.kind === "done") form.reset();
  show(form, outcome);
}

/** One listener for the document, so forms rendered later (client navigation on the explorer) work too. */
export function enhanceSignupForms(root: Document): void {
  root.addEventListener("submit", (event) => {
    const form = event.target;
    if (!(form instanceof HTMLFormElement) || !form.matches(SIGNUP_FORM_SELECTOR)) return;
    event.preventDefault();
    if (form.querySelector("button[disabled]")) return;
    void submit(form);
  });
}
