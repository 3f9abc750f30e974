import { ln } from "./ln";

// Seeded random numbers that give the same bytes on every machine: 32-bit integer arithmetic (Math.imul, shifts)
// for the generator, and for the distributions only IEEE 754 +, -, *, /, Math.sqrt (correctly rounded) and the
// fdlibm logarithm ported in ./ln. Never Math.random.

const MASK64 = (BigInt(1) << BigInt(64)) - BigInt(1);
const GOLDEN = BigInt("0x9e3779b97f4a7c15");
const MIX1 = BigInt("0xbf58476d1ce4e5b9");
const MIX2 = BigInt("0x94d049bb133111eb");
const MASK32 = BigInt(0xffffffff);

/**
 * SplitMix64 (Steele, Lea & Flood 2014; Vigna's reference splitmix64.c): the generator the xoshiro authors
 * recommend for turning one seed into a state. Returns `count` successive 64-bit outputs from `seed`.
 */
export function splitmix64(seed: bigint, count: number): bigint[] {
  let x = seed & MASK64;
  const out: bigint[] = [];
  for (let i = 0; i < count; i++) {
    x = (x + GOLDEN) & MASK64;
    let z = x;
    z = ((z ^ (z >> BigInt(30))) * MIX1) & MASK64;
    z = ((z ^ (z >> BigInt(27))) * MIX2) & MASK64;
    out.push(z ^ (z >> BigInt(31)));
  }
  return out;
}

/** 2^-32: a 32-bit integer to (0, 1). */
const TWO_M32 = 1 / 4294967296;

/**
 * xoshiro128** 1.1 (Blackman & Vigna, "Scrambled linear pseudorandom number generators", ACM TOMS 47(4), 2021;
 * reference code xoshiro128starstar.c), with the distributions the sensitivity analysis draws from.
 */
export class Random {
  private s0: number;
  private s1: number;
  private s2: number;
  private s3: number;
  /** The second normal of the last polar pair, while `hasSpare`. */
  private spare = 0;
  private hasSpare = false;

  /** A generator at a given state (four 32-bit words, not all zero). */
  constructor(s0: number, s1: number, s2: number, s3: number) {
    this.s0 = s0 | 0;
    this.s1 = s1 | 0;
    this.s2 = s2 | 0;
    this.s3 = s3 | 0;
    if ((this.s0 | this.s1 | this.s2 | this.s3) === 0) this.s0 = 1; // the one state xoshiro cannot leave
  }

  /**
   * A generator seeded from a non-negative safe integer: the state is the first two SplitMix64 outputs of the
   * seed, each split into its low and high 32-bit words (s0 = low of the first, s1 = its high word, s2, s3 likewise).
   */
  static seeded(seed: number): Random {
    const [a = BigInt(0), b = BigInt(0)] = splitmix64(BigInt(seed), 2);
    return new Random(
      Number(a & MASK32),
      Number((a >> BigInt(32)) & MASK32),
      Number(b & MASK32),
      Number((b >> BigInt(32)) & MASK32),
    );
  }

  /** The next 32-bit output, as an unsigned integer. */
  nextUint32(): number {
    const s1 = this.s1;
    const x = Math.imul(s1, 5);
    const result = Math.imul((x << 7) | (x >>> 25), 9);
    const t = s1 << 9;
    this.s2 ^= this.s0;
    this.s3 ^= s1;
    this.s1 = s1 ^ this.s2;
    this.s0 ^= this.s3;
    this.s2 ^= t;
    this.s3 = (this.s3 << 11) | (this.s3 >>> 21);
    return result >>> 0;
  }

  /** A uniform draw in (0, 1), never 0 or 1: (the next 32-bit output + 1/2) / 2^32. */
  uniform(): number {
    return (this.nextUint32() + 0.5) * TWO_M32;
  }

  /**
   * A standard normal draw by Marsaglia's polar method (Marsaglia & Bray 1964): u, v uniform in (-1, 1) until
   * 0 < s = u^2 + v^2 < 1, then u * sqrt(-2 ln s / s) now and v * sqrt(-2 ln s / s) at the next call.
   */
  normal(): number {
    if (this.hasSpare) {
      this.hasSpare = false;
      return this.spare;
    }
    for (;;) {
      const u = 2 * this.uniform() - 1;
      const v = 2 * this.uniform() - 1;
      const s = u * u + v * v;
      if (s < 1 && s > 0) {
        const m = Math.sqrt((-2 * ln(s)) / s);
        this.spare = v * m;
        this.hasSpare = true;
        return u * m;
      }
    }
  }

  /**
   * A Gamma(shape, 1) draw for shape >= 1 by Marsaglia & Tsang (2000), "A simple method for generating gamma
   * variables", ACM TOMS 26(3): with d = shape - 1/3 and c = 1 / sqrt(9 d) (pass them precomputed), repeat
   * x normal, v = (1 + c x)^3 until v > 0 and (u < 1 - 0.0331 x^4 or ln u < x^2 / 2 + d (1 - v + ln v)), u uniform;
   * return d v.
   */
  gamma(d: number, c: number): number {
    for (;;) {
      let x: number;
      let v: number;
      do {
        x = this.normal();
        v = 1 + c * x;
      } while (v <= 0);
      v = v * v * v;
      const u = this.uniform();
      const xx = x * x;
      if (u < 1 - 0.0331 * xx * xx) return d * v;
      if (ln(u) < 0.5 * xx + d * (1 - v + ln(v))) return d * v;
    }
  }

  /** A Beta(a, b) draw for a, b >= 1, as X / (X + Y) with X ~ Gamma(a), Y ~ Gamma(b) (X first). */
  beta(a: number, b: number): number {
    const x = this.gamma(...gammaConstants(a));
    const y = this.gamma(...gammaConstants(b));
    return x / (x + y);
  }
}

/** Marsaglia-Tsang's constants for a shape >= 1: d = shape - 1/3 and c = 1 / sqrt(9 d). */
export function gammaConstants(shape: number): [d: number, c: number] {
  const d = shape - 1 / 3;
  return [d, 1 / Math.sqrt(9 * d)];
}
