// The natural logarithm, ported from fdlibm's e_log.c (Sun Microsystems, 1993; the algorithm and constants of
// __ieee754_log). JavaScript leaves Math.log's last bit to the engine (and a C library may fuse multiply-adds on
// some processors); this port uses only IEEE 754 double +, -, * and /, which every engine rounds the same way, so
// seeded draws give the same bytes on every machine. V8's Math.log is the same algorithm: the tests compare them.

// fdlibm's constants (hex words as fdlibm gives them), written as the shortest decimals that parse to the same doubles.
const ln2Hi = 0.6931471803691238; // 3fe62e42 fee00000
const ln2Lo = 1.9082149292705877e-10; // 3dea39ef 35793c76
const two54 = 18014398509481984; // 2^54, 43500000 00000000
const Lg1 = 0.6666666666666735; // 3fe55555 55555593
const Lg2 = 0.3999999999940942; // 3fd99999 9997fa04
const Lg3 = 0.2857142874366239; // 3fd24924 94229359
const Lg4 = 0.22222198432149784; // 3fcc71c5 1d8e78af
const Lg5 = 0.1818357216161805; // 3fc74664 96cb03de
const Lg6 = 0.15313837699209373; // 3fc39a09 d078c69f
const Lg7 = 0.14798198605116586; // 3fc2f112 df3e5244

// One double seen as two 32-bit words (high word: sign, exponent and the top of the mantissa).
const f64 = new Float64Array(1);
const i32 = new Int32Array(f64.buffer);
const HI = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0; // little-endian: the high word is second
const LO = 1 - HI;

/**
 * ln(x), bit for bit as fdlibm computes it: -Infinity for 0, NaN below 0 and for NaN, Infinity for Infinity.
 */
export function ln(value: number): number {
  let x = value;
  f64[0] = x;
  let hx = i32[HI] as number;
  const lx = i32[LO] as number;
  let k = 0;
  if (hx < 0x00100000) {
    // x < 2^-1022: zero, negative, or subnormal (scaled up)
    if (((hx & 0x7fffffff) | lx) === 0) return Number.NEGATIVE_INFINITY;
    if (hx < 0) return Number.NaN;
    k -= 54;
    x *= two54;
    f64[0] = x;
    hx = i32[HI] as number;
  }
  if (hx >= 0x7ff00000) return x + x;
  k += (hx >> 20) - 1023;
  hx &= 0x000fffff;
  const i = (hx + 0x95f64) & 0x100000;
  f64[0] = x;
  i32[HI] = hx | (i ^ 0x3ff00000); // normalise x or x/2
  x = f64[0] as number;
  k += i >> 20;
  const f = x - 1;
  if ((0x000fffff & (2 + hx)) < 3) {
    // -2^-20 <= f < 2^-20
    if (f === 0) return k === 0 ? 0 : k * ln2Hi + k * ln2Lo;
    const R = f * f * (0.5 - 0.3333333333333333 * f);
    return k === 0 ? f - R : k * ln2Hi - (R - k * ln2Lo - f);
  }
  const s = f / (2 + f);
  const dk = k;
  const z = s * s;
  let j = hx - 0x6147a;
  const w = z * z;
  const jj = 0x6b851 - hx;
  const t1 = w * (Lg2 + w * (Lg4 + w * Lg6));
  const t2 = z * (Lg1 + w * (Lg3 + w * (Lg5 + w * Lg7)));
  j |= jj;
  const R = t2 + t1;
  if (j > 0) {
    const hfsq = 0.5 * f * f;
    return k === 0 ? f - (hfsq - s * (hfsq + R)) : dk * ln2Hi - (hfsq - (s * (hfsq + R) + dk * ln2Lo) - f);
  }
  return k === 0 ? f - s * (f - R) : dk * ln2Hi - (s * (f - R) - dk * ln2Lo - f);
}
