import { mkdtempSync, readFileSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AuditLog, headPath } from '../../src/audit/log.js';
import { verifyAuditLog } from '../../src/audit/verify.js';
import { auditVerifyCommand } from '../../src/audit/commands.js';
import { GENESIS, hashRecord } from '../../src/audit/record.js';

let dir: string;
let file: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'stanch-audit-'));
  file = join(dir, 'audit', 'log.jsonl');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function fill(n: number, opts: { hmacKey?: string } = {}): Promise<AuditLog> {
  const log = new AuditLog({ file, ...opts });
  for (let i = 0; i < n; i++) {
    await log.append({ actor: i % 2 ? 'alice' : 'ci:deploy', action: i % 3 ? 'read' : 'write', uri: `vault://secret/app${i}#k`, outcome: 'ok' });
  }
  return log;
}
const lines = () => readFileSync(file, 'utf8').trimEnd().split('\n');
const writeLines = (ls: string[]) => writeFileSync(file, `${ls.join('\n')}\n`);

describe('audit log', () => {
  it('appends chained records with seq, ts, actor, action, uri, outcome, prev, hash (mode 0600)', async () => {
    const log = await fill(3);
    const recs = lines().map((l) => JSON.parse(l));
    expect(recs.map((r) => r.seq)).toEqual([1, 2, 3]);
    expect(recs[0].prev).toBe(GENESIS);
    expect(recs[1].prev).toBe(recs[0].hash);
    expect(Object.keys(recs[0])).toEqual(['seq', 'ts', 'actor', 'action', 'uri', 'outcome', 'prev', 'hash']);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(headPath(file), 'utf8'))).toEqual({ seq: 3, hash: recs[2].hash });
    const r = await log.append({ actor: 'a', action: 'inject', uri: 'env://X', outcome: 'ok', detail: 'line1\nline2' });
    expect(r.detail).toBe('line1 line2');
    expect((await verifyAuditLog({ file })).ok).toBe(true);
  });

  it('serialises concurrent writers into one unbroken chain', async () => {
    const logs = [new AuditLog({ file }), new AuditLog({ file }), new AuditLog({ file })];
    await Promise.all(Array.from({ length: 30 }, (_, i) => logs[i % 3].append({ actor: `w${i % 3}`, action: 'read', uri: `env://X${i}`, outcome: 'ok' })));
    const v = await verifyAuditLog({ file });
    expect(v.problems).toEqual([]);
    expect(v.records).toBe(30);
  });

  it('detects an edited record', async () => {
    await fill(5);
    const ls = lines();
    ls[2] = ls[2].replace('"outcome":"ok"', '"outcome":"denied"');
    writeLines(ls);
    const v = await verifyAuditLog({ file });
    expect(v.ok).toBe(false);
    expect(v.problems[0]).toEqual({ line: 3, reason: expect.stringMatching(/edited/) });
  });

  it('detects an edited record whose hash was recomputed (the next link breaks)', async () => {
    await fill(5);
    const ls = lines();
    const r = JSON.parse(ls[1]);
    r.actor = 'mallory';
    const { hash: _old, ...rest } = r;
    r.hash = hashRecord(rest);
    ls[1] = JSON.stringify(r);
    writeLines(ls);
    const v = await verifyAuditLog({ file });
    expect(v.problems.map((p) => p.line)).toContain(3);
  });

  it('detects a deleted record', async () => {
    await fill(5);
    const ls = lines();
    ls.splice(2, 1);
    writeLines(ls);
    const v = await verifyAuditLog({ file });
    expect(v.problems[0].line).toBe(3);
    expect(v.problems[0].reason).toMatch(/deleted|removed/);
  });

  it('detects reordered records', async () => {
    await fill(5);
    const ls = lines();
    [ls[1], ls[2]] = [ls[2], ls[1]];
    writeLines(ls);
    expect((await verifyAuditLog({ file })).problems.some((p) => /reordered|skips/.test(p.reason))).toBe(true);
  });

  it('detects a truncated tail through the head anchor, and refuses to append after it', async () => {
    const log = await fill(5);
    writeLines(lines().slice(0, 3));
    const v = await verifyAuditLog({ file });
    expect(v.problems).toContainEqual({ line: 0, reason: 'truncated: the head anchor says 5 records, the log ends at 3' });
    await expect(log.append({ actor: 'a', action: 'read', uri: 'env://X', outcome: 'ok' })).rejects.toThrow(/head anchor/);
  });

  it('detects a removed head anchor and a partial last line', async () => {
    await fill(2);
    unlinkSync(headPath(file));
    expect((await verifyAuditLog({ file })).problems[0].reason).toMatch(/head anchor file is missing/);
    await fill(0);
    writeFileSync(file, readFileSync(file, 'utf8') + '{"seq":3');
    const v = await verifyAuditLog({ file });
    expect(v.problems.some((p) => /incomplete/.test(p.reason))).toBe(true);
  });

  it('checks an external anchor (count and last hash), which catches a rewritten log and head', async () => {
    await fill(4);
    const last = JSON.parse(lines()[3]).hash;
    expect((await verifyAuditLog({ file, expectCount: 4, expectLastHash: last })).ok).toBe(true);
    const v = await verifyAuditLog({ file, expectCount: 5 });
    expect(v.problems[0].reason).toMatch(/expected 5 records/);
  });

  it('with an HMAC key, a chain recomputed without the key fails', async () => {
    await fill(3, { hmacKey: 'k1' });
    expect((await verifyAuditLog({ file, hmacKey: 'k1' })).ok).toBe(true);
    expect((await verifyAuditLog({ file, hmacKey: 'other' })).ok).toBe(false);
    expect((await verifyAuditLog({ file })).ok).toBe(false);
  });

  it('verify command prints one line per problem and exits 1 on tampering, 0 when intact', async () => {
    await fill(3);
    expect((await auditVerifyCommand({ file })).exitCode).toBe(0);
    const ls = lines();
    ls[0] = ls[0].replace('ci:deploy', 'someone');
    writeLines(ls);
    const res = await auditVerifyCommand({ file });
    expect(res.exitCode).toBe(1);
    expect(res.output).toMatch(/FAILED[\s\S]*line 1:/);
  });

  it('an empty or missing log verifies as empty', async () => {
    expect(await verifyAuditLog({ file })).toMatchObject({ ok: true, records: 0 });
  });
});

describe('audit log across processes', () => {
  it('two processes appending at once still make one unbroken chain', async () => {
    const { spawn } = await import('node:child_process');
    const child = join(__dirname, 'append-child.ts');
    const run = (who: string) =>
      new Promise<number>((res) => {
        const p = spawn(process.execPath, ['--import', 'tsx', child, file, who, '25'], { stdio: 'ignore' });
        p.on('exit', (code) => res(code ?? 1));
      });
    const codes = await Promise.all([run('p1'), run('p2')]);
    expect(codes).toEqual([0, 0]);
    const v = await verifyAuditLog({ file });
    expect(v.problems).toEqual([]);
    expect(v.records).toBe(50);
  });
});
