/** Up to this many numbers are sorted by insertion. */
const SMALL = 16;
/** Up to this many by Shell sort: a native typed-array sort costs more to start than that (measured, 39 and 73 keys). */
const MEDIUM = 100;
/** Shell sort gaps (Ciura), largest first, for up to {@link MEDIUM} numbers. */
const GAPS = [57, 23, 10, 4, 1] as const;

/**
 * Sorts the first `n` numbers of `keys` ascending, in place: by insertion when they are few, by Shell sort up to a
 * hundred, else natively. For the packed integer keys the engine sorts (no NaN, no -0), the same order as
 * `Float64Array.prototype.sort`.
 */
export function sortNumbers(keys: Float64Array, n: number): void {
  if (n > MEDIUM) {
    keys.subarray(0, n).sort();
    return;
  }
  for (const gap of n > SMALL ? GAPS : ([1] as const)) {
    for (let i = gap; i < n; i++) {
      const key = keys[i] as number;
      let j = i;
      while (j >= gap && (keys[j - gap] as number) > key) {
        keys[j] = keys[j - gap] as number;
        j -= gap;
      }
      keys[j] = key;
    }
  }
}
