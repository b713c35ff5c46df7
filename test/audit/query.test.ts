import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditLog } from '../../src/audit/log.js';
import { parseTimeFilter, queryAuditLog } from '../../src/audit/query.js';
import { auditQueryCommand } from '../../src/audit/commands.js';

let dir: string;
let file: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'stanch-audit-q-'));
  file = join(dir, 'log.jsonl');
  let t = Date.parse('2026-01-01T00:00:00Z');
  const log = new AuditLog({ file, now: () => new Date((t += 3600_000)) });
  await log.append({ actor: 'alice', action: 'read', uri: 'vault://secret/app/db#password', outcome: 'ok' }); // 01:00
  await log.append({ actor: 'bob', action: 'write', uri: 'vault://secret/app/db#password', outcome: 'ok' }); // 02:00
  await log.append({ actor: 'ci', action: 'inject', uri: 'sops://deploy/s.enc.yaml#api.key', outcome: 'ok', detail: 'GITHUB_ENV' }); // 03:00
  await log.append({ actor: 'alice', action: 'delete', uri: 'vault://secret/other#x', outcome: 'not-found' }); // 04:00
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('audit query', () => {
  it('filters by path prefix with or without scheme, and by glob', async () => {
    expect((await queryAuditLog(file, { path: 'secret/app' })).map((r) => r.seq)).toEqual([1, 2]);
    expect((await queryAuditLog(file, { path: 'vault://secret/' })).map((r) => r.seq)).toEqual([1, 2, 4]);
    expect((await queryAuditLog(file, { path: '*#api.key' })).map((r) => r.seq)).toEqual([3]);
  });
  it('filters by action, actor, outcome and time', async () => {
    expect((await queryAuditLog(file, { action: ['write', 'delete'] })).map((r) => r.seq)).toEqual([2, 4]);
    expect((await queryAuditLog(file, { actor: 'alice' })).map((r) => r.seq)).toEqual([1, 4]);
    expect((await queryAuditLog(file, { outcome: 'not-found' })).map((r) => r.seq)).toEqual([4]);
    const since = new Date('2026-01-01T02:00:00Z');
    const until = new Date('2026-01-01T03:00:00Z');
    expect((await queryAuditLog(file, { since, until })).map((r) => r.seq)).toEqual([2, 3]);
    expect((await queryAuditLog(file, { limit: 1 })).map((r) => r.seq)).toEqual([4]);
  });
  it('parses dates and durations for --since/--until', () => {
    const now = new Date('2026-01-08T00:00:00Z');
    expect(parseTimeFilter('7d', now, 'since').toISOString()).toBe('2026-01-01T00:00:00.000Z');
    expect(parseTimeFilter('2026-01-02', now, 'since').toISOString()).toBe('2026-01-02T00:00:00.000Z');
    expect(() => parseTimeFilter('yesterday', now, 'since')).toThrow(/--since: expected a date/);
  });
  it('the query command prints text or JSONL', async () => {
    const text = await auditQueryCommand({ file, actor: 'ci' });
    expect(text.output).toContain('inject  ok  sops://deploy/s.enc.yaml#api.key  (GITHUB_ENV)');
    const jsonl = await auditQueryCommand({ file, action: ['read'], format: 'jsonl', since: '2026-01-01T00:30:00Z' });
    expect(JSON.parse(jsonl.output.trim())).toMatchObject({ seq: 1, actor: 'alice' });
  });
  it('skips lines that do not parse', async () => {
    const f2 = join(dir, 'broken.jsonl');
    writeFileSync(f2, 'garbage\n{"seq":1}\n');
    expect(await queryAuditLog(f2)).toEqual([]);
  });
});
