/**
 * npm run content:check [-- --dir content --public public]
 * Validates every content file without a build: all problems at once, `path:line field: message`.
 */
import { parseArgs } from "node:util";
import { performance } from "node:perf_hooks";
import { checkContentTree, coverageOfTree, formatTreeCheck, formatCoverage } from "../lib/content/pipeline";

const { values } = parseArgs({
  options: {
    dir: { type: "string", default: process.env.CONTENT_DIR ?? "content" },
    public: { type: "string", default: "public" },
  },
});

const started = performance.now();
const result = checkContentTree({ contentDir: values.dir, publicDir: values.public });
for (const line of formatTreeCheck(result, performance.now() - started)) console.log(line);
// Not errors: where the archive is thin, so editors know what to research next.
for (const line of formatCoverage(coverageOfTree(values.dir))) console.log(line);
process.exit(result.problems.length > 0 ? 1 : 0);
