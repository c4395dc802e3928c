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
import { existsSync } from "node:fs";
import path from "node:path";
import { copySiteSource } from "../../support/site";

const [contentArg, siteArg] = process.argv.slice(2);
if (!contentArg || !siteArg) throw new Error("usage: build-fixture-site.ts <content dir> <site dir>");
const contentDir = path.resolve(contentArg);
const siteDir = path.resolve(siteArg);
if (!existsSync(path.join(contentDir, "incidents"))) throw new Error(`build-fixture-site: ${contentDir} has no incidents/ folder`);

copySiteSource(siteDir, { exclude: /^(content|bench|tests|docs)\// });
execFileSync("npm", ["run", "build"], { cwd: siteDir, stdio: "inherit", env: { ...process.env, CONTENT_DIR: contentDir } });
