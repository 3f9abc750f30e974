export type { CliErrorCode } from "./cli-error";
export { CliError, exitCodeOf, isCliError } from "./cli-error";
export type { CommandContext } from "./internal/command";
export type { CliIO } from "./internal/io";
export type { RegisterCommand } from "./program";
export { createProgram } from "./program";
export { main, run } from "./run";
