/** The offline explorer: GraphiQL from node_modules, served by the API itself, with the example operations as tabs. */
import { readdirSync, readFileSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { createRequire } from "node:module";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const EXPLORER_ASSETS_PATH = "/graphql/explorer/";
const OPERATIONS_DIR = fileURLToPath(new URL("../../../schema/operations/", import.meta.url));
const require = createRequire(import.meta.url);
/** A file inside an installed package, whether or not the package's `exports` lists it. */
const packageFile = (name: string, file: string) => join(dirname(require.resolve(`${name}/package.json`)), file);

/** The files the page loads, all from packages in package.json: nothing is fetched from anywhere else. */
const ASSETS: Readonly<Record<string, Readonly<{ file: () => string; type: string }>>> = {
  "react.js": { file: () => packageFile("react", "umd/react.production.min.js"), type: "text/javascript" },
  "react-dom.js": { file: () => packageFile("react-dom", "umd/react-dom.production.min.js"), type: "text/javascript" },
  "graphiql.js": { file: () => packageFile("graphiql", "graphiql.min.js"), type: "text/javascript" },
  "graphiql.css": { file: () => packageFile("graphiql", "graphiql.min.css"), type: "text/css" },
  "bootstrap.js": { file: () => fileURLToPath(new URL("./bootstrap.js", import.meta.url)), type: "text/javascript" },
};

/**
 * The page may load scripts, styles and fonts from this API only, and talk to this API only; GraphiQL's
 * fonts are inline data URLs and its editors set inline styles, hence `data:` and 'unsafe-inline' for style.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "font-src data:",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join("; ");

export type ExampleTab = Readonly<{ query: string; headers: string }>;

const DEFAULT_HEADERS = JSON.stringify({ Authorization: "Bearer " }, null, 2);

const WELCOME = `# Workgraph explorer. The other tabs hold the example operations of schema/operations/.
# Put your key after "Bearer " in the headers below (left empty, no key is sent), then press run.
# The docs (book icon, left) describe every type; Ctrl-Space completes.
query FirstTasks {
  tasks(first: 3) {
    totalCount
    edges { node { id name skills { importance skill { name } } } }
  }
}
`;

/** One tab per file of schema/operations/, after a short welcome query. */
export function exampleTabs(operationsDir = OPERATIONS_DIR): ExampleTab[] {
  const files = readdirSync(operationsDir).filter((f) => f.endsWith(".graphql")).sort();
  const examples = files.map((f) => `# ${basename(f)}\n${readFileSync(join(operationsDir, f), "utf8")}`);
  return [WELCOME, ...examples].map((query) => ({ query, headers: DEFAULT_HEADERS }));
}

/** The page; the configuration travels as JSON in a non-executed script element, escaped so it cannot close it. */
export function explorerHtml(endpoint: string, tabs: readonly ExampleTab[]): string {
  const config = JSON.stringify({ endpoint, tabs, headers: DEFAULT_HEADERS }).replace(/</g, "\\u003c");
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Workgraph explorer</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${EXPLORER_ASSETS_PATH}graphiql.css">
<style>html, body, #graphiql { height: 100%; margin: 0; }</style>
</head>
<body>
<div id="graphiql">Loading the explorer…</div>
<script id="explorer-config" type="application/json">${config}</script>
<script src="${EXPLORER_ASSETS_PATH}react.js"></script>
<script src="${EXPLORER_ASSETS_PATH}react-dom.js"></script>
<script src="${EXPLORER_ASSETS_PATH}graphiql.js"></script>
<script src="${EXPLORER_ASSETS_PATH}bootstrap.js"></script>
</body>
</html>
`;
}

/** A browser navigating to /graphql (it asks for HTML and sends no operation) gets the explorer. */
function wantsExplorer(req: IncomingMessage, url: URL, graphqlPath: string): boolean {
  return url.pathname === graphqlPath && !url.searchParams.has("query") && /\btext\/html\b/.test(req.headers.accept ?? "");
}

/** Serves the page and its assets; answers false for every other request. Files are read once, on first use. */
export function createExplorer(graphqlPath: string): (req: IncomingMessage, res: ServerResponse, url: URL) => boolean {
  let page: string | undefined;
  const assets = new Map<string, Buffer>();
  return (req, res, url) => {
    if (req.method !== "GET" && req.method !== "HEAD") return false;
    if (wantsExplorer(req, url, graphqlPath)) {
      page ??= explorerHtml(graphqlPath, exampleTabs());
      reply(res, "text/html; charset=utf-8", page);
      return true;
    }
    if (!url.pathname.startsWith(EXPLORER_ASSETS_PATH)) return false;
    const name = url.pathname.slice(EXPLORER_ASSETS_PATH.length);
    const asset = Object.hasOwn(ASSETS, name) ? ASSETS[name] : undefined;
    if (!asset) return false;
    let body = assets.get(name);
    if (!body) {
      body = readFileSync(asset.file());
      assets.set(name, body);
    }
    reply(res, `${asset.type}; charset=utf-8`, body);
    return true;
  };
}

function reply(res: ServerResponse, type: string, body: string | Buffer): void {
  res.statusCode = 200;
  res.setHeader("content-type", type);
  res.setHeader("content-security-policy", CONTENT_SECURITY_POLICY);
  res.setHeader("x-content-type-options", "nosniff");
  res.setHeader("cache-control", "no-cache");
  res.end(body);
}
