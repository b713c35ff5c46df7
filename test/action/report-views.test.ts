import { describe, it, expect } from 'vitest';
import type { Finding } from '../../src/model/finding.js';
import type { Severity } from '../../src/model/severity.js';
import { planAnnotations } from '../../src/entry/action/annotations.js';
import { renderSummary, SUMMARY_LIMIT_BYTES } from '../../src/entry/action/summary.js';
import { renderPrComment, renderResolvedComment, COMMENT_MARKER, COMMENT_LIMIT_CHARS } from '../../src/entry/action/pr-comment.js';
import { buildOutputs, shouldFail } from '../../src/entry/action/outputs.js';
import { fitSarif, SARIF_LIMITS } from '../../src/entry/action/sarif-limits.js';
import { parseBaselineInput } from '../../src/entry/action/baseline.js';
import { repoFromRemoteUrl } from '../../src/entry/action/context.js';
import { valuesToMask } from '../../src/entry/action/present.js';

/** A fake value built at run time; never a literal token in the source. */
const fakeValue = (i: number) => ['sk', 'live', String(i).padStart(4, '0'), 'Q'.repeat(20)].join('_');

function finding(i: number, severity: Severity, extra: Partial<Finding> = {}): Finding {
  const secret = fakeValue(i);
  return {
    ruleId: `rule-${severity}`,
    description: `A ${severity} thing`,
    severity,
    confidence: 0.9,
    path: `src/f${i}.ts`,
    startLine: i + 1,
    endLine: i + 1,
    startColumn: 1,
    endColumn: secret.length,
    match: `key = ${secret}`,
    secret,
    line: `const key = "${secret}";`,
    fingerprint: `fp${i.toString(16).padStart(12, '0')}`,
    tags: [],
    entropy: 4,
    commit: { sha: (i % 16).toString(16).repeat(40) },
    ...extra,
  };
}

const ctx = { scanned: 'push to main', commitsScanned: 3, notes: [], failed: true, failOn: 'high', repoUrl: 'https://github.com/acme/app' };

describe('annotations', () => {
  it('shows the most severe first, 10 per level, and says how many more exist', () => {
    const findings = [
      ...Array.from({ length: 14 }, (_, i) => finding(i, i < 3 ? 'critical' : 'high')),
      ...Array.from({ length: 4 }, (_, i) => finding(100 + i, 'low')),
    ];
    const { annotations, notShown } = planAnnotations(findings);
    const errors = annotations.filter((a) => a.level === 'error');
    const warnings = annotations.filter((a) => a.level === 'warning');
    expect(errors).toHaveLength(10);
    expect(errors.slice(0, 3).every((a) => a.title.includes('critical'))).toBe(true);
    expect(errors[9].message).toMatch(/5 more critical\/high findings not annotated/);
    expect(warnings).toHaveLength(4);
    expect(notShown).toBe(5);
    // failing: one error slot stays free for the step's failure message
    const failing = planAnnotations(findings, { reserveError: true }).annotations.filter((a) => a.level === 'error');
    expect(failing).toHaveLength(9);
    expect(failing[8].message).toMatch(/6 more critical\/high findings/);
  });

  it('never carries a value: only the redacted form and the fingerprint', () => {
    const f = finding(1, 'critical');
    const [a] = planAnnotations([f]).annotations;
    expect(a).toMatchObject({ file: 'src/f1.ts', startLine: 2 });
    expect(a.message).not.toContain(f.secret);
    expect(a.message).toContain(f.fingerprint);
  });
});

describe('job summary', () => {
  it('lists findings as a redacted table with how to allow a false positive', () => {
    const f = finding(2, 'high');
    const md = renderSummary([f], ctx);
    expect(md).toContain('| Severity | Rule | File:line | Commit | Value (redacted) | Fingerprint |');
    expect(md).toContain(`[src/f2.ts:3](https://github.com/acme/app/blob/${f.commit!.sha}/src/f2.ts#L3)`);
    expect(md).toContain(f.fingerprint);
    expect(md).toContain('How to allow a false positive');
    expect(md).not.toContain(f.secret);
  });

  it('stays under 1 MiB and counts the rows left out', () => {
    const many = Array.from({ length: 20000 }, (_, i) => finding(i, 'medium'));
    const md = renderSummary(many, ctx);
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(SUMMARY_LIMIT_BYTES);
    expect(md).toMatch(/\d+ more findings left out of this table/);
  });

  it('says so when clean', () => {
    expect(renderSummary([], { ...ctx, failed: false })).toMatch(/no leaks found/);
  });
});

describe('PR comment', () => {
  it('carries the hidden marker, stays within 65,536 characters, and resolves', () => {
    const many = Array.from({ length: 500 }, (_, i) => finding(i, 'high'));
    const body = renderPrComment(many, ctx);
    expect(body.startsWith(COMMENT_MARKER)).toBe(true);
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT_CHARS);
    expect(body).toMatch(/450 more not listed here/);
    for (const f of many) expect(body).not.toContain(f.secret);
    expect(renderResolvedComment('a'.repeat(40))).toMatch(/resolved/);
  });
});

describe('outputs and fail policy', () => {
  it('counts per severity and fails at or above the threshold', () => {
    const fs = [finding(1, 'critical'), finding(2, 'medium'), finding(3, 'medium')];
    expect(buildOutputs(fs, { failed: true, reportPath: '/r.json' })).toMatchObject({
      findings: '3',
      'findings-critical': '1',
      'findings-high': '0',
      'findings-medium': '2',
      'findings-low': '0',
      report: '/r.json',
      sarif: '',
      failed: 'true',
    });
    expect(shouldFail([finding(1, 'medium')], 'high')).toBe(false);
    expect(shouldFail([finding(1, 'medium')], 'medium')).toBe(true);
    expect(shouldFail([finding(1, 'critical')], 'never')).toBe(false);
  });

  it('masks every line of multi-line values', () => {
    const pem = ['-----BEGIN X-----', 'QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo=', '-----END X-----'].join('\n');
    expect(valuesToMask([finding(1, 'high', { secret: pem, match: pem })])).toEqual(pem.split('\n'));
  });

  it("masks a composite finding's required values too", () => {
    const aux = fakeValue(7);
    const required = [{ ruleId: 'acme-client-id', startLine: 3, endLine: 3, startColumn: 1, endColumn: aux.length, secret: aux }];
    expect(valuesToMask([finding(1, 'high', { required })])).toContain(aux);
  });
});

describe('SARIF limits', () => {
  it('keeps at most 25,000 results, the first (most severe) ones', () => {
    const render = (n: number) => JSON.stringify({ version: '2.1.0', runs: [{ tool: { driver: { name: 'stanch', rules: [] } }, results: Array.from({ length: n }, (_, i) => ({ ruleId: 'r', message: { text: String(i) } })) }] });
    const fit = fitSarif(30_000, render);
    expect(JSON.parse(fit.text).runs[0].results).toHaveLength(SARIF_LIMITS.resultsPerRun);
    expect(fit.dropped).toBe(5_000);
  });

  it('trims rule tags to 20', () => {
    const render = () => JSON.stringify({ runs: [{ tool: { driver: { rules: [{ id: 'r', properties: { tags: Array.from({ length: 30 }, (_, i) => `t${i}`) } }] } }, results: [] }] });
    expect(JSON.parse(fitSarif(0, render).text).runs[0].tool.driver.rules[0].properties.tags).toHaveLength(20);
  });
});

describe('baseline input and remote URLs', () => {
  it('reads a stanch baseline or an ignore-format list', () => {
    const b = parseBaselineInput(JSON.stringify({ version: 1, entries: [{ fingerprint: 'abc', ruleId: 'r', path: 'p', hint: '' }] }), 'b.json');
    expect(b.baseline?.entries[0].fingerprint).toBe('abc');
    expect(parseBaselineInput('# accepted\nabc123\n\nsrc/x:rule:4\n', 'ignore').fingerprints).toEqual(['abc123', 'src/x:rule:4']);
    expect(() => parseBaselineInput('{"version": 9}', 'b.json')).toThrow(/b.json: field "version"/);
  });

  it('recognises owner/repo in https and ssh remotes of this server only', () => {
    expect(repoFromRemoteUrl('https://github.com/acme/app.git', 'https://github.com')).toBe('acme/app');
    expect(repoFromRemoteUrl('https://x-access-token:abc@github.com/acme/app', 'https://github.com')).toBe('acme/app');
    expect(repoFromRemoteUrl('git@github.com:acme/app.git', 'https://github.com')).toBe('acme/app');
    expect(repoFromRemoteUrl('https://gitlab.com/acme/app.git', 'https://github.com')).toBeUndefined();
    expect(repoFromRemoteUrl('file:///tmp/origin.git', 'https://github.com')).toBeUndefined();
  });
});

describe('managed secrets in the report views', () => {
  const rotated = finding(1, 'critical', { managed: { uri: 'vault://secret/app/stripe#api_key', rotated: true, newVersion: 'v4' } });
  const planned = finding(2, 'medium', { managed: { uri: 'sops://deploy/s.enc.yaml#k', rotated: false } });
  const section = '### Secret rotation\n\n| Managed secret | Outcome | Versions | Note |\n';

  it('annotations say the managed secret leaked and whether it was rotated', () => {
    const { annotations } = planAnnotations([rotated, planned]);
    expect(annotations[0].title).toBe('stanch: rule-critical (critical): managed secret leaked');
    expect(annotations[0].message).toMatch(/Managed secret leaked \(vault:\/\/secret\/app\/stripe#api_key\): rotated to version v4\.$/);
    expect(annotations[1].message).toMatch(/Managed secret leaked \(sops:\/\/deploy\/s\.enc\.yaml#k\): not rotated, plan only \(see the job summary\)\.$/);
  });

  it('the summary and the PR comment mark the rows and carry the rotation section, without values', () => {
    const summary = renderSummary([rotated, planned], { ...ctx, rotationMarkdown: section });
    expect(summary).toContain('`rule-critical`<br>managed secret leaked (vault://secret/app/stripe#api_key): rotated to version v4 |');
    expect(summary).toContain(section.trimEnd());
    const comment = renderPrComment([rotated, planned], { ...ctx, rotationMarkdown: section });
    expect(comment).toContain(section.trimEnd());
    expect(comment).toContain('not rotated, plan only');
    for (const text of [summary, comment]) {
      expect(text).not.toContain(rotated.secret);
      expect(text).not.toContain(planned.secret);
    }
  });

  it('counts rotated secrets in the outputs', () => {
    expect(buildOutputs([rotated], { failed: true, rotated: 1 }).rotated).toBe('1');
    expect(buildOutputs([], { failed: false }).rotated).toBe('0');
  });
});
