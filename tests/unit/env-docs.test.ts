import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { envSchema } from "@/lib/env";

/** The runtime settings are documented twice (the configuration table and .env.example); both must list exactly what lib/env.ts parses. */
const root = path.resolve(__dirname, "../..");
const schemaKeys = Object.keys(envSchema.shape).sort();

/** Variable names in the first column of the table under "## Runtime variables" in docs/configuration.md. */
function configurationTableKeys(): string[] {
  const doc = fs.readFileSync(path.join(root, "docs/configuration.md"), "utf8");
  const section = doc.split(/^## /m).find((s) => s.startsWith("Runtime variables"));
  if (!section) throw new Error('docs/configuration.md has no "## Runtime variables" section');
  return [...section.matchAll(/^\|\s*`([A-Z][A-Z0-9_]*)`\s*\|/gm)].flatMap((m) => (m[1] ? [m[1]] : [])).sort();
}

/** Keys assigned in .env.example, commented out (`# KEY=value`) or not. */
function envExampleKeys(): string[] {
  const text = fs.readFileSync(path.join(root, ".env.example"), "utf8");
  return [...text.matchAll(/^#?\s*([A-Z][A-Z0-9_]*)=/gm)].flatMap((m) => (m[1] ? [m[1]] : [])).sort();
}

describe("environment documentation", () => {
  it("reads a non-trivial schema", () => {
    expect(schemaKeys).toContain("SITE_URL");
    expect(schemaKeys.length).toBeGreaterThan(20);
  });

  it("docs/configuration.md's table lists every variable lib/env.ts parses, once, and no other", () => {
    const keys = configurationTableKeys();
    expect(keys.filter((k, i) => keys.indexOf(k) !== i), "listed twice").toEqual([]);
    expect(schemaKeys.filter((k) => !keys.includes(k)), "missing from docs/configuration.md").toEqual([]);
    expect(keys.filter((k) => !schemaKeys.includes(k)), "documented but unknown to lib/env.ts").toEqual([]);
  });

  it(".env.example lists every variable lib/env.ts parses, once, and no other", () => {
    const keys = envExampleKeys();
    expect(keys.filter((k, i) => keys.indexOf(k) !== i), "listed twice").toEqual([]);
    expect(schemaKeys.filter((k) => !keys.includes(k)), "missing from .env.example").toEqual([]);
    expect(keys.filter((k) => !schemaKeys.includes(k)), "in .env.example but unknown to lib/env.ts").toEqual([]);
  });
});
