import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { checkContentTree, formatTreeCheck } from "@/lib/content/pipeline";

const FIXTURES = "tests/fixtures/content-check/content";

describe("the content build", () => {
  it("fails on the fixtures with the same lines content:check prints", () => {
    // The content-collections step of `next build`, which Next runs with NODE_ENV=production.
    const build = spawnSync("npx", ["content-collections", "build", "content-collections.ts"], {
      env: { ...process.env, CONTENT_DIR: FIXTURES, NODE_ENV: "production" },
      encoding: "utf8",
    });
    expect(build.status).toBe(1);
    const expected = formatTreeCheck(checkContentTree({ contentDir: FIXTURES, publicDir: "public" })).filter((l) => !l.endsWith("[note]"));
    const output = build.stdout + build.stderr;
    const reported = output.split("\n").filter((l) => l.startsWith(FIXTURES) || l.startsWith("content:check:"));
    expect(reported).toEqual(expected);
  });
});
