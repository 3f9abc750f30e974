import { createReadStream, promises as fs } from "node:fs";
import { resolve } from "node:path";
import { CliError } from "../cli-error";
import type { CliIO } from "./io";
import { notUtf8, scanUtf8 } from "./utf8";

/** The largest input file read whole (profiles, link sets, plans): 64 MiB. Batch files stream instead. */
const MAX_INPUT_BYTES = 64 * 1024 * 1024;

/** A user's input: its text and the name to use for it in messages. */
export interface InputText {
  readonly text: string;
  readonly name: string;
  readonly path: string | undefined;
}

/** Decodes bytes as UTF-8, refusing invalid bytes with the offset of the first one. */
function decodeUtf8(bytes: Uint8Array, name: string): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    // One pass over the bytes (decoding ever longer prefixes took minutes on a file of a few hundred kB).
    throw notUtf8(name, scanUtf8(bytes).bad);
  }
}

/** An empty file name (`--determinants ""`) named the current folder: " is a folder, not a file." */
const emptyName = () => new CliError("usage", 'A file name is empty (""): name a file, or - for standard input.');

/**
 * Reads a whole input (a file path, or `-` for standard input), refusing one above `maxBytes` before reading
 * it, and text that is not UTF-8.
 */
export async function readInput(source: string, io: CliIO, maxBytes = MAX_INPUT_BYTES): Promise<InputText> {
  const tooLarge = (name: string) =>
    new CliError(
      "input-too-large",
      `${name} is larger than ${Math.round(maxBytes / 1024 / 1024)} MiB, the most impsci reads whole: split it, or use \`impsci batch\`, which streams.`,
    );
  if (source === "-") {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of io.stdin) {
      const buffer = typeof chunk === "string" ? Buffer.from(chunk) : Buffer.from(chunk as Uint8Array);
      size += buffer.length;
      if (size > maxBytes) throw tooLarge("standard input");
      chunks.push(buffer);
    }
    return { text: decodeUtf8(Buffer.concat(chunks), "standard input"), name: "standard input", path: undefined };
  }
  if (source === "") throw emptyName();
  const path = resolve(io.cwd, source);
  let stat: Awaited<ReturnType<typeof fs.stat>>;
  try {
    stat = await fs.stat(path);
  } catch {
    throw new CliError("file-not-found", `${source}: no such file. Check the path (relative to ${io.cwd}).`);
  }
  if (stat.isDirectory()) throw new CliError("bad-input", `${source} is a folder, not a file.`);
  if (stat.size > maxBytes) throw tooLarge(source);
  const bytes = await fs.readFile(path);
  return { text: decodeUtf8(bytes, source), name: source, path };
}

/** Opens an input as a stream of bytes (for batch files), after checking it exists. */
export async function openInputStream(
  source: string,
  io: CliIO,
): Promise<{ stream: NodeJS.ReadableStream; name: string; path: string | undefined }> {
  if (source === "-") return { stream: io.stdin, name: "standard input", path: undefined };
  if (source === "") throw emptyName();
  const path = resolve(io.cwd, source);
  try {
    const stat = await fs.stat(path);
    if (stat.isDirectory()) throw new CliError("bad-input", `${source} is a folder, not a file.`);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError("file-not-found", `${source}: no such file. Check the path (relative to ${io.cwd}).`);
  }
  return { stream: createReadStream(path), name: source, path };
}
