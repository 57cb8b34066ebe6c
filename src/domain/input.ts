/** Input validation at the boundary: a zod parse whose failure is one BAD_USER_INPUT naming the field. */
import type { z } from "zod";
import { BadInputError } from "../errors.js";

/**
 * zod issues as one BAD_USER_INPUT naming the first offending field (`input.relativeCost: ...`).
 * `subject` names what the input describes ("a Channel"), so an unknown key reads as not applying to it.
 */
export function badInput(issues: readonly z.core.$ZodIssue[], at: string, subject?: string): BadInputError {
  const issue = issues[0];
  if (!issue) return new BadInputError(`${at} is invalid`, { field: at });
  if (subject && issue.code === "unrecognized_keys") {
    const field = [at, ...issue.path.map(String), issue.keys[0]!].join(".");
    return new BadInputError(`${field}: does not apply to ${subject}`, { field });
  }
  const field = [at, ...issue.path.map(String)].filter(Boolean).join(".") || "input";
  return new BadInputError(`${field}: ${issue.message}`, { field });
}

/** Validates `raw` against `schema`; the error names the first bad field as `<prefix>.<path>`. */
export function parseInput<S extends z.ZodType>(schema: S, raw: unknown, prefix = "input"): z.infer<S> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  throw badInput(parsed.error.issues, prefix);
}
