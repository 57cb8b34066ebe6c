/** The Cypher the ESCO import adds to the import repository: its hierarchies and its two aspects (skills, crosswalk). */
import { RELATIONS } from "../model.js";
import type { ImportLabel } from "./onetRepository.js";

const { broader, occupationBroader, occupationMatch, occupationSkill } = RELATIONS;

/** ESCO's hierarchies: only nodes that carry `broader` links own them (O*NET's occupations and skills do not). */
const broaderLinks = (label: ImportLabel, type: string) => `
UNWIND $items AS item
MATCH (n:${label} {id: item.id}) WHERE item.links.broader IS NOT NULL
CALL (n) { MATCH (n)-[old:${type}]->(:${label}) DELETE old }
CALL (n, item) { UNWIND item.links.broader AS b MATCH (x:${label} {id: b}) CREATE (n)-[:${type}]->(x) }`;

export const ESCO_NODE_LINKS: Partial<Record<ImportLabel, string>> = {
  Occupation: broaderLinks("Occupation", occupationBroader.type),
  Skill: broaderLinks("Skill", broader.type),
};

/** `aspect` is the import repository's hash-keyed aspect statement (label, hash property, rewrite). */
export const escoAspects = (aspect: (label: ImportLabel, hashKey: string, rewrite: string) => string) => ({
  escoOccupationSkills: {
    statement: aspect(
      "Occupation",
      "escoSkillsHash",
      `CALL (n) { MATCH (n)-[old:${occupationSkill.type}]->(:Skill) DELETE old }
CALL (n, item) { UNWIND item.links AS l MATCH (s:Skill {id: l.skill}) CREATE (n)-[:${occupationSkill.type} {importance: l.importance, relation: l.relation}]->(s) }`,
    ),
  },
  escoMatches: {
    statement: aspect(
      "Occupation",
      "escoMatchesHash",
      `CALL (n) { MATCH (n)-[old:${occupationMatch.type}]->(:Occupation) DELETE old }
CALL (n, item) { UNWIND item.links AS l MATCH (x:Occupation {id: l.occupation}) CREATE (n)-[:${occupationMatch.type} {matchType: l.matchType}]->(x) }`,
    ),
  },
});
