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

describe('YAML typing and comments exactly as sops', () => {
  const tricky = () =>
    [
      'octal_v11: 0777',
      'underscored: 1_000',
      'binary: 0b101',
      'hex: 0x1F',
      'signed: +12',
      'octal_v12: 0o17',
      'exp: 1e3',
      'leading_zero_float: 08',
      'huge: 99999999999999999999',
      'minus_zero: -0',
      'half: .5',
      'trailing_dot: 1.',
      'inf: .inf',
      'date: 2001-12-14',
      'stamp: 2001-12-14t21:59:43.10-05:00',
      'spaced: 2001-12-14 21:59:43.10',
      'nothing: ~',
      'yes_word: yes',
      'shout: TRUE',
      `quoted: "0777"`,
      `secret: ${fakeTricky()}`,
      '',
    ].join('\n');
  const fakeTricky = () => `s-${Math.random().toString(36).slice(2)}`;
  const typesOf = (text: string) =>
    Object.fromEntries([...text.matchAll(/^ *"?([a-z_0-9]+)"?: ENC\[[^\]]*type:([a-z0-9]+)\]/gm)].filter((m) => m[1] !== 'mac').map((m) => [m[1], m[2]]));

  it('types unquoted scalars the way yaml.v3 does (same ENC type tags as sops, MAC agrees both ways)', async () => {
    const plain = tricky();
    const src = write(key.dir, 'tricky.yaml', plain);
    const bySops = sops(key, ['--encrypt', '--age', key.recipient, src]).toString();
    const byStanch = (await sopsEncryptBytes(Buffer.from(plain), { format: 'yaml', ageRecipients: [key.recipient] })).toString();
    expect(typesOf(byStanch)).toEqual(typesOf(bySops));
    expect(typesOf(bySops).stamp).toBe('time');
    const f = write(key.dir, 'tricky.enc.yaml', byStanch);
    expect(sops(key, ['--decrypt', f]).toString()).toBe(sops(key, ['--decrypt', write(key.dir, 'tricky-sops.enc.yaml', bySops)]).toString());
    const back = (await sopsDecryptBytes(Buffer.from(bySops), { ageIdentities: ids(), file: 'x.yaml' })).toString();
    expect(back).toContain('octal_v11: 511');
    expect(back).toContain('stamp: 2001-12-14T21:59:43.1-05:00');
    expect(back).toContain('quoted: "0777"');
    const store = new SopsStore({ ageIdentities: ids(), baseDir: key.dir });
    expect((await store.get(parseStoreUri('sops://tricky-sops.enc.yaml#spaced'))).value).toBe('2001-12-14T21:59:43.1Z');
    expect((await store.get(parseStoreUri('sops://tricky-sops.enc.yaml#underscored'))).value).toBe('1000');
  });

  it('comments in awkward places come back intact through sops', async () => {
    const plain = [
      '# head 1',
      '',
      '# head 2',
      'a: 1 # line a',
      '# before b',
      'b:',
      '  # inside b first',
      '  c: x',
      '  # inside b end',
      '# before d',
      'd: # line on d key',
      '  - x # line x',
      '  # before y',
      '  - y',
      '  - k: v',
      '    # in-map end',
      '# doc end',
      '',
    ].join('\n');
    const enc = await sopsEncryptBytes(Buffer.from(plain), { format: 'yaml', ageRecipients: [key.recipient] });
    const out = sops(key, ['--decrypt', write(key.dir, 'comments.enc.yaml', enc)]).toString();
    expect(out).not.toContain('ENC[');
    expect(commentsOf(out).sort()).toEqual(commentsOf(plain).sort());
    expect(parseYaml(out)).toEqual(parseYaml(plain));
  });

  it('encrypted_comment_regex selects the same values as sops', async () => {
    const plain = ['a: plain-a', '# sops:enc', 'b: secret-b', 'c: plain-c', 'n:', '  # sops:enc', '  d: secret-d', '  e: plain-e', ''].join('\n');
    const src = write(key.dir, 'cre.yaml', plain);
    const bySops = sops(key, ['--encrypt', '--age', key.recipient, '--encrypted-comment-regex', 'sops:enc', src]).toString();
    const byStanch = (
      await sopsEncryptBytes(Buffer.from(plain), { format: 'yaml', ageRecipients: [key.recipient], rules: { encryptedCommentRegex: 'sops:enc' } })
    ).toString();
    expect(Object.keys(typesOf(byStanch)).sort()).toEqual(['b', 'd']);
    expect(typesOf(byStanch)).toEqual(typesOf(bySops));
    expect(parseYaml(sops(key, ['--decrypt', write(key.dir, 'cre.enc.yaml', byStanch)]).toString())).toEqual(parseYaml(plain));
    expect((await sopsDecryptBytes(Buffer.from(bySops), { ageIdentities: ids(), file: 'x.yaml' })).toString()).toContain('b: secret-b');
  });

  it('dotenv values with \\n escapes round-trip both ways', async () => {
    const plain = `CERT=line1\\nline2\nOTHER=x\n`;
    const enc = sops(key, ['--encrypt', '--age', key.recipient, write(key.dir, 'nl.env', plain)]);
    expect((await sopsDecryptBytes(enc, { ageIdentities: ids(), file: 'x.env' })).toString()).toBe(plain);
    const store = new SopsStore({ ageIdentities: ids(), baseDir: key.dir });
    writeFileSync(join(key.dir, 'nl.enc.env'), enc);
    expect((await store.get(parseStoreUri('sops://nl.enc.env#CERT'))).value).toBe('line1\nline2');
    await store.set(parseStoreUri('sops://nl.enc.env#OTHER'), 'a\nb');
    expect(sops(key, ['--decrypt', join(key.dir, 'nl.enc.env')]).toString()).toBe('CERT=line1\\nline2\nOTHER=a\\nb\n');
  });
});

describe('more sops-written layouts', () => {
  it('comments in awkward places written by sops decrypt fully in stanch', async () => {
    const plain = ['# head', 'a: 1 # line a', 'b:', '  # inside b', '  c: x', '  # end of b', '# before d', 'd:', '  - x # line x', '  # before y', '  - y', '# doc end', ''].join('\n');
    const enc = sops(key, ['--encrypt', '--age', key.recipient, write(key.dir, 'awk.yaml', plain)]);
    const out = (await sopsDecryptBytes(enc, { ageIdentities: ids(), file: 'x.yaml' })).toString();
    expect(out).not.toContain('ENC[');
    expect(commentsOf(out).sort()).toEqual(commentsOf(plain).sort());
    // and after stanch edits that file, sops still sees every comment
    writeFileSync(join(key.dir, 'awk.enc.yaml'), enc);
    await new SopsStore({ ageIdentities: ids(), baseDir: key.dir }).set(parseStoreUri('sops://awk.enc.yaml#b.c'), 'changed');
    const viaSops = sops(key, ['--decrypt', join(key.dir, 'awk.enc.yaml')]).toString();
    expect(viaSops).not.toContain('ENC[');
    expect(commentsOf(viaSops).sort()).toEqual(commentsOf(plain).sort());
    expect(parseYaml(viaSops).b.c).toBe('changed');
  });

  it('multi-document YAML: one MAC over all documents, both ways', async () => {
    const plain = `a: ${s.password}\n---\nb: ${s.token1}\n`;
    const enc = sops(key, ['--encrypt', '--age', key.recipient, write(key.dir, 'multi.yaml', plain)]);
    const out = (await sopsDecryptBytes(enc, { ageIdentities: ids(), file: 'x.yaml' })).toString();
    expect(out).toContain(`a: ${s.password}`);
    expect(out).toContain(`b: ${s.token1}`);
    const mine = await sopsEncryptBytes(Buffer.from(plain), { format: 'yaml', ageRecipients: [key.recipient] });
    const back = sops(key, ['--decrypt', write(key.dir, 'multi.enc.yaml', mine)]).toString();
    expect(back).toContain(`a: ${s.password}`);
    expect(back).toContain(`b: ${s.token1}`);
    const tampered = enc.toString().replace(/b: ENC\[[^\]]+\]/, 'b: ""');
    await expect(sopsDecryptBytes(Buffer.from(tampered), { ageIdentities: ids(), file: 'x.yaml' })).rejects.toThrow(/MAC mismatch/);
  });
});
