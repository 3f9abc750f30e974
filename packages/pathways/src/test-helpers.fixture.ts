// Test helpers (not shipped: see package.json `files`).
import type { ValidationIssue } from "@impsci/determinants";
import { completePlan } from "./plan.fixture";

/** A mutable deep copy of the complete plan. */
export type MutablePlan = ReturnType<typeof mutablePlan>;

export function mutablePlan() {
  return structuredClone(completePlan) as unknown as {
    schemaVersion: number;
    title: string;
    pathway: string;
    scope: { what?: string; behaviours: Record<string, unknown>[] };
    consulted: { role: string; group: string; how?: string }[];
    determinants: Record<string, unknown>[];
    deferrals: Record<string, unknown>[];
    mechanisms: Record<string, unknown>[];
    strategies: {
      id: string;
      strategy: string;
      addresses: string[];
      mechanisms: string[];
      specification: Record<string, unknown>;
    }[];
    outcomes: Record<string, unknown>[];
    modifications: Record<string, unknown>[];
    checkpoints: Record<string, unknown>[];
    [key: string]: unknown;
  };
}

/** A copy of the complete plan changed by `edit`. */
export function planWith(edit: (plan: MutablePlan) => void): MutablePlan {
  const plan = mutablePlan();
  edit(plan);
  return plan;
}

/** Codes and paths only, for compact assertions. */
export const brief = (issues: readonly ValidationIssue[]) => issues.map(({ code, path }) => ({ code, path }));

/** The item at `index`, or a failed test when there is none. */
export function nth<T>(list: readonly T[], index: number): T {
  const item = list[index];
  if (item === undefined) throw new Error(`no item at index ${index}`);
  return item;
}
