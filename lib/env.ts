/**
 * Environment, parsed once. Anything read from process.env goes through here so a typo'd or
 * malformed variable fails loudly with its name instead of misbehaving later.
 */
import { z } from "zod";

const envSchema = z.object({
  SITE_URL: z
    .url({ protocol: /^https?$/, error: "SITE_URL must be an absolute http(s) URL such as https://breachdesk.example" })
    .default("http://localhost:3000")
    .transform((u) => u.replace(/\/+$/, "")),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
});

export type Env = z.infer<typeof envSchema>;

function parseEnv(source: NodeJS.ProcessEnv): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment configuration:\n${lines.join("\n")}`);
  }
  return result.data;
}

export const env: Env = parseEnv(process.env);

export function absoluteUrl(path: string): string {
  return new URL(path, `${env.SITE_URL}/`).toString();
}
