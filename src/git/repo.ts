/** Where a repository is, for commands that scan it. */
import { run } from './runner.js';
import { isBareRepository, showToplevel } from './commands.js';

/**
 * The directory to run git in and to look for config: the top of the working tree, or the
 * repository itself when it is bare (a `git clone --mirror` audited on a schedule).
 */
export async function repoRoot(cwd: string): Promise<string> {
  if (await run(isBareRepository(), { cwd })) return cwd;
  return run(showToplevel(), { cwd });
}
