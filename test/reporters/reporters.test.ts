import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { createReporter, REPORT_FORMATS } from '../../src/reporters/index.js';
import { csvCell } from '../../src/reporters/csv.js';
import { xml } from '../../src/reporters/junit.js';
import { PARTIAL_FINGERPRINT_KEY } from '../../src/reporters/sarif.js';
import type { ReportContext } from '../../src/model/contracts.js';
import type { Rule } from '../../src/model/rule.js';
import { fakeToken, makeFinding, randomBase62 } from './helpers.js';

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

const rule: Rule = {
  id: 'github-pat',
  description: 'GitHub personal access token',
  regex: 'x',
  keywords: ['ghp_'],
  tags: ['github'],
  allowlists: [],
  severity: 'critical',
  confidence: 0.99,
  revokeUrl: 'https://github.com/settings/tokens',
};
const ctx = (over: Partial<ReportContext> = {}): ReportContext => ({
  toolVersion: '0.1.0',
  showSecrets: false,
  rules: [rule],
  root: '/work/repo',
  ...over,
});

describe('every reporter', () => {
  it.each(REPORT_FORMATS)('%s never prints the raw secret unless showSecrets', (format) => {
    const f = makeFinding();
    const f2 = makeFinding({ path: 'b dir/x.env', severity: 'medium', ruleId: 'generic-api-key', secret: fakeToken() });
    const out = createReporter(format).render([f, f2], ctx());
    expect(out).not.toContain(f.secret);
    expect(out).not.toContain(f2.secret);
    expect(out).not.toContain(f.secret.slice(8));
    const shown = createReporter(format).render([f, f2], ctx({ showSecrets: true }));
    expect(shown).toContain(f.secret);
  });

  it.each(REPORT_FORMATS)('%s hides the encoded form of a decoded secret', (format) => {
    const encoded = Buffer.from(fakeToken()).toString('base64');
    const f = makeFinding({ decodedFrom: ['base64'], line: `blob: ${encoded}`, match: encoded });
    const out = createReporter(format).render([f], ctx());
    expect(out).not.toContain(encoded);
    expect(out).not.toContain(f.secret);
  });

  it.each(REPORT_FORMATS)('%s redacts every secret on a shared line, not only the finding\'s own', (format) => {
    const a = fakeToken();
    const b = fakeToken();
    const line = `A=${a} B=${b}`;
    const fa = makeFinding({ secret: a, match: `A=${a}`, line, startColumn: 1 });
    const fb = makeFinding({ secret: b, match: `B=${b}`, line, startColumn: 30, ruleId: 'other' });
    const out = createReporter(format).render([fa, fb], ctx());
    expect(out).not.toContain(a);
    expect(out).not.toContain(b);
  });

  it.each(REPORT_FORMATS)("%s hides a composite finding's required values, on its line and on others", (format) => {
    const aux = `acmecid_${randomBase62(16)}`;
    const other = `acmecid_${randomBase62(16)}`;
    const secret = fakeToken();
    const required = [
      { ruleId: 'acme-client-id', startLine: 3, endLine: 3, startColumn: 60, endColumn: 59 + aux.length, secret: aux },
      { ruleId: 'acme-client-id', startLine: 4, endLine: 4, startColumn: 12, endColumn: 11 + other.length, secret: other },
    ];
    const f = makeFinding({ secret, match: `token = "${secret}"`, line: `const token = "${secret}"; const id = "${aux}";`, required });
    // An unrelated finding on the line of the second required value shows that line too.
    const g = makeFinding({ ruleId: 'generic-api-key', secret: fakeToken(), startLine: 4, endLine: 4, startColumn: 40 });
    g.line = `client = "${other}"; key = "${g.secret}"`;
    const out = createReporter(format).render([f, g], ctx());
    for (const value of [secret, aux, other]) expect(out).not.toContain(value);
    // Not vacuous: the formats that show lines or required values do show them when asked.
    if (['json', 'jsonl', 'text'].includes(format)) expect(createReporter(format).render([f, g], ctx({ showSecrets: true }))).toContain(aux);
  });

  it.each(REPORT_FORMATS)('%s renders an empty result', (format) => {
    expect(() => createReporter(format).render([], ctx())).not.toThrow();
  });

  it('rejects an unknown format with a usage error', () => {
    expect(() => createReporter('xml')).toThrow(/unknown report format "xml"/);
  });
});

describe('json and jsonl', () => {
  it('json is an array of redacted findings with stable fields', () => {
    const f = makeFinding({ commit: { sha: 'a'.repeat(40), author: 'A' } });
    const parsed = JSON.parse(createReporter('json').render([f], ctx()));
    expect(parsed).toHaveLength(1);
    expect(parsed[0]).toMatchObject({ ruleId: 'github-pat', path: 'src/config.js', startLine: 3, fingerprint: f.fingerprint });
    expect(parsed[0].secret).toMatch(/^ghp_\*+$/);
    expect(parsed[0].commit.sha).toBe('a'.repeat(40));
  });

  it("lists a composite finding's required findings with their places and redacted values", () => {
    const aux = `acmecid_${randomBase62(16)}`;
    const required = [{ ruleId: 'acme-client-id', startLine: 2, endLine: 2, startColumn: 7, endColumn: 6 + aux.length, secret: aux }];
    const [p] = JSON.parse(createReporter('json').render([makeFinding({ required })], ctx()));
    expect(p.required).toEqual([{ ...required[0], secret: '********' }]);
    expect(JSON.parse(createReporter('json').render([makeFinding()], ctx()))[0]).not.toHaveProperty('required');
  });

  it('jsonl writes one object per line', () => {
    const out = createReporter('jsonl').render([makeFinding(), makeFinding()], ctx());
    const lines = out.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    for (const l of lines) expect(JSON.parse(l).ruleId).toBe('github-pat');
  });

  it('clips a huge line to a window around the match', () => {
    const secret = fakeToken();
    const f = makeFinding({ secret, match: secret, line: 'x'.repeat(100_000) + secret + 'y'.repeat(100_000) });
    const parsed = JSON.parse(createReporter('json').render([f], ctx({ showSecrets: true })));
    expect(parsed[0].line.length).toBeLessThan(400);
    expect(parsed[0].line).toContain(secret);
  });
});

describe('sarif', () => {
  const schema = JSON.parse(readFileSync(new URL('../fixtures/sarif-schema-2.1.0.json', import.meta.url), 'utf8'));

  function validator() {
    // The official schema is draft-04; its keywords used here mean the same in draft-07
    // apart from `id`, which Ajv 8 (draft-07) spells `$id`.
    const { id, $schema: _drop, ...rest } = schema;
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    return ajv.compile({ ...rest, $id: id });
  }

  it('is valid against the official SARIF 2.1.0 schema', () => {
    const findings = [
      makeFinding(),
      makeFinding({ path: 'dir with space/#odd%.env', severity: 'low', ruleId: 'other-rule', commit: { sha: 'b'.repeat(40) } }),
    ];
    const log = JSON.parse(createReporter('sarif').render(findings, ctx()));
    const validate = validator();
    const ok = validate(log);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    const empty = JSON.parse(createReporter('sarif').render([], ctx({ root: undefined })));
    expect(validate(empty)).toBe(true);
    // The validator is not vacuous: a wrong level or a missing message is rejected.
    log.runs[0].results[0].level = 'fatal';
    expect(validate(log)).toBe(false);
    log.runs[0].results[0].level = 'error';
    delete log.runs[0].results[0].message;
    expect(validate(log)).toBe(false);
  });

  it("gives a composite finding's required findings as related locations, valid against the schema", () => {
    const required = [
      { ruleId: 'acme-client-id', startLine: 2, endLine: 2, startColumn: 7, endColumn: 30, secret: `acmecid_${randomBase62(16)}` },
      { ruleId: 'acme-region', startLine: 3, endLine: 3, startColumn: 9, endColumn: 19, secret: 'region=eu-1' },
    ];
    const log = JSON.parse(createReporter('sarif').render([makeFinding({ path: 'conf/a b.toml', required })], ctx()));
    const validate = validator();
    expect(validate(log) ? [] : validate.errors).toEqual([]);
    expect(log.runs[0].results[0].relatedLocations).toEqual([
      {
        id: 0,
        message: { text: 'required rule acme-client-id' },
        physicalLocation: {
          artifactLocation: { uri: 'conf/a%20b.toml', uriBaseId: '%SRCROOT%' },
          region: { startLine: 2, startColumn: 7, endLine: 2, endColumn: 31 },
        },
      },
      {
        id: 1,
        message: { text: 'required rule acme-region' },
        physicalLocation: {
          artifactLocation: { uri: 'conf/a%20b.toml', uriBaseId: '%SRCROOT%' },
          region: { startLine: 3, startColumn: 9, endLine: 3, endColumn: 20 },
        },
      },
    ]);
  });

  it('carries rule metadata, levels, security-severity, regions and fingerprints', () => {
    const f = makeFinding({ startColumn: 5, endColumn: 44 });
    const log = JSON.parse(createReporter('sarif').render([f, makeFinding({ severity: 'medium', ruleId: 'x-rule' })], ctx()));
    const run = log.runs[0];
    expect(log.version).toBe('2.1.0');
    expect(run.tool.driver.name).toBe('stanch');
    const ghRule = run.tool.driver.rules.find((r: { id: string }) => r.id === 'github-pat');
    expect(ghRule.properties['security-severity']).toBe('9.5');
    expect(ghRule.defaultConfiguration.level).toBe('error');
    expect(ghRule.helpUri).toBe('https://github.com/settings/tokens');
    const res = run.results.find((r: { ruleId: string }) => r.ruleId === 'github-pat');
    expect(res.level).toBe('error');
    expect(run.results.find((r: { ruleId: string }) => r.ruleId === 'x-rule').level).toBe('warning');
    expect(res.ruleIndex).toBe(run.tool.driver.rules.indexOf(ghRule));
    expect(res.partialFingerprints[PARTIAL_FINGERPRINT_KEY]).toBe(f.fingerprint);
    expect(res.locations[0].physicalLocation.region).toMatchObject({ startLine: 3, startColumn: 5, endColumn: 45 });
    expect(res.locations[0].physicalLocation.artifactLocation).toEqual({ uri: 'src/config.js', uriBaseId: '%SRCROOT%' });
    expect(run.originalUriBaseIds['%SRCROOT%'].uri).toBe('file:///work/repo/');
  });
});

describe('csv', () => {
  it('quotes per RFC 4180 and neutralises formula injection', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    for (const lead of ['=', '+', '-', '@']) expect(csvCell(`${lead}HYPERLINK("x")`).startsWith(`"'${lead}`)).toBe(true);
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell(42)).toBe('42');
  });

  it('writes a header and one CRLF-terminated row per finding', () => {
    const out = createReporter('csv').render([makeFinding({ path: '=cmd|calc.env' })], ctx());
    const rows = out.split('\r\n');
    expect(rows[0].startsWith('rule_id,description,severity')).toBe(true);
    expect(rows[1]).toContain("'=cmd|calc.env");
    expect(rows[2]).toBe('');
  });
});

describe('junit', () => {
  it('escapes XML specials in every field', () => {
    expect(xml(`<a href="x">&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;');
    expect(xml('bad\u0000char')).toBe('bad\uFFFDchar');
    const out = createReporter('junit').render([makeFinding({ path: 'a<b>&"c".env', description: 'x & y' })], ctx());
    expect(out).toContain('classname="a&lt;b&gt;&amp;&quot;c&quot;.env"');
    expect(out).toContain('tests="1" failures="1"');
    expect(out.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
  });

  it('reports a passing case when nothing was found', () => {
    expect(createReporter('junit').render([], ctx())).toContain('failures="0"');
  });
});

describe('text', () => {
  it('groups by file and ends with a summary line', () => {
    const out = createReporter('text').render(
      [makeFinding(), makeFinding({ startLine: 9 }), makeFinding({ path: 'b.env', severity: 'high' })],
      ctx(),
    );
    expect(out.match(/^src\/config\.js$/gm)).toHaveLength(1);
    expect(out).toContain('3 secrets found in 2 files (2 critical, 1 high)');
    expect(out).not.toContain('\x1b[');
  });

  it("says where a composite finding's required rules matched (text and junit)", () => {
    const required = [
      { ruleId: 'acme-client-id', startLine: 2, endLine: 2, startColumn: 7, endColumn: 30, secret: `acmecid_${randomBase62(16)}` },
      { ruleId: 'acme-region', startLine: 3, endLine: 3, startColumn: 9, endColumn: 19, secret: 'region=eu-1' },
    ];
    for (const format of ['text', 'junit']) {
      expect(createReporter(format).render([makeFinding({ required })], ctx())).toContain('requires: acme-client-id at 2:7, acme-region at 3:9');
    }
  });

  it('uses colour only when asked', () => {
    expect(createReporter('text', { color: true }).render([makeFinding()], ctx())).toContain('\x1b[');
    expect(createReporter('text').render([], ctx())).toBe('No secrets found.\n');
  });
});
