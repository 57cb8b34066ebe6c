/**
 * In-process CPU profiles for the benchmarks (node:inspector, the same sampler as `node --cpu-prof`):
 * profile one measured stretch, save the .cpuprofile (DevTools and speedscope open it) and list the
 * top frames by self time.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { Session } from "node:inspector/promises";
import path from "node:path";
import type { Profiler } from "node:inspector";
import { REPO_ROOT } from "./lib.js";

export type Frame = Readonly<{ name: string; where: string; selfMs: number; share: number }>;

/** Runs `work` under the sampling profiler; the profile covers exactly that stretch. */
export async function profiled<T>(work: () => Promise<T>): Promise<{ result: T; profile: Profiler.Profile }> {
  const session = new Session();
  session.connect();
  try {
    await session.post("Profiler.enable");
    await session.post("Profiler.setSamplingInterval", { interval: 200 });
    await session.post("Profiler.start");
    const result = await work();
    const { profile } = await session.post("Profiler.stop");
    return { result, profile };
  } finally {
    session.disconnect();
  }
}

/** Saves the profile under .data/profiles/ and returns its path. */
export async function saveProfile(profile: Profiler.Profile, name: string): Promise<string> {
  const dir = path.join(REPO_ROOT, ".data", "profiles");
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, `${name}.cpuprofile`);
  await writeFile(file, JSON.stringify(profile));
  return file;
}

/** Where a frame's code lives: a package name, a path in the repository, or Node's own. */
function whereOf(url: string): string {
  const plain = url.replace(/^file:\/\//, "");
  const pkg = plain.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (pkg) return pkg[1]!;
  if (plain.startsWith(REPO_ROOT)) return path.relative(REPO_ROOT, plain);
  return plain || "(native)";
}

/** Self time per function (summed over its call sites), largest first; idle time is left out of the shares. */
export function topFrames(profile: Profiler.Profile, count: number): Frame[] {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  // Native code has no name or file of its own: its caller says whose it is (onnxruntime's inference, say).
  const callerOf = new Map(profile.nodes.flatMap((node) => (node.children ?? []).map((child) => [child, node] as const)));
  const self = new Map<string, { name: string; where: string; micros: number }>();
  let busy = 0;
  const deltas = profile.timeDeltas ?? [];
  (profile.samples ?? []).forEach((id, i) => {
    const { callFrame } = byId.get(id)!;
    const micros = deltas[i] ?? 0;
    if (callFrame.functionName === "(idle)") return;
    busy += micros;
    const caller = callFrame.url === "" ? callerOf.get(id)?.callFrame : undefined;
    const name = callFrame.functionName || (caller ? "(native)" : "(anonymous)");
    const where = caller?.url ? `native, from ${whereOf(caller.url)}` : whereOf(callFrame.url);
    const key = `${name}@${where}:${callFrame.lineNumber}`;
    // Line numbers of files tsx compiled point into the compiled text: the file is what to read.
    const entry = self.get(key) ?? { name, where, micros: 0 };
    entry.micros += micros;
    self.set(key, entry);
  });
  return [...self.values()]
    .sort((a, b) => b.micros - a.micros)
    .slice(0, count)
    .map((f) => ({ name: f.name, where: f.where, selfMs: f.micros / 1000, share: busy === 0 ? 0 : f.micros / busy }));
}

/** Self time per place (a package, or a folder of the repository), largest first, idle left out. */
export function placeShares(profile: Profiler.Profile, count: number): Array<Readonly<{ place: string; share: number }>> {
  const shares = new Map<string, number>();
  for (const frame of topFrames(profile, Number.MAX_SAFE_INTEGER)) {
    const file = frame.where;
    const place = file.startsWith("src/") || file.startsWith("tools/") ? path.dirname(file) : file;
    shares.set(place, (shares.get(place) ?? 0) + frame.share);
  }
  return [...shares].sort((a, b) => b[1] - a[1]).slice(0, count).map(([place, share]) => ({ place, share }));
}
