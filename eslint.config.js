// Lint, and the dependency rule made executable: inner folders may not import outer ones.
import tseslint from "typescript-eslint";

const outer = (folders) => folders.map((f) => ({ group: [`**/${f}/**`, `../${f}/*`], message: `this layer may not depend on ${f}/` }));
const io = [
  { name: "node:fs", message: "pure modules do no I/O" },
  { name: "node:fs/promises", message: "pure modules do no I/O" },
  { name: "pg", message: "pure modules know no database" },
  { name: "@electric-sql/pglite", message: "pure modules know no database" },
  { name: "drizzle-orm", message: "pure modules know no database" },
  { name: "hono", message: "pure modules know no HTTP" },
];

export default tseslint.config(
  { ignores: ["node_modules/**", "vigil-data/**", "coverage/**", "src/storage/migrations/**", "**/*.tmp.ts"] },
  ...tseslint.configs.recommended,
  {
    files: ["**/*.ts"],
    languageOptions: { parserOptions: { projectService: true } },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/switch-exhaustiveness-check": "error",
      "@typescript-eslint/no-explicit-any": "error",
      eqeqeq: ["error", "always", { null: "ignore" }],
      curly: ["error", "multi-line"],
    },
  },
  {
    files: ["src/domain/**/*.ts", "src/extract/**/*.ts", "src/names/**/*.ts"],
    // Tests may read fixtures from disk; the modules they test may not.
    ignores: ["**/*.test.ts"],
    rules: {
      "no-restricted-imports": ["error", { paths: io, patterns: outer(["storage", "http", "cli", "web", "app", "ingest"]) }],
    },
  },
  {
    files: ["src/app/**/*.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: outer(["storage", "http", "cli", "web"]) }] },
  },
  {
    files: ["src/storage/**/*.ts", "src/ingest/**/*.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: outer(["http", "cli", "web"]) }] },
  },
  {
    files: ["src/http/**/*.ts", "src/web/**/*.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: outer(["storage", "cli"]) }] },
  },
);
