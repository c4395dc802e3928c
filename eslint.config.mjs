import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const CONTENT_LAYER = { name: "content-collections", message: "Import content through lib/content instead." };
const TOOL_BARRELS = ["model", "pipeline", "scaffold"];
/** Any path into lib/content/ other than the named barrels (the door itself, `lib/content`, has no slash after it). */
const contentInternals = (allowed) => ({
  regex: `lib/content/(?!(${allowed.join("|")})$)`,
  message: `Import through a lib/content barrel: @/lib/content (server-only queries) or ${allowed.map((b) => `lib/content/${b}`).join(", ")}.`,
});
const CONTENT_INTERNALS = contentInternals(["model"]);
const SERVER_DOORS = ["@/lib/content", "@/lib/stats", "@/lib/opendata"].map((name) => ({
  name,
  message: "Server-only: browser code imports @/lib/content/model (types, labels, vocabularies) and the pure lib modules.",
}));
/** Modules the explorer and search bundle into the browser (eslint cannot see "use client", so they are listed). */
const CLIENT_SAFE = [
  "lib/opendata/**/*.ts",
  "lib/stats/aggregate.ts",
  "lib/stats/explorer.ts",
  "lib/search/**/*.ts",
  "lib/format/**/*.ts",
  "components/explorer/IncidentExplorer.tsx",
  "components/incidents/IncidentCard.tsx",
  "lib/routes.ts",
  "components/explorer/LossTotalLine.tsx",
  "components/search/SiteSearch.tsx",
  "components/search/pagefind.ts",
  "components/incidents/LossAmount.tsx",
  "components/ui/**/*.tsx",
];

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/ban-ts-comment": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-empty": ["error", { allowEmptyCatch: false }],
    },
  },
  // Layering (docs/architecture.md, "What the linter enforces"). ESLint keeps one no-restricted-imports
  // setting per file, so each block below repeats the restrictions of the blocks it narrows.
  {
    // Outside lib/content: content only through the query door (`@/lib/content`, server-only) or the
    // client-safe model barrel (`@/lib/content/model`); never the generated content layer or a file inside.
    files: ["**/*.{ts,tsx,mjs}"],
    ignores: ["lib/content/**", "content-collections.ts", "scripts/**", "bench/**", "tests/**"],
    rules: { "no-restricted-imports": ["error", { paths: [CONTENT_LAYER], patterns: [CONTENT_INTERNALS] }] },
  },
  {
    // Build and editor tools may also use the pipeline and scaffold barrels; unit tests also test the
    // pure related-incidents index directly.
    files: ["scripts/**/*.ts", "bench/**/*.ts", "content-collections.ts"],
    rules: { "no-restricted-imports": ["error", { paths: [CONTENT_LAYER], patterns: [contentInternals(TOOL_BARRELS)] }] },
  },
  {
    files: ["tests/**/*.ts"],
    rules: { "no-restricted-imports": ["error", { paths: [CONTENT_LAYER], patterns: [contentInternals([...TOOL_BARRELS, "queries/related"])] }] },
  },
  {
    // Code that runs in the browser (the explorer, search, open data and the helpers they share) takes
    // the model barrel only: the query door and the stats/open-data adapters are server-only.
    files: CLIENT_SAFE,
    ignores: ["lib/opendata/index.ts"],
    rules: { "no-restricted-imports": ["error", { paths: [CONTENT_LAYER, ...SERVER_DOORS], patterns: [CONTENT_INTERNALS] }] },
  },
  {
    // The model is client-safe and self-contained: no zod, no content layer, no pipeline or queries.
    files: ["lib/content/model/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [CONTENT_LAYER, { name: "zod", message: "The model stays zod-free; schemas live in lib/content/pipeline/schema.ts." }, { name: "server-only", message: "The model is client-safe." }],
          patterns: [{ regex: "^(\\.\\./|@/lib/content/)(pipeline|queries|scaffold)(/|$)", message: "The model imports nothing else in lib/content." }, { regex: "^node:", message: "The model is client-safe." }],
        },
      ],
    },
  },
  {
    files: ["lib/content/index.ts"],
    rules: { "no-restricted-imports": ["error", { paths: [CONTENT_LAYER] }] },
  },
  {
    // The pipeline and scaffolding run before the content layer exists and never query it.
    files: ["lib/content/pipeline/**/*.ts", "lib/content/scaffold/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { paths: [CONTENT_LAYER], patterns: [{ regex: "^(\\.\\./|@/lib/content/)queries(/|$)", message: "The build pipeline does not use the runtime queries." }] },
      ],
    },
  },
  {
    // The enhancement script runs in every reader's browser on pages without React: it stays small and
    // self-contained (only its own folder; asset.ts is the server side that links it).
    files: ["lib/enhancements/**/*.ts"],
    ignores: ["lib/enhancements/asset.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["@/*", "node:*", "server-only", "react", "react-dom", "next", "next/*"], message: "The enhancement script imports only lib/enhancements (it is bundled alone for the browser)." }] },
      ],
    },
  },
  globalIgnores([
    ".next/**",
    ".content-collections/**",
    "node_modules/**",
    "data/**",
    "test-results/**",
    "playwright-report/**",
    "bench/tmp/**",
    "public/pagefind/**",
    "public/enhance/**",
    "next-env.d.ts",
  ]),
]);
