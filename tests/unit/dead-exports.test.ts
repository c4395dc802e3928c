import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * An export nothing else names is dead code that a reader still has to understand. This is a cheap,
 * name-based version of `npx knip --include exports,types`: an exported name counts as used when any
 * other source file (tests and benches included) mentions it, and an exported type also when the
 * file's own exports use it.
 */
const ROOT = join(__dirname, "..", "..");
const CHECKED = ["app", "components", "config", "lib", "scripts"];
const READERS = [...CHECKED, "tests", "bench", "proxy.ts", "instrumentation.ts", "content-collections.ts", "next.config.mjs"];

// Names Next.js reads from route files.
const FRAMEWORK_EXPORTS = new Set(["metadata", "viewport", "generateMetadata", "generateStaticParams", "generateViewport", "dynamic", "dynamicParams", "revalidate", "runtime", "alt", "size", "contentType", "GET", "POST", "HEAD", "OPTIONS", "proxy", "config", "register", "onRequestError"]);

function sourceFiles(path: string): string[] {
  const full = join(ROOT, path);
  if (/\.(ts|tsx|mjs)$/.test(path)) return [full];
  return readdirSync(full, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name === "node_modules" || entry.name.startsWith(".") || entry.name === "tmp") return [];
    const child = `${path}/${entry.name}`;
    if (entry.isDirectory()) return sourceFiles(child);
    return /\.(ts|tsx|mjs)$/.test(entry.name) ? [join(ROOT, child)] : [];
  });
}

type Exported = { name: string; isType: boolean };

function exportedNames(text: string): Exported[] {
  const names: Exported[] = [];
  for (const m of text.matchAll(/^export (?:declare )?(?:async )?(function\*?|const|let|class|type|interface|enum|abstract class) (\w+)/gm)) {
    names.push({ name: m[2] ?? "", isType: m[1] === "type" || m[1] === "interface" });
  }
  for (const m of text.matchAll(/^export (type )?\{([^}]*)\}/gm)) {
    for (const part of (m[2] ?? "").split(",")) {
      const isType = m[1] !== undefined || part.trim().startsWith("type ");
      const name = part.trim().replace(/^type /, "").split(/\s+as\s+/).pop()?.trim();
      if (name && name !== "default") names.push({ name, isType });
    }
  }
  return names;
}

function mentions(text: string, name: string): number {
  return text.match(new RegExp(`\\b${name}\\b`, "g"))?.length ?? 0;
}

describe("exports", () => {
  it("are each named by some other file", () => {
    const readers = READERS.flatMap(sourceFiles);
    const texts = new Map(readers.map((file) => [file, readFileSync(file, "utf8")]));
    const dead: string[] = [];
    for (const file of CHECKED.flatMap(sourceFiles)) {
      const path = relative(ROOT, file);
      const own = texts.get(file) ?? "";
      for (const { name, isType } of exportedNames(own)) {
        if (FRAMEWORK_EXPORTS.has(name)) continue;
        // A type that names the parameters or result of the file's other exports is part of their API.
        if (isType && mentions(own, name) > 1) continue;
        const named = [...texts].some(([other, text]) => other !== file && mentions(text, name) > 0);
        if (!named) dead.push(`${path}: ${name}`);
      }
    }
    expect(dead).toEqual([]);
  });
});
