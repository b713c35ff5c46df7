/**
 * The CLI program: commander setup, one-line errors, documented exit codes.
 * Exit codes: 0 clean, 1 findings (or --exit-code), 2 usage/config/input error.
 */
import { Command } from 'commander';
import { type CommandModule } from './commands/index.js';
export declare function buildProgram(commands: readonly CommandModule[]): Command;
/** Runs the CLI; resolves to the exit code (never throws). */
export declare function main(argv: readonly string[], env?: NodeJS.ProcessEnv): Promise<number>;
export declare function handleError(e: unknown, env: NodeJS.ProcessEnv): number;
