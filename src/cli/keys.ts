/** `npm run keys`: API keys from the command line. */
import { userInfo } from "node:os";
import { parseArgs } from "node:util";
import { createServices } from "../services/index.js";
import { runCli, withMigratedDatabase } from "./withDatabase.js";

const USAGE = `usage:
  npm run keys -- create --role VIEWER|INTEGRATOR|STEWARD|ADMIN [--tenant <tenant>] [--name <name>]
  npm run keys -- revoke <key id>
  npm run keys -- list`;

/** `npm run keys`: API keys from the command line, audited as the operating-system user who ran it. */
async function main(): Promise<number> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { role: { type: "string" }, tenant: { type: "string" }, name: { type: "string" } },
  });
  const [command, id] = positionals;
  if (!command || !["create", "revoke", "list"].includes(command) || (command === "revoke" && !id)) {
    console.error(USAGE);
    return 2;
  }
  return withMigratedDatabase(async (db, settings) => {
    const principal = { kind: "cli", id: `cli:${userInfo().username}`, role: "ADMIN", tenant: null } as const;
    const { keys } = createServices(db.executor, settings, { principal, requestId: `cli-${process.pid}` });
    if (command === "create") {
      const { key, token } = await keys.create({ role: values.role, tenant: values.tenant, name: values.name });
      console.log(`created ${key.id} (${key.role}${key.tenant ? `, tenant ${key.tenant}` : ""})`);
      console.log(`key (shown once, store it now): ${token}`);
    } else if (command === "revoke") {
      const key = await keys.revoke(id!);
      console.log(`revoked ${key.id} at ${key.revokedAt}`);
    } else {
      for (const key of await keys.list()) {
        console.log(`${key.id}  ${key.role.padEnd(10)} ${(key.tenant ?? "-").padEnd(16)} ${key.revokedAt ? "revoked" : "active "}  ${key.name}`);
      }
    }
    return 0;
  });
}

runCli(main);
