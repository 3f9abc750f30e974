import { describe, expectTypeOf, it } from "vitest";
import type { BuiltinStrategyId } from "./builtin-catalogue";

describe("BuiltinStrategyId", () => {
  it("is the union of the built-in ids as literal types", () => {
    expectTypeOf<"eric:audit-and-provide-feedback">().toExtend<BuiltinStrategyId>();
    expectTypeOf<"bcw:education">().toExtend<BuiltinStrategyId>();
    expectTypeOf<"bcw-policy:service-provision">().toExtend<BuiltinStrategyId>();
    expectTypeOf<"bct-v1:1.1">().toExtend<BuiltinStrategyId>();
    expectTypeOf<"eric:no-such-strategy">().not.toExtend<BuiltinStrategyId>();
    expectTypeOf<string>().not.toExtend<BuiltinStrategyId>();
  });
});
