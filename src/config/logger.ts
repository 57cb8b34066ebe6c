/** The logger: pino, one JSON line per event on stderr. */
import { pino } from "pino";
import type { LogLevel } from "./env.js";

export type Logger = Record<Exclude<LogLevel, "silent">, (message: string, fields?: Record<string, unknown>) => void>;

/**
 * One JSON line per event on stderr, so stdout stays free for what a person asked to see. Fields go under
 * their own names, but `message`, `level` and `time` are pino's: a field of that name is renamed with a
 * `field.` prefix, so no caller (or client text in a field) can forge or hide the event's message.
 */
export function createLogger(level: LogLevel, destination: NodeJS.WritableStream | number = 2): Logger {
  const log = pino(
    { level, messageKey: "message", base: undefined, timestamp: pino.stdTimeFunctions.isoTime, formatters: { level: (label) => ({ level: label }) } },
    typeof destination === "number" ? pino.destination({ fd: destination, sync: true }) : destination,
  );
  const emit = (at: Exclude<LogLevel, "silent">) => (message: string, fields?: Record<string, unknown>) => {
    if (fields) log[at](safeFields(fields), message);
    else log[at](message);
  };
  return { debug: emit("debug"), info: emit("info"), warn: emit("warn"), error: emit("error") };
}

const RESERVED = new Set(["message", "msg", "level", "time"]);

function safeFields(fields: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) out[RESERVED.has(key) ? `field.${key}` : key] = value;
  return out;
}
