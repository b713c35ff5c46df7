/**
 * `stanch run --map FILE -- CMD [ARGS…]`: runs CMD with the secrets added to its environment.
 * Nothing is written to disk; the exit code is the command's (128+N when killed by signal N).
 */
import { basename } from 'node:path';
import type { Command } from 'commander';
import { EXIT, StanchError } from '../../../model/errors.js';
import { readMappingFile } from '../../../inject/mapping.js';
import { resolveMapping } from '../../../inject/resolve.js';
import { runWithSecrets } from '../../../inject/run.js';
import { addStoreFlags, openSecretAccess, type StoreFlagValues } from '../store-options.js';

interface RunFlags extends StoreFlagValues {
  map?: string;
}

export function register(program: Command): void {
  // Options after the command name belong to the command (`stanch run --map m -- ls -la`).
  program.enablePositionalOptions();
  const cmd = program
    .command('run')
    .description('run a command with secrets from a mapping in its environment (nothing written to disk)')
    .option('-m, --map <file>', 'mapping file: YAML "NAME: uri" or lines "NAME=uri"')
    .argument('<command...>', 'the command and its arguments (put them after --)')
    .passThroughOptions();
  addStoreFlags(cmd).action(async (command: string[], flags: RunFlags) => {
    if (!flags.map) throw new StanchError('run needs --map FILE', EXIT.USAGE);
    const entries = await readMappingFile(flags.map);
    const access = openSecretAccess(flags);
    let secrets;
    try {
      secrets = await resolveMapping(access, entries, { file: flags.map });
      for (const e of entries) await access.recordInjection(e.ref.uri, `process:${basename(command[0])}`);
    } finally {
      await access.close();
    }
    process.exitCode = await runWithSecrets({ command: command[0], args: command.slice(1), baseEnv: process.env, secrets });
  });
}
