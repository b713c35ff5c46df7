import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditedStore } from '../../src/audit/audited-store.js';
import { AuditLog } from '../../src/audit/log.js';
import { verifyAuditLog } from '../../src/audit/verify.js';
import { SopsStore } from '../../src/stores/sops/store.js';
import { EnvStore } from '../../src/stores/env.js';
import { parseStoreUri } from '../../src/stores/uri.js';
import { fakeSecret, makeAgeKey, requireBinaries, type AgeKey } from '../stores/sops-helpers.js';

let dir: string;
let key: AgeKey;
beforeAll(() => {
  requireBinaries();
  dir = mkdtempSync(join(tmpdir(), 'stanch-audited-'));
  key = makeAgeKey();
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  key?.cleanup();
});

describe('audited store', () => {
  it('records read, write, delete and list with outcomes, never the value', async () => {
    const file = join(dir, 'a.jsonl');
    const log = new AuditLog({ file });
    const sops = new AuditedStore(new SopsStore({ ageIdentities: [key.identity], ageRecipients: [key.recipient], baseDir: key.dir }), { log, actor: 'tester' });
    const value = fakeSecret('pw');
    const ref = parseStoreUri('sops://app.enc.yaml#db.password');
    await sops.set(ref, value);
    expect((await sops.get(ref)).value).toBe(value);
    await sops.list(parseStoreUri('sops://app.enc.yaml'));
    await sops.delete(ref);
    await expect(sops.get(ref)).rejects.toThrow(/not found/);
    const env = new AuditedStore(new EnvStore({ env: {} }), { log, actor: 'tester' });
    await expect(env.get(parseStoreUri('env://NOPE'))).rejects.toThrow();

    const text = readFileSync(file, 'utf8');
    expect(text).not.toContain(value);
    const recs = text.trim().split('\n').map((l) => JSON.parse(l));
    expect(recs.map((r) => [r.action, r.outcome])).toEqual([
      ['write', 'ok'],
      ['read', 'ok'],
      ['list', 'ok'],
      ['delete', 'ok'],
      ['read', 'not-found'],
      ['read', 'not-found'],
    ]);
    expect(recs[0]).toMatchObject({ actor: 'tester', uri: 'sops://app.enc.yaml#db.password' });
    expect(recs[4].detail).toBe('StoreError:not-found');
    expect((await verifyAuditLog({ file })).ok).toBe(true);
  });
});
