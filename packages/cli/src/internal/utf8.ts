import { CliError } from "../cli-error";

/** Where UTF-8 bytes go wrong: the first ill-formed sequence, and the unfinished character at the end. */
export interface Utf8Scan {
  /** The offset of the first byte of the first ill-formed sequence, or -1 when there is none. */
  readonly bad: number;
  /** How many bytes at the end start a character that is not finished yet (only when `final` is false). */
  readonly tail: number;
}

/**
 * Checks UTF-8 bytes in one pass (the well-formed sequences of Unicode's table 3-7, as `TextDecoder` with `fatal`
 * reads them), so an error can name the offset of the first bad byte. With `final` false (a chunk of a stream), an
 * unfinished character at the end is not an error: its bytes are counted in `tail`, to be read with the next chunk.
 */
export function scanUtf8(bytes: Uint8Array, final = true): Utf8Scan {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const lead = bytes[i] as number;
    if (lead < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let low = 0x80;
    let high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) need = 1;
    else if (lead >= 0xe0 && lead <= 0xef) {
      need = 2;
      if (lead === 0xe0) low = 0xa0;
      else if (lead === 0xed) high = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      need = 3;
      if (lead === 0xf0) low = 0x90;
      else if (lead === 0xf4) high = 0x8f;
    } else return { bad: i, tail: 0 };
    for (let k = 1; k <= need; k++) {
      if (i + k >= n) return final ? { bad: i, tail: 0 } : { bad: -1, tail: n - i };
      const next = bytes[i + k] as number;
      if (next < low || next > high) return { bad: i, tail: 0 };
      low = 0x80;
      high = 0xbf;
    }
    i += need + 1;
  }
  return { bad: -1, tail: 0 };
}

/** The error for bytes that are not UTF-8, naming the offset of the first bad byte. */
export function notUtf8(name: string, offset: number): CliError {
  return new CliError(
    "bad-input",
    `${name} is not UTF-8 text (first bad byte at offset ${offset}): save it as UTF-8 (in Excel: "CSV UTF-8") and try again.`,
  );
}

/**
 * Passes a byte stream on chunk by chunk, unchanged, after checking that it is UTF-8: throws {@link notUtf8} with
 * the exact offset of the first bad byte (a character split between two chunks is checked whole).
 */
export async function* checkedUtf8(stream: AsyncIterable<unknown>, name: string): AsyncGenerator<Uint8Array> {
  let carry: Uint8Array = new Uint8Array(0);
  let offset = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Uint8Array);
    const joined = carry.length === 0 ? bytes : Buffer.concat([carry, bytes]);
    const { bad, tail } = scanUtf8(joined, false);
    if (bad >= 0) throw notUtf8(name, offset - carry.length + bad);
    carry = joined.slice(joined.length - tail);
    offset += bytes.length;
    yield bytes;
  }
  if (carry.length > 0) throw notUtf8(name, offset - carry.length);
}
