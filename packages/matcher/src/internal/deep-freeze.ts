/**
 * Freezes a value and everything it holds, in place, and returns it. Only plain objects and arrays are walked;
 * frozen values are skipped, so shared subtrees cost nothing twice.
 */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
