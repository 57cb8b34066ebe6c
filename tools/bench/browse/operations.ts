/**
 * The operations bench:browse sends to both APIs: the same question asked in each API's own dialect,
 * active nodes only, related nodes in the same order (weight first, then name).
 */
export type Samples = Readonly<{ taskId: string; occupationId: string; searchText: string }>;
export type Operation = Readonly<{ name: string; workgraph: string; peer: string; variables: Record<string, unknown> }>;

const ACTIVE = `where: { status: { eq: "ACTIVE" } }`;
const ACTIVE_NODE = `where: { node: { status: { eq: "ACTIVE" } } }`;
const PEER_SKILLS = `skillsConnection(${ACTIVE_NODE}, sort: [{ edge: { importance: DESC } }, { node: { name: ASC } }]) {
  edges { properties { importance } node { id name } } }`;

export function operations(samples: Samples): Operation[] {
  return [
    {
      name: "tasks(first: 50) + skills, outcomes, traits",
      workgraph: `{ tasks(first: 50) { edges { node { id name
        skills { importance skill { id name } } outcomes { id name } traits { weight trait { id name } } } } } }`,
      peer: `{ tasks(limit: 50, sort: [{ name: ASC }, { id: ASC }], ${ACTIVE}) { id name ${PEER_SKILLS}
        outcomes(${ACTIVE}, sort: [{ name: ASC }]) { id name }
        traitsConnection(${ACTIVE_NODE}, sort: [{ edge: { weight: DESC } }, { node: { name: ASC } }]) {
          edges { properties { weight } node { id name } } } } }`,
      variables: {},
    },
    {
      name: "task(id) + occupations, skills",
      workgraph: `query ($id: ID!) { task(id: $id) { id name occupations { id name } skills { importance skill { id name } } } }`,
      peer: `query ($id: ID!) { tasks(where: { id: { eq: $id } }) { id name
        occupations(${ACTIVE}, sort: [{ name: ASC }]) { id name } ${PEER_SKILLS} } }`,
      variables: { id: samples.taskId },
    },
    {
      name: "full-text search (tasks, 20)",
      workgraph: `query ($text: String!) { search(query: $text, kinds: [Task], first: 20) { score node { id name } } }`,
      peer: `query ($text: String!) { tasksByText(phrase: $text, first: 20, where: { node: { status: { eq: "ACTIVE" } } }) {
        edges { score node { id name } } } }`,
      variables: { text: samples.searchText },
    },
    {
      name: "workerTypes(first: 50) + channels",
      workgraph: `{ workerTypes(first: 50) { edges { node { id name channels { id name typicalDaysToStart } } } } }`,
      peer: `{ workerTypes(limit: 50, sort: [{ name: ASC }, { id: ASC }], ${ACTIVE}) { id name
        channels(${ACTIVE}, sort: [{ name: ASC }]) { id name typicalDaysToStart } } }`,
      variables: {},
    },
    {
      name: "occupation(id) -> tasks -> skills",
      workgraph: `query ($id: ID!) { occupation(id: $id) { id name tasks(first: 50) { id name skills { importance skill { id name } } } } }`,
      peer: `query ($id: ID!) { occupations(where: { id: { eq: $id } }) { id name
        tasks(limit: 50, ${ACTIVE}, sort: [{ name: ASC }, { id: ASC }]) { id name ${PEER_SKILLS} } } }`,
      variables: { id: samples.occupationId },
    },
  ];
}
