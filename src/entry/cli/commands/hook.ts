/**
 * `stanch hook pre-commit` / `stanch hook pre-push [remote] [url]`: what the git hook shims run.
 * The work is in src/entry/hooks/run.ts, loaded only when the command runs.
 */
import type { Command } from 'commander';

const io = {
  out: (s: string) => void process.stdout.write(s),
  err: (s: string) => void process.stderr.write(s),
};

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) return '';
  const parts: Buffer[] = [];
  for await (const chunk of process.stdin) parts.push(chunk as Buffer);
  return Buffer.concat(parts).toString('utf8');
}

export function register(program: Command): void {
  const hook = program.command('hook').description('run by git hooks: scan what a commit or push is about to record');
  hook
    .command('pre-commit')
    .description('scan the staged changes (index vs HEAD); exit 1 blocks the commit')
    .option('-c, --config <file>', 'config file (default: .stanch.toml or .gitleaks.toml in the repository)')
    .action(async (opts: { config?: string }) => {
      const { runPreCommitHook } = await import('../../hooks/run.js');
      process.exitCode = await runPreCommitHook({ cwd: process.cwd(), io, configPath: opts.config });
    });
  hook
    .command('pre-push')
    .description('scan the commits a push sends (reads git\'s ref lines on stdin); exit 1 blocks the push')
    .argument('[remote]', 'remote name (given by git)')
    .argument('[url]', 'remote URL (given by git)')
    .option('-c, --config <file>', 'config file (default: .stanch.toml or .gitleaks.toml in the repository)')
    .action(async (_remote: string | undefined, _url: string | undefined, opts: { config?: string }) => {
      const { runPrePushHook } = await import('../../hooks/run.js');
      const stdinText = await readStdin();
      // The pre-commit framework keeps stdin for itself and passes the pushed commit here.
      const toRef = process.env.PRE_COMMIT_TO_REF || undefined;
      process.exitCode = await runPrePushHook({ cwd: process.cwd(), io, configPath: opts.config, stdinText, toRef });
    });
}
