/**
 * Builds the site from another content tree without touching this working tree's .next,
 * .content-collections or public/pagefind: the tracked sources are copied to <site dir>
 * (node_modules hard-linked, so it is quick and costs no disk) and `npm run build` runs there.
 *
 *   tsx tests/xss/support/build-fixture-site.ts <content dir> <site dir>
 *
 * Playwright's xss web server runs this, then `next start` in <site dir>.
 */
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";

const [contentArg, siteArg] = process.argv.slice(2);
if (!contentArg || !siteArg) throw new Error("usage: build-fixture-site.ts <content dir> <site dir>");
const ROOT = process.cwd();
const contentDir = path.resolve(contentArg);
const siteDir = path.resolve(siteArg);
if (!existsSync(path.join(contentDir, "incidents"))) throw new Error(`build-fixture-site: ${contentDir} has no incidents/ folder`);

rmSync(siteDir, { recursive: true, force: true });
mkdirSync(siteDir, { recursive: true });
const files = execFileSync("git", ["ls-files", "-co", "--exclude-standard"], { cwd: ROOT, encoding: "utf8" })
  .split("\n")
  .filter((f) => f && !/^(content|bench|tests|docs)\//.test(f) && existsSync(path.join(ROOT, f)));
for (const file of files) cpSync(path.join(ROOT, file), path.join(siteDir, file));
try {
  execFileSync("cp", ["-al", path.join(ROOT, "node_modules"), path.join(siteDir, "node_modules")], { stdio: "pipe" });
} catch (error) {
  // Hard links cannot cross file systems (a separate /tmp): fall back to a real copy, slower but the same.
  console.warn(`build-fixture-site: hard-linking node_modules failed (${error instanceof Error ? error.message.split("\n")[0] ?? "" : String(error)}); copying instead`);
  rmSync(path.join(siteDir, "node_modules"), { recursive: true, force: true });
  execFileSync("cp", ["-a", path.join(ROOT, "node_modules"), path.join(siteDir, "node_modules")]);
}
execFileSync("npm", ["run", "build"], { cwd: siteDir, stdio: "inherit", env: { ...process.env, CONTENT_DIR: contentDir } });
