/**
 * Source: exactly the commits a `git push` is about to send. git gives the pre-push hook one
 * stdin line per ref: `<local ref> <local sha> <remote ref> <remote sha>`.
 *  - deletion (local sha all zeros): nothing to scan;
 *  - new branch (remote sha all zeros): commits not already on any remote-tracking ref;
 *  - update or force push: additionally not reachable from the remote's old sha (when we have it),
 *    so only what is new is scanned.
 */
import { StanchError } from '../model/errors.js';
import { run } from '../git/runner.js';
import { isZeroSha, logPatchArgs, revList } from '../git/commands.js';
import { PatchSource } from './diff.js';

export interface PushUpdate {
  localRef: string;
  localSha: string;
  remoteRef: string;
  remoteSha: string;
}

const SHA_RE = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;

/** Parses the pre-push hook's stdin. Blank lines are ignored; a malformed line is an error naming it. */
export function parsePrePushLines(text: string): PushUpdate[] {
  const updates: PushUpdate[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\r$/, '').trim();
    if (line === '') return;
    const parts = line.split(/\s+/);
    if (parts.length !== 4 || !SHA_RE.test(parts[1]!) || !SHA_RE.test(parts[3]!)) {
      throw new StanchError(`pre-push input line ${i + 1}: expected "<local ref> <local sha> <remote ref> <remote sha>"`);
    }
    updates.push({ localRef: parts[0]!, localSha: parts[1]!, remoteRef: parts[2]!, remoteSha: parts[3]! });
  });
  return updates;
}

/**
 * What a push of `updates` sends that is new: commit SHAs, newest first, each once. One
 * `rev-list` for all refs (a `push --all` of many branches costs one git call): a commit
 * reachable from any remote's old sha is on that remote already, so excluding every old sha
 * at once excludes nothing that is new. `--ignore-missing` skips old shas we never fetched.
 */
export async function commitsToPush(cwd: string, updates: readonly PushUpdate[]): Promise<string[]> {
  const sending = updates.filter((u) => !isZeroSha(u.localSha)).map((u) => u.localSha); // deletions send nothing
  if (sending.length === 0) return [];
  const remoteHad = updates.filter((u) => !isZeroSha(u.remoteSha)).map((u) => u.remoteSha);
  return run(revList(['--ignore-missing', ...new Set(sending), '--not', '--remotes', ...new Set(remoteHad)]), { cwd });
}

export interface PrePushSourceOptions {
  cwd: string;
  updates: readonly PushUpdate[];
  /** The commits to scan when the caller already asked git (commitsToPush); else worked out here. */
  commits?: readonly string[];
  maxFragmentChars?: number;
}

export class PrePushSource extends PatchSource {
  /** Filled once fragments() has started: the commits being scanned. */
  commits: string[] = [];
  constructor(opts: PrePushSourceOptions) {
    super(
      async () => {
        this.commits = opts.commits ? [...opts.commits] : await commitsToPush(opts.cwd, opts.updates);
        if (this.commits.length === 0) return null;
        return { args: logPatchArgs({ stdin: true }), input: this.commits.join('\n') + '\n' };
      },
      { cwd: opts.cwd, maxFragmentChars: opts.maxFragmentChars },
    );
  }
}

export function createPrePushSource(opts: PrePushSourceOptions): PrePushSource {
  return new PrePushSource(opts);
}
