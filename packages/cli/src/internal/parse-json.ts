import { CliError } from "../cli-error";

/** Parses JSON text, reporting a syntax error with its line and column. */
export function parseJson(text: string, name: string): unknown {
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message);
    let where = "";
    if (position?.[1]) {
      const offset = Number(position[1]);
      const before = text.slice(0, offset);
      const line = before.split("\n").length;
      const column = offset - before.lastIndexOf("\n");
      where = ` at line ${line}, column ${column}`;
    }
    throw new CliError(
      "bad-input",
      `${name} is not valid JSON${where}: ${message.replace(/ in JSON at position \d+.*$/, "")}. Check the file and try again.`,
    );
  }
}
