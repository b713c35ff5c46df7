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
import { isZeroSha, logPatchArgs, revList, revListSelection, type LogPatchOptions } from '../git/commands.js';
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
 * The commits a push of `updates` sends that are new, as a log selection, or null when it sends
 * none (only deletions). One selection for all refs (a `push --all` of many branches costs one git
 * call): a commit reachable from any remote's old sha is on that remote already, so excluding
 * every old sha at once excludes nothing that is new.
 */
function pushSelection(updates: readonly PushUpdate[]): LogPatchOptions | null {
  const sending = updates.filter((u) => !isZeroSha(u.localSha)).map((u) => u.localSha); // deletions send nothing
  if (sending.length === 0) return null;
  const remoteHad = updates.filter((u) => !isZeroSha(u.remoteSha)).map((u) => u.remoteSha);
  return { newFrom: { tips: [...new Set(sending)], exclude: [...new Set(remoteHad)] } };
}

/** What a push of `updates` sends that is new: commit SHAs, newest first, each once. */
export async function commitsToPush(cwd: string, updates: readonly PushUpdate[]): Promise<string[]> {
  const sel = pushSelection(updates);
  return sel ? run(revList(revListSelection(sel)), { cwd }) : [];
}

export interface PrePushSourceOptions {
  cwd: string;
  updates: readonly PushUpdate[];
  maxFragmentChars?: number;
}

/** The patches of exactly what a push sends that is new: one `git log` selecting them itself. */
export class PrePushSource extends PatchSource {
  constructor(opts: PrePushSourceOptions) {
    super(
      async () => {
        const sel = pushSelection(opts.updates);
        return sel ? { args: logPatchArgs(sel) } : null;
      },
      { cwd: opts.cwd, maxFragmentChars: opts.maxFragmentChars },
    );
  }
}

export function createPrePushSource(opts: PrePushSourceOptions): PrePushSource {
  return new PrePushSource(opts);
}
