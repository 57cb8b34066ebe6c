import { describe, expect, it } from "vitest";
import type { ChannelData, PrecedentData } from "../../src/domain/evidence.js";
import type { GraphPath, ScoredOption } from "../../src/domain/recommendation.js";
import { drawRecommendation, escapeXml, type PictureInput } from "../../src/services/recommend/picture.js";

const channel = (id: string, name: string): ChannelData => ({
  id, name, typicalDaysToStart: 10, relativeCost: 1, minEngagementWeeks: 0, maxEngagementWeeks: null, offshore: false, availability: 1,
});
const precedent = (id: string, name: string, rating: number): PrecedentData => ({
  id, name, rating, taskIds: [], workerTypeId: null, channelId: null, requestedWorkerTypeId: null, durationWeeks: null, ongoing: null,
  regulated: null, dataSensitivity: null, remoteAllowed: null, costVariancePct: 0, needChanged: false, issues: [],
});
const path = (wt: string, ch: string, suits: number): GraphPath => ({
  nodes: [
    { id: "need:1", kind: "Need", name: "This need" },
    { id: "task:report", kind: "Task", name: "Compile the <weekly> report" },
    { id: "trait:repetitive", kind: "Trait", name: "Repetitive" },
    { id: wt, kind: "WorkerType", name: wt.slice(3) },
    { id: ch, kind: "Channel", name: ch.slice(3) },
  ],
  relationships: [
    { type: "MATCHED", weight: 0.9 },
    { type: "HAS_TRAIT", weight: 0.8 },
    { type: "SUITS", weight: suits },
    { type: "SOURCED_VIA", weight: null },
  ],
  contribution: 0.5 * suits,
});
const option = (wt: string, ch: string, score: number, extra: Partial<ScoredOption> = {}): ScoredOption => ({
  workerType: { id: wt, name: wt.slice(3) },
  channel: channel(ch, ch.slice(3)),
  score,
  confidence: 0.7,
  factors: [],
  paths: [path(wt, ch, score > 0 ? 0.9 : -0.4)],
  precedents: [],
  risks: [],
  excluded: false,
  ...extra,
});

const input: PictureInput = {
  need: { title: null, text: 'Automate the "weekly" report & <script>alert(1)</script>' },
  options: [
    option("wt:automation", "ch:automation-centre", 0.8, {
      precedents: [{ precedent: precedent("case:1", "Weekly report bot (finance)", 4), similarity: 0.6, sameChannel: true, effect: 0.05 }],
    }),
    option("wt:contractor", "ch:staffing", 0.4),
  ],
  excluded: [
    option("wt:offshore", "ch:offshore-centre", -0.2, {
      excluded: true,
      risks: [{ ruleId: "rule:no-offshore-regulated", ruleName: "No offshore for regulated data", version: 2, effect: "EXCLUDE", severity: "HIGH", penalty: 1, message: "Regulated data stays onshore" }],
    }),
  ],
  challenge: {
    requestedWorkerType: { id: "wt:employee", name: "Employee" },
    requestedScore: 0.1,
    recommended: { workerType: { id: "wt:automation", name: "automation" }, channel: channel("ch:automation-centre", "automation-centre"), score: 0.8 },
    margin: 0.7,
    reasons: ["The work is repetitive (0.80): automation fits it +0.90, Employee −0.10."],
  },
};

const texts = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!);

describe("the picture of a recommendation", () => {
  const svg = drawRecommendation(input);

  it("is a standalone, accessible SVG 1200 px wide", () => {
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1200" height="\d+" viewBox="0 0 1200 \d+" role="img" aria-labelledby="wg-title wg-desc">/);
    expect(svg).toMatch(/<title id="wg-title">Recommendation for: Automate the &quot;weekly&quot; report &amp; &lt;script&gt;/);
    const desc = /<desc id="wg-desc">([^<]*)<\/desc>/.exec(svg)![1]!;
    expect(desc).toContain("Best option: automation via automation-centre, score 0.80.");
    expect(desc).toContain("Excluded by rules: offshore via offshore-centre.");
    expect(desc).toContain("Challenge: the request for Employee is questioned.");
  });

  it("escapes every text: nothing from the data becomes markup", () => {
    expect(svg).not.toMatch(/<script/);
    expect(svg).not.toMatch(/<weekly>/);
    expect(svg).toContain("Compile the &lt;weekly&gt; report");
    const tags = [...svg.matchAll(/<([a-z]+)[\s>]/g)].map((m) => m[1]);
    expect(new Set(tags)).toEqual(new Set(["svg", "title", "desc", "style", "rect", "text", "path", "g"]));
  });

  it("draws need -> task -> trait -> worker type -> channel with the weights printed", () => {
    const all = texts(svg);
    for (const column of ["Need", "Tasks", "Traits", "Worker types", "Channels"]) expect(all).toContain(column);
    expect(all).toContain("Repetitive");
    expect(all).toContain("★ automation");
    expect(all).toEqual(expect.arrayContaining(["+0.90", "+0.80", "#1", "#2"]));
  });

  it("marks a negative weight by its sign and a dashed line, not by colour alone", () => {
    const negative = drawRecommendation({ ...input, options: [option("wt:employee", "ch:direct-hire", -0.1)] });
    expect(texts(negative)).toContain("−0.40");
    expect(negative).toMatch(/<path class="edge negative"/);
  });

  it("lists the options and the precedents cited with their ratings", () => {
    const all = texts(svg);
    expect(all).toContain("#1 automation via automation-centre: score 0.80, confidence 0.70");
    expect(all).toContain("#1 Weekly report bot (finance): rated 4/5 ★★★★☆, similarity 0.60, effect +0.05, same channel");
  });

  it("greys the excluded options and names the rule that excluded them", () => {
    const excluded = [...svg.matchAll(/<text [^>]*class="excluded">([^<]*)<\/text>/g)].map((m) => m[1]);
    expect(excluded).toEqual([
      "EXCLUDED offshore via offshore-centre, by rule &quot;No offshore for regulated data&quot; (v2): Regulated data stays onshore",
    ]);
  });

  it("shows the challenge when there is one, and nothing of it otherwise", () => {
    expect(texts(svg)).toContain("Challenge to the request");
    expect(texts(svg).some((t) => t.startsWith("You asked for Employee (score 0.10); the work points to automation"))).toBe(true);
    const calm = drawRecommendation({ ...input, challenge: null, excluded: [] });
    expect(calm).not.toMatch(/Challenge|EXCLUDED/);
  });

  it("says so when every route is excluded", () => {
    const none = drawRecommendation({ ...input, options: [], challenge: null });
    expect(texts(none)).toContain("No option is open: every route is excluded by a rule.");
  });

  it("removes characters XML cannot hold", () => {
    expect(escapeXml("a\u0000b\u001fc\td<'>")).toBe("abc\td&lt;&apos;&gt;");
  });
});
