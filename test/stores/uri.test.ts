import { describe, expect, it } from 'vitest';
import { formatStoreUri, makeRef, parseStoreUri } from '../../src/stores/uri.js';
import { StoreError } from '../../src/stores/errors.js';

describe('store URIs', () => {
  it('parses vault, sops and env URIs', () => {
    expect(parseStoreUri('vault://secret/app/db#password')).toEqual({ scheme: 'vault', path: 'secret/app/db', key: 'password', uri: 'vault://secret/app/db#password' });
    expect(parseStoreUri('sops://deploy/secrets.enc.yaml#db.password')).toMatchObject({ scheme: 'sops', path: 'deploy/secrets.enc.yaml', key: 'db.password' });
    expect(parseStoreUri('env://NAME')).toMatchObject({ scheme: 'env', path: 'NAME' });
    expect(parseStoreUri('sops:///abs/s.enc.json#a')).toMatchObject({ path: '/abs/s.enc.json' });
  });

  it('reads ?version=N before or after the #key', () => {
    expect(parseStoreUri('vault://secret/app?version=3#k')).toMatchObject({ key: 'k', version: 3 });
    expect(parseStoreUri('vault://secret/app#k?version=4')).toMatchObject({ key: 'k', version: 4 });
  });

  it('percent-decodes path and key', () => {
    expect(parseStoreUri('vault://secret/my%20app#a%23b')).toMatchObject({ path: 'secret/my app', key: 'a#b' });
  });

  it('formats back to a canonical URI', () => {
    expect(formatStoreUri({ scheme: 'vault', path: 'secret/a', key: 'k#1', version: 2 })).toBe('vault://secret/a?version=2#k%231');
    const ref = makeRef({ scheme: 'sops', path: 'x.yaml', key: 'a.b' });
    expect(parseStoreUri(ref.uri)).toEqual(ref);
  });

  it.each([
    ['secret/app#key', /expected scheme:\/\/path/],
    ['vault://', /path is empty/],
    ['vault://secret/app#', /#key is empty/],
    ['vault://secret/app?version=0#k', /positive integer/],
    ['vault://secret/app?version=x', /positive integer/],
    ['vault://secret/app?ref=main', /unknown query parameter "ref"/],
    ['vault://secret/%E0%A4%A#k', /percent-encoding/],
  ])('rejects %s with a clear error', (uri, message) => {
    expect(() => parseStoreUri(uri)).toThrow(StoreError);
    expect(() => parseStoreUri(uri)).toThrow(message);
  });
});
