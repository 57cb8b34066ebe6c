/** The schema of the graph (constraints and indexes) as versioned, append-only migrations. */
import { NODE_LABELS, TAXONOMY_LABELS } from "../domain/taxonomy.js";
import type { Executor } from "./executor.js";
import { CHANGE_COUNTER_LABEL, CHANGE_LABEL, DECISION_LABEL, ENTITY_LABEL, FULLTEXT, RELEASE_LABEL } from "./model.js";
import { EMBEDDED_LABELS, VECTOR_DIMENSIONS, VECTOR_STORE } from "./vectorModel.js";

export type Migration = Readonly<{ version: number; description: string; statements: readonly string[] }>;

const uniqueId = (label: string) =>
  `CREATE CONSTRAINT ${label.toLowerCase()}_id_unique IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`;

const ENGLISH = "OPTIONS {indexConfig: {`fulltext.analyzer`: 'english'}}";

/**
 * Versioned and append-only: a released migration is never edited, a change is a new version.
 * Every statement is idempotent (IF NOT EXISTS) so a half-applied version can simply run again.
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: "Unique ids for every node label",
    statements: [
      ...[ENTITY_LABEL, ...NODE_LABELS].map(uniqueId),
      "CREATE CONSTRAINT migration_version_unique IF NOT EXISTS FOR (m:Migration) REQUIRE m.version IS UNIQUE",
    ],
  },
  {
    version: 2,
    description: "Full-text indexes for search and need decomposition",
    // The English analyzer stems ("reports" finds "report") and drops stop words.
    statements: [
      `CREATE FULLTEXT INDEX ${FULLTEXT.entities} IF NOT EXISTS FOR (n:${TAXONOMY_LABELS.join("|")}) ON EACH [n.name, n.description, n.altLabels, n.keywords] ${ENGLISH}`,
      `CREATE FULLTEXT INDEX ${FULLTEXT.tasks} IF NOT EXISTS FOR (n:Task) ON EACH [n.name, n.description, n.altLabels, n.keywords] ${ENGLISH}`,
      `CREATE FULLTEXT INDEX ${FULLTEXT.skills} IF NOT EXISTS FOR (n:Skill) ON EACH [n.name, n.description, n.altLabels] ${ENGLISH}`,
      // Titles only: a job title in a need should find the occupation, not every description that mentions it.
      `CREATE FULLTEXT INDEX ${FULLTEXT.occupationTitles} IF NOT EXISTS FOR (n:Occupation) ON EACH [n.name, n.altLabels] ${ENGLISH}`,
      `CREATE FULLTEXT INDEX ${FULLTEXT.outcomes} IF NOT EXISTS FOR (n:Outcome) ON EACH [n.name, n.description] ${ENGLISH}`,
    ],
  },
  {
    version: 3,
    description: "Range indexes for list filters",
    statements: [
      ...TAXONOMY_LABELS.map(
        (label) => `CREATE INDEX ${label.toLowerCase()}_name IF NOT EXISTS FOR (n:${label}) ON (n.name)`,
      ),
      "CREATE INDEX task_business_function IF NOT EXISTS FOR (n:Task) ON (n.businessFunction)",
    ],
  },
  {
    version: 4,
    description: "Unique ids for stored needs",
    statements: [uniqueId("Need")],
  },
  {
    version: 5,
    description: "WorkActivity (O*NET work activities): unique ids, name and level indexes, full-text coverage",
    // entity_text is rebuilt because a full-text index cannot gain a label in place; on a graph
    // whose v2 already listed WorkActivity this rebuilds the same index, which is harmless.
    statements: [
      uniqueId("WorkActivity"),
      "CREATE INDEX workactivity_name IF NOT EXISTS FOR (n:WorkActivity) ON (n.name)",
      "CREATE INDEX workactivity_level IF NOT EXISTS FOR (n:WorkActivity) ON (n.level)",
      `DROP INDEX ${FULLTEXT.entities} IF EXISTS`,
      `CREATE FULLTEXT INDEX ${FULLTEXT.entities} IF NOT EXISTS FOR (n:${TAXONOMY_LABELS.join("|")}) ON EACH [n.name, n.description, n.altLabels, n.keywords] ${ENGLISH}`,
    ],
  },
  {
    version: 6,
    description: "Unique ids for compliance and policy rules",
    statements: [uniqueId("Rule")],
  },
  {
    version: 7,
    description: "Tenants, API keys and the audit log",
    statements: [
      "CREATE CONSTRAINT apikey_id_unique IF NOT EXISTS FOR (k:ApiKey) REQUIRE k.id IS UNIQUE",
      "CREATE CONSTRAINT auditevent_id_unique IF NOT EXISTS FOR (e:AuditEvent) REQUIRE e.id IS UNIQUE",
      // One answer per actor and idempotency key, even when two retries race.
      "CREATE CONSTRAINT auditevent_idempotency_unique IF NOT EXISTS FOR (e:AuditEvent) REQUIRE e.idempotencyScope IS UNIQUE",
      "CREATE INDEX auditevent_at IF NOT EXISTS FOR (e:AuditEvent) ON (e.at)",
      "CREATE INDEX precedent_tenant IF NOT EXISTS FOR (p:PrecedentCase) ON (p.tenant)",
      "CREATE INDEX need_tenant IF NOT EXISTS FOR (n:Need) ON (n.tenant)",
      // Precedents written before tenants existed are the shared demonstration pool.
      "MATCH (p:PrecedentCase) WHERE p.tenant IS NULL SET p.tenant = 'shared'",
    ],
  },
  {
    version: 8,
    description: "Taxonomy change feed and releases",
    statements: [
      // One counter per feed: MERGE on a unique name cannot create two when two writers race.
      `CREATE CONSTRAINT changecounter_name_unique IF NOT EXISTS FOR (c:${CHANGE_COUNTER_LABEL}) REQUIRE c.name IS UNIQUE`,
      `CREATE CONSTRAINT taxonomychange_sequence_unique IF NOT EXISTS FOR (c:${CHANGE_LABEL}) REQUIRE c.sequence IS UNIQUE`,
      `CREATE CONSTRAINT release_number_unique IF NOT EXISTS FOR (r:${RELEASE_LABEL}) REQUIRE r.number IS UNIQUE`,
    ],
  },
  {
    version: 9,
    description: "Decisions and their outcomes: unique ids, one decision per need, one precedent per decision",
    statements: [
      uniqueId(DECISION_LABEL),
      `CREATE INDEX decision_tenant IF NOT EXISTS FOR (d:${DECISION_LABEL}) ON (d.tenant)`,
      // The service refuses a second decision (or outcome) with CONFLICT; these hold when two race.
      `CREATE CONSTRAINT decision_need_unique IF NOT EXISTS FOR (d:${DECISION_LABEL}) REQUIRE d.needId IS UNIQUE`,
      "CREATE CONSTRAINT precedent_decision_unique IF NOT EXISTS FOR (p:PrecedentCase) REQUIRE p.decisionId IS UNIQUE",
    ],
  },
  {
    version: 10,
    description: "Sentence vectors: one vector node per task, occupation, skill and outcome, with a cosine vector index per kind",
    statements: EMBEDDED_LABELS.flatMap((owner) => {
      const { label, index } = VECTOR_STORE[owner];
      return [
        `CREATE CONSTRAINT ${label.toLowerCase()}_owner_unique IF NOT EXISTS FOR (v:${label}) REQUIRE v.ownerId IS UNIQUE`,
        `CREATE VECTOR INDEX ${index} IF NOT EXISTS FOR (v:${label}) ON v.embedding ` +
          `OPTIONS {indexConfig: {\`vector.dimensions\`: ${VECTOR_DIMENSIONS}, \`vector.similarity_function\`: 'cosine'}}`,
      ];
    }),
  },
  {
    version: 11,
    description: "Range indexes that serve pages in order: names of every listed kind, decisions by date",
    // A page is read from the index in (name) order and stops at its end, instead of sorting the label.
    statements: [
      ...NODE_LABELS.map((label) => `CREATE INDEX ${label.toLowerCase()}_name IF NOT EXISTS FOR (n:${label}) ON (n.name)`),
      `CREATE INDEX decision_decided_at IF NOT EXISTS FOR (d:${DECISION_LABEL}) ON (d.decidedAt)`,
    ],
  },
];

export type MigrationReport = Readonly<{ applied: number[]; current: number }>;

export async function migrate(executor: Executor, migrations: readonly Migration[] = MIGRATIONS): Promise<MigrationReport> {
  const rows = await executor.read("MATCH (m:Migration) RETURN m.version AS version");
  const done = new Set(rows.map((row) => row.version as number));
  const applied: number[] = [];
  for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
    if (done.has(migration.version)) continue;
    for (const statement of migration.statements) await executor.schema(statement);
    await executor.write(
      "MERGE (m:Migration {version: $version}) ON CREATE SET m.description = $description, m.appliedAt = datetime()",
      { version: migration.version, description: migration.description },
    );
    applied.push(migration.version);
  }
  await executor.schema("CALL db.awaitIndexes(300)");
  return { applied, current: Math.max(0, ...migrations.map((m) => m.version)) };
}
