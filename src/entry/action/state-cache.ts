/**
 * Keeps the scheduled audit's state file (which commits were already scanned) between runs in
 * the Actions cache, so a nightly audit of a big repository rescans only new commits. Cache
 * entries are immutable, so each run saves under a new key and restores the newest by prefix.
 * Where the cache service is unavailable (self-hosted without it, local runs, tests) the adapter
 * says so once and the audit scans everything.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';

export interface StateCache {
  readonly kind: 'actions-cache' | 'none';
  /** Restores the file; true when a previous state was found. */
  restore(file: string): Promise<boolean>;
  save(file: string): Promise<void>;
}

/** Key prefix per repository and ref selection; bump `v1` when the state format changes. */
export function auditCachePrefix(repository: string, refSelection: string): string {
  const h = createHash('sha256').update(`${repository}\n${refSelection}`).digest('hex').slice(0, 16);
  return `stanch-audit-v1-${h}-`;
}

export function noCache(log: (l: string) => void, why: string, useFileOnDisk = true): StateCache {
  return {
    kind: 'none',
    async restore(file) {
      // A state file already on disk (a persistent self-hosted runner, a second step of the job) is still used.
      if (useFileOnDisk && existsSync(file)) {
        log(`audit state not restored from a cache (${why}); using the state file already at ${file}`);
        return true;
      }
      log(`audit state not restored: ${why}; this audit scans every commit`);
      return false;
    },
    async save() {
      log(`audit state not saved: ${why}`);
    },
  };
}

export interface CacheOptions {
  enabled: boolean;
  prefix: string;
  /** Unique per run (GITHUB_RUN_ID + attempt): the key this run saves under. */
  runKey: string;
  log: (l: string) => void;
  warn: (l: string) => void;
}

export async function createStateCache(opts: CacheOptions): Promise<StateCache> {
  if (!opts.enabled) return noCache(opts.log, 'audit-cache is false', false);
  const cache = await import('@actions/cache');
  if (!cache.isFeatureAvailable()) return noCache(opts.log, 'the Actions cache service is not available to this runner');
  return {
    kind: 'actions-cache',
    async restore(file) {
      try {
        const hit = await cache.restoreCache([file], opts.prefix + opts.runKey, [opts.prefix]);
        opts.log(hit ? `audit state restored from cache key ${hit}` : 'no earlier audit state in the cache: this audit scans every commit');
        return Boolean(hit) && existsSync(file);
      } catch (e) {
        opts.warn(`could not restore the audit state (${(e as Error).message}); scanning every commit`);
        return false;
      }
    },
    async save(file) {
      if (!existsSync(file)) return;
      try {
        await cache.saveCache([file], opts.prefix + opts.runKey);
        opts.log(`audit state saved to cache key ${opts.prefix + opts.runKey}`);
      } catch (e) {
        opts.warn(`could not save the audit state (${(e as Error).message}); the next audit will scan every commit`);
      }
    },
  };
}
