/**
 * `tsx src/cli/db.ts start|stop|status`: manages the embedded local Neo4j (tools/neo4j-local).
 * Honours NEO4J_BOLT_PORT and NEO4J_LOCAL_DATA. Exit codes: 0 ok, 1 error, 2 usage, 3 not running (status).
 */
import { localNeo4jStatus, startLocalNeo4j, stopLocalNeo4j } from "../embedded/neo4jLocal.js";

const log = (msg: string) => console.error(`neo4j-local: ${msg}`);

async function main(command: string | undefined): Promise<number> {
  switch (command) {
    case "start": {
      const { uri, pid, alreadyRunning } = await startLocalNeo4j({ log });
      console.log(`neo4j-local ${alreadyRunning ? "already running" : "started"} at ${uri} (pid ${pid})`);
      return 0;
    }
    case "stop": {
      const stopped = await stopLocalNeo4j({ log });
      console.log(stopped ? "neo4j-local stopped" : "neo4j-local was not running");
      return 0;
    }
    case "status": {
      const s = await localNeo4jStatus();
      if (s.pid !== undefined) {
        console.log(`neo4j-local running at ${s.uri} (pid ${s.pid})${s.boltAnswers ? "" : ", Bolt not answering yet"}`);
        return 0;
      }
      console.log(
        s.boltAnswers
          ? `neo4j-local not running, but something else answers on ${s.uri}`
          : "neo4j-local not running",
      );
      return 3;
    }
    default:
      console.error("usage: tsx src/cli/db.ts start|stop|status");
      return 2;
  }
}

main(process.argv[2]).then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(`neo4j-local: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  },
);
