/**
 * The challenge: when the manager asked for a worker type that the work does not suit, the reasons,
 * from the factors, the rules and the precedents, that a better route exists.
 */
import type { Challenge, RecommendationInput, ScoredOption } from "../../domain/recommendation.js";
import { pct, sum } from "./format.js";
import { RECOMMEND_TUNING } from "./tuning.js";
export function challenge(input: RecommendationInput, all: readonly ScoredOption[]): Challenge | null {
  const requestedId = input.need.requestedWorkerTypeId;
  const top = all.find((o) => !o.excluded);
  if (!requestedId || !top || top.workerType.id === requestedId) return null;
  const requestedOptions = all.filter((o) => o.workerType.id === requestedId);
  const requestedWorkerType = input.workerTypes.find((w) => w.id === requestedId);
  if (!requestedWorkerType) return null;
  const bestRequested = requestedOptions.find((o) => !o.excluded) ?? null;
  const margin = top.score - (bestRequested?.score ?? Number.NEGATIVE_INFINITY);
  if (bestRequested && margin < RECOMMEND_TUNING.challengeMargin) return null;

  const reasons: string[] = [];
  const compared = bestRequested ?? requestedOptions[0];
  if (!bestRequested) {
    const exclusions = requestedOptions.flatMap((o) => o.risks.filter((r) => r.effect === "EXCLUDE"));
    for (const finding of exclusions.slice(0, 2)) reasons.push(`${finding.message} (rule ${finding.ruleId} v${finding.version}).`);
  }
  if (compared) {
    const differences = top.factors
      .filter((f) => f.kind === "TRAIT_FIT")
      .map((f) => {
        const other = compared.factors.find((g) => g.traitId === f.traitId);
        return { factor: f, other, gap: f.contribution - (other?.contribution ?? 0) };
      })
      .filter((d) => d.gap > 0.01)
      .sort((a, b) => b.gap - a.gap || a.factor.label.localeCompare(b.factor.label))
      .slice(0, 3);
    for (const d of differences) {
      reasons.push(
        `The work is ${d.factor.label.toLowerCase()} (${d.factor.value.toFixed(2)}): ${top.workerType.name} fits it ` +
          `${pct(d.factor.weight)}, ${requestedWorkerType.name} ${pct(d.other?.weight ?? 0)}.`,
      );
    }
    for (const risk of compared.risks.filter((r) => r.effect !== "EXCLUDE").slice(0, 2)) {
      reasons.push(`${risk.message} (rule ${risk.ruleId} v${risk.version}).`);
    }
    const requestedCases = compared.precedents;
    if (requestedCases.length > 0) {
      const avg = sum(requestedCases.map((p) => p.precedent.rating)) / requestedCases.length;
      if (avg < 3) reasons.push(`Similar past cases that went to ${requestedWorkerType.name} rated ${avg.toFixed(1)} of 5 on average.`);
    }
  }
  return {
    requestedWorkerType: { id: requestedWorkerType.id, name: requestedWorkerType.name },
    requestedScore: bestRequested?.score ?? null,
    recommended: { workerType: top.workerType, channel: top.channel, score: top.score },
    margin: Number.isFinite(margin) ? margin : 1,
    reasons,
  };
}
