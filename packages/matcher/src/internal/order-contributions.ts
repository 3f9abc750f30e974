import type { Contribution } from "../match-result";
import { powerAbove } from "./score";
import { sortNumbers } from "./sort-numbers";

/** A contribution weight above this (in millionths) does not fit the packed sort key: compare instead. */
const MAX_MICRO = 2 ** 30;

// Scratch, grown as needed (one call at a time).
let keys = new Float64Array(256);
let bySeq: (Contribution | undefined)[] = [];

/**
 * Orders a weighted recommendation's contributions in place: larger weights first, equal ones in canonical order
 * (by determinant, then path order), `seqs[i]` being the canonical position of `made[i]` (below `span`). Packs weight
 * and position into one exact number per contribution and sorts them natively; compares instead when they would
 * not fit in 53 bits.
 */
export function orderContributions(made: Contribution[], seqs: Float64Array, span: number): void {
  const count = made.length;
  if (count < 2) return;
  if (bySeq.length < span) bySeq = new Array(span).fill(undefined);
  const bySpan = powerAbove(span);
  const inverse = 1 / bySpan; // exact: a power of two
  let fits = bySpan * MAX_MICRO < 2 ** 53;
  if (fits) {
    if (keys.length < count) keys = new Float64Array(count * 2);
    for (let i = 0; i < count; i++) {
      const item = made[i] as Contribution;
      const micro = Math.round(item.weight * 1e6);
      if (micro >= MAX_MICRO) {
        fits = false;
        break;
      }
      const seq = seqs[i] as number;
      keys[i] = (MAX_MICRO - micro) * bySpan + seq;
      bySeq[seq] = item;
    }
  }
  if (!fits) {
    const at = made.map((_, i) => i);
    const copy = made.slice();
    at.sort(
      (a, b) =>
        (copy[b] as Contribution).weight - (copy[a] as Contribution).weight ||
        (seqs[a] as number) - (seqs[b] as number),
    );
    for (let i = 0; i < count; i++) made[i] = copy[at[i] as number] as Contribution;
    bySeq.fill(undefined);
    return;
  }
  sortNumbers(keys, count);
  for (let i = 0; i < count; i++) {
    const key = keys[i] as number;
    const seq = key - Math.floor(key * inverse) * bySpan;
    made[i] = bySeq[seq] as Contribution;
    bySeq[seq] = undefined;
  }
}
