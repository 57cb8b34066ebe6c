/** Runs Maven for the tools that resolve their files from Maven Central (the Neo4j launcher, the embedding model). */
import { spawn, spawnSync } from "node:child_process";
import path from "node:path";

export function commandExists(cmd: string, args: string[]): { ok: boolean; output: string } {
  const res = spawnSync(cmd, args, { encoding: "utf8", timeout: 30_000 });
  return { ok: !res.error && res.status === 0, output: `${res.stdout ?? ""}${res.stderr ?? ""}` };
}

/**
 * `mvn -q -B -f <pom> <args>` in the pom's folder; throws with the last lines of Maven's output when
 * it fails. `missing` is what the error says when Maven itself is not on PATH.
 */
export async function runMaven(pom: string, args: readonly string[], missing: string): Promise<void> {
  if (!commandExists("mvn", ["-v"]).ok) throw new Error(`mvn (Maven) not found on PATH. ${missing}`);
  const all = ["-q", "-B", "-f", pom, ...args];
  const { code, output } = await new Promise<{ code: number | null; output: string }>((resolve, reject) => {
    const child = spawn("mvn", all, { cwd: path.dirname(pom), stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (d: Buffer) => (output += d.toString()));
    child.stderr.on("data", (d: Buffer) => (output += d.toString()));
    child.once("error", reject);
    child.once("close", (code) => resolve({ code, output }));
  });
  if (code !== 0) {
    const tail = output.trimEnd().split("\n").slice(-30).join("\n");
    throw new Error(`mvn ${all.join(" ")} failed (exit ${code}):\n${tail}`);
  }
}
