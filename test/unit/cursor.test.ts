import { describe, expect, it } from "vitest";
import { BadInputError } from "../../src/errors.js";
import { decodeCursor, encodeCursor } from "../../src/services/paging.js";

describe("cursors", () => {
  it("round-trips a keyset position, including names with any characters", () => {
    const name = 'Prepare the "board pack" — Q3/Q4, 100%';
    expect(decodeCursor(encodeCursor(name, "task:x"))).toEqual({ key: name, id: "task:x" });
  });

  it.each(["", "not-base64!", Buffer.from("[1,2]").toString("base64url"), Buffer.from('{"a":1}').toString("base64url")])(
    "rejects %j as BAD_USER_INPUT",
    (cursor) => {
      expect(() => decodeCursor(cursor)).toThrow(BadInputError);
    },
  );
});
