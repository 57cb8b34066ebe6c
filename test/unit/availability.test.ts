import { Neo4jError } from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { UnavailableError } from "../../src/errors.js";
import { Availability } from "../../src/graph/availability.js";
import { isConnectionFailure, toAppError } from "../../src/graph/errors.js";

describe("availability", () => {
  it("refuses at once within the cooldown after a failure, then lets the next call try", () => {
    let now = 1_000;
    const availability = new Availability(500, () => now);
    expect(() => availability.assertReachable()).not.toThrow();
    availability.failed();
    now += 499;
    expect(() => availability.assertReachable()).toThrow(UnavailableError);
    now += 1;
    expect(() => availability.assertReachable()).not.toThrow();
    availability.failed();
    availability.succeeded();
    expect(() => availability.assertReachable()).not.toThrow();
  });
});

describe("driver errors", () => {
  const neo4jError = (code: string, message = "x") => new Neo4jError(message, code, "", "");

  it("are UNAVAILABLE when Neo4j is unreachable, overloaded, timed out or a procedure failed", () => {
    for (const error of [
      neo4jError("ServiceUnavailable"),
      neo4jError("Neo.TransientError.Transaction.DeadlockDetected"),
      neo4jError("Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration"),
      neo4jError("Neo.ClientError.Procedure.ProcedureCallFailed"),
      neo4jError("N/A", "Connection acquisition timed out in 1500 ms. Pool status: Active conn count = 50, Idle conn count = 0."),
      new Error("connect ECONNREFUSED 127.0.0.1:7687"),
    ]) {
      expect(toAppError(error), error.message).toBeInstanceOf(UnavailableError);
    }
  });

  it("open the cooldown only when the server cannot be reached", () => {
    expect(isConnectionFailure(neo4jError("ServiceUnavailable"))).toBe(true);
    expect(isConnectionFailure(neo4jError("Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration"))).toBe(false);
    expect(isConnectionFailure(neo4jError("Neo.ClientError.Procedure.ProcedureCallFailed"))).toBe(false);
  });

  it("leave a syntax error to be masked as internal", () => {
    const error = neo4jError("Neo.ClientError.Statement.SyntaxError");
    expect(toAppError(error)).toBe(error);
  });
});
