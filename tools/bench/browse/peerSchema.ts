/**
 * The peer of bench:browse: @neo4j/graphql type definitions over the same labels, relationship types and
 * properties as Workgraph's graph, so both APIs answer the same questions from the same Neo4j.
 */
export const PEER_TYPE_DEFS = /* GraphQL */ `
  type Task @node @fulltext(indexes: [{ indexName: "entity_text", queryName: "tasksByText", fields: ["name", "description"] }]) {
    id: ID!
    name: String!
    description: String
    status: String!
    skills: [Skill!]! @relationship(type: "REQUIRES_SKILL", direction: OUT, properties: "Importance")
    outcomes: [Outcome!]! @relationship(type: "CONTRIBUTES_TO", direction: OUT)
    traits: [Trait!]! @relationship(type: "HAS_TRAIT", direction: OUT, properties: "Weight")
    occupations: [Occupation!]! @relationship(type: "INCLUDES_TASK", direction: IN)
  }
  type Importance @relationshipProperties {
    importance: Float
  }
  type Weight @relationshipProperties {
    weight: Float
  }
  type Skill @node {
    id: ID!
    name: String!
    status: String!
  }
  type Outcome @node {
    id: ID!
    name: String!
    status: String!
  }
  type Trait @node {
    id: ID!
    name: String!
    status: String!
  }
  type Occupation @node {
    id: ID!
    name: String!
    status: String!
    tasks: [Task!]! @relationship(type: "INCLUDES_TASK", direction: OUT)
  }
  type WorkerType @node {
    id: ID!
    name: String!
    status: String!
    channels: [Channel!]! @relationship(type: "SOURCED_VIA", direction: OUT)
  }
  type Channel @node {
    id: ID!
    name: String!
    status: String!
    typicalDaysToStart: Int
  }
`;
