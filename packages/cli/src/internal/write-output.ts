import { randomBytes } from "node:crypto";
import { promises as fs } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { CliError } from "../cli-error";
import type { CliIO } from "./io";

/**
 * Writes a command's output: to standard output, or with `--out` atomically to a file (a temporary file in
 * the same folder, then a rename), so a failure never leaves a half-written file nor touches an existing one.
 * Refuses to write over any of the command's input files.
 */
export async function writeOutput(
  text: string,
  io: CliIO,
  out: string | undefined,
  inputs: readonly (string | undefined)[] = [],
): Promise<void> {
  if (out === undefined || out === "-") {
    io.stdout.write(text);
    return;
  }
  const target = resolve(io.cwd, out);
  if (inputs.some((input) => input !== undefined && resolve(io.cwd, input) === target)) {
    throw new CliError(
      "usage",
      `--out ${out} is one of this command's inputs: impsci never writes over its input. Choose another file.`,
    );
  }
  await refuseFolder(out, target);
  await writeFileAtomic(target, text);
}

/**
 * Refuses an `--out` that names a folder (`--out .`), before a temporary file is made next to it: in the folder's
 * parent, a place the user did not name.
 */
export async function refuseFolder(out: string, target: string): Promise<void> {
  const stat = await fs.stat(target).catch(() => undefined);
  if (stat?.isDirectory()) {
    throw new CliError("usage", `--out ${out} is a folder: name a file in it, e.g. ${join(out, "results.txt")}.`);
  }
}

/** Writes a file atomically: temporary file in the same folder, then rename; the temporary file is removed on failure. */
async function writeFileAtomic(target: string, text: string): Promise<void> {
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    await fs.writeFile(temp, text, { flag: "wx" });
    await fs.rename(temp, target);
  } catch (error) {
    // A name too long for the file system fails here too: that error is not the one to report.
    await fs.rm(temp, { force: true }).catch(() => {});
    throw new CliError(
      "output-failed",
      `Could not write ${target}: ${(error as Error).message}. Nothing was written.`,
      [],
      { cause: error },
    );
  }
}
