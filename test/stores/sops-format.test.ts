import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decryptValue, encryptValue, formatGoFloat, SopsComment, IvStash } from '../../src/stores/sops/cipher.js';
import { encryptionPredicate, encryptTree, decryptTree, aadFor } from '../../src/stores/sops/tree.js';
import { parseKeyPath, formatKeyPath } from '../../src/stores/sops/keypath.js';
import { flattenMetadata, unflattenMetadata, parseMetadata, effectiveRules } from '../../src/stores/sops/metadata.js';
import { parseOrderedJson, stringifyOrderedJson, JsonObject, JsonSopsDocument } from '../../src/stores/sops/formats/json.js';
import { YamlSopsDocument } from '../../src/stores/sops/formats/yaml.js';
import { DotenvSopsDocument } from '../../src/stores/sops/formats/dotenv.js';
import { StoreError } from '../../src/stores/errors.js';

const key = () => randomBytes(32);

describe('value cipher', () => {
  it('writes sops ENC[...] with a 32-byte IV and a 16-byte tag, and reads it back typed', () => {
    const k = key();
    const enc = encryptValue('hello', k, 'a:b:');
    const m = /^ENC\[AES256_GCM,data:(.+),iv:(.+),tag:(.+),type:str\]$/.exec(enc)!;
    expect(Buffer.from(m[2], 'base64')).toHaveLength(32);
    expect(Buffer.from(m[3], 'base64')).toHaveLength(16);
    expect(decryptValue(enc, k, 'a:b:')).toBe('hello');
    expect(decryptValue(encryptValue(42n, k, 'x:'), k, 'x:')).toBe(42n);
    expect(decryptValue(encryptValue(0.5, k, 'x:'), k, 'x:')).toBe(0.5);
    expect(decryptValue(encryptValue(false, k, 'x:'), k, 'x:')).toBe(false);
    expect(decryptValue(encryptValue(new SopsComment(' note'), k, ':'), k, ':')).toEqual(new SopsComment(' note'));
  });

  it('uses the key path as additional data: a value moved to another key does not decrypt', () => {
    const k = key();
    const enc = encryptValue('v', k, 'db:password:');
    expect(() => decryptValue(enc, k, 'db:user:')).toThrow(/authentication failed/);
  });

  it('does not encrypt empty strings (sops writes "")', () => {
    expect(encryptValue('', key(), 'a:')).toBe('');
    expect(decryptValue('', key(), 'a:')).toBe('');
  });

  it('encodes bools as True/False inside the ciphertext, like sops', () => {
    const k = key();
    const enc = encryptValue(true, k, 'a:');
    expect(enc).toContain('type:bool');
    expect(Buffer.from(/data:([^,]+)/.exec(enc)![1], 'base64')).toHaveLength(4);
  });

  it('re-uses the IV of an unchanged value through the stash', () => {
    const k = key();
    const stash = new IvStash();
    const enc = encryptValue('same', k, 'a:');
    decryptValue(enc, k, 'a:', { stash });
    expect(encryptValue('same', k, 'a:', stash)).toBe(enc);
    expect(encryptValue('different', k, 'a:', stash)).not.toContain(/iv:([^,]+)/.exec(enc)![1]);
  });

  it('formats floats like Go strconv.FormatFloat(f, -1)', () => {
    expect(formatGoFloat(0.25)).toBe('0.25');
    expect(formatGoFloat(5)).toBe('5');
    expect(formatGoFloat(1e21)).toBe('1000000000000000000000');
    expect(formatGoFloat(1.5e-7)).toBe('0.00000015');
    expect(formatGoFloat(-2.5e22)).toBe('-25000000000000000000000');
    expect(formatGoFloat(Infinity)).toBe('+Inf');
    expect(formatGoFloat(NaN)).toBe('NaN');
  });
});

describe('which values are encrypted (sops shouldBeEncrypted)', () => {
  it('unencrypted_suffix applies to any key on the path', () => {
    const p = encryptionPredicate({ unencryptedSuffix: '_unencrypted' });
    expect(p(['db', 'password'], [[]], false)).toBe(true);
    expect(p(['db_unencrypted', 'password'], [[]], false)).toBe(false);
  });
  it('encrypted_suffix encrypts only matching paths', () => {
    const p = encryptionPredicate({ encryptedSuffix: '_secret' });
    expect(p(['a_secret', 'x'], [[]], false)).toBe(true);
    expect(p(['a', 'x'], [[]], false)).toBe(false);
  });
  it('encrypted_regex and unencrypted_regex use Go regexp semantics, unanchored', () => {
    expect(encryptionPredicate({ encryptedRegex: 'pass' })(['db', 'password'], [[]], false)).toBe(true);
    expect(encryptionPredicate({ encryptedRegex: '^pass$' })(['db', 'password'], [[]], false)).toBe(false);
    expect(encryptionPredicate({ unencryptedRegex: '^public' })(['public_url'], [[]], false)).toBe(false);
  });
  it('encrypted_comment_regex encrypts what follows the marker comment, not the marker itself', () => {
    const p = encryptionPredicate({ encryptedCommentRegex: 'sops:enc' });
    expect(p(['a'], [[' sops:enc']], false)).toBe(true);
    expect(p([], [[' sops:enc']], true)).toBe(false);
    expect(p(['b'], [[]], false)).toBe(false);
  });
  it('defaults to unencrypted_suffix _unencrypted when no rule is set', () => {
    expect(effectiveRules({})).toEqual({ unencryptedSuffix: '_unencrypted' });
  });
});

describe('MAC', () => {
  it('is the upper-case SHA-512 of the plaintext values in tree order (ints as digits, bools as True/False)', () => {
    const doc = YamlSopsDocument.parse('a: x\n# c\nb: 5\nc: true\nd: [1.5, ""]\ne_unencrypted: plain\n', 't.yaml');
    const mac = encryptTree(doc, key(), effectiveRules({}));
    const expected = createHash('sha512').update('x5True1.5plain').digest('hex').toUpperCase();
    expect(mac).toBe(expected);
  });
  it('decrypting recomputes the same MAC', () => {
    const k = key();
    const doc = JsonSopsDocument.parse('{"a":{"b":[1,2.5,"s",true,null]},"c":"d"}', 't.json');
    const mac = encryptTree(doc, k, effectiveRules({}));
    expect(decryptTree(doc, k, effectiveRules({}))).toBe(mac);
  });
  it('authenticates comments with the path of the collection holding them', () => {
    expect(aadFor([])).toBe(':');
    expect(aadFor(['db', 'password'])).toBe('db:password:');
  });
});

describe('key paths', () => {
  it('parses dotted paths with list indexes', () => {
    expect(parseKeyPath('db.password')).toEqual(['db', 'password']);
    expect(parseKeyPath('servers[0].host')).toEqual(['servers', 0, 'host']);
    expect(parseKeyPath('servers.1')).toEqual(['servers', 1]);
    expect(parseKeyPath('a\\.b.c')).toEqual(['a.b', 'c']);
    expect(formatKeyPath(['servers', 0, 'a.b'])).toBe('servers[0].a\\.b');
  });
  it('rejects empty segments with a clear error', () => {
    expect(() => parseKeyPath('a..b')).toThrow(StoreError);
    expect(() => parseKeyPath('a[x]')).toThrow(/expected \[index\]/);
  });
});

describe('metadata', () => {
  it('flattens for dotenv like sops (age__list_0__map_enc) and back', () => {
    const md = { age: [{ enc: 'E', recipient: 'R' }], lastmodified: 'T', mac: 'M', version: 'V' };
    const flat = flattenMetadata(md);
    expect(flat).toContainEqual(['age__list_0__map_enc', 'E']);
    expect(unflattenMetadata(flat.map(([k, v]) => [k, String(v)]))).toEqual(md);
  });
  it('refuses a file with two encryption rules', () => {
    expect(() => parseMetadata({ lastmodified: 'x', mac: 'y', encrypted_regex: 'a', unencrypted_suffix: 'b' }, 'f.yaml')).toThrow(/more than one/);
  });
  it('refuses a file without a MAC', () => {
    expect(() => parseMetadata({ lastmodified: 'x', age: [] }, 'f.yaml')).toThrow(/no "mac"/);
  });
});

describe('formats', () => {
  it('JSON keeps key order, integer-like keys included, and tells ints from floats', () => {
    const v = parseOrderedJson('{"b":1,"1":2.0,"a":[3,4.5e1]}', 'f.json') as JsonObject;
    expect(v.entries.map(([k]) => k)).toEqual(['b', '1', 'a']);
    expect(v.get('b')).toBe(1n);
    expect(v.get('1')).toBe(2);
    expect(stringifyOrderedJson(v)).toBe('{\n\t"b": 1,\n\t"1": 2,\n\t"a": [\n\t\t3,\n\t\t45\n\t]\n}');
  });
  it('JSON errors name line and column', () => {
    expect(() => parseOrderedJson('{\n  "a": tru\n}', 'f.json')).toThrow(/f\.json:2:8/);
  });
  it('dotenv errors name the line', () => {
    expect(() => DotenvSopsDocument.parse('A=1\nnot a pair\n', 'f.env')).toThrow(/f\.env:2/);
  });
  it('YAML errors name the file and refuse aliases', () => {
    expect(() => YamlSopsDocument.parse('a: [1\n', 'f.yaml')).toThrow(/f\.yaml/);
    const doc = YamlSopsDocument.parse('a: &x 1\nb: *x\n', 'f.yaml');
    expect(() => encryptTree(doc, key(), effectiveRules({}))).toThrow(/aliases/);
  });
});
