/**
 * The lib/content layering that eslint.config.mjs enforces (docs/architecture.md, "What the linter
 * enforces"): outside lib/content only the barrels, browser code only the model, the model client-safe.
 * Each case lints one import line as if it were in the named file.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const eslint = new ESLint({ cwd: process.cwd() });

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === "no-restricted-imports").map((m) => m.message);
}

describe("lib/content layering", () => {
  it("lets pages use the query door and the model barrel", async () => {
    expect(await restrictedImports("app/example/page.tsx", 'import { listTags } from "@/lib/content";\nimport { STATUS_INFO } from "@/lib/content/model";\nexport const x = [listTags, STATUS_INFO];\n')).toEqual([]);
  });

  it("refuses a file inside lib/content from outside it", async () => {
    for (const path of ["@/lib/content/model/labels", "@/lib/content/queries/store", "@/lib/content/pipeline"]) {
      expect(await restrictedImports("components/Example.tsx", `import * as m from "${path}";\nexport const x = m;\n`)).toHaveLength(1);
    }
  });

  it("lets scripts use the pipeline and scaffold barrels but not their files", async () => {
    expect(await restrictedImports("scripts/example.ts", 'import * as p from "../lib/content/pipeline";\nimport * as s from "../lib/content/scaffold";\nexport const x = [p, s];\n')).toEqual([]);
    expect(await restrictedImports("scripts/example.ts", 'import * as p from "../lib/content/pipeline/schema";\nexport const x = p;\n')).toHaveLength(1);
  });

  it("keeps browser code on the model: no query door, no stats or open-data adapter", async () => {
    for (const path of ["@/lib/content", "@/lib/stats", "@/lib/opendata"]) {
      expect(await restrictedImports("lib/opendata/example.ts", `import * as m from "${path}";\nexport const x = m;\n`)).toHaveLength(1);
      expect(await restrictedImports("components/explorer/IncidentExplorer.tsx", `import * as m from "${path}";\nexport const x = m;\n`)).toHaveLength(1);
    }
    expect(await restrictedImports("lib/opendata/example.ts", 'import { CHAINS } from "@/lib/content/model";\nexport const x = CHAINS;\n')).toEqual([]);
  });

  it("keeps the generated content layer behind lib/content/queries", async () => {
    const code = 'import { allIncidents } from "content-collections";\nexport const x = allIncidents;\n';
    expect(await restrictedImports("lib/stats/example.ts", code)).toHaveLength(1);
    expect(await restrictedImports("lib/content/pipeline/example.ts", code)).toHaveLength(1);
    expect(await restrictedImports("lib/content/queries/example.ts", code)).toEqual([]);
  });

  it("keeps the model free of zod and of the rest of lib/content", async () => {
    expect(await restrictedImports("lib/content/model/example.ts", 'import { z } from "zod";\nimport { exchangeFrontmatter } from "../pipeline/schema";\nexport const x = [z, exchangeFrontmatter];\n')).toHaveLength(2);
  });

  it("leaves open data to lib/opendata: no file in lib/content imports it", () => {
    const dir = path.join(process.cwd(), "lib/content");
    const files = readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".ts"));
    expect(files.length).toBeGreaterThan(20);
    expect(files.filter((f) => /from "@\/lib\/opendata/.test(readFileSync(path.join(dir, f), "utf8")))).toEqual([]);
  });
});
