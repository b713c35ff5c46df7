import { describe, expect, it } from 'vitest';
import { CachedStore } from '../../src/stores/cache.js';
import { parseStoreUri } from '../../src/stores/uri.js';
import { MemoryStore } from './memory-store.js';

describe('cache', () => {
  const ref = parseStoreUri('vault://secret/app#token');

  it('serves repeated reads from memory until the TTL runs out', async () => {
    let now = 1000;
    const inner = new MemoryStore('vault');
    inner.data.set('secret/app#token', 'v1');
    const cache = new CachedStore(inner, { ttlMs: 500, now: () => now });
    await cache.get(ref);
    await cache.get(ref);
    expect(inner.reads).toBe(1);
    inner.data.set('secret/app#token', 'v2');
    now += 499;
    expect((await cache.get(ref)).value).toBe('v1');
    now += 2;
    expect((await cache.get(ref)).value).toBe('v2');
    expect(inner.reads).toBe(2);
  });

  it('drops the path on write and delete', async () => {
    const inner = new MemoryStore('vault');
    const cache = new CachedStore(inner, { ttlMs: 60_000 });
    await cache.set(ref, 'a');
    expect((await cache.get(ref)).value).toBe('a');
    await cache.set(ref, 'b');
    expect((await cache.get(ref)).value).toBe('b');
    await cache.delete(ref);
    await expect(cache.get(ref)).rejects.toThrow(/not found/);
  });

  it('never caches errors and keeps at most maxEntries', async () => {
    const inner = new MemoryStore('vault');
    const cache = new CachedStore(inner, { ttlMs: 60_000, maxEntries: 2 });
    await expect(cache.get(ref)).rejects.toThrow();
    inner.data.set('secret/app#token', 'x');
    expect((await cache.get(ref)).value).toBe('x');
    for (const k of ['a', 'b', 'c']) {
      inner.data.set(`p#${k}`, k);
      await cache.get(parseStoreUri(`vault://p#${k}`));
    }
    expect(cache.size).toBe(2);
  });

  it('with ttl 0 does not cache', async () => {
    const inner = new MemoryStore('vault');
    inner.data.set('secret/app#token', 'x');
    const cache = new CachedStore(inner, { ttlMs: 0 });
    await cache.get(ref);
    await cache.get(ref);
    expect(inner.reads).toBe(2);
  });
});
