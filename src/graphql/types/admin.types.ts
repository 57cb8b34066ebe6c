/** The GraphQL types of administration: API keys and audit events. */
import { Field, GraphQLISODateTime, ID, InputType, ObjectType } from "type-graphql";
import { connection } from "./connection.types.js";
import { AuditOutcome, RoleName } from "./enums.types.js";

@ObjectType({ description: "An API key as stored: never its secret." })
export class ApiKey {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => RoleName)
  role!: RoleName;

  @Field(() => String, { nullable: true })
  tenant!: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt!: string;

  @Field(() => GraphQLISODateTime, { nullable: true })
  revokedAt!: string | null;
}

@ObjectType()
export class CreatedApiKey {
  @Field(() => ApiKey)
  key!: ApiKey;

  @Field(() => String, { description: "The key to send as `Authorization: Bearer <token>`; shown this once only." })
  token!: string;
}

@InputType()
export class CreateApiKeyInput {
  @Field(() => RoleName)
  role!: RoleName;

  @Field(() => String, { nullable: true, description: "Required for INTEGRATOR keys." })
  tenant?: string | null;

  @Field(() => String, { nullable: true })
  name?: string | null;
}

@ObjectType({ description: "One recorded mutation or refused attempt. The log is append-only." })
export class AuditEvent {
  @Field(() => ID)
  id!: string;

  @Field(() => GraphQLISODateTime)
  at!: string;

  @Field(() => String, { description: "The API key id, JWT subject, `anonymous` or `cli:<user>`." })
  actorId!: string;

  @Field(() => String)
  actorKind!: string;

  @Field(() => String, { nullable: true })
  role!: string | null;

  @Field(() => String, { nullable: true })
  tenant!: string | null;

  @Field(() => String, { description: "The mutation (or, for a refusal, the field) attempted." })
  operation!: string;

  @Field(() => [ID])
  targetIds!: string[];

  @Field(() => String, { nullable: true, description: "The target before the change, as JSON." })
  before!: string | null;

  @Field(() => String, { nullable: true, description: "The target after the change, as JSON." })
  after!: string | null;

  @Field(() => String)
  requestId!: string;

  @Field(() => AuditOutcome)
  outcome!: AuditOutcome;

  @Field(() => String, { nullable: true })
  idempotencyKey!: string | null;

  @Field(() => String, { nullable: true })
  message!: string | null;
}

export const AuditEventConnection = connection(AuditEvent, "AuditEvent");

@InputType({ description: "All given filters must hold." })
export class AuditFilterInput {
  @Field(() => String, { nullable: true })
  actorId?: string | null;

  @Field(() => String, { nullable: true })
  operation?: string | null;

  @Field(() => ID, { nullable: true })
  targetId?: string | null;

  @Field(() => AuditOutcome, { nullable: true })
  outcome?: AuditOutcome | null;

  @Field(() => String, { nullable: true })
  tenant?: string | null;

  @Field(() => String, { nullable: true, description: "ISO date-time, inclusive." })
  since?: string | null;

  @Field(() => String, { nullable: true, description: "ISO date-time, exclusive." })
  until?: string | null;
}
