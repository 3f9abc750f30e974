import type { CliIO } from "./io";
import { parseJson } from "./parse-json";
import { type InputText, readInput } from "./read-input";

/** Reads a JSON input (a file or `-`), reporting a syntax error with its line and column. */
export async function loadJson(source: string, io: CliIO): Promise<{ value: unknown; input: InputText }> {
  const input = await readInput(source, io);
  return { value: parseJson(input.text, input.name), input };
}
