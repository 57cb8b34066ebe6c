/** @workgraph/client: the client, and typed documents for every operation in the API's schema/operations. */
export * from "./client.js";
export * from "./generated/operations.js";
