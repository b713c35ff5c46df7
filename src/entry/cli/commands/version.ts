import type { Command } from 'commander';
import { TOOL_VERSION } from '../version.js';

export function register(program: Command): void {
  program
    .command('version')
    .description('print the stanch version')
    .action(() => {
      process.stdout.write(`stanch ${TOOL_VERSION}\n`);
    });
}
