/**
 * The leak→rotate loop: findings from any scan are matched against the managed secrets (keyed
 * hashes only, see leak-match.ts); a match marks the finding as a managed secret leaked, and the
 * secret is rotated when the caller enables rotation and the policy opts in
 * (`autoRotateOnLeak = true`), otherwise a plan is returned. Findings that match nothing are
 * unmanaged leaks: they point to the provider's revocation page where the rule knows it.
 */
import type { AuditLog } from '../audit/log.js';
import type { Finding } from '../model/finding.js';
import type { StoreOptions } from '../stores/registry.js';
import { parseStoreUri } from '../stores/uri.js';
import { policyFor, type RotationConfig } from './config.js';
import { createLeakMatcher, type LeakMatch } from './leak-match.js';
import { managedUris } from './managed.js';
import { messageOf, Rotator, type RotationResult } from './rotator.js';

export interface LeakLoopOptions {
  findings: Finding[];
  config: RotationConfig;
  stores: StoreOptions;
  audit?: AuditLog;
  actor: string;
  baseEnv: Record<string, string | undefined>;
  /** Master switch (CLI --rotate-leaked, Action input): without it every match is only planned. */
  rotate: boolean;
  /** Plan only, even where rotation is enabled. */
  dryRun?: boolean;
  now?: () => Date;
  hookStderr?: 'inherit' | 'ignore';
  /** Called after each successful rotation, e.g. to refresh injected outputs. */
  onRotated?: (uri: string, result: RotationResult) => Promise<void> | void;
}

export interface UnmanagedLeak {
  fingerprint: string;
  ruleId: string;
  path: string;
  startLine: number;
  commit?: string;
  revokeUrl?: string;
}

export interface LeakLoopResult {
  matches: LeakMatch[];
  /** One per matched URI: rotated, rolled-back, failed or planned. */
  results: RotationResult[];
  unmanaged: UnmanagedLeak[];
  /** Managed secrets that could not be read or listed (so a leak of them would go unnoticed). */
  problems: { uri: string; message: string }[];
}

export async function runLeakLoop(opts: LeakLoopOptions): Promise<LeakLoopResult> {
  const rotator = new Rotator({
    config: opts.config,
    stores: opts.stores,
    audit: opts.audit,
    actor: opts.actor,
    baseEnv: opts.baseEnv,
    now: opts.now,
    hookStderr: opts.hookStderr,
  });
  try {
    const matcher = createLeakMatcher();
    const managed = await managedUris(opts.config, (s) => rotator.store(s));
    const problems = [...managed.problems];
    for (const uri of managed.uris) {
      try {
        const ref = parseStoreUri(uri);
        const store = await rotator.store(ref.scheme);
        // The value is hashed and the reference dropped within this statement.
        matcher.addManaged(uri, (await store.get(ref)).value);
      } catch (err) {
        problems.push({ uri, message: messageOf(err) });
      }
    }
    const matches = opts.findings.length > 0 && matcher.size > 0 ? matcher.match(opts.findings) : [];
    const byFingerprint = new Map<Finding, string>();
    for (const f of opts.findings) {
      const m = matches.find((x) => x.fingerprint === f.fingerprint && x.path === f.path && x.startLine === f.startLine && x.commit === f.commit?.sha);
      if (m) byFingerprint.set(f, m.uri);
    }

    const results: RotationResult[] = [];
    for (const uri of [...new Set(matches.map((m) => m.uri))]) {
      const first = matches.find((m) => m.uri === uri)!;
      const where = `${first.path}:${first.startLine}${first.commit ? `@${first.commit.slice(0, 12)}` : ''}`;
      const detail = `leak=${first.fingerprint} at=${where}`;
      const policy = policyFor(opts.config, uri);
      let result: RotationResult;
      if (!policy) {
        result = { uri, status: 'planned', reason: 'leak', message: 'no [[rotation.policies]] entry matches: rotate it by hand, or add a policy' };
      } else if (!opts.rotate || opts.dryRun) {
        result = await rotator.plan({ uri, reason: 'leak', detail }, opts.dryRun ? 'dry run: would rotate now' : 'rotation on leak is not enabled for this run (--rotate-leaked / rotate-leaked input)');
      } else if (!policy.autoRotateOnLeak) {
        result = await rotator.plan({ uri, reason: 'leak', detail }, `policy ${policy.match} has autoRotateOnLeak = false: run "stanch rotate ${uri}"`);
      } else {
        result = await rotator.rotate({ uri, reason: 'leak', detail });
        if (result.status === 'rotated' && opts.onRotated) {
          try {
            await opts.onRotated(uri, result);
          } catch (err) {
            result.message = `rotated, but refreshing injected outputs failed: ${messageOf(err)}`;
          }
        }
      }
      results.push(result);
    }

    for (const [f, uri] of byFingerprint) {
      const r = results.find((x) => x.uri === uri);
      f.managed = { uri, rotated: r?.status === 'rotated', ...(r?.status === 'rotated' && r.newVersion ? { newVersion: r.newVersion } : {}) };
    }
    const unmanaged: UnmanagedLeak[] = opts.findings
      .filter((f) => !byFingerprint.has(f))
      .map((f) => ({
        fingerprint: f.fingerprint,
        ruleId: f.ruleId,
        path: f.path,
        startLine: f.startLine,
        ...(f.commit?.sha ? { commit: f.commit.sha } : {}),
        ...(f.revokeUrl ? { revokeUrl: f.revokeUrl } : {}),
      }));
    return { matches, results, unmanaged, problems };
  } finally {
    await rotator.close();
  }
}
