/**
 * A recommendation drawn as SVG: need -> tasks -> traits -> worker types -> channels along the top
 * options' paths with their weights, the precedents cited, the excluded options greyed with the rule
 * that excluded them, and the challenge. Plain string building over plain data; every text is escaped.
 */
import type { Challenge, GraphPath, PathNode, ScoredOption } from "../../domain/recommendation.js";
import { optionName, pct } from "./format.js";

export type PictureInput = Readonly<{
  /** The need's title, or else its text. */
  need: Readonly<{ title?: string | null; text: string }>;
  options: readonly ScoredOption[];
  excluded: readonly ScoredOption[];
  challenge: Challenge | null;
}>;

/** How many of the best options have their paths drawn; the rest are listed. */
export const PICTURE_OPTIONS_DRAWN = 3;
const PRECEDENTS_PER_OPTION = 3;

const WIDTH = 1200;
const MARGIN = 24;
const COLUMNS = ["Need", "Task", "Trait", "WorkerType", "Channel"] as const;
const COLUMN_TITLES = ["Need", "Tasks", "Traits", "Worker types", "Channels"];
const BOX_WIDTH = 172;
const COLUMN_STEP = (WIDTH - 2 * MARGIN - BOX_WIDTH) / (COLUMNS.length - 1);
const BOX_HEIGHT = 34;
const ROW_STEP = 44;
const LINE_HEIGHT = 19;
/** About what fits in a box, and on a line of the lists below the graph, at the font sizes used. */
const BOX_CHARS = 24;
const LINE_CHARS = 150;

const STYLE = `
text { font-family: "Helvetica Neue", Arial, sans-serif; font-size: 13px; fill: #1b1f24; }
.title { font-size: 20px; font-weight: bold; }
.subtitle { fill: #57606a; }
.heading { font-size: 15px; font-weight: bold; }
.column { font-weight: bold; fill: #57606a; }
.box { fill: #f6f8fa; stroke: #57606a; stroke-width: 1; }
.box.best { fill: #ddf4ff; stroke: #0969da; stroke-width: 2; }
.edge { fill: none; stroke: #8c959f; }
.edge.negative { stroke: #cf222e; stroke-dasharray: 6 4; }
.weight { font-size: 11px; fill: #1b1f24; paint-order: stroke; stroke: #ffffff; stroke-width: 3px; }
.excluded { fill: #8c959f; }
.challenge { fill: #fff8c5; stroke: #9a6700; stroke-width: 1.5; }
`;

/** Escapes text for XML, and drops the control characters XML 1.0 cannot hold at all. */
export function escapeXml(text: string): string {
  return text
    // eslint-disable-next-line no-control-regex -- removing exactly these characters is the point
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

const shorten = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);
/** The minus sign and the plus are printed, so a negative weight never depends on colour alone. */
const signed = (x: number) => (Math.abs(x) < 0.005 ? "0.00" : pct(x).replace("-", "−"));

function wrap(text: string, max = LINE_CHARS): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = "";
    }
    line = line ? `${line} ${word}` : shorten(word, max);
  }
  return line ? [...lines, line] : lines;
}

const textEl = (x: number, y: number, text: string, cls?: string) =>
  `<text x="${x}" y="${y}"${cls ? ` class="${cls}"` : ""}>${escapeXml(text)}</text>`;

type Edge = { from: PathNode; to: PathNode; type: string; weight: number | null; rank: number | null };

/** The nodes of the drawn options' paths, per column, and the edges between them (each drawn once). */
function graphOf(options: readonly ScoredOption[]): { columns: PathNode[][]; edges: Edge[] } {
  const columns: PathNode[][] = COLUMNS.map(() => []);
  const edges = new Map<string, Edge>();
  const place = (node: PathNode) => {
    const column = columns[COLUMNS.indexOf(node.kind as (typeof COLUMNS)[number])];
    if (column && !column.some((n) => n.id === node.id)) column.push(node);
  };
  options.forEach((option, i) => {
    const drawn: GraphPath[] =
      option.paths.length > 0
        ? option.paths
        : [{ nodes: [
            { id: option.workerType.id, kind: "WorkerType", name: option.workerType.name },
            { id: option.channel.id, kind: "Channel", name: option.channel.name },
          ], relationships: [{ type: "SOURCED_VIA", weight: null }], contribution: 0 }];
    for (const path of drawn) {
      path.nodes.forEach(place);
      path.relationships.forEach((step, j) => {
        const from = path.nodes[j]!;
        const to = path.nodes[j + 1]!;
        const key = `${from.id}->${to.id}`;
        const rank = step.type === "SOURCED_VIA" ? i + 1 : null;
        if (!edges.has(key)) edges.set(key, { from, to, type: step.type, weight: step.weight, rank });
      });
    }
  });
  return { columns, edges: [...edges.values()] };
}

function describe(input: PictureInput, needName: string): string {
  const best = input.options[0];
  const parts = [
    `Need: ${needName}.`,
    best ? `Best option: ${optionName(best)}, score ${best.score.toFixed(2)}.` : "No option is open.",
    ...input.options.slice(1, PICTURE_OPTIONS_DRAWN).map((o, i) => `Option ${i + 2}: ${optionName(o)}, score ${o.score.toFixed(2)}.`),
    input.excluded.length > 0 ? `Excluded by rules: ${input.excluded.map(optionName).join("; ")}.` : "",
    input.challenge ? `Challenge: the request for ${input.challenge.requestedWorkerType.name} is questioned.` : "",
  ];
  return parts.filter(Boolean).join(" ");
}

/** The whole picture, 1200 px wide; its height grows with what there is to show. */
export function drawRecommendation(input: PictureInput): string {
  const drawnOptions = input.options.slice(0, PICTURE_OPTIONS_DRAWN);
  const { columns, edges } = graphOf(drawnOptions);
  const needName = shorten(input.need.title ?? input.need.text, 160);
  const bestIds = new Set(input.options[0] ? [input.options[0].workerType.id, input.options[0].channel.id] : []);
  const out: string[] = [];
  let y = 36;
  out.push(textEl(MARGIN, y, shorten(`Recommendation for: ${needName}`, 100), "title"));
  y += 22;
  out.push(
    textEl(MARGIN, y, `The ${drawnOptions.length} best options' paths. On the lines: task match, trait strength, worker-type fit (dashed red: fits badly), #rank. ★ best option.`, "subtitle"),
  );
  y += 34;
  COLUMN_TITLES.forEach((title, c) => out.push(textEl(MARGIN + c * COLUMN_STEP, y, title, "column")));
  const top = y + 14;
  const position = new Map<string, { x: number; y: number }>();
  columns.forEach((column, c) => column.forEach((node, r) => position.set(`${c}:${node.id}`, { x: MARGIN + c * COLUMN_STEP, y: top + r * ROW_STEP })));
  const at = (node: PathNode) => position.get(`${COLUMNS.indexOf(node.kind as (typeof COLUMNS)[number])}:${node.id}`);

  for (const edge of edges) {
    const from = at(edge.from);
    const to = at(edge.to);
    if (!from || !to) continue;
    const [x1, y1, x2, y2] = [from.x + BOX_WIDTH, from.y + BOX_HEIGHT / 2, to.x, to.y + BOX_HEIGHT / 2];
    const bend = (x2 - x1) / 2;
    const negative = edge.weight !== null && edge.weight < 0;
    const strokeWidth = edge.weight === null ? 1.5 : 1 + 3 * Math.min(1, Math.abs(edge.weight));
    out.push(
      `<path class="edge${negative ? " negative" : ""}" stroke-width="${strokeWidth.toFixed(1)}" d="M${x1},${y1} C${x1 + bend},${y1} ${x2 - bend},${y2} ${x2},${y2}"><title>${escapeXml(`${edge.from.name} ${edge.type} ${edge.to.name}${edge.weight === null ? "" : ` (weight ${signed(edge.weight)})`}`)}</title></path>`,
    );
    const label = edge.weight !== null ? signed(edge.weight) : edge.rank !== null ? `#${edge.rank}` : "";
    if (label) out.push(textEl(Math.round((x1 + x2) / 2 - 14), Math.round((y1 + y2) / 2 - 4), label, "weight"));
  }
  columns.forEach((column, c) =>
    column.forEach((node) => {
      const { x, y: boxY } = position.get(`${c}:${node.id}`)!;
      const best = bestIds.has(node.id);
      const name = node.kind === "Need" ? needName : node.name;
      out.push(
        `<g><title>${escapeXml(`${node.kind}: ${name}`)}</title><rect class="box${best ? " best" : ""}" x="${x}" y="${boxY}" width="${BOX_WIDTH}" height="${BOX_HEIGHT}" rx="6"/>${textEl(x + 8, boxY + 22, shorten(`${best ? "★ " : ""}${name}`, BOX_CHARS))}</g>`,
      );
    }),
  );
  y = top + Math.max(1, ...columns.map((c) => c.length)) * ROW_STEP + 24;

  const section = (title: string, lines: ReadonlyArray<{ text: string; cls?: string }>) => {
    out.push(textEl(MARGIN, y, title, "heading"));
    y += LINE_HEIGHT + 4;
    for (const line of lines) {
      for (const part of wrap(line.text)) {
        out.push(textEl(MARGIN + 8, y, part, line.cls));
        y += LINE_HEIGHT;
      }
    }
    y += 12;
  };

  section(
    "Options, best first",
    input.options.length > 0
      ? input.options.map((o, i) => ({
          text: `#${i + 1} ${optionName(o)}: score ${o.score.toFixed(2)}, confidence ${o.confidence.toFixed(2)}${o.risks.length > 0 ? `; warnings: ${o.risks.map((r) => r.ruleName).join(", ")}` : ""}`,
        }))
      : [{ text: "No option is open: every route is excluded by a rule." }],
  );
  const cited = drawnOptions.flatMap((o, i) =>
    o.precedents.slice(0, PRECEDENTS_PER_OPTION).map((p) => ({
      text: `#${i + 1} ${p.precedent.name}: rated ${p.precedent.rating}/5 ${"★".repeat(Math.round(p.precedent.rating))}${"☆".repeat(Math.max(0, 5 - Math.round(p.precedent.rating)))}, similarity ${p.similarity.toFixed(2)}, effect ${signed(p.effect)}${p.sameChannel ? ", same channel" : ""}`,
    })),
  );
  section("Precedents cited", cited.length > 0 ? cited : [{ text: "No similar past case." }]);
  if (input.excluded.length > 0) {
    section(
      "Excluded options (greyed)",
      input.excluded.map((o) => {
        const rule = o.risks.find((r) => r.effect === "EXCLUDE") ?? o.risks[0];
        const why = rule ? `rule "${rule.ruleName}" (v${rule.version}): ${rule.message}` : "a rule";
        return { text: `EXCLUDED ${optionName(o)}, by ${why}`, cls: "excluded" };
      }),
    );
  }
  if (input.challenge) {
    const c = input.challenge;
    const lines = [
      `You asked for ${c.requestedWorkerType.name} (${c.requestedScore === null ? "every route to it is excluded by a rule" : `score ${c.requestedScore.toFixed(2)}`}); the work points to ${c.recommended.workerType.name} via ${c.recommended.channel.name} (score ${c.recommended.score.toFixed(2)}, margin ${c.margin.toFixed(2)}).`,
      ...c.reasons,
    ].flatMap((l) => wrap(l, LINE_CHARS - 4));
    const boxTop = y - 4;
    const height = 30 + lines.length * LINE_HEIGHT;
    out.push(`<rect class="challenge" x="${MARGIN}" y="${boxTop}" width="${WIDTH - 2 * MARGIN}" height="${height}" rx="6"/>`);
    y += 18;
    out.push(textEl(MARGIN + 12, y, "Challenge to the request", "heading"));
    y += LINE_HEIGHT + 2;
    for (const line of lines) {
      out.push(textEl(MARGIN + 12, y, line));
      y += LINE_HEIGHT;
    }
    y += 12;
  }
  const height = Math.ceil(y + MARGIN);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-labelledby="wg-title wg-desc">`,
    `<title id="wg-title">${escapeXml(`Recommendation for: ${needName}`)}</title>`,
    `<desc id="wg-desc">${escapeXml(describe(input, needName))}</desc>`,
    `<style>${STYLE}</style>`,
    `<rect width="${WIDTH}" height="${height}" fill="#ffffff"/>`,
    ...out,
    "</svg>",
    "",
  ].join("\n");
}
