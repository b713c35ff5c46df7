/** `stanch audit verify|query` end to end on a log written by real store commands. */
import { readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CliSandbox } from '../inject/cli-helpers.js';
import { fake } from '../inject/helpers.js';

let box: CliSandbox;
let log: string;

beforeAll(() => {
  box = new CliSandbox();
  log = join(box.dir, 'logs', 'audit.jsonl');
  box.env = { STANCH_AUDIT_LOG: log, A_TOKEN: fake('a'), B_TOKEN: fake('b') };
  box.write('m.yaml', 'A: env://A_TOKEN\nB: env://B_TOKEN\n');
  expect(box.run(['inject', '--map', 'm.yaml', '-o', 'x.env'], { env: { STANCH_ACTOR: 'alice' } }).code).toBe(0);
  expect(box.run(['secrets', 'get', 'env://A_TOKEN'], { env: { GITHUB_ACTOR: 'octocat' } }).code).toBe(0);
  expect(box.run(['secrets', 'get', 'env://MISSING_ONE'], { env: { STANCH_ACTOR: 'alice' } }).code).toBe(3);
  expect(box.run(['secrets', 'get', 'env://A_TOKEN', '--no-audit-log'], { env: { STANCH_ACTOR: 'nobody' } }).code).toBe(0);
}, 600_000);
afterAll(() => box?.cleanup());

const records = (out: string) => out.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));

describe('stanch audit', () => {
  it('query filters by action, actor, path, outcome and time', () => {
    const all = records(box.run(['audit', 'query', log, '--json']).stdout);
    expect(all.map((r) => [r.actor, r.action, r.uri, r.outcome])).toEqual([
      ['alice', 'read', 'env://A_TOKEN', 'ok'],
      ['alice', 'read', 'env://B_TOKEN', 'ok'],
      ['alice', 'inject', 'env://A_TOKEN', 'ok'],
      ['alice', 'inject', 'env://B_TOKEN', 'ok'],
      ['github:octocat', 'read', 'env://A_TOKEN', 'ok'],
      ['alice', 'read', 'env://MISSING_ONE', 'not-found'],
    ]);
    expect(records(box.run(['audit', 'query', '--action', 'inject', '--actor', 'alice', '--json']).stdout)).toHaveLength(2);
    expect(records(box.run(['audit', 'query', '--path', 'env://A_', '--json']).stdout)).toHaveLength(3);
    expect(records(box.run(['audit', 'query', '--outcome', 'not-found', '--json']).stdout)).toHaveLength(1);
    expect(box.run(['audit', 'query', '--since', '1h']).stdout.trim().split('\n')).toHaveLength(6);
    expect(box.run(['audit', 'query', '--until', '2000-01-01']).stdout).toBe('');
    const text = box.run(['audit', 'query', '--action', 'read', '--limit', '1']).stdout;
    expect(text).toMatch(/#6 {2}alice {2}read {2}not-found {2}env:\/\/MISSING_ONE/);
    const bad = box.run(['audit', 'query', '--since', 'yesterday-ish']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^stanch: --since: expected a date/);
  });

  it('never holds a value', () => {
    const text = readFileSync(log, 'utf8');
    expect(text).not.toContain(box.env.A_TOKEN);
    expect(text).not.toContain(box.env.B_TOKEN);
  });

  it('verify passes on the intact log and fails (exit 1, with the line) on an edited one', () => {
    const ok = box.run(['audit', 'verify']);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/OK, 6 records, chain intact/);
    const original = readFileSync(log, 'utf8');
    writeFileSync(log, original.replace('"actor":"github:octocat"', '"actor":"github:someone"'));
    const edited = box.run(['audit', 'verify', log]);
    expect(edited.code).toBe(1);
    expect(edited.stdout).toMatch(/line 5: hash does not match the contents: the record was edited/);
    writeFileSync(log, original);
  });

  it('verify detects a truncated log', () => {
    const original = readFileSync(log, 'utf8');
    const lines = original.split('\n');
    writeFileSync(log, `${lines.slice(0, 4).join('\n')}\n`);
    const r = box.run(['audit', 'verify']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/truncated: the head anchor says 6 records, the log ends at 4/);
    truncateSync(log, 0);
    writeFileSync(log, original);
    expect(box.run(['audit', 'verify']).code).toBe(0);
  });
});
