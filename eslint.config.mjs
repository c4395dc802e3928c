import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

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
  {
    // lib/content is the only importer of the content layer (docs/architecture.md, "What the linter enforces").
    files: ["**/*.{ts,tsx,mjs}"],
    ignores: ["lib/content/**", "content-collections.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { paths: [{ name: "content-collections", message: "Import content through lib/content instead." }] },
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
    "next-env.d.ts",
  ]),
]);
