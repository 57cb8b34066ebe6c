/** Imported ids from O*NET's own identifiers, and content hashes. */
import { createHash } from "node:crypto";

/**
 * Imported ids keep O*NET's own identifiers, so a re-import (or a newer release) lands on the same
 * nodes and other data can refer to them: `onet:15-1252.00`, `onet:task:8823`, `onet:dwa:4.A.2.a.4.I09.D03`.
 */
export const onetIds = {
  occupation: (socCode: string) => `onet:${socCode}`,
  task: (taskId: number) => `onet:task:${taskId}`,
  gwa: (elementId: string) => `onet:gwa:${elementId}`,
  iwa: (iwaId: string) => `onet:iwa:${iwaId}`,
  dwa: (dwaId: string) => `onet:dwa:${dwaId}`,
  skill: (elementId: string) => `onet:skill:${elementId}`,
  technology: (commodityCode: string) => `onet:tech:${commodityCode}`,
} as const;

export const DEFAULT_SOURCE = "onet-29.3";

/** A stable digest of what the importer would write for a node (or one aspect of it). */
export function contentHash(value: unknown): string {
  return createHash("sha256").update(JSON.stringify(value)).digest("hex").slice(0, 16);
}

export const round = (value: number, digits = 3): number => {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
};
