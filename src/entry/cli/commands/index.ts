/**
 * Every CLI subcommand, in help order, loaded only when needed: `stanch hook pre-push` must start
 * fast, so it loads the hook command alone instead of every store, rotation and Action module.
 * To add one: write commands/<name>.ts exporting `register(program)`, then add an entry here.
 */
import type { Command } from 'commander';

export interface CommandModule {
  register(program: Command): void;
}

export interface CommandEntry {
  name: string;
  load(): Promise<CommandModule>;
}

export const commands: readonly CommandEntry[] = [
  { name: 'scan', load: () => import('./scan.js') },
  { name: 'baseline', load: () => import('./baseline.js') },
  { name: 'history', load: () => import('./history.js') },
  { name: 'staged', load: () => import('./staged.js') },
  { name: 'hook', load: () => import('./hook.js') },
  { name: 'hooks', load: () => import('./hooks.js') },
  { name: 'redact', load: () => import('./redact.js') },
  { name: 'inject', load: () => import('./inject.js') },
  { name: 'run', load: () => import('./run.js') },
  { name: 'secrets', load: () => import('./secrets.js') },
  { name: 'audit', load: () => import('./audit.js') },
  { name: 'rotate', load: () => import('./rotate.js') },
  { name: 'version', load: () => import('./version.js') },
];

/**
 * The modules `argv` needs: just the named command when the first operand names one, else all
 * of them (top-level help, `help <cmd>`, an unknown command's error with suggestions).
 */
export async function loadCommands(argv: readonly string[]): Promise<CommandModule[]> {
  const first = argv.slice(2).find((a) => !a.startsWith('-'));
  const named = commands.find((c) => c.name === first);
  return Promise.all((named ? [named] : commands).map((c) => c.load()));
}
