/**
 * Runs once when the Next server starts, before it serves anything: installs the front door
 * (lib/http/front-door.ts) on Node's HTTP server, warns about an insecure SITE_URL, and starts draining the
 * mail outbox in this process, so signups acknowledged before a crash are mailed without waiting for a new one.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { installFrontDoor } = await import("@/lib/http/front-door");
  installFrontDoor(process.env.NODE_ENV === "production");
  const { env, insecureSiteUrlWarning } = await import("@/lib/env");
  const warning = insecureSiteUrlWarning(env);
  if (warning) console.error(warning);
  const { startOutbox } = await import("@/lib/newsletter");
  startOutbox();
}
