import { describe, it, expect, afterAll } from 'vitest';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { auditCachePrefix, createStateCache } from '../../src/entry/action/state-cache.js';
import { tempDir, removeTempDirs } from './git-fixture.js';

afterAll(removeTempDirs);

describe('audit state cache adapter', () => {
  it('keys per repository and ref set', () => {
    expect(auditCachePrefix('acme/app', 'all-refs')).toMatch(/^stanch-audit-v1-[0-9a-f]{16}-$/);
    expect(auditCachePrefix('acme/app', 'all-refs')).not.toBe(auditCachePrefix('acme/other', 'all-refs'));
  });

  it('falls back to no cache, saying so, when the cache service is not available', async () => {
    const saved = { ...process.env };
    delete process.env.ACTIONS_CACHE_URL;
    delete process.env.ACTIONS_RESULTS_URL;
    const log: string[] = [];
    try {
      const cache = await createStateCache({ enabled: true, prefix: 'p-', runKey: '1-1', log: (l) => log.push(l), warn: (l) => log.push(l) });
      expect(cache.kind).toBe('none');
      const file = path.join(tempDir(), 'state.json');
      expect(await cache.restore(file)).toBe(false);
      expect(log.join('\n')).toMatch(/cache service is not available.*scans every commit/);
      writeFileSync(file, '{}');
      expect(await cache.restore(file)).toBe(true);
      await cache.save(file);
      expect(log.at(-1)).toMatch(/not saved/);
    } finally {
      process.env = saved;
    }
  });

  it('never restores when audit-cache is false', async () => {
    const file = path.join(tempDir(), 'state.json');
    writeFileSync(file, '{}');
    const cache = await createStateCache({ enabled: false, prefix: 'p-', runKey: '1', log: () => undefined, warn: () => undefined });
    expect(await cache.restore(file)).toBe(false);
  });
});
