import { describe, expect, it } from 'vitest';
import { createScanner, redact, redactValue, scanText, type RedactionEvent } from '../../src/lib/index.js';
import { fakeSecrets } from './fakes.js';

const s = fakeSecrets();

describe('redact', () => {
  it('replaces only the secret and keeps the assignment', async () => {
    const out = await redact(`GITHUB_TOKEN=${s.github}\nother=1\n`);
    expect(out).toBe('GITHUB_TOKEN=[REDACTED:github-pat]\nother=1\n');
  });

  it('finds secrets with scanText', async () => {
    const findings = await scanText(`token: ${s.github}`);
    expect(findings.map((f) => f.ruleId)).toContain('github-pat');
  });

  it('keeps JSON valid, including a PEM key with escaped newlines', async () => {
    const doc = { aws: { id: s.awsId, secret: s.awsSecret }, key: s.pem, note: 'plain' };
    const text = JSON.stringify(doc, null, 2);
    const out = await redact(text);
    const back = JSON.parse(out) as typeof doc;
    expect(back.note).toBe('plain');
    expect(out).not.toContain(s.awsSecret);
    expect(out).not.toContain(s.pem.split('\n')[1]);
    expect(back.aws.secret).toMatch(/^\[REDACTED:/);
  });

  it('uses a custom marker and reports events without values', async () => {
    const events: RedactionEvent[] = [];
    const scanner = await createScanner({ marker: '<<{rule}>>', onFinding: (e) => events.push(e) });
    const out = scanner.redact(`a\nb ${s.github}`);
    expect(out).toBe('a\nb <<github-pat>>');
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ ruleId: 'github-pat', line: 2, column: 3 });
    expect(JSON.stringify(events)).not.toContain(s.github.slice(4));
  });

  it('respects include/exclude rules and min confidence', async () => {
    const text = `t=${s.github}`;
    expect(await redact(text, { excludeRules: ['github-pat'] })).toBe(text);
    expect(await redact(text, { includeRules: ['github-pat'] })).toContain('[REDACTED:github-pat]');
    expect(await redact(text, { minConfidence: 1.01 })).toBe(text);
  });

  it('walks nested objects and arrays; a key gives a value its context', async () => {
    const events: RedactionEvent[] = [];
    const input = { deep: [{ token: s.github }, 'ok'], n: 3, when: new Date(0) };
    const out = await redactValue(input, { onFinding: (e) => events.push(e) });
    expect(out.deep[0]).toEqual({ token: '[REDACTED:github-pat]' });
    expect(out.deep[1]).toBe('ok');
    expect(out.n).toBe(3);
    expect(input.deep[0]).toEqual({ token: s.github }); // input untouched
    expect(events[0].valuePath).toBe('$.deep[0].token');
  });
});
