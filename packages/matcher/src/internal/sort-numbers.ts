/** Up to this many numbers are sorted by insertion: a native typed-array sort costs more to start than that. */
const SMALL = 32;

/**
 * Sorts the first `n` numbers of `keys` ascending, in place: by insertion when they are few, else natively. For the
 * packed integer keys the engine sorts (no NaN, no -0), the same order as `Float64Array.prototype.sort`.
 */
export function sortNumbers(keys: Float64Array, n: number): void {
  if (n > SMALL) {
    keys.subarray(0, n).sort();
    return;
  }
  for (let i = 1; i < n; i++) {
    const key = keys[i] as number;
    let j = i - 1;
    while (j >= 0 && (keys[j] as number) > key) {
      keys[j + 1] = keys[j] as number;
      j--;
    }
    keys[j + 1] = key;
  }
}
