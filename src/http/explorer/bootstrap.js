/** The explorer in the browser: GraphiQL on this API, with the example operations as tabs. */
/* global GraphiQL, React, ReactDOM, document */
const config = JSON.parse(document.getElementById("explorer-config").textContent);
const send = GraphiQL.createFetcher({ url: config.endpoint });

/**
 * The header editor starts with `Authorization: Bearer ` for the user to complete. Sent as it is, the
 * empty bearer would be refused with 401, so until a key is filled in the request goes anonymously.
 */
function withoutBlankBearer(headers) {
  const kept = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (!(name.toLowerCase() === "authorization" && /^\s*Bearer\s*$/i.test(String(value)))) kept[name] = value;
  }
  return kept;
}

ReactDOM.createRoot(document.getElementById("graphiql")).render(
  React.createElement(GraphiQL, {
    fetcher: (params, options) => send(params, { ...options, headers: withoutBlankBearer(options?.headers) }),
    defaultTabs: config.tabs,
    defaultHeaders: config.headers,
    defaultEditorToolsVisibility: "headers",
    isHeadersEditorEnabled: true,
    shouldPersistHeaders: false,
    visiblePlugin: GraphiQL.DOC_EXPLORER_PLUGIN,
  }),
);
