/** Failing fast while Neo4j is unreachable, so a request with many statements does not wait on each. */
import type { Driver } from "neo4j-driver";
import { UnavailableError } from "../errors.js";

/** How long after a connection failure calls are refused without trying; then the next call tries again. */
export const UNAVAILABLE_COOLDOWN_MS = 500;

/**
 * One per driver (every Executor over it shares it). A refused connection costs about a second (the driver
 * retries once); a request that sends several statements would pay that for each and miss its 2 s answer.
 * After a failure, calls within the cooldown are refused at once; the first call after it goes to Neo4j,
 * so the API recovers by itself, within a cooldown, when Neo4j is back. No timer: nothing outlives the driver.
 */
export class Availability {
  private failedAt = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly cooldownMs: number = UNAVAILABLE_COOLDOWN_MS,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Throws UNAVAILABLE if a connection failed less than a cooldown ago. */
  assertReachable(): void {
    if (this.now() - this.failedAt < this.cooldownMs) throw new UnavailableError();
  }

  failed(): void {
    this.failedAt = this.now();
  }

  succeeded(): void {
    this.failedAt = Number.NEGATIVE_INFINITY;
  }
}

const byDriver = new WeakMap<Driver, Availability>();

export function availabilityOf(driver: Driver): Availability {
  let availability = byDriver.get(driver);
  if (!availability) byDriver.set(driver, (availability = new Availability()));
  return availability;
}
