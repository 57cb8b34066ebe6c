/** What text stands for a node when it is embedded: the one place that decides it, per kind. */
import type { EmbeddedLabel } from "../../graph/vectorModel.js";

export type EmbeddableFields = Readonly<{ name: string; description: string | null; altLabels: readonly string[] | null }>;

/**
 * - Task: its statement, the other ways people say it (altLabels), and its description.
 * - Occupation: the title, the titles people report (altLabels), then the description; titles come
 *   first so that the model's 256 word pieces cut the description, never the titles.
 * - Skill, Outcome: name and description (their altLabels are synonyms the full-text index covers).
 * A part that another part already contains is left out: an O*NET task's description is its
 * statement plus the occupation's title, and would otherwise count the statement twice.
 */
export function embeddingText(kind: EmbeddedLabel, fields: EmbeddableFields): string {
  const labels = kind === "Task" || kind === "Occupation" ? (fields.altLabels ?? []) : [];
  const parts = [fields.name, ...labels, fields.description ?? ""].map((part) => part.trim()).filter((part) => part.length > 0);
  const kept = parts.filter((part, i) => !parts.some((other, j) => j !== i && other.length > part.length && other.includes(part)));
  return [...new Set(kept)].join(". ");
}
