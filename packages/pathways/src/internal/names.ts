import { findElement } from "@impsci/determinants";
import type { StrategyLookup } from "../validate-plan";

/** `Name (`id`)` for a framework element reference, or the reference alone when it does not resolve. */
export function elementLabel(ref: string): string {
  const element = findElement(ref);
  return element ? `${element.name} (\`${element.id}\`)` : `\`${ref}\``;
}

/** The published name of a strategy, or the reference itself when it does not resolve. */
export function strategyName(ref: string, strategies: StrategyLookup): string {
  const found = strategies.lookupStrategy(ref);
  return found.ok ? found.item.name : ref;
}
