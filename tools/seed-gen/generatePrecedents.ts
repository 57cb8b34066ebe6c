/**
 * Generates `seed/precedents.json`: SYNTHETIC DEMONSTRATION DATA, not records of real decisions.
 *
 * Each precedent is a past need (tasks + facts), the worker type and channel chosen for it, and how it
 * turned out. Needs are drawn from explicit archetypes: good fits (a scoped project through a statement of
 * work, repetitive reporting automated, ...) and the typical misallocations (a permanent hire for a
 * 12-week project, a consultancy renewed for run-the-business work, regulated data sent offshore, ...).
 * Every archetype is a rule over task traits: none names a task, a task's wording or an example need.
 * Outcomes correlate with fit, with noise: some poor choices went fine and some good ones went badly.
 *
 * Deterministic (seeded mulberry32). Reads tasks, worker types and channels from `seed/`; deliberately
 * independent of `src/services` so the recommender is never scored against its own output.
 *
 *   npx tsx tools/seed-gen/generatePrecedents.ts
 */
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const SEED_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "seed");
const COUNT = 240;
const SEED = 20240917;

interface Task { id: string; name: string; businessFunction: string; traits: { trait: string; weight: number }[] }
interface Channel { id: string; name: string; typicalDaysToStart: number; relativeCost: number }
interface WorkerType { id: string; name: string; channels: string[] }

const readJson = <T>(file: string): T => JSON.parse(readFileSync(join(SEED_DIR, file), "utf8")) as T;
const tasks = readdirSync(join(SEED_DIR, "tasks")).sort().flatMap((f) => readJson<Task[]>(join("tasks", f)));
const channels = new Map(readJson<Channel[]>("channels.json").map((c) => [c.id, c]));
const workerTypes = new Map(readJson<WorkerType[]>("worker-types.json").map((w) => [w.id, w]));

// ---- seeded randomness -------------------------------------------------------------------------------
function mulberry32(a: number) {
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = mulberry32(SEED);
const between = (lo: number, hi: number) => lo + (hi - lo) * rand();
const int = (lo: number, hi: number) => Math.floor(between(lo, hi + 1));
const chance = (p: number) => rand() < p;
function pick<T>(items: readonly T[]): T {
  const item = items[Math.floor(rand() * items.length)];
  if (item === undefined) throw new Error("pick from an empty list");
  return item;
}
function sample<T>(items: readonly T[], n: number): T[] {
  const pool = [...items];
  const out: T[] = [];
  while (out.length < n && pool.length) out.push(pool.splice(Math.floor(rand() * pool.length), 1)[0] as T);
  return out;
}

// ---- task traits -------------------------------------------------------------------------------------
type Trait = "repetitive" | "variable" | "interactive" | "independent" | "physical" | "cognitive" | "confidential"
  | "regulated" | "location-bound" | "specialist" | "core-strategic" | "outcome-defined" | "time-bound" | "ongoing"
  | "rule-based" | "creative" | "customer-facing" | "judgement" | "fluctuating-volume" | "digital";
const w = (t: Task, trait: Trait) => t.traits.find((x) => x.trait === `trait:${trait}`)?.weight ?? 0;
const maxW = (ts: Task[], trait: Trait) => Math.max(...ts.map((t) => w(t, trait)));

// ---- archetypes --------------------------------------------------------------------------------------
type Fit = "good" | "poor";
interface Archetype {
  key: string;
  fit: Fit;
  /** Relative frequency. Poor archetypes carry ~35% of the weight, the observed misallocation rate. */
  weight: number;
  match: (t: Task) => boolean;
  requested: (string | null)[];
  choice: [workerType: string, channel: string][];
  /** Planned duration in weeks, or "ongoing". */
  duration: [number, number] | "ongoing";
  title: string;
  issues: string[];
  note: string;
  costRange: [number, number];
  needChangeRate?: number;
  /** People engaged (default: usually one). */
  headcount?: [number, number];
}

const A = (a: Archetype) => a;
const ARCHETYPES: Archetype[] = [
  // Good fits.
  A({ key: "project-to-consultancy", fit: "good", weight: 8, match: (t) => w(t, "time-bound") >= 0.7 && w(t, "outcome-defined") >= 0.7 && w(t, "specialist") >= 0.5,
    requested: ["consultant", null, "contractor"], choice: [["consultant", "statement-of-work"]], duration: [8, 26],
    title: "{Q}: {task} for the {team}", issues: ["milestone 2 slipped by three weeks"], costRange: [-8, 10],
    note: "Scoped deliverable with acceptance criteria; handover and knowledge transfer were written into the SOW." }),
  A({ key: "project-to-contractor", fit: "good", weight: 7, match: (t) => w(t, "time-bound") >= 0.6 && w(t, "specialist") >= 0.4,
    requested: ["contractor", null, "employee"], choice: [["contractor", "staffing-supplier"]], duration: [10, 40],
    title: "{Q}: specialist contractor to {task} ({team})", issues: ["contractor needed two weeks to get system access"], costRange: [-5, 12],
    note: "Specialist on a fixed-term engagement; released when the work was done, no tail cost." }),
  A({ key: "short-creative-to-freelancer", fit: "good", weight: 5, match: (t) => (w(t, "creative") >= 0.6 || w(t, "independent") >= 0.7) && w(t, "time-bound") >= 0.5 && w(t, "confidential") < 0.8,
    requested: ["freelancer", null, "consultant"], choice: [["freelancer", "freelance-platform"]], duration: [2, 12],
    title: "{Q}: freelancer to {task} for the {team}", issues: ["one round of rework on the brief"], costRange: [-10, 8],
    note: "Clear brief, independent work and a fixed fee; the freelancer started within the week." }),
  A({ key: "run-the-business-to-employee", fit: "good", weight: 8, match: (t) => w(t, "ongoing") >= 0.8 && (w(t, "interactive") >= 0.6 || w(t, "customer-facing") >= 0.6 || w(t, "judgement") >= 0.6),
    requested: ["employee", null], choice: [["employee", "direct-hire"]], duration: "ongoing",
    title: "Permanent role to {task} ({team})", issues: ["hiring took longer than planned"], costRange: [-4, 8],
    note: "Steady, relationship-heavy work; the hire built knowledge that stays with the team." }),
  A({ key: "core-to-employee", fit: "good", weight: 6, match: (t) => w(t, "core-strategic") >= 0.8,
    requested: ["employee", "consultant", null], choice: [["employee", "direct-hire"]], duration: "ongoing",
    title: "Senior hire to {task} ({team})", issues: ["search took five months"], costRange: [-3, 10],
    note: "Core capability kept in-house with clear accountability for the decisions." }),
  A({ key: "move-someone-internally", fit: "good", weight: 6, match: (t) => (w(t, "core-strategic") >= 0.5 || w(t, "judgement") >= 0.6) && w(t, "physical") < 0.5,
    requested: ["employee", "internal-mobility", null], choice: [["internal-mobility", "internal-talent-marketplace"]], duration: [12, 52],
    title: "Internal secondment to {task} ({team})", issues: ["backfill for the home team was slow"], costRange: [-12, 5],
    note: "An existing employee who knew the business was seconded in; productive within weeks." }),
  A({ key: "process-to-offshore", headcount: [2, 8], fit: "good", weight: 6, match: (t) => w(t, "repetitive") >= 0.7 && w(t, "rule-based") >= 0.6 && w(t, "location-bound") < 0.5 && w(t, "confidential") < 0.7 && w(t, "regulated") < 0.6 && w(t, "physical") < 0.3 && w(t, "interactive") < 0.6,
    requested: ["employee", "temp-worker", null], choice: [["offshore-team", "offshore-centre"]], duration: "ongoing",
    title: "Delivery centre team to {task} ({team})", issues: ["process documentation had gaps at transition"], costRange: [-35, -10],
    note: "Documented, movable process work; unit cost fell after a three-month transition." }),
  A({ key: "repetitive-to-automation", fit: "good", weight: 7, match: (t) => w(t, "repetitive") >= 0.8 && w(t, "rule-based") >= 0.7 && w(t, "digital") >= 0.7 && w(t, "judgement") < 0.5,
    requested: ["employee", "temp-worker", "automation", null], choice: [["automation", "automation-centre"]], duration: "ongoing",
    title: "Automate: {task} ({team})", issues: ["one source system changed its export format"], costRange: [-10, 15],
    note: "Rule-based, digital, high-volume work; the bot runs unattended with exceptions routed to the team." }),
  A({ key: "steady-service-to-msp", headcount: [2, 10], fit: "good", weight: 6, match: (t) => w(t, "ongoing") >= 0.8 && w(t, "repetitive") >= 0.6 && w(t, "core-strategic") < 0.5 && w(t, "judgement") < 0.5 && w(t, "confidential") < 0.9,
    requested: ["employee", "managed-service", null], choice: [["managed-service", "managed-service-provider"]], duration: "ongoing",
    title: "Managed service to {task} ({team})", issues: ["service levels missed in the first month"], costRange: [-20, 5],
    note: "Commodity service bought against service levels; the provider absorbs volume swings." }),
  A({ key: "peak-to-temps", headcount: [3, 25], fit: "good", weight: 5, match: (t) => w(t, "fluctuating-volume") >= 0.6 && w(t, "specialist") < 0.5 && w(t, "confidential") < 0.8 && w(t, "cognitive") < 0.6 && w(t, "judgement") < 0.6,
    requested: ["temp-worker", "employee", null], choice: [["temp-worker", "temp-agency"]], duration: [3, 16],
    title: "{Q} peak cover: {task} ({team})", issues: ["two temps did not show on day one"], costRange: [-5, 10],
    note: "Seasonal peak covered at a few days' notice and released when volumes dropped." }),
  A({ key: "digital-triage-to-ai-agent", fit: "good", weight: 4, match: (t) => w(t, "digital") >= 0.8 && (w(t, "variable") >= 0.3 || w(t, "creative") >= 0.3 || w(t, "fluctuating-volume") >= 0.5) && w(t, "regulated") < 0.5 && w(t, "judgement") < 0.6 && w(t, "confidential") < 0.7
      && w(t, "time-bound") < 0.6 && w(t, "specialist") < 0.6 && w(t, "core-strategic") < 0.6,
    requested: ["employee", "ai-agent", null], choice: [["ai-agent", "ai-agent-platform"]], duration: "ongoing",
    title: "AI agent pilot: {task} ({team})", issues: ["review queue grew in the first fortnight"], costRange: [-25, 5],
    note: "The agent drafts and triages; a person reviews its output, which kept quality up." }),
  A({ key: "regulated-kept-in-house", fit: "good", weight: 4, match: (t) => w(t, "regulated") >= 0.8 && w(t, "confidential") >= 0.8,
    requested: ["offshore-team", "employee", null], choice: [["employee", "direct-hire"], ["internal-mobility", "internal-talent-marketplace"]], duration: "ongoing",
    title: "In-house role to {task} ({team})", issues: ["training on the regulatory rules took a quarter"], costRange: [-3, 8],
    note: "Regulated, confidential work kept onshore with named accountability; clean audit." }),
  // Typical misallocations.
  A({ key: "permanent-hire-for-project", fit: "poor", weight: 7, match: (t) => w(t, "time-bound") >= 0.7 && w(t, "outcome-defined") >= 0.7,
    requested: ["employee"], choice: [["employee", "direct-hire"]], duration: [8, 16], costRange: [20, 90], needChangeRate: 0.5,
    title: "Full-time hire to {task} ({team})",
    issues: ["hire started in week {late} of the {weeks}-week project", "no follow-on work once the project closed", "role made redundant after go-live", "deadline missed while the role was being recruited", "three-month notice period delayed the start"],
    note: "A permanent role for a fixed-scope project: recruiting took most of the window and the role had no work afterwards." }),
  A({ key: "consultancy-for-ongoing-work", fit: "poor", weight: 6, match: (t) => w(t, "ongoing") >= 0.8 && w(t, "time-bound") < 0.3 && w(t, "physical") < 0.5 && w(t, "repetitive") < 0.8
      && (w(t, "cognitive") >= 0.4 || w(t, "specialist") >= 0.4 || w(t, "interactive") >= 0.6),
    requested: ["consultant"], choice: [["consultant", "statement-of-work"]], duration: "ongoing", costRange: [40, 140], needChangeRate: 0.4,
    title: "Consultancy SOW to {task} ({team})",
    issues: ["SOW renewed four times for business-as-usual work", "knowledge left with the consultancy", "day rates far above an employee for steady-state work", "no internal owner for the process after exit"],
    note: "Run-the-business work bought as a project: renewals piled up and the capability never came in-house." }),
  A({ key: "regulated-data-offshore", headcount: [2, 6], fit: "poor", weight: 5, match: (t) => (w(t, "regulated") >= 0.8 || w(t, "confidential") >= 0.9) && w(t, "physical") < 0.3 && w(t, "repetitive") >= 0.5,
    requested: ["offshore-team", "employee", null], choice: [["offshore-team", "offshore-centre"]], duration: "ongoing", costRange: [15, 120], needChangeRate: 0.3,
    title: "Offshore processing to {task} ({team})",
    issues: ["data residency breach escalated", "client contract prohibits offshore processing", "regulator questioned outsourcing controls", "work brought back onshore after an audit finding", "access to restricted data revoked mid-transition"],
    note: "The labour saving was real, but the data and the regulation did not allow the work to move." }),
  A({ key: "manual-staffing-for-reporting", fit: "poor", weight: 6, match: (t) => w(t, "repetitive") >= 0.8 && w(t, "rule-based") >= 0.8 && w(t, "digital") >= 0.8 && w(t, "judgement") < 0.5,
    requested: ["employee"], choice: [["employee", "direct-hire"], ["temp-worker", "temp-agency"], ["contractor", "staffing-supplier"]], duration: "ongoing", costRange: [15, 60],
    title: "Analyst to {task} ({team})",
    issues: ["analyst spent most of the week copy-pasting between systems", "manual re-keying errors reached a management report", "analyst left after nine months: role seen as a dead end", "report still late every Monday"],
    note: "A person hired to move numbers between systems; the same work was later automated in six weeks." }),
  A({ key: "onshore-team-for-movable-process", headcount: [3, 8], fit: "poor", weight: 3, match: (t) => w(t, "repetitive") >= 0.8 && w(t, "rule-based") >= 0.8 && w(t, "location-bound") < 0.3 && w(t, "confidential") < 0.6 && w(t, "physical") < 0.3,
    requested: ["employee"], choice: [["employee", "direct-hire"]], duration: "ongoing", costRange: [20, 55],
    title: "Onshore team to {task} ({team})",
    issues: ["cost per transaction twice the shared-service benchmark", "team could not scale at quarter-end", "backlog built up during holidays"],
    note: "Movable, documented process work staffed onshore at full cost." }),
  A({ key: "contractor-kept-too-long", fit: "poor", weight: 4, match: (t) => w(t, "ongoing") >= 0.7 && w(t, "time-bound") < 0.4 && w(t, "physical") < 0.7,
    requested: ["contractor", "employee"], choice: [["contractor", "staffing-supplier"]], duration: [24, 26], costRange: [30, 110], needChangeRate: 0.9,
    title: "Contractor cover to {task} ({team})",
    issues: ["co-employment risk flagged after 14 months", "contractor extended six times; tenure reached 20 months", "contractor converted to permanent at a premium", "worker status challenged by the tax authority"],
    note: "Six months of cover became open-ended; the contractor was doing a permanent job at a premium rate." }),
  A({ key: "automation-of-judgement-work", fit: "poor", weight: 3, match: (t) => (w(t, "variable") >= 0.5 || w(t, "judgement") >= 0.5) && w(t, "time-bound") < 0.5 && (w(t, "digital") >= 0.5 || w(t, "repetitive") >= 0.6)
      && w(t, "physical") < 0.3 && w(t, "core-strategic") < 0.6 && w(t, "rule-based") < 0.8,
    requested: ["automation", "employee", null], choice: [["automation", "automation-centre"]], duration: "ongoing", costRange: [25, 90],
    title: "Automate: {task} ({team})",
    issues: ["bot broke on format change", "exception rate above 40%", "bot could not handle free-text inputs", "manual workaround team needed alongside the bot"],
    note: "The work needed judgement on varied inputs; the bot handled the easy half and the team did the rest." }),
  A({ key: "ai-agent-for-regulated-decisions", fit: "poor", weight: 2, match: (t) => w(t, "regulated") >= 0.7 && w(t, "judgement") >= 0.5 && w(t, "location-bound") < 0.8,
    requested: ["ai-agent", null], choice: [["ai-agent", "ai-agent-platform"]], duration: "ongoing", costRange: [10, 70],
    title: "AI agent to {task} ({team})",
    issues: ["agent decisions could not be explained to the regulator", "customer complaint about an automated decision", "human review backlog wiped out the savings"],
    note: "Regulated decisions need an accountable person; the agent was reduced to drafting." }),
  A({ key: "freelancer-for-core-work", fit: "poor", weight: 2, match: (t) => w(t, "core-strategic") >= 0.8,
    requested: ["freelancer", null], choice: [["freelancer", "freelance-platform"]], duration: [8, 20], costRange: [10, 60], needChangeRate: 0.4,
    title: "Freelancer to {task} ({team})",
    issues: ["IP assignment dispute", "freelancer unavailable when decisions were needed", "confidential strategy shared on a personal device"],
    note: "Core, strategic work handed to an outsider with no accountability once the engagement ended." }),
  A({ key: "temp-for-specialist-work", fit: "poor", weight: 2, match: (t) => w(t, "specialist") >= 0.7 && w(t, "outcome-defined") >= 0.6,
    requested: ["temp-worker", null], choice: [["temp-worker", "temp-agency"]], duration: [6, 16], costRange: [15, 70],
    title: "Temp cover to {task} ({team})",
    issues: ["temp lacked the specialist skill; work redone", "three temps rotated through in eight weeks"],
    note: "Specialist work booked through a temp agency; the skill was not there." }),
];

// ---- facts and narrative -----------------------------------------------------------------------------
const LOCATIONS: [string, string, number][] = [
  ["London, UK", "GBP", 1], ["Manchester, UK", "GBP", 0.85], ["Austin, US", "USD", 1.25], ["New York, US", "USD", 1.45],
  ["Chicago, US", "USD", 1.3], ["Toronto, CA", "CAD", 1.6], ["Dublin, IE", "EUR", 1.1], ["Amsterdam, NL", "EUR", 1.15],
  ["Frankfurt, DE", "EUR", 1.15], ["Paris, FR", "EUR", 1.1], ["Sydney, AU", "AUD", 1.8], ["Singapore, SG", "SGD", 1.6],
  ["Bangalore, IN", "INR", 30], ["Kraków, PL", "PLN", 2.4],
];
const REGIONS = ["EMEA", "UK", "US", "Nordics", "DACH", "APAC", "North America", "Benelux", "LATAM", "group", "consumer", "enterprise"];
const TEAMS: Record<string, string> = {
  finance: "finance team", hr: "people team", it: "IT team", data: "analytics team", marketing: "marketing team", sales: "sales team",
  operations: "operations team", "customer-service": "customer service team", legal: "legal team", engineering: "product engineering team",
  procurement: "procurement team", facilities: "workplace team",
};
const ASKED: Record<string, string> = {
  "wt:employee": "a full-time hire", "wt:internal-mobility": "someone from another team", "wt:contractor": "a contractor",
  "wt:consultant": "a consultancy", "wt:freelancer": "a freelancer", "wt:offshore-team": "the offshore centre",
  "wt:managed-service": "an outsourced service", "wt:automation": "automation", "wt:ai-agent": "an AI agent", "wt:temp-worker": "agency temps",
};
const LUCKY = ["Worked out better than the fit suggested: a strong individual and a patient sponsor.", "Went acceptably, mostly because the scope stayed small."];
const UNLUCKY_ISSUES = ["key person left mid-engagement", "scope grew after kick-off", "supplier replaced the lead twice", "requirements unclear at the start", "budget cut mid-year"];

const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
const round1 = (n: number) => Math.round(n * 10) / 10;
const isoDate = (d: Date) => d.toISOString().slice(0, 10);

function sensitivity(ts: Task[]): string {
  const c = maxW(ts, "confidential");
  if (c >= 0.9) return chance(0.6) ? "RESTRICTED" : "CONFIDENTIAL";
  if (c >= 0.6) return "CONFIDENTIAL";
  return c >= 0.3 || chance(0.7) ? "INTERNAL" : "PUBLIC";
}

function precedent(arch: Archetype) {
  const pool = tasks.filter(arch.match);
  // Pick the function first so that precedents spread across functions, not towards the largest pools.
  const fn = pick([...new Set(pool.map((t) => t.businessFunction))]);
  const primary = pick(pool.filter((t) => t.businessFunction === fn));
  const sameFunction = pool.filter((t) => t.id !== primary.id && t.businessFunction === primary.businessFunction);
  const others = pool.filter((t) => t.businessFunction !== primary.businessFunction);
  const ongoing = arch.duration === "ongoing";
  const extra = ongoing ? pick([0, 0, 1, 1, 2, 3]) : pick([0, 0, 0, 1]);
  const picked = [primary, ...sample(sameFunction, extra)];
  if (ongoing && others.length && chance(0.1)) picked.push(pick(others));
  const [wtId, chId] = pick(arch.choice).map((x, i) => `${i === 0 ? "wt" : "ch"}:${x}`) as [string, string];
  const wt = workerTypes.get(wtId), ch = channels.get(chId);
  if (!wt || !ch || !wt.channels.includes(chId)) throw new Error(`${arch.key}: ${chId} does not source ${wtId}`);

  const weeks = arch.duration === "ongoing" ? null : int(...arch.duration);
  const [location, currency, costIndex] = pick(LOCATIONS);
  const bot = wtId === "wt:automation" || wtId === "wt:ai-agent";
  const headcount = bot ? 1 : arch.headcount ? int(...arch.headcount) : chance(0.8) ? 1 : int(2, 3);
  const hoursPerWeek = bot ? null : wtId === "wt:freelancer" ? int(10, 30) : pick([35, 37.5, 40, 40]);
  const budget = chance(0.15) ? null : Math.round((2000 * costIndex * ch.relativeCost * headcount * (hoursPerWeek ?? 40) / 40 * (weeks ?? 52)) / 1000) * 1000;

  // Outcome: mostly follows the fit; about one in six goes against it.
  const lucky = arch.fit === "poor" && chance(0.18);
  const unlucky = arch.fit === "good" && chance(0.12);
  const asExpected = !lucky && !unlucky;
  const rating = arch.fit === "good" ? (asExpected ? pick([4, 4, 4, 5, 5, 5, 5, 3]) : pick([2, 2, 3])) : asExpected ? pick([1, 1, 2, 2, 2, 3, 3]) : pick([3, 4, 4]);
  const costVariancePct = round1(asExpected ? between(...arch.costRange) : lucky ? between(-5, 12) : between(10, 45));
  const late = weeks ? int(Math.ceil(weeks * 0.5), weeks) : 0;
  const fill = (s: string) => s.replace("{late}", String(late)).replace("{weeks}", String(weeks ?? ""));
  const issues = asExpected
    ? arch.fit === "poor" ? sample(arch.issues, int(1, 2)).map(fill) : chance(0.2) ? sample(arch.issues, 1).map(fill) : []
    : lucky ? (chance(0.4) ? sample(arch.issues, 1).map(fill) : []) : sample(UNLUCKY_ISSUES, int(1, 2));
  const daysToStart = Math.min(730, Math.round(ch.typicalDaysToStart * between(0.6, 1.6) * (arch.key === "permanent-hire-for-project" ? 1.3 : 1)));

  const decided = new Date(Date.UTC(2021, 0, 4) + Math.floor(rand() * (Date.UTC(2026, 2, 31) - Date.UTC(2021, 0, 4))));
  const quarter = `Q${Math.floor(decided.getUTCMonth() / 3) + 1} ${decided.getUTCFullYear()}`;
  const team = `${pick(REGIONS)} ${TEAMS[primary.businessFunction] ?? "team"}`;
  const name = arch.title.replace("{Q}", quarter).replace("{task}", lower(primary.name)).replace("{team}", team);
  const asked = (r: string | null) => (r ? `The manager asked for ${ASKED[r] ?? r}` : "The manager left the sourcing open");
  const requestedWorkerType = (() => { const r = pick(arch.requested); return r ? `wt:${r}` : null; })();
  const names = picked.map((t) => lower(t.name));
  const work = names.length > 1 ? `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}` : names.join("");
  const description = `${asked(requestedWorkerType)} to ${work}, ${ongoing ? "as ongoing work" : `over about ${weeks} weeks`}. Filled by ${lower(wt.name)} through ${lower(ch.name)}.`;
  const notes = asExpected ? arch.note : lucky ? pick(LUCKY) : `Good fit on paper, but it went badly: ${issues.join("; ")}.`;

  return {
    name: name.charAt(0).toUpperCase() + name.slice(1),
    description,
    businessFunction: primary.businessFunction,
    tasks: picked.map((t) => t.id),
    requestedWorkerType,
    workerType: wtId,
    channel: chId,
    facts: {
      durationWeeks: weeks, ongoing, hoursPerWeek, headcount,
      location: chance(0.08) && maxW(picked, "location-bound") < 0.5 ? null : location,
      remoteAllowed: maxW(picked, "location-bound") >= 0.7 || maxW(picked, "physical") >= 0.7 ? false : chance(0.7),
      budget, currency: budget === null ? null : currency,
      dataSensitivity: sensitivity(picked), regulated: maxW(picked, "regulated") >= 0.6,
    },
    outcome: { rating, costVariancePct, daysToStart, needChanged: chance(asExpected ? (arch.needChangeRate ?? 0.1) : 0.3), issues, notes },
    decidedAt: isoDate(decided),
  };
}

// ---- main --------------------------------------------------------------------------------------------
for (const a of ARCHETYPES) if (!tasks.some(a.match)) throw new Error(`archetype ${a.key} matches no task`);
const totalWeight = ARCHETYPES.reduce((s, a) => s + a.weight, 0);
function drawArchetype(): Archetype {
  let r = rand() * totalWeight;
  for (const a of ARCHETYPES) if ((r -= a.weight) < 0) return a;
  return ARCHETYPES[ARCHETYPES.length - 1] as Archetype;
}
const generated = Array.from({ length: COUNT }, () => {
  const arch = drawArchetype();
  return { fit: arch.fit, precedent: precedent(arch) };
}).sort((x, y) => x.precedent.decidedAt.localeCompare(y.precedent.decidedAt));
const precedents = generated.map((g, i) => ({ id: `prec:${String(i + 1).padStart(4, "0")}`, ...g.precedent }));
writeFileSync(join(SEED_DIR, "precedents.json"), JSON.stringify(precedents, null, 2) + "\n");
const summary = (["good", "poor"] as const).map((fit) => {
  const rated = generated.filter((g) => g.fit === fit).map((g) => g.precedent.outcome.rating);
  return `${fit} fit: ${rated.length} (mean rating ${(rated.reduce((a, b) => a + b, 0) / rated.length).toFixed(2)})`;
});
console.log(`wrote ${precedents.length} precedents to seed/precedents.json; ${summary.join(", ")}`);
if (process.argv.includes("--list")) for (const a of ARCHETYPES) console.log(a.key.padEnd(34), tasks.filter(a.match).map((t) => t.id.slice(5)).join(" "));
