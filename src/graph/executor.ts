/**
 * The only code that touches the driver: managed read and write transactions, observed per statement, errors
 * mapped once.
 */
import neo4j, { type Driver, type ManagedTransaction } from "neo4j-driver";
import { metrics } from "../observability/metrics.js";
import { availabilityOf } from "./availability.js";
import { isConnectionFailure, toAppError } from "./errors.js";

export type Params = Record<string, unknown>;
export type Row = Record<string, unknown>;
export type QueryObserver = (query: Readonly<{ text: string; params: Params }>) => void;

/** A transaction handed to a unit of work: every statement in it is observed like a single query. */
export interface Transaction {
  run(text: string, params?: Params): Promise<Row[]>;
}

/**
 * The only code that talks to the driver. Reads and writes go through managed transactions
 * (retried by the driver on transient errors, so units of work must be safe to repeat);
 * rows come back as plain objects with temporal values as ISO strings.
 */
export class Executor {
  constructor(
    private readonly driver: Driver,
    private readonly database: string,
    private readonly observer?: QueryObserver,
    /** Neo4j ends a transaction of this executor that runs longer (the API sets it; imports run unbounded). */
    private readonly transactionTimeoutMs?: number,
  ) {}

  /** The same connection pool, with an extra observer (for example a per-request query counter). */
  observed(observer: QueryObserver): Executor {
    const previous = this.observer;
    const both: QueryObserver = (query) => {
      previous?.(query);
      observer(query);
    };
    return new Executor(this.driver, this.database, both, this.transactionTimeoutMs);
  }

  /** The same connection pool, each transaction limited to `ms` on the server. */
  withTransactionTimeout(ms: number): Executor {
    return new Executor(this.driver, this.database, this.observer, ms);
  }

  read(text: string, params: Params = {}): Promise<Row[]> {
    return this.readTransaction((tx) => tx.run(text, params));
  }

  write(text: string, params: Params = {}): Promise<Row[]> {
    return this.writeTransaction((tx) => tx.run(text, params));
  }

  readTransaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    return this.inSession("READ", (session) => session.executeRead((tx) => work(this.wrap(tx)), this.transactionConfig()));
  }

  writeTransaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    return this.inSession("WRITE", (session) => session.executeWrite((tx) => work(this.wrap(tx)), this.transactionConfig()));
  }

  /** Schema statements (constraints, indexes) cannot share a transaction with data writes. */
  async schema(text: string): Promise<void> {
    await this.inSession("WRITE", async (session) => {
      this.observer?.({ text, params: {} });
      await session.run(text);
    });
  }

  /** The operators of a statement's plan (EXPLAIN: nothing runs), for tests that guard index use. */
  async explain(text: string, params: Params = {}): Promise<string[]> {
    return this.inSession("READ", async (session) => {
      const { summary } = await session.run(`EXPLAIN ${text}`, params);
      const operators: string[] = [];
      const walk = (plan: { operatorType: string; children: unknown[] } | false) => {
        if (!plan) return;
        operators.push(plan.operatorType.replace(/@.*$/, ""));
        for (const child of plan.children) walk(child as { operatorType: string; children: unknown[] });
      };
      walk(summary.plan);
      return operators;
    });
  }

  async verifyConnectivity(): Promise<void> {
    const availability = availabilityOf(this.driver);
    try {
      await this.driver.verifyConnectivity({ database: this.database });
      availability.succeeded();
    } catch (error) {
      if (isConnectionFailure(error)) availability.failed();
      throw toAppError(error);
    }
  }

  private transactionConfig(): { timeout?: number } {
    return this.transactionTimeoutMs === undefined ? {} : { timeout: this.transactionTimeoutMs };
  }

  private wrap(tx: ManagedTransaction): Transaction {
    return {
      run: async (text, params = {}) => {
        this.observer?.({ text, params });
        const result = await tx.run(text, params);
        return result.records.map((record) => toPlain(record.toObject()) as Row);
      },
    };
  }

  private async inSession<T>(
    mode: "READ" | "WRITE",
    work: (session: ReturnType<Driver["session"]>) => Promise<T>,
  ): Promise<T> {
    const availability = availabilityOf(this.driver);
    availability.assertReachable();
    const session = this.driver.session({
      database: this.database,
      defaultAccessMode: mode === "READ" ? neo4j.session.READ : neo4j.session.WRITE,
    });
    metrics.neo4jSessions.inc();
    try {
      const result = await work(session);
      availability.succeeded();
      return result;
    } catch (error) {
      if (isConnectionFailure(error)) availability.failed();
      throw toAppError(error);
    } finally {
      metrics.neo4jSessions.dec();
      await session.close();
    }
  }
}

/**
 * A row's values with temporal values as ISO strings. The driver builds fresh lists and maps for every
 * record, so they are rewritten in place: a page of nested trees is not copied once more.
 */
function toPlain(value: unknown): unknown {
  if (value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = toPlain(value[i]);
    return value;
  }
  if (Object.getPrototypeOf(value) === Object.prototype) {
    const map = value as Record<string, unknown>;
    for (const key in map) map[key] = toPlain(map[key]);
    return map;
  }
  if (isTemporal(value)) return normaliseTemporal(value.toString());
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) out[key] = toPlain(inner);
  return out;
}

function isTemporal(value: object): boolean {
  return (
    neo4j.isDateTime(value) ||
    neo4j.isDate(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isDuration(value) ||
    neo4j.isTime(value) ||
    neo4j.isLocalTime(value)
  );
}

/** Neo4j prints nanoseconds and a zone suffix; clients get ISO-8601 with milliseconds in UTC. */
function normaliseTemporal(text: string): string {
  const parsed = Date.parse(text.replace(/\[.*\]$/, ""));
  return Number.isNaN(parsed) || !text.includes("T") ? text : new Date(parsed).toISOString();
}
