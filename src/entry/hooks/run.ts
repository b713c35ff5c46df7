/**
 * What `stanch hook pre-commit` and `stanch hook pre-push` do. Kept free of commander so a hook
 * pays only for what it uses: the detector is built only when there is something to scan, so a
 * push with no new commits (or a ref deletion) returns before loading any rule.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Finding } from '../../model/finding.js';
import type { Detector } from '../../model/contracts.js';
import { EXIT } from '../../model/errors.js';
import type { Source, SkipNotice } from '../../model/contracts.js';
import { redactSecret } from '../../engine/redact.js';
import { dedupeFindings, sortFindings } from '../../pipeline/findings.js';
import { run } from '../../git/runner.js';
import { showToplevel } from '../../git/commands.js';
import { createStagedSource } from '../../sources/staged.js';
import { createPrePushSource, parsePrePushLines, type PushUpdate } from '../../sources/prepush.js';

export interface HookIo {
  out(text: string): void;
  err(text: string): void;
}

export interface HookRunOptions {
  cwd: string;
  io: HookIo;
  /** Explicit config file (`--config`). */
  configPath?: string;
}

export interface PrePushRunOptions extends HookRunOptions {
  /** What git wrote to the hook's stdin. */
  stdinText: string;
  /**
   * When stdin is empty but a runner passed the pushed commit another way (the pre-commit
   * framework sets PRE_COMMIT_TO_REF), scan that commit and its ancestors not on any remote.
   */
  toRef?: string;
}

export async function runPreCommitHook(opts: HookRunOptions): Promise<number> {
  const root = await run(showToplevel(), { cwd: opts.cwd });
  const source = createStagedSource({ cwd: root });
  const findings = await scanForHook(source, root, opts);
  return report(findings, source.notices(), opts.io, 'commit', root);
}

export async function runPrePushHook(opts: PrePushRunOptions): Promise<number> {
  let updates: PushUpdate[] = parsePrePushLines(opts.stdinText);
  if (updates.length === 0 && opts.toRef) {
    updates = [{ localRef: 'HEAD', localSha: opts.toRef, remoteRef: '', remoteSha: '0'.repeat(opts.toRef.length) }];
  }
  // Independent, so at once (a push is waited on by a person): where the repository is, the
  // patches of what the push sends (one `git log` that selects them), and evaluating the rule
  // modules while git works.
  void detectorModules();
  const root = run(showToplevel(), { cwd: opts.cwd });
  root.catch(() => undefined); // awaited below; git log reports the same failure
  const source = createPrePushSource({ cwd: opts.cwd, updates });
  const findings = await scanForHook(source, root, opts);
  return report(findings, source.notices(), opts.io, 'push', await root);
}

async function scanForHook(source: Source, root: string | Promise<string>, opts: HookRunOptions): Promise<Finding[]> {
  let detector: Detector | undefined;
  const findings: Finding[] = [];
  for await (const fragment of source.fragments()) {
    detector ??= await loadDetector(await root, opts.configPath);
    for (const f of detector.scan(fragment)) findings.push(f);
  }
  if (findings.length === 0) return findings;
  // Pieces of a large file overlap (so multi-line secrets are whole): drop the repeats.
  return applyRepoBaseline(sortFindings(dedupeFindings(findings)), await root);
}

/** The config loader and detector modules, imported once (a separate chunk in the bundle). */
let modules: Promise<[typeof import('../../config/load.js'), typeof import('../../engine/detector.js')]> | undefined;
function detectorModules() {
  modules ??= Promise.all([import('../../config/load.js'), import('../../engine/detector.js')]);
  return modules;
}

async function loadDetector(root: string, configPath?: string): Promise<Detector> {
  // Loaded on first use by the pre-commit hook: a commit with nothing staged never pays for the rules.
  const [{ loadConfig }, { createDetector }] = await detectorModules();
  const { config } = loadConfig({ dir: root, configPath });
  return createDetector({ config });
}

async function applyRepoBaseline(findings: Finding[], root: string): Promise<Finding[]> {
  const { DEFAULT_BASELINE_FILE, parseBaseline, applyBaseline } = await import('../../baseline/baseline.js');
  const file = path.join(root, DEFAULT_BASELINE_FILE);
  if (!existsSync(file)) return findings;
  return applyBaseline(findings, parseBaseline(readFileSync(file, 'utf8'), file)).findings;
}

function report(findings: Finding[], notices: SkipNotice[], io: HookIo, verb: 'commit' | 'push', root: string): number {
  for (const n of notices.filter((x) => /submodule|LFS/.test(x.reason))) io.err(`stanch: note: ${n.path}: ${n.reason}\n`);
  if (findings.length === 0) return EXIT.OK;
  return printBlocked(findings, io, verb, root);
}

function printBlocked(findings: Finding[], io: HookIo, verb: 'commit' | 'push', root: string): number {
  const commits = new Set(findings.map((f) => f.commit?.sha).filter(Boolean));
  const what = verb === 'commit' ? 'this commit' : `this push (${commits.size} commit${commits.size === 1 ? '' : 's'})`;
  const lines = [`stanch: blocked ${what}: ${findings.length} secret${findings.length === 1 ? '' : 's'} found`, ''];
  for (const f of findings) {
    const where = `${f.path}:${f.startLine}${f.commit ? ` in ${f.commit.sha.slice(0, 10)}${f.commit.message ? ` "${clip(f.commit.message, 50)}"` : ''}` : ''}`;
    lines.push(`  ${f.severity.toUpperCase().padEnd(8)} ${f.ruleId}  ${where}`);
    lines.push(`           ${redacted(f)}   fingerprint ${f.fingerprint}`);
  }
  const ignoreFile = existsSync(path.join(root, '.gitleaksignore')) && !existsSync(path.join(root, '.stanchignore')) ? '.gitleaksignore' : '.stanchignore';
  lines.push(
    '',
    'Remove the secret (and rotate it if it was ever shared), then try again.',
    verb === 'push' ? 'It is in commit history: amend or rebase the commit(s) above, deleting it in a new commit is not enough.' : '',
    'If it is a false positive, allow it in one of these ways:',
    `  - add its fingerprint (shown above) on its own line to ${ignoreFile} and commit that file;`,
    '  - add a comment containing `stanch:allow` on that line;',
    '  - or accept every finding now in the working tree: stanch baseline (writes .stanch-baseline.json).',
    `Skip the check once (not recommended): git ${verb} --no-verify`,
  );
  io.err(lines.filter((l, i) => l !== '' || lines[i - 1] !== '').join('\n') + '\n');
  return EXIT.FINDINGS;
}

/** Never a raw value from a hook: the engine's one redaction function. */
const redacted = (f: Finding): string => redactSecret(f.secret);

function clip(s: string, n: number): string {
  return s.length <= n ? s : s.slice(0, n - 1) + '…';
}
