import { CliError } from "../cli-error";
import { jsonErrorOffset } from "./json-error-offset";

/** V8's message without its position (given as a line and column) and its quote of the text around it. */
const plain = (message: string): string =>
  message
    .replace(/ in JSON at position \d+.*$/, "")
    .replace(/^(Unexpected token '.+?'), [\s\S]*$/, "$1")
    .replace(/^"[\s\S]*" is not valid JSON$/, "Unexpected token");

/** Parses JSON text, reporting a syntax error with its line and column. */
export function parseJson(text: string, name: string): unknown {
  const json = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return JSON.parse(json);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message);
    // JSON.parse names no position for an unexpected token (NaN, Infinity) nor for a text that ends too early.
    const offset = position?.[1] ? Number(position[1]) : json.trim() === "" ? -1 : jsonErrorOffset(json);
    let where = "";
    if (offset >= 0) {
      const before = json.slice(0, offset);
      const line = before.split("\n").length;
      const column = offset - before.lastIndexOf("\n");
      where = ` at line ${line}, column ${column}`;
    }
    throw new CliError(
      "bad-input",
      `${name} is not valid JSON${where}: ${plain(message)}. Check the file and try again.`,
    );
  }
}
