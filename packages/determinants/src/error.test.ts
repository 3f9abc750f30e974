import { describe, expect, it } from "vitest";
import { DeterminantsError, isDeterminantsError } from "./error";

describe("DeterminantsError", () => {
  it("carries a code, its name and the cause", () => {
    const cause = new Error("underlying");
    const error = new DeterminantsError("unknown-framework", "Unknown framework", { cause });
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("DeterminantsError");
    expect(error.code).toBe("unknown-framework");
    expect(error.message).toBe("Unknown framework");
    expect(error.cause).toBe(cause);
  });
});

describe("isDeterminantsError", () => {
  it("accepts the class and a copy from another installed version (same name, with a code)", () => {
    expect(isDeterminantsError(new DeterminantsError("unknown-reference", "x"))).toBe(true);
    const copy = Object.assign(new Error("x"), { name: "DeterminantsError", code: "unknown-reference" });
    expect(isDeterminantsError(copy)).toBe(true);
  });

  it("rejects other errors and non-errors", () => {
    expect(isDeterminantsError(new Error("x"))).toBe(false);
    expect(isDeterminantsError(Object.assign(new Error("x"), { name: "DeterminantsError" }))).toBe(false);
    expect(isDeterminantsError({ name: "DeterminantsError", code: "unknown-reference" })).toBe(false);
    expect(isDeterminantsError(undefined)).toBe(false);
  });
});
