import { describe, expect, it } from 'vitest';
import { StanchError } from '../../src/model/errors.js';
import { encodePath, kvApiPaths, parseMountInfo, parseVaultUri, splitAtMount } from '../../src/stores/vault/uri.js';

describe('parseVaultUri', () => {
  it('reads mount/path and key', () => {
    expect(parseVaultUri('vault://secret/app/db#password')).toEqual({
      scheme: 'vault',
      path: 'secret/app/db',
      key: 'password',
      version: undefined,
      uri: 'vault://secret/app/db#password',
    });
  });

  it('reads a version given before or after the key', () => {
    expect(parseVaultUri('vault://secret/app/db?version=3#password')).toMatchObject({ key: 'password', version: 3 });
    expect(parseVaultUri('vault://secret/app/db#password?version=3')).toMatchObject({ key: 'password', version: 3 });
  });

  it('keeps a trailing slash that marks a folder (for list)', () => {
    expect(parseVaultUri('vault://secret/app/').path).toBe('secret/app/');
  });

  it('decodes percent-encoded segments and keys', () => {
    expect(parseVaultUri('vault://secret/my%20app#pass%23word')).toMatchObject({ path: 'secret/my app', key: 'pass#word' });
  });

  it.each([
    ['https://secret/app'],
    ['vault://'],
    ['vault://secret//app'],
    ['vault://secret/../sys/seal'],
    ['vault://secret/app#'],
    ['vault://secret/app?version=0'],
    ['vault://secret/app?version=x'],
    ['vault://secret/app?ttl=3'],
    ['vault://secret/%E0%A4%A#k'],
  ])('rejects %s with a one-line usage error', (uri) => {
    let err: unknown;
    try {
      parseVaultUri(uri);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(StanchError);
    expect((err as StanchError).exitCode).toBe(2);
    expect((err as Error).message).toContain(uri);
    expect((err as Error).message).not.toContain('\n');
  });
});

describe('KV path mapping', () => {
  it('maps KV v2 operations to data/metadata/delete/undelete/destroy', () => {
    expect(kvApiPaths({ mount: 'secret', relPath: 'app/db', kvVersion: 2 })).toEqual({
      data: 'secret/data/app/db',
      metadata: 'secret/metadata/app/db',
      delete: 'secret/delete/app/db',
      undelete: 'secret/undelete/app/db',
      destroy: 'secret/destroy/app/db',
    });
  });

  it('maps KV v1 to the plain path', () => {
    expect(kvApiPaths({ mount: 'kv', relPath: 'app/db', kvVersion: 1 }).data).toBe('kv/app/db');
  });

  it('handles nested mounts and the mount root', () => {
    expect(kvApiPaths({ mount: 'team/kv/', relPath: '', kvVersion: 2 }).metadata).toBe('team/kv/metadata');
    expect(kvApiPaths({ mount: 'team/kv', relPath: 'x', kvVersion: 2 }).data).toBe('team/kv/data/x');
  });

  it('encodes each segment but keeps slashes', () => {
    expect(encodePath('my app/a?b#c')).toBe('my%20app/a%3Fb%23c');
  });

  it('splits a path at a mount only on a segment boundary', () => {
    expect(splitAtMount('secret/app/db', 'secret/')).toBe('app/db');
    expect(splitAtMount('secret', 'secret')).toBe('');
    expect(splitAtMount('secretive/app', 'secret')).toBeUndefined();
    expect(splitAtMount('team/kv/app', 'team/kv')).toBe('app');
  });
});

describe('parseMountInfo (sys/internal/ui/mounts answer)', () => {
  it('reads a KV v2 mount', () => {
    expect(parseMountInfo({ path: 'secret/', type: 'kv', options: { version: '2' } }, 'secret/a')).toEqual({
      mount: 'secret',
      kvVersion: 2,
    });
  });

  it('treats kv without options and the old generic type as KV v1', () => {
    expect(parseMountInfo({ path: 'kv/', type: 'kv', options: null }, 'kv/a').kvVersion).toBe(1);
    expect(parseMountInfo({ path: 'old/', type: 'generic' }, 'old/a').kvVersion).toBe(1);
  });

  it('refuses a non-KV engine with a message naming it', () => {
    expect(() => parseMountInfo({ path: 'database/', type: 'database' }, 'database/creds/x')).toThrow(/'database' engine, not KV/);
  });

  it('refuses an empty answer', () => {
    expect(() => parseMountInfo({}, 'nothing/here')).toThrow(/no secrets engine is mounted at 'nothing\/here'/);
  });
});
