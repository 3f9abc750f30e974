import { checkedUtf8 } from "./utf8";

/** The longest line a batch file may hold (one profile): 16 MiB. Longer lines get an error record, not an out-of-memory. */
const MAX_LINE_BYTES = 16 * 1024 * 1024;

/** One line of a stream: its 1-based number and its text, or why it could not be read. */
export type Line = { readonly line: number; readonly text: string } | { readonly line: number; readonly tooLong: true };

/**
 * Splits a byte stream into lines (LF or CRLF) as it arrives, decoding UTF-8 strictly, holding at most one line
 * in memory; a line longer than `maxBytes` is skipped to its end and reported as too long.
 */
export async function* readLines(
  stream: AsyncIterable<unknown>,
  name: string,
  maxBytes = MAX_LINE_BYTES,
): AsyncGenerator<Line> {
  const decoder = new TextDecoder("utf-8");
  let pending = "";
  let skipping = false;
  let line = 1;
  const emit = function* (text: string): Generator<Line> {
    pending += text;
    let start = 0;
    for (let end = pending.indexOf("\n"); end >= 0; end = pending.indexOf("\n", start)) {
      if (skipping) {
        yield { line, tooLong: true };
        skipping = false;
      } else {
        const text = pending.slice(start, end).replace(/\r$/, "");
        yield { line, text: line === 1 ? text.replace(/^\uFEFF/, "") : text };
      }
      line++;
      start = end + 1;
    }
    pending = pending.slice(start);
    if (pending.length > maxBytes) {
      skipping = true;
      pending = "";
    }
  };
  // Checked as it arrives, so a bad byte is named by its exact offset (it was "near" the start of its 64 kB chunk).
  for await (const bytes of checkedUtf8(stream, name)) yield* emit(decoder.decode(bytes, { stream: true }));
  yield* emit(decoder.decode());
  if (skipping) yield { line, tooLong: true };
  else if (pending !== "") yield { line, text: pending.replace(/\r$/, "") };
}
