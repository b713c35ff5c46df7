/** `stanch hooks install|uninstall`: sets up, or takes out, the pre-commit and pre-push hooks in the current repository. */
import type { Command } from 'commander';
import { StanchError } from '../../../model/errors.js';
import type { HookName } from '../../hooks/shims.js';

export function register(program: Command): void {
  const hooks = program.command('hooks').description('manage stanch git hooks');
  hooks
    .command('install')
    .description('install pre-commit and pre-push hooks (idempotent; a hook already there is kept and run first)')
    .option('--only <hook>', 'install just one hook: pre-commit or pre-push')
    .action(async (opts: { only?: string }) => {
      const [{ installHooks }, hooks] = await Promise.all([import('../../hooks/install.js'), onlyHooks(opts.only)]);
      const res = await installHooks({ cwd: process.cwd(), hooks });
      for (const h of res.hooks) {
        const extra = h.chainedTo ? ` (the hook that was there runs first, now at ${h.chainedTo})` : '';
        process.stdout.write(`${h.name}: ${h.action} ${h.path}${extra}\n`);
      }
    });
  hooks
    .command('uninstall')
    .description('remove the hooks `hooks install` wrote and put back the hooks it had renamed; other hooks are left alone')
    .option('--only <hook>', 'uninstall just one hook: pre-commit or pre-push')
    .action(async (opts: { only?: string }) => {
      const [{ uninstallHooks }, hooks] = await Promise.all([import('../../hooks/install.js'), onlyHooks(opts.only)]);
      const res = await uninstallHooks({ cwd: process.cwd(), hooks });
      const said = { removed: 'removed', restored: 'removed; the hook that was there before is back at', absent: 'no hook at', 'not-stanch': 'left alone (not a stanch hook):' };
      for (const h of res.hooks) process.stdout.write(`${h.name}: ${said[h.action]} ${h.path}\n`);
    });
}

/** The hooks `--only` names (undefined: both); a usage error for anything else. */
async function onlyHooks(only: string | undefined): Promise<HookName[] | undefined> {
  const { HOOK_NAMES } = await import('../../hooks/shims.js');
  if (only === undefined) return undefined;
  if (!(HOOK_NAMES as readonly string[]).includes(only)) throw new StanchError(`--only: expected pre-commit or pre-push, got ${JSON.stringify(only)}`);
  return [only as HookName];
}
