/** `stanch hooks install`: sets up the pre-commit and pre-push hooks in the current repository. */
import type { Command } from 'commander';
import { StanchError, EXIT } from '../../../model/errors.js';

export function register(program: Command): void {
  const hooks = program.command('hooks').description('manage stanch git hooks');
  hooks
    .command('install')
    .description('install pre-commit and pre-push hooks (idempotent; an existing hook is kept and run first)')
    .option('--only <hook>', 'install just one hook: pre-commit or pre-push')
    .action(async (opts: { only?: string }) => {
      const { installHooks } = await import('../../hooks/install.js');
      const { HOOK_NAMES } = await import('../../hooks/shims.js');
      try {
        if (opts.only !== undefined && !(HOOK_NAMES as readonly string[]).includes(opts.only)) {
          throw new StanchError(`--only: expected pre-commit or pre-push, got ${JSON.stringify(opts.only)}`);
        }
        const res = await installHooks({ cwd: process.cwd(), hooks: opts.only ? [opts.only as (typeof HOOK_NAMES)[number]] : undefined });
        for (const h of res.hooks) {
          const extra = h.chainedTo ? ` (the hook that was there now runs first: ${h.chainedTo})` : '';
          process.stdout.write(`${h.name}: ${h.action} ${h.path}${extra}\n`);
        }
      } catch (err) {
        if (!(err instanceof StanchError)) throw err;
        process.stderr.write(`stanch: ${err.message}\n`);
        process.exitCode = err.exitCode ?? EXIT.USAGE;
      }
    });
}
