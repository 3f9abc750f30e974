import { type DeterminantProfile, parseProfileCsv, validateProfile } from "@impsci/determinants";
import type { CliIO } from "./io";
import { invalidInput, printWarnings } from "./issues";
import { parseJson } from "./parse-json";
import { readInput } from "./read-input";

/** Whether an input is JSON: by its extension, else (standard input) by its first character. */
function looksLikeJson(name: string, text: string): boolean {
  if (/\.json$/i.test(name)) return true;
  if (/\.csv$/i.test(name)) return false;
  return /^\uFEFF?\s*[[{]/.test(text);
}

/**
 * Reads a determinant profile from a CSV or JSON file (or `-`, standard input), validated, with every
 * problem listed with its row and column (CSV) or path (JSON). Warnings go to standard error.
 */
export async function loadProfile(source: string, io: CliIO): Promise<DeterminantProfile> {
  const input = await readInput(source, io);
  const result = looksLikeJson(input.name, input.text)
    ? validateProfile(parseJson(input.text, input.name))
    : parseProfileCsv(input.text);
  if (!result.success) throw invalidInput(input.name, result.issues, "profile");
  // The matcher reports its own view of missing ratings (default priorities), so the profile's is left out here.
  printWarnings(
    io.stderr,
    result.warnings.filter((w) => w.code !== "unrated-determinant"),
  );
  return result.data;
}
