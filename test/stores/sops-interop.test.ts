/**
 * Interoperability with the real sops binary, both ways, for YAML, JSON, dotenv and binary files.
 * Requires ~/go/bin/sops and age-keygen; fails (does not skip) when they are missing.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { SopsStore } from '../../src/stores/sops/store.js';
import { sopsDecryptBytes, sopsEncryptBytes } from '../../src/stores/sops/file.js';
import { parseStoreUri } from '../../src/stores/uri.js';
import { StoreError } from '../../src/stores/errors.js';
import {
  binaryFixture,
  commentsOf,
  dotenvFixture,
  jsonFixture,
  makeAgeKey,
  makeSecrets,
  requireBinaries,
  sops,
  write,
  yamlFixture,
  type AgeKey,
  type Secrets,
} from './sops-helpers.js';

let key: AgeKey;
let s: Secrets;

beforeAll(() => {
  requireBinaries();
  key = makeAgeKey();
  s = makeSecrets();
});
afterAll(() => key?.cleanup());

const ids = () => [readFileSync(key.keyFile, 'utf8')];

describe('files sops writes, stanch reads', () => {
  it('decrypts YAML with typed values and comments, keeping key order', async () => {
    const plain = yamlFixture(s);
    const src = write(key.dir, 'in.yaml', plain);
    const enc = sops(key, ['--encrypt', '--age', key.recipient, src]);
    expect(enc.toString()).not.toContain(s.password);
    const out = (await sopsDecryptBytes(enc, { ageIdentities: ids(), file: 'x.yaml' })).toString();
    expect(parseYaml(out)).toEqual(parseYaml(plain));
    expect(Object.keys(parseYaml(out))).toEqual(['db', 'api', 'zeta']);
    expect(commentsOf(out)).toEqual(commentsOf(plain));
    expect(out).toContain('port: 5432');
    expect(out).toContain('tls: true');
  });

  it('decrypts JSON, telling ints from floats like sops', async () => {
    const plain = jsonFixture(s);
    const src = write(key.dir, 'in.json', plain);
    const enc = sops(key, ['--encrypt', '--age', key.recipient, src]);
    const out = (await sopsDecryptBytes(enc, { ageIdentities: ids(), file: 'x.json' })).toString();
    expect(JSON.parse(out)).toEqual(JSON.parse(plain));
    expect(Object.keys(JSON.parse(out))).toEqual(['zeta', 'db', 'list', 'alpha']);
  });

  it('decrypts dotenv byte for byte', async () => {
    const plain = dotenvFixture(s);
    const src = write(key.dir, 'in.env', plain);
    const enc = sops(key, ['--encrypt', '--age', key.recipient, src]);
    const out = (await sopsDecryptBytes(enc, { ageIdentities: ids(), file: 'x.env' })).toString();
    expect(out).toBe(plain);
  });

  it('decrypts a binary file byte for byte (not UTF-8)', async () => {
    const plain = binaryFixture();
    const src = write(key.dir, 'in.bin', plain);
    const enc = sops(key, ['--encrypt', '--age', key.recipient, src]);
    const out = await sopsDecryptBytes(enc, { ageIdentities: ids(), file: 'x.bin' });
    expect(Buffer.compare(out, plain)).toBe(0);
  });

  it('honours encrypted_regex written by sops (other values stay plain and are still MACed)', async () => {
    const src = write(key.dir, 'regex.yaml', yamlFixture(s));
    const enc = sops(key, ['--encrypt', '--age', key.recipient, '--encrypted-regex', '^(password|tokens)$', src]).toString();
    expect(enc).toContain('user: app');
    expect(enc).not.toContain(s.password);
    const out = (await sopsDecryptBytes(Buffer.from(enc), { ageIdentities: ids(), file: 'x.yaml' })).toString();
    expect(parseYaml(out)).toEqual(parseYaml(yamlFixture(s)));
    const tampered = enc.replace('user: app', 'user: root');
    await expect(sopsDecryptBytes(Buffer.from(tampered), { ageIdentities: ids(), file: 'x.yaml' })).rejects.toThrow(/MAC mismatch/);
  });

  it('honours mac_only_encrypted written by sops', async () => {
    const src = write(key.dir, 'maconly.yaml', yamlFixture(s));
    const enc = sops(key, ['--encrypt', '--age', key.recipient, '--mac-only-encrypted', '--encrypted-regex', '^password$', src]).toString();
    expect(enc).toContain('mac_only_encrypted: true');
    const out = (await sopsDecryptBytes(Buffer.from(enc), { ageIdentities: ids(), file: 'x.yaml' })).toString();
    expect(parseYaml(out).db.password).toBe(s.password);
    // With mac_only_encrypted a plain value may change without breaking the MAC (that is sops' contract).
    const edited = enc.replace('user: app', 'user: other');
    const out2 = (await sopsDecryptBytes(Buffer.from(edited), { ageIdentities: ids(), file: 'x.yaml' })).toString();
    expect(parseYaml(out2).db.user).toBe('other');
  });
});

describe('files stanch writes, sops reads', () => {
  it('YAML: sops decrypts to the original data, key order and comments', async () => {
    const plain = yamlFixture(s);
    const enc = await sopsEncryptBytes(Buffer.from(plain), { format: 'yaml', ageRecipients: [key.recipient] });
    const text = enc.toString();
    expect(text).not.toContain(s.password);
    expect(text).toContain('endpoint_unencrypted: https://api.example.test');
    expect(text).toMatch(/port: ENC\[AES256_GCM,data:[^,]+,iv:[^,]{44},tag:[^,]+,type:int\]/);
    expect(text).toMatch(/ratio: ENC\[[^\]]*type:float\]/);
    expect(text).toMatch(/tls: ENC\[[^\]]*type:bool\]/);
    expect(text).toMatch(/#ENC\[[^\]]*type:comment\]/);
    const f = write(key.dir, 'st.yaml', enc);
    const out = sops(key, ['--decrypt', f]).toString();
    expect(parseYaml(out)).toEqual(parseYaml(plain));
    expect(Object.keys(parseYaml(out))).toEqual(['db', 'api', 'zeta']);
    expect(commentsOf(out)).toEqual(commentsOf(plain));
  });

  it('JSON: sops decrypts to the original data and key order', async () => {
    const plain = jsonFixture(s);
    const enc = await sopsEncryptBytes(Buffer.from(plain), { format: 'json', ageRecipients: [key.recipient] });
    const f = write(key.dir, 'st.json', enc);
    const out = sops(key, ['--decrypt', f]).toString();
    expect(JSON.parse(out)).toEqual(JSON.parse(plain));
    expect(Object.keys(JSON.parse(out))).toEqual(['zeta', 'db', 'list', 'alpha']);
  });

  it('dotenv: sops decrypts byte for byte', async () => {
    const plain = dotenvFixture(s);
    const enc = await sopsEncryptBytes(Buffer.from(plain), { format: 'dotenv', ageRecipients: [key.recipient] });
    const f = write(key.dir, 'st.env', enc);
    expect(sops(key, ['--decrypt', f]).toString()).toBe(plain);
  });

  it('binary: sops decrypts byte for byte', async () => {
    const plain = binaryFixture();
    const enc = await sopsEncryptBytes(plain, { format: 'binary', ageRecipients: [key.recipient] });
    const f = write(key.dir, 'st.bin', enc);
    expect(Buffer.compare(sops(key, ['--decrypt', f]), plain)).toBe(0);
  });

  it('encrypted_regex written by stanch is honoured by sops', async () => {
    const plain = yamlFixture(s);
    const enc = await sopsEncryptBytes(Buffer.from(plain), {
      format: 'yaml',
      ageRecipients: [key.recipient],
      rules: { encryptedRegex: '^(password|tokens)$' },
    });
    const text = enc.toString();
    expect(text).toContain('user: app');
    expect(text).toContain('encrypted_regex: ^(password|tokens)$');
    expect(text).not.toContain(s.token1);
    const f = write(key.dir, 'st-regex.yaml', enc);
    expect(parseYaml(sops(key, ['--decrypt', f]).toString())).toEqual(parseYaml(plain));
  });

  it('unencrypted_suffix and mac_only_encrypted written by stanch are honoured by sops', async () => {
    const plain = yamlFixture(s);
    const enc = await sopsEncryptBytes(Buffer.from(plain), {
      format: 'yaml',
      ageRecipients: [key.recipient],
      rules: { unencryptedSuffix: '_unencrypted', macOnlyEncrypted: true },
    });
    const f = write(key.dir, 'st-maconly.yaml', enc);
    expect(parseYaml(sops(key, ['--decrypt', f]).toString())).toEqual(parseYaml(plain));
  });
});

describe('tampering is refused', () => {
  async function sopsYaml(): Promise<string> {
    const src = write(key.dir, 'tamper.yaml', yamlFixture(s));
    return sops(key, ['--encrypt', '--age', key.recipient, src]).toString();
  }
  const decrypt = (text: string) => sopsDecryptBytes(Buffer.from(text), { ageIdentities: ids(), file: 'secrets.enc.yaml' });

  it('refuses a changed ciphertext, naming the key path but not the value', async () => {
    const enc = await sopsYaml();
    const tampered = enc.replace(/(password: ENC\[AES256_GCM,data:)(.)/, (_m, a: string, c: string) => a + (c === 'A' ? 'B' : 'A'));
    const err = await decrypt(tampered).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoreError);
    expect((err as StoreError).code).toBe('integrity');
    expect((err as Error).message).toMatch(/db\.password/);
    expect((err as Error).message).not.toContain(s.password);
  });

  it('refuses a value moved to another key (the key path is authenticated)', async () => {
    const enc = await sopsYaml();
    const pw = /password: (ENC\[[^\]]+\])/.exec(enc)![1];
    const user = /user: (ENC\[[^\]]+\])/.exec(enc)![1];
    const swapped = enc.replace(pw, 'X').replace(user, pw).replace('password: X', `password: ${user}`);
    await expect(decrypt(swapped)).rejects.toThrow(/refusing/);
  });

  it('refuses a changed MAC', async () => {
    const enc = await sopsYaml();
    const tampered = enc.replace(/(mac: ENC\[AES256_GCM,data:)(.)/, (_m, a: string, c: string) => a + (c === 'A' ? 'B' : 'A'));
    await expect(decrypt(tampered)).rejects.toThrow(/MAC cannot be decrypted/);
  });

  it('refuses a changed unencrypted value, a removed key and a changed lastmodified', async () => {
    const enc = await sopsYaml();
    await expect(decrypt(enc.replace('https://api.example.test', 'https://evil.example.test'))).rejects.toThrow(/MAC mismatch/);
    await expect(decrypt(enc.replace(/\n {4}port: [^\n]+/, ''))).rejects.toThrow(/MAC mismatch/);
    await expect(decrypt(enc.replace(/lastmodified: "(\d{4})/, (_m, y: string) => `lastmodified: "${Number(y) + 1}`))).rejects.toThrow(
      /MAC cannot be decrypted/,
    );
  });

  it('sops itself agrees the tampered file is bad (sanity check of the fixture)', async () => {
    const enc = await sopsYaml();
    const f = write(key.dir, 'tampered.yaml', enc.replace('https://api.example.test', 'https://evil.example.test'));
    expect(() => sops(key, ['--decrypt', f])).toThrow(/MAC mismatch/);
  });
});

describe('stanch edits a sops file and sops still reads it', () => {
  it('sets one value in a sops-written YAML file; unchanged ciphertexts stay byte-identical', async () => {
    const file = write(key.dir, 'edit.enc.yaml', '');
    writeFileSync(file, sops(key, ['--encrypt', '--age', key.recipient, write(key.dir, 'edit-src.yaml', yamlFixture(s))]));
    const before = readFileSync(file, 'utf8');
    const store = new SopsStore({ ageIdentities: ids(), baseDir: key.dir });
    const fresh = `${s.password}-rotated`;
    await store.set(parseStoreUri('sops://edit.enc.yaml#db.password'), fresh);
    const after = readFileSync(file, 'utf8');
    const userLine = (t: string) => /user: ENC\[[^\]]+\]/.exec(t)![0];
    expect(userLine(after)).toBe(userLine(before));
    expect(after).not.toContain(fresh);
    const out = parseYaml(sops(key, ['--decrypt', file]).toString());
    expect(out.db.password).toBe(fresh);
    expect(out.api.tokens).toEqual([s.token1, s.token2]);
    expect((await store.get(parseStoreUri('sops://edit.enc.yaml#db.password'))).value).toBe(fresh);
  });

  it('sets, adds and deletes keys in JSON and dotenv files that sops then reads', async () => {
    const store = new SopsStore({ ageIdentities: ids(), baseDir: key.dir });
    const jf = join(key.dir, 'edit.enc.json');
    writeFileSync(jf, sops(key, ['--encrypt', '--age', key.recipient, write(key.dir, 'edit-src.json', jsonFixture(s))]));
    await store.set(parseStoreUri('sops://edit.enc.json#db.extra.token'), s.token2);
    await store.delete(parseStoreUri('sops://edit.enc.json#alpha'));
    const j = JSON.parse(sops(key, ['--decrypt', jf]).toString());
    expect(j.db.extra.token).toBe(s.token2);
    expect(j.alpha).toBeUndefined();
    expect(j.db.password).toBe(s.password);

    const ef = join(key.dir, 'edit.enc.env');
    writeFileSync(ef, sops(key, ['--encrypt', '--age', key.recipient, write(key.dir, 'edit-src.env', dotenvFixture(s))]));
    await store.set(parseStoreUri('sops://edit.enc.env#DB_PASSWORD'), s.token1);
    expect(sops(key, ['--decrypt', ef]).toString()).toContain(`DB_PASSWORD=${s.token1}\n`);
  });
});
