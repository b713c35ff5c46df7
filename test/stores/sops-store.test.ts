import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { SopsStore } from '../../src/stores/sops/store.js';
import { parseStoreUri } from '../../src/stores/uri.js';
import { StoreError } from '../../src/stores/errors.js';
import { fakeSecret, makeAgeKey, requireBinaries, sops, write, type AgeKey } from './sops-helpers.js';

let key: AgeKey;
let other: AgeKey;
beforeAll(() => {
  requireBinaries();
  key = makeAgeKey();
  other = makeAgeKey();
});
afterAll(() => {
  key?.cleanup();
  other?.cleanup();
});

const ref = parseStoreUri;
const store = () => new SopsStore({ ageIdentities: [key.identity], ageRecipients: [key.recipient], baseDir: key.dir });
const codeOf = async (p: Promise<unknown>) => ((await p.catch((e: unknown) => e)) as StoreError).code;

describe('SopsStore', () => {
  it('creates a new file on first set: mode 0600, no temp file left, readable by sops', async () => {
    const pw = fakeSecret('pw');
    await store().set(ref('sops://new.enc.yaml#app.db.password'), pw);
    const file = join(key.dir, 'new.enc.yaml');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readdirSync(key.dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    expect(readFileSync(file, 'utf8')).not.toContain(pw);
    expect(parseYaml(sops(key, ['--decrypt', file]).toString())).toEqual({ app: { db: { password: pw } } });
    expect(readFileSync(file, 'utf8')).toMatch(/^app:\n {2}db:\n {4}password: ENC\[/);
  });

  it('creates lists for index segments that do not exist yet', async () => {
    const s = store();
    await s.set(ref('sops://lists.enc.yaml#hosts[0].name'), 'a');
    await s.set(ref('sops://lists.enc.yaml#hosts[1].name'), 'b');
    await s.set(ref('sops://lists.enc.json#tokens[0]'), 't');
    expect(parseYaml(sops(key, ['--decrypt', join(key.dir, 'lists.enc.yaml')]).toString())).toEqual({ hosts: [{ name: 'a' }, { name: 'b' }] });
    expect(JSON.parse(sops(key, ['--decrypt', join(key.dir, 'lists.enc.json')]).toString())).toEqual({ tokens: ['t'] });
    expect(await codeOf(s.set(ref('sops://lists.enc.yaml#hosts[5].name'), 'x'))).toBe('invalid');
  });

  it('gets, lists and reads whole subtrees by dotted key path with list indexes', async () => {
    const a = fakeSecret('a');
    const b = fakeSecret('b');
    const src = write(key.dir, 'tree-src.yaml', `svc:\n  hosts:\n    - name: one\n      token: ${a}\n    - name: two\n      token: ${b}\n  port: 8080\n  ratio: 0.5\n`);
    writeFileSync(join(key.dir, 'tree.enc.yaml'), sops(key, ['--encrypt', '--age', key.recipient, src]));
    const s = store();
    expect((await s.get(ref('sops://tree.enc.yaml#svc.hosts[1].token'))).value).toBe(b);
    expect((await s.get(ref('sops://tree.enc.yaml#svc.hosts.0.token'))).value).toBe(a);
    expect((await s.get(ref('sops://tree.enc.yaml#svc.port'))).value).toBe('8080');
    expect((await s.get(ref('sops://tree.enc.yaml#svc.ratio'))).value).toBe('0.5');
    expect(await s.list(ref('sops://tree.enc.yaml#svc'))).toEqual(['hosts[0].name', 'hosts[0].token', 'hosts[1].name', 'hosts[1].token', 'port', 'ratio']);
    expect((await s.getAll(ref('sops://tree.enc.yaml#svc.hosts[0]'))).data).toEqual({ name: 'one', token: a });
  });

  it('reports missing keys as not-found and maps as invalid, without values in messages', async () => {
    const s = store();
    await s.set(ref('sops://m.enc.json#a.b'), fakeSecret('v'));
    expect(await codeOf(s.get(ref('sops://m.enc.json#a.zz')))).toBe('not-found');
    expect(await codeOf(s.get(ref('sops://missing.enc.json#a')))).toBe('not-found');
    expect(await codeOf(s.get(ref('sops://m.enc.json#a')))).toBe('invalid');
    expect(await codeOf(s.get(ref('sops://m.enc.json?version=2#a.b')))).toBe('invalid');
    expect(await codeOf(s.delete(ref('sops://m.enc.json#nope')))).toBe('not-found');
  });

  it('cannot decrypt without a matching identity (unavailable, so a chain may fall back)', async () => {
    await store().set(ref('sops://k.enc.yaml#x'), fakeSecret('v'));
    const wrong = new SopsStore({ ageIdentities: [other.identity], baseDir: key.dir });
    const err = (await wrong.get(ref('sops://k.enc.yaml#x')).catch((e: unknown) => e)) as StoreError;
    expect(err.code).toBe('unavailable');
    expect(err.message).toContain(key.recipient);
    const none = new SopsStore({ ageIdentities: [], baseDir: key.dir });
    expect(await codeOf(none.get(ref('sops://k.enc.yaml#x')))).toBe('unavailable');
  });

  it('refuses a tampered file on get and on set, leaving it untouched', async () => {
    const s = store();
    await s.set(ref('sops://t.enc.yaml#a'), fakeSecret('v'));
    await s.set(ref('sops://t.enc.yaml#b_unencrypted'), 'visible');
    const file = join(key.dir, 't.enc.yaml');
    const tampered = readFileSync(file, 'utf8').replace('visible', 'changed');
    writeFileSync(file, tampered);
    expect(await codeOf(s.get(ref('sops://t.enc.yaml#a')))).toBe('integrity');
    expect(await codeOf(s.set(ref('sops://t.enc.yaml#a'), 'x'))).toBe('integrity');
    expect(readFileSync(file, 'utf8')).toBe(tampered);
  });

  it('stores a binary file as one value', async () => {
    const v = fakeSecret('bin');
    const s = store();
    await s.set(ref('sops://blob.enc.bin'), v);
    expect((await s.get(ref('sops://blob.enc.bin'))).value).toBe(v);
    expect(sops(key, ['--decrypt', join(key.dir, 'blob.enc.bin')]).toString()).toBe(v);
  });

  it('refuses to write into the sops metadata block', async () => {
    expect(await codeOf(store().set(ref('sops://m2.enc.yaml#sops.mac'), 'x'))).toBe('invalid');
  });
});
