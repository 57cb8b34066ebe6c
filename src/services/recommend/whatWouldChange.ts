/** What would change the answer: the smallest change of one stated fact that swaps the top two options. */
import type { NeedFacts } from "../../domain/need.js";
import type { RecommendationInput, ScoredOption, WhatWouldChange } from "../../domain/recommendation.js";
import { optionName } from "./format.js";
import { optionKey, scoreAll } from "./options.js";
import { needTraits } from "./recommend.js";
type FactChange = Readonly<{ fact: string; from: string; to: string; facts: NeedFacts }>;

/** The single-fact changes tried, smallest first. */
function candidateChanges(facts: NeedFacts): FactChange[] {
  const show = (v: unknown) => (v === null || v === undefined ? "unstated" : String(v));
  const changes: FactChange[] = [];
  const change = (fact: string, from: unknown, to: unknown, changed: Partial<NeedFacts>) =>
    changes.push({ fact, from: show(from), to: String(to), facts: { ...facts, ...changed } });
  // Each change is tried as a stated fact, whether the fact was stated, read from the text or unknown.
  if (facts.remoteAllowed !== true) change("remoteAllowed", facts.remoteAllowed, true, { remoteAllowed: true, remoteSource: "FACT" });
  if (facts.remoteAllowed !== false) change("remoteAllowed", facts.remoteAllowed, false, { remoteAllowed: false, remoteSource: "FACT" });
  change("regulated", facts.regulated, !facts.regulated, { regulated: !facts.regulated, regulatedSource: "FACT" });
  for (const level of ["PUBLIC", "INTERNAL", "CONFIDENTIAL", "RESTRICTED"] as const) {
    if (facts.dataSensitivity !== level) {
      change("dataSensitivity", facts.dataSensitivity, level, { dataSensitivity: level, dataSensitivitySource: "FACT" });
    }
  }
  const current = facts.durationWeeks;
  const durations = [12, 26, 52, 104]
    .filter((w) => w !== current)
    .sort((a, b) => Math.abs(Math.log(a / (current ?? 26))) - Math.abs(Math.log(b / (current ?? 26))));
  for (const weeks of durations) {
    change("durationWeeks", current, weeks, { durationWeeks: weeks, durationSource: "FACT", ongoing: false, ongoingSource: "FACT" });
  }
  if (facts.ongoing !== true) {
    // With no stated duration, a duration in the text still counts, as it does for any ongoing need.
    const fromText = facts.durationSource === "TEXT";
    change("ongoing", facts.ongoing, true, {
      ongoing: true,
      ongoingSource: "FACT",
      durationWeeks: fromText ? facts.durationWeeks : null,
      durationSource: fromText ? "TEXT" : null,
    });
  }
  return changes;
}

const SENTENCE: Record<string, (to: string) => string> = {
  remoteAllowed: (to) => (to === "true" ? "if the work could be done remotely" : "if the work had to be done on site"),
  regulated: (to) => (to === "true" ? "if the work were regulated" : "if the work were not regulated"),
  dataSensitivity: (to) => `if the data were ${to.toLowerCase()}`,
  durationWeeks: (to) => `if the work lasted ${to} weeks`,
  ongoing: () => "if the work were ongoing",
};

/** For the top two options, the smallest change of one fact that would swap them. */
export function whatWouldChange(input: RecommendationInput, options: readonly ScoredOption[]): WhatWouldChange[] {
  const [first, second] = options;
  if (!first || !second) return [];
  const key = (o: ScoredOption) => optionKey(o.workerType.id, o.channel.id);
  // Only the top two are compared under each change, so only they are rescored, without paths.
  const scope = { only: new Set([key(first), key(second)]), explain: false };
  for (const change of candidateChanges(input.facts)) {
    const rescored = scoreAll(input, change.facts, needTraits(input, change.facts), scope).filter((o) => !o.excluded);
    const a = rescored.find((o) => key(o) === key(first));
    const b = rescored.find((o) => key(o) === key(second));
    if (b && (!a || b.score > a.score)) {
      const condition = SENTENCE[change.fact]!(change.to);
      return [
        {
          fact: change.fact,
          from: change.from,
          to: change.to,
          swapped: true,
          explanation:
            `${condition[0]!.toUpperCase()}${condition.slice(1)}, ${optionName(second)} would rank above ${optionName(first)} ` +
            `(${b.score.toFixed(2)} vs ${a ? a.score.toFixed(2) : "excluded"}).`,
        },
      ];
    }
  }
  return [
    {
      fact: "none",
      from: "",
      to: "",
      swapped: false,
      explanation:
        `No single change of remote working, regulation, data sensitivity or duration would put ` +
        `${optionName(second)} above ${optionName(first)}.`,
    },
  ];
}
