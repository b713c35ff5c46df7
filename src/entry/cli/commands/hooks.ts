/** `stanch hooks install`: sets up the pre-commit and pre-push hooks in the current repository. */
import type { Command } from 'commander';
import { StanchError } from '../../../model/errors.js';

export function register(program: Command): void {
  const hooks = program.command('hooks').description('manage stanch git hooks');
  hooks
    .command('install')
    .description('install pre-commit and pre-push hooks (idempotent; a hook already there is kept and run first)')
    .option('--only <hook>', 'install just one hook: pre-commit or pre-push')
    .action(async (opts: { only?: string }) => {
      const [{ installHooks }, { HOOK_NAMES }] = await Promise.all([import('../../hooks/install.js'), import('../../hooks/shims.js')]);
      const only = opts.only;
      if (only !== undefined && !(HOOK_NAMES as readonly string[]).includes(only)) {
        throw new StanchError(`--only: expected pre-commit or pre-push, got ${JSON.stringify(only)}`);
      }
      const res = await installHooks({ cwd: process.cwd(), hooks: only ? [only as (typeof HOOK_NAMES)[number]] : undefined });
      for (const h of res.hooks) {
        const extra = h.chainedTo ? ` (the hook that was there runs first, now at ${h.chainedTo})` : '';
        process.stdout.write(`${h.name}: ${h.action} ${h.path}${extra}\n`);
      }
    });
}
