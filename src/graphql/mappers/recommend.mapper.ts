/** Recommendations as GraphQL objects, with every node they name read in one batch. */
import type { ScoredOption } from "../../domain/recommendation.js";
import { drawRecommendation } from "../../services/recommend/picture.js";
import type { RecommendResult } from "../../services/recommend/recommendService.js";
import type { TaxonomyService } from "../../services/taxonomyService.js";
import type { Recommendation, RecommendationOption, RiskFinding } from "../types/recommend.types.js";
import { toGraph } from "./node.mapper.js";

export async function toGraphRecommendation(result: RecommendResult, taxonomy: TaxonomyService): Promise<Recommendation> {
  const r = result.recommendation;
  const all = [...r.options, ...r.excluded];
  const ids = [
    ...result.tasks.map((t) => t.evidence.id),
    ...r.traits.map((t) => t.id),
    ...all.flatMap((o) => [o.workerType.id, o.channel.id, ...o.precedents.map((p) => p.precedent.id)]),
    ...r.portfolio.flatMap((p) => [p.workerType.id, p.channel.id, ...p.taskIds]),
    ...(r.challenge ? [r.challenge.requestedWorkerType.id] : []),
  ];
  const nodes = await taxonomy.nodesByIds(ids);
  const node = <T>(id: string): T => toGraph<T>(nodes.get(id)!);
  const option = (o: ScoredOption, rank: number): RecommendationOption => ({
    rank,
    workerType: node(o.workerType.id),
    channel: node(o.channel.id),
    score: o.score,
    confidence: o.confidence,
    factors: o.factors.map((f) => ({
      ...f,
      trait: f.traitId ? node(f.traitId) : null,
      ruleId: f.ruleId ?? null,
    })),
    paths: o.paths,
    precedents: o.precedents
      .filter((p) => nodes.has(p.precedent.id))
      .map((p) => ({ precedent: node(p.precedent.id), similarity: p.similarity, sameChannel: p.sameChannel, effect: p.effect })),
    risks: o.risks.map(
      (f): RiskFinding => ({
        ruleId: f.ruleId,
        ruleName: f.ruleName,
        ruleVersion: f.version,
        effect: f.effect,
        severity: f.severity,
        penalty: f.penalty,
        message: f.message,
      }),
    ),
  });
  // Excluded options keep the rank they would have had among all options.
  const rankOf = new Map([...all].sort((a, b) => b.score - a.score).map((o, i) => [o, i + 1]));
  return {
    needId: result.needId,
    tasks: result.tasks.map((t) => ({ task: node(t.evidence.id), weight: t.weight, confidence: t.confidence })),
    traits: r.traits
      .filter((t) => nodes.has(t.id))
      .map(({ id, ...t }) => ({ ...t, trait: node(id) })),
    options: r.options.map((o, i) => option(o, i + 1)),
    excluded: r.excluded.map((o) => option(o, rankOf.get(o)!)),
    portfolio: r.portfolio.map((p) => ({
      workerType: node(p.workerType.id),
      channel: node(p.channel.id),
      share: p.share,
      tasks: p.taskIds.map((id) => node(id)),
      score: p.score,
    })),
    challenge: r.challenge && {
      requestedWorkerType: node(r.challenge.requestedWorkerType.id),
      requestedScore: r.challenge.requestedScore,
      recommendedWorkerType: node(r.challenge.recommended.workerType.id),
      recommendedChannel: node(r.challenge.recommended.channel.id),
      recommendedScore: r.challenge.recommended.score,
      margin: r.challenge.margin,
      reasons: r.challenge.reasons,
    },
    whatWouldChange: r.whatWouldChange,
    warnings: result.warnings,
    rulesEvaluated: result.rulesEvaluated,
    // A getter: the picture is drawn only for a query that selects it.
    get svg() {
      return drawRecommendation({ ...r, need: result.need });
    },
  };
}
