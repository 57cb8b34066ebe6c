import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const require = createRequire(import.meta.url);
/** The browser tests need Chromium (.ci/run installs Debian's); without it they are left out, not skipped. */
const chromiumPresent = existsSync(process.env.CHROMIUM_PATH ?? "/usr/bin/chromium");

export default defineConfig({
  root: fileURLToPath(new URL("..", import.meta.url)),
  resolve: {
    // type-graphql and the tests must share one copy of graphql (its CJS build); two copies fail
    // with "Cannot use GraphQLObjectType from another module or realm".
    alias: { graphql: require.resolve("graphql") },
  },
  test: {
    reporters: ["default", "json"],
    outputFile: { json: "test-results/vitest.json" },
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["test/unit/**/*.test.ts"], environment: "node" },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["test/integration/**/*.test.ts"],
          exclude: chromiumPresent ? [] : ["test/integration/browser.test.ts"],
          environment: "node",
          globalSetup: ["test/integration/globalSetup.ts"],
          // One shared database: files run one at a time, so a file that writes (and cleans up)
          // never shows its nodes to another file's assertions.
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
