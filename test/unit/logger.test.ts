import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger } from "../../src/config/logger.js";

function capture() {
  const lines: Array<Record<string, unknown>> = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split("\n").filter(Boolean)) lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  return { lines, stream };
}

describe("the logger", () => {
  it("writes one JSON object per event with level, time, message and the fields", () => {
    const { lines, stream } = capture();
    createLogger("info", stream).info("request", { requestId: "r-1", durationMs: 12 });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: "info", message: "request", requestId: "r-1", durationMs: 12 });
    expect(Date.parse(String(lines[0]!.time))).not.toBeNaN();
  });

  it("never lets a field overwrite the message, level or time", () => {
    const { lines, stream } = capture();
    createLogger("info", stream).warn("refused", { message: "forged", level: "debug", time: "never", msg: "x" });
    expect(lines[0]).toMatchObject({ level: "warn", message: "refused", "field.message": "forged", "field.level": "debug", "field.msg": "x" });
    expect(lines[0]!.time).not.toBe("never");
  });

  it("drops events below the level, and everything when silent", () => {
    const { lines, stream } = capture();
    createLogger("warn", stream).info("hidden");
    createLogger("silent", stream).error("hidden too");
    expect(lines).toEqual([]);
  });
});
