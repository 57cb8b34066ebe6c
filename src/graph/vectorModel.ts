/**
 * Where the sentence vectors live: one vector node per embedded node, keyed by its owner's id, with a
 * vector index per kind. Kept apart from the owner so that no `n {.*}` projection (API pages, curation
 * answers, audit before/after) ever carries 384 floats.
 */
export const EMBEDDED_LABELS = ["Task", "Occupation", "Skill", "Outcome"] as const;
export type EmbeddedLabel = (typeof EMBEDDED_LABELS)[number];

/** The vector node's label and its vector index, per kind of owner. */
export const VECTOR_STORE: Readonly<Record<EmbeddedLabel, Readonly<{ label: string; index: string }>>> = {
  Task: { label: "TaskEmbedding", index: "task_embedding" },
  Occupation: { label: "OccupationEmbedding", index: "occupation_embedding" },
  Skill: { label: "SkillEmbedding", index: "skill_embedding" },
  Outcome: { label: "OutcomeEmbedding", index: "outcome_embedding" },
};

/** all-MiniLM-L6-v2's dimension; a model of another dimension needs a migration that rebuilds the indexes. */
export const VECTOR_DIMENSIONS = 384;

export const isEmbedded = (label: string): label is EmbeddedLabel => (EMBEDDED_LABELS as readonly string[]).includes(label);
