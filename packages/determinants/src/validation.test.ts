import { describe, expect, expectTypeOf, it } from "vitest";
import * as z from "zod";
import { type ValidationIssue, type ValidationResult, zodIssues } from "./validation";

const Schema = z
  .object({
    name: z.string(),
    valence: z.enum(["barrier", "facilitator"]),
    importance: z.number().int().min(1).max(5).optional(),
    tags: z.array(z.string()).optional(),
    email: z.email().optional(),
    either: z.union([z.string(), z.number()]).optional(),
  })
  .strict();

const issuesFor = (input: unknown, prefix?: (string | number)[]) => {
  const parsed = Schema.safeParse(input);
  if (parsed.success) throw new Error("expected a failure");
  return zodIssues(parsed.error, input, prefix);
};

describe("zodIssues", () => {
  it("turns a missing field into missing-field", () => {
    expect(issuesFor({ valence: "barrier" })).toEqual([
      { code: "missing-field", path: ["name"], message: "name is required but missing: add it." },
    ]);
  });

  it("names the wrong type and the value found", () => {
    expect(issuesFor({ name: 3, valence: "barrier", tags: "x" })).toEqual([
      { code: "invalid-type", path: ["name"], message: "name must be a string, not 3." },
      { code: "invalid-type", path: ["tags"], message: 'tags must be a list, not the text "x".' },
    ]);
  });

  it("lists the allowed values of an enum, and says when the value is missing", () => {
    expect(issuesFor({ name: "a", valence: "obstacle" })).toEqual([
      {
        code: "invalid-value",
        path: ["valence"],
        message: 'valence is the text "obstacle"; use one of: "barrier", "facilitator".',
      },
    ]);
    expect(issuesFor({ name: "a" })[0]?.message).toBe('valence is missing; use one of: "barrier", "facilitator".');
  });

  it("reports each unknown field with its own path", () => {
    expect(issuesFor({ name: "a", valence: "barrier", colour: 1, size: 2 }).map((i) => [i.code, i.path])).toEqual([
      ["unknown-field", ["colour"]],
      ["unknown-field", ["size"]],
    ]);
  });

  it("reports numbers out of range as too-small and too-big", () => {
    expect(issuesFor({ name: "a", valence: "barrier", importance: 0 })[0]).toEqual({
      code: "too-small",
      path: ["importance"],
      message: "importance is 0: expected number to be >=1.",
    });
    expect(issuesFor({ name: "a", valence: "barrier", importance: 9 })[0]?.code).toBe("too-big");
  });

  it("reports a bad format, and falls back to invalid-input for other problems", () => {
    expect(issuesFor({ name: "a", valence: "barrier", email: "nope" })[0]).toEqual({
      code: "invalid-format",
      path: ["email"],
      message: "email is not in the expected format (email).",
    });
    expect(issuesFor({ name: "a", valence: "barrier", either: true })[0]?.code).toBe("invalid-input");
  });

  it("puts a prefix in front of every path and names the root as 'the input'", () => {
    expect(issuesFor({ valence: "barrier" }, ["profiles", 2])[0]?.path).toEqual(["profiles", 2, "name"]);
    const parsed = Schema.safeParse("text");
    expect(!parsed.success && zodIssues(parsed.error, "text")[0]?.message).toBe(
      'the input must be an object, not the text "text".',
    );
  });

  it("shortens long values in messages", () => {
    const long = "x".repeat(100);
    expect(issuesFor({ name: 1, valence: long })[1]?.message).toContain(`"${"x".repeat(57)}..."`);
  });

  it("types results as a union discriminated by success, with optional CSV fields on issues", () => {
    expectTypeOf<Extract<ValidationResult<number>, { success: true }>["data"]>().toEqualTypeOf<number>();
    expectTypeOf<ValidationIssue["row"]>().toEqualTypeOf<number | undefined>();
    expectTypeOf<ValidationIssue<"a">["code"]>().toEqualTypeOf<"a">();
  });
});
