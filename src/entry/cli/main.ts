/**
 * The CLI program: commander setup, one-line errors, documented exit codes.
 * Exit codes: 0 clean, 1 findings (or --exit-code), 2 usage/config/input error.
 */
import { Command, CommanderError } from 'commander';
import { EXIT, StanchError } from '../../model/errors.js';
import { loadCommands, type CommandModule } from './commands/index.js';
import { TOOL_VERSION } from './version.js';

export function buildProgram(commands: readonly CommandModule[]): Command {
  const program = new Command('stanch')
    .description('Stops credential leaks: scans files, stdin and git history for secrets.')
    .version(TOOL_VERSION, '-V, --version', 'print the version')
    .exitOverride()
    .configureOutput({ outputError: writeUsageError });
  for (const c of commands) c.register(program);
  // Subcommands inherit exit handling and error format.
  for (const sub of program.commands) applyErrorHandling(sub);
  return program;
}

/** Commander's usage errors as our one line: `stanch: <what> (see --help)`. */
function writeUsageError(str: string, write: (s: string) => void): void {
  write(`stanch: ${str.replace(/^error: /, '').split('\n')[0].trimEnd()} (see --help)\n`);
}

function applyErrorHandling(cmd: Command): void {
  cmd.exitOverride();
  cmd.configureOutput({ outputError: writeUsageError });
  for (const sub of cmd.commands) applyErrorHandling(sub);
}

/** Runs the CLI; resolves to the exit code (never throws). */
export async function main(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  try {
    const program = buildProgram(await loadCommands(argv));
    process.exitCode = undefined;
    await program.parseAsync([...argv]);
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT.OK;
  } catch (e) {
    return handleError(e, env);
  }
}

export function handleError(e: unknown, env: NodeJS.ProcessEnv): number {
  if (e instanceof CommanderError) {
    // help and --version end here too, with exit code 0; commander already printed.
    if (e.exitCode === 0) return EXIT.OK;
    return EXIT.USAGE;
  }
  if (e instanceof StanchError) {
    process.stderr.write(`stanch: ${oneLine(e.message)}\n`);
    return e.exitCode;
  }
  const err = e instanceof Error ? e : new Error(String(e));
  if (env.STANCH_DEBUG) {
    process.stderr.write(`${err.stack ?? err.message}\n`);
  } else {
    process.stderr.write(`stanch: unexpected error: ${oneLine(err.message)} (run with STANCH_DEBUG=1 for details)\n`);
  }
  return EXIT.USAGE;
}

function oneLine(s: string): string {
  return s.split('\n')[0];
}
