/** GET /needs/<id>/recommendation.svg: the picture of a stored need's recommendation, for an <img>. */
import type { ServerResponse } from "node:http";
import type { ApolloServer } from "@apollo/server";
import type { Context } from "../graphql/context.js";

const PICTURE_PATH = /^\/needs\/([^/]+)\/recommendation\.svg$/;

/**
 * Through the schema, so the picture obeys exactly the rules of `recommendChannels`: the INTEGRATOR role,
 * the caller's tenant (another tenant's need is NOT_FOUND), the audit of refusals, error masking.
 */
const PICTURE_QUERY = "query RecommendationPicture($needId: ID!) { recommendChannels(input: { needId: $needId }) { svg } }";

const STATUS_OF_CODE: Readonly<Record<string, number>> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  UNAVAILABLE: 503,
};

/** The need id of a picture path, or null for any other path (or an id that does not decode). */
export function pictureNeedId(pathname: string): string | null {
  const encoded = PICTURE_PATH.exec(pathname)?.[1];
  if (encoded === undefined) return null;
  try {
    return decodeURIComponent(encoded);
  } catch {
    return null;
  }
}

/**
 * Answers with the SVG, or with the GraphQL error and the HTTP status that matches its code. The key
 * comes in a header, never in the URL (URLs end up in logs and browser history): a page fetches the
 * picture with its key and shows it through a blob: URL, or relies on ANONYMOUS_ROLE in local use.
 */
export async function servePicture(apollo: ApolloServer<Context>, context: Context, needId: string, res: ServerResponse): Promise<void> {
  const response = await apollo.executeOperation({ query: PICTURE_QUERY, variables: { needId } }, { contextValue: context });
  if (response.body.kind !== "single") throw new Error("expected a single result");
  const { data, errors } = response.body.singleResult;
  const svg = (data as { recommendChannels?: { svg: string } } | null | undefined)?.recommendChannels?.svg;
  // Tenant data: never kept by a shared cache.
  res.setHeader("cache-control", "private, no-store");
  if (svg === undefined || (errors && errors.length > 0)) {
    const code = String(errors?.[0]?.extensions?.code ?? "INTERNAL_SERVER_ERROR");
    res.statusCode = STATUS_OF_CODE[code] ?? 500;
    res.setHeader("content-type", "application/json; charset=utf-8");
    res.end(JSON.stringify({ errors }));
    return;
  }
  res.statusCode = 200;
  res.setHeader("content-type", "image/svg+xml; charset=utf-8");
  // Opened on its own, an SVG is a document: it may not run scripts or load anything.
  res.setHeader("content-security-policy", "default-src 'none'; style-src 'unsafe-inline'");
  res.setHeader("x-content-type-options", "nosniff");
  res.end(svg);
}
