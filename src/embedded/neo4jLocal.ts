/**
 * Starts and stops the embedded Neo4j Community launcher in tools/neo4j-local (Java 17 + Maven),
 * which serves Bolt on 127.0.0.1 without auth. Used by `npm run db:start` / `db:stop` and by tests
 * when NEO4J_URI is not set.
 */
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { commandExists, runMaven } from "./maven.js";

export type LocalNeo4jOptions = {
  /** Bolt port on 127.0.0.1; env NEO4J_BOLT_PORT, default 7687. */
  port?: number;
  /** Neo4j home (store + logs); env NEO4J_LOCAL_DATA, default <repo>/.data/neo4j. */
  dataDir?: string;
  log?: (msg: string) => void;
};

export type LocalNeo4jStatus = {
  uri: string;
  /** Pid of our launcher if its pid file names a live neo4j-local process. */
  pid: number | undefined;
  /** Something accepts TCP connections on the Bolt port (ours or not). */
  boltAnswers: boolean;
  pidFile: string;
  logFile: string;
};

const REPO_ROOT = fileURLToPath(new URL("../..", import.meta.url));
const TOOL_DIR = path.join(REPO_ROOT, "tools", "neo4j-local");
const TARGET_DIR = path.join(TOOL_DIR, "target");
const LIB_DIR = path.join(TARGET_DIR, "lib");
const STAMP_FILE = path.join(TARGET_DIR, "launcher.stamp");
const MAIN_CLASS = "dev.workgraph.neo4jlocal.Neo4jLocal";
const READY_LINE = "neo4j-local ready bolt://";

const START_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 60_000;
const POLL_MS = 200;

// Mirrors the flags Neo4j's own launcher passes on Java 17; without the --add-opens the page cache
// and transaction-log native access fall back to slower paths and fill debug.log with warnings.
const JVM_FLAGS = [
  "-Xms256m",
  "-Xmx1g",
  "-XX:+UseG1GC",
  "-XX:-OmitStackTraceInFastThrow",
  "-XX:+DisableExplicitGC",
  "-XX:+ExitOnOutOfMemoryError",
  "-Djdk.nio.maxCachedBufferSize=1024",
  "-Dio.netty.tryReflectionSetAccessible=true",
  "-Dlog4j2.disable.jmx=true",
  "--add-opens=java.base/java.nio=ALL-UNNAMED",
  "--add-opens=java.base/java.io=ALL-UNNAMED",
  "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
];

const ALTERNATIVES =
  "Java 17 and Maven are needed to run the embedded Neo4j (tools/neo4j-local). " +
  "Alternatives: docker compose up (see docker-compose.yml), or set NEO4J_URI to an existing Neo4j 5 server.";

const noop = () => {};

function resolveOptions(opts: LocalNeo4jOptions = {}) {
  const port = opts.port ?? parsePort(process.env.NEO4J_BOLT_PORT);
  const dataDir = path.resolve(opts.dataDir ?? (process.env.NEO4J_LOCAL_DATA || path.join(REPO_ROOT, ".data", "neo4j")));
  return {
    port,
    dataDir,
    // Beside the data dir, so a test using its own NEO4J_LOCAL_DATA gets its own pid and log.
    pidFile: `${dataDir}.pid`,
    logFile: `${dataDir}-local.log`,
    uri: `bolt://127.0.0.1:${port}`,
    log: opts.log ?? noop,
  };
}

function parsePort(value: string | undefined): number {
  if (value === undefined || value === "") return 7687;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`NEO4J_BOLT_PORT must be a port number, got "${value}"`);
  }
  return port;
}

/** Resolves true when a TCP connection to 127.0.0.1:port is accepted. */
function tcpAnswers(port: number, timeoutMs = 1000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.createConnection({ host: "127.0.0.1", port });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once("connect", () => done(true));
    socket.once("error", () => done(false));
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function readPid(pidFile: string): number | undefined {
  try {
    const pid = Number(fs.readFileSync(pidFile, "utf8").trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/** True if pid is alive and (where /proc exists) is our launcher, not a recycled pid. */
function isOurProcess(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
  try {
    // Empty for a zombie, so an exited-but-unreaped launcher counts as gone.
    return fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").includes(MAIN_CLASS);
  } catch {
    return process.platform !== "linux";
  }
}

/** Sends a signal, ignoring a process that has already exited. */
function signal(pid: number, sig: NodeJS.Signals): void {
  try {
    process.kill(pid, sig);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "ESRCH") throw err;
  }
}

function tailOf(file: string, lines = 30): string {
  try {
    return fs.readFileSync(file, "utf8").trimEnd().split("\n").slice(-lines).join("\n");
  } catch {
    return "(no log)";
  }
}

function requireJava17(): void {
  const java = commandExists("java", ["-version"]);
  if (!java.ok) throw new Error(`java not found on PATH. ${ALTERNATIVES}`);
  // `java -version` prints e.g. `openjdk version "17.0.15"` or `java version "1.8.0_392"`.
  const m = /version "(\d+)(?:\.(\d+))?/.exec(java.output);
  const major = m ? (m[1] === "1" ? Number(m[2]) : Number(m[1])) : NaN;
  if (!(major >= 17)) throw new Error(`java on PATH is not Java 17+ (${m ? m[0] : "unknown version"}). ${ALTERNATIVES}`);
}

function newestMtime(p: string): number {
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(st.mtimeMs, ...fs.readdirSync(p).map((name) => newestMtime(path.join(p, name))));
}

function launcherUpToDate(): boolean {
  try {
    const stamp = fs.statSync(STAMP_FILE).mtimeMs;
    const sources = Math.max(newestMtime(path.join(TOOL_DIR, "pom.xml")), newestMtime(path.join(TOOL_DIR, "src")));
    const classFile = path.join(TARGET_DIR, "classes", ...MAIN_CLASS.split(".")) + ".class";
    return stamp >= sources && fs.existsSync(classFile) && fs.readdirSync(LIB_DIR).some((f) => /^neo4j-5\..*\.jar$/.test(f));
  } catch {
    return false;
  }
}

/**
 * Compiles the launcher and copies its runtime jars to tools/neo4j-local/target/lib (Maven binds
 * dependency:copy-dependencies to `package`). A no-op when the stamp is newer than pom.xml and src/.
 * The first run resolves Neo4j from Maven Central into ~/.m2; later runs need no network.
 */
export async function buildLauncher(log: (msg: string) => void = noop): Promise<void> {
  if (launcherUpToDate()) return;
  log("building tools/neo4j-local (the first build downloads Neo4j from Maven Central)...");
  // Stale jars from a previous Neo4j version would end up on the classpath beside the new ones.
  fs.rmSync(LIB_DIR, { recursive: true, force: true });
  await runMaven(path.join(TOOL_DIR, "pom.xml"), ["-DskipTests", "package"], ALTERNATIVES);
  fs.writeFileSync(STAMP_FILE, `${new Date().toISOString()}\n`);
}

export async function localNeo4jStatus(opts?: LocalNeo4jOptions): Promise<LocalNeo4jStatus> {
  const o = resolveOptions(opts);
  const pid = readPid(o.pidFile);
  return {
    uri: o.uri,
    pid: pid !== undefined && isOurProcess(pid) ? pid : undefined,
    boltAnswers: await tcpAnswers(o.port),
    pidFile: o.pidFile,
    logFile: o.logFile,
  };
}

/**
 * Ensures the embedded Neo4j is serving Bolt on 127.0.0.1:port. Reuses a launcher that is already
 * running from the same data dir; otherwise builds if needed, spawns a detached JVM (it outlives
 * this process: stop it with stopLocalNeo4j) and waits until Bolt answers.
 */
export async function startLocalNeo4j(
  opts?: LocalNeo4jOptions,
): Promise<{ uri: string; pid: number; alreadyRunning: boolean }> {
  const o = resolveOptions(opts);
  const existing = readPid(o.pidFile);
  if (existing !== undefined) {
    if (isOurProcess(existing)) {
      // Running, or still starting (e.g. a concurrent start): wait for it rather than spawn a second.
      await waitForBolt(o, existing, undefined);
      return { uri: o.uri, pid: existing, alreadyRunning: true };
    }
    fs.rmSync(o.pidFile, { force: true });
  }
  if (await tcpAnswers(o.port)) {
    throw new Error(
      `Port ${o.port} on 127.0.0.1 is already in use by something other than neo4j-local (no live ${o.pidFile}). ` +
        `Stop it, set NEO4J_BOLT_PORT to another port, or set NEO4J_URI to use that server.`,
    );
  }

  requireJava17();
  await buildLauncher(o.log);

  fs.mkdirSync(o.dataDir, { recursive: true });
  const logFd = fs.openSync(o.logFile, "w");
  const extraJvmFlags = (process.env.NEO4J_LOCAL_JAVA_OPTS ?? "").split(/\s+/).filter(Boolean);
  const classpath = [path.join(TARGET_DIR, "classes"), path.join(LIB_DIR, "*")].join(path.delimiter);
  o.log(`starting neo4j-local on ${o.uri} (data ${o.dataDir}, log ${o.logFile})`);
  const child = spawn("java", [...JVM_FLAGS, ...extraJvmFlags, "-cp", classpath, MAIN_CLASS, o.dataDir], {
    cwd: REPO_ROOT,
    env: { ...process.env, NEO4J_BOLT_PORT: String(o.port) },
    detached: true,
    stdio: ["ignore", logFd, logFd],
  });
  fs.closeSync(logFd);
  const pid = child.pid;
  if (pid === undefined) {
    throw new Error(`could not spawn java: ${await new Promise((r) => child.once("error", r))}`);
  }
  child.unref();
  fs.writeFileSync(o.pidFile, `${pid}\n`);

  const exited: ExitState = { code: undefined, signal: undefined };
  child.once("exit", (code, sig) => Object.assign(exited, { code, signal: sig }));
  try {
    await waitForBolt(o, pid, exited);
  } catch (err) {
    if (exited.code === undefined) signal(pid, "SIGKILL");
    fs.rmSync(o.pidFile, { force: true });
    throw err;
  }
  return { uri: o.uri, pid, alreadyRunning: false };
}

/** `code` stays undefined until the child exits (then a number, or null when killed by `signal`). */
type ExitState = { code: number | null | undefined; signal: NodeJS.Signals | null | undefined };

/** Polls until the launcher has printed its ready line and Bolt accepts connections. */
async function waitForBolt(
  o: ReturnType<typeof resolveOptions>,
  pid: number,
  exited: ExitState | undefined,
): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  for (;;) {
    const gone = exited ? exited.code !== undefined : !isOurProcess(pid);
    if (gone) {
      const how = exited ? (exited.signal ? `signal ${exited.signal}` : `code ${exited.code}`) : "unknown status";
      throw new Error(`neo4j-local (pid ${pid}) exited during startup (${how}); last lines of ${o.logFile}:\n${tailOf(o.logFile)}`);
    }
    // The launcher prints READY_LINE only once the default database is available, which can
    // lag slightly behind the Bolt socket accepting connections.
    if (fs.existsSync(o.logFile) && fs.readFileSync(o.logFile, "utf8").includes(READY_LINE) && (await tcpAnswers(o.port))) {
      return;
    }
    if (Date.now() > deadline) {
      throw new Error(
        `neo4j-local (pid ${pid}) did not answer on ${o.uri} within ${START_TIMEOUT_MS / 1000} s; ` +
          `last lines of ${o.logFile}:\n${tailOf(o.logFile)}`,
      );
    }
    await sleep(POLL_MS);
  }
}

/**
 * Stops the launcher named by the pid file: SIGTERM (the JVM checkpoints and shuts down cleanly),
 * SIGKILL after 60 s. Resolves true if a process was stopped, false if none was running.
 */
export async function stopLocalNeo4j(opts?: LocalNeo4jOptions): Promise<boolean> {
  const o = resolveOptions(opts);
  const pid = readPid(o.pidFile);
  if (pid === undefined || !isOurProcess(pid)) {
    fs.rmSync(o.pidFile, { force: true });
    return false;
  }
  signal(pid, "SIGTERM");
  const deadline = Date.now() + STOP_TIMEOUT_MS;
  while (isOurProcess(pid)) {
    if (Date.now() > deadline) {
      o.log(`neo4j-local (pid ${pid}) still running after ${STOP_TIMEOUT_MS / 1000} s; sending SIGKILL`);
      signal(pid, "SIGKILL");
      while (isOurProcess(pid)) await sleep(100);
      break;
    }
    await sleep(100);
  }
  fs.rmSync(o.pidFile, { force: true });
  return true;
}
