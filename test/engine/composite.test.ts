import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { withinProximity, type MatchPlace } from '../../src/engine/composite.js';
import { createDetector } from '../../src/engine/detector.js';
import type { Detector } from '../../src/model/contracts.js';
import type { StanchConfig } from '../../src/model/rule.js';
import { parseConfigToml } from '../../src/rules/load.js';
import { ENGINES, opaqueSecret } from './helpers.js';

const at = (line: number, column: number, depth = 0): MatchPlace => ({ line, column, depth, positioned: true });

describe('withinProximity', () => {
  it('accepts any place in the fragment when no limit is set', () => {
    expect(withinProximity(at(1, 5), at(900, 70), { id: 'x' })).toBe(true);
  });

  it('bounds the line distance with withinLines, both ways, the boundary included', () => {
    const req = { id: 'x', withinLines: 3 };
    expect(withinProximity(at(10, 1), at(12, 40), req)).toBe(true);
    expect(withinProximity(at(10, 1), at(13, 1), req)).toBe(true);
    expect(withinProximity(at(10, 1), at(7, 1), req)).toBe(true);
    expect(withinProximity(at(10, 1), at(14, 1), req)).toBe(false);
    expect(withinProximity(at(10, 1), at(6, 1), req)).toBe(false);
    expect(withinProximity(at(10, 1), at(10, 99), { id: 'x', withinLines: 0 })).toBe(true);
    expect(withinProximity(at(10, 1), at(11, 1), { id: 'x', withinLines: 0 })).toBe(false);
  });

  it('bounds the column distance with withinColumns on the same line, the boundary included', () => {
    const req = { id: 'x', withinColumns: 5 };
    expect(withinProximity(at(1, 5), at(1, 8), req)).toBe(true);
    expect(withinProximity(at(1, 10), at(1, 15), req)).toBe(true);
    expect(withinProximity(at(1, 10), at(1, 5), req)).toBe(true);
    expect(withinProximity(at(1, 10), at(1, 16), req)).toBe(false);
    expect(withinProximity(at(1, 5), at(1, 60), req)).toBe(false);
  });

  it('never meets withinColumns on another line, however close the columns', () => {
    expect(withinProximity(at(1, 5), at(300, 6), { id: 'x', withinColumns: 5 })).toBe(false);
    expect(withinProximity(at(1, 5), at(2, 5), { id: 'x', withinLines: 4, withinColumns: 5 })).toBe(false);
    expect(withinProximity(at(2, 5), at(2, 9), { id: 'x', withinLines: 4, withinColumns: 5 })).toBe(true);
  });

  it('asks for the same layer of decoding, except for a path-only finding', () => {
    expect(withinProximity(at(1, 1, 0), at(1, 1, 1), { id: 'x' })).toBe(false);
    expect(withinProximity(at(1, 1, 1), at(1, 1, 1), { id: 'x' })).toBe(true);
    expect(withinProximity(at(1, 1, 0), { line: 1, column: 1, depth: 0, positioned: false }, { id: 'x', withinLines: 0 })).toBe(true);
  });
});

/**
 * A composite rule in the shape gitleaks documents: a secret that counts only with its client id
 * nearby. The client id rule never reports, and its keyword deliberately does not occur in its
 * matches, so it only finds anything when the secret rule calls it in.
 */
const COMPOSITE_TOML = (limits: string, extra = '') => `
[[rules]]
id = "acme-secret"
description = "Acme API secret"
regex = '''acme_secret\\s*=\\s*"([A-Za-z0-9]{32})"'''
keywords = ["acme_secret"]
${extra}
  [[rules.required]]
  id = "acme-client-id"
  ${limits}

[[rules]]
id = "acme-client-id"
description = "Acme client id"
regex = '''\\b(acmecid_[A-Za-z0-9]{16})\\b'''
keywords = ["acme_registry"]
skipReport = true
  [[rules.allowlists]]
  regexTarget = "line"
  regexes = ['''sandbox''']
`;

function configOf(toml: string, extra: Partial<StanchConfig> = {}): StanchConfig {
  const parsed = parseConfigToml(toml, 'composite.toml');
  return { rules: parsed.rules, allowlists: parsed.allowlists, ignoredFingerprints: [], disabledRules: [], maxDecodeDepth: 2, ...extra };
}

const secretLine = () => `acme_secret = "${opaqueSecret(32)}"`;
const clientId = () => `acmecid_${opaqueSecret(16)}`;

describe.each(ENGINES)('composite rules on %s', (regexEngine) => {
  const make = (toml: string, opts: { excludeRules?: string[]; includeRules?: string[] } = {}): Promise<Detector> =>
    createDetector({ config: configOf(toml), regexEngine, ...opts });

  it('keeps the primary finding when the required rule matches nearby, and attaches where it matched', async () => {
    const d = await make(COMPOSITE_TOML('withinLines = 2'));
    const id = clientId();
    const text = `# settings\nclient = "${id}"\n${secretLine()}\n`;
    const [f, ...rest] = d.scan({ text, path: 'app.toml' });
    expect(rest).toEqual([]);
    expect(f.ruleId).toBe('acme-secret');
    expect(f.startLine).toBe(3);
    expect(f.required).toEqual([{ ruleId: 'acme-client-id', startLine: 2, endLine: 2, startColumn: 11, endColumn: 10 + id.length, secret: id }]);
  });

  it('drops the primary finding when the required rule has no match in the fragment', async () => {
    const d = await make(COMPOSITE_TOML(''));
    expect(d.scan({ text: `${secretLine()}\n`, path: 'app.toml' })).toEqual([]);
    // A match in another fragment (file) does not count.
    expect(d.scan({ text: `client = "${clientId()}"\n`, path: 'other.toml' })).toEqual([]);
  });

  it('never reports a skipReport rule on its own', async () => {
    const d = await make(COMPOSITE_TOML(''));
    expect(d.scan({ text: `acme_registry = "${clientId()}"\n`, path: 'a.toml' })).toEqual([]);
    expect(d.rules.map((r) => r.id)).toEqual(['acme-secret']);
  });

  it('measures withinLines from the primary match: inside, at the boundary, outside', async () => {
    const d = await make(COMPOSITE_TOML('withinLines = 3'));
    const scanAt = (gap: number, above: boolean) => {
      const filler = '\n'.repeat(gap);
      const text = above ? `id: ${clientId()}${filler}${secretLine()}` : `${secretLine()}${filler}id: ${clientId()}`;
      return d.scan({ text, path: 'a.yaml' }).map((f) => f.ruleId);
    };
    for (const above of [true, false]) {
      expect(scanAt(1, above)).toEqual(['acme-secret']);
      expect(scanAt(3, above)).toEqual(['acme-secret']);
      expect(scanAt(4, above)).toEqual([]);
    }
  });

  it('measures withinColumns between match starts on the same line: inside, at the boundary, outside', async () => {
    const d = await make(COMPOSITE_TOML('withinColumns = 60'));
    const secret = secretLine();
    // The primary match starts at column 1; the client id `pad` columns later.
    const line = (pad: number) => `${secret}${' '.repeat(pad - secret.length)}${clientId()}`;
    expect(d.scan({ text: line(50), path: 'a' }).map((f) => f.ruleId)).toEqual(['acme-secret']);
    expect(d.scan({ text: line(60), path: 'a' }).map((f) => f.ruleId)).toEqual(['acme-secret']);
    expect(d.scan({ text: line(61), path: 'a' })).toEqual([]);
    // Close columns on the next line are not near.
    expect(d.scan({ text: `${secret}\n${clientId()}`, path: 'a' })).toEqual([]);
  });

  it('runs a required rule where its keywords do not occur', async () => {
    const d = await make(COMPOSITE_TOML('withinLines = 0'));
    const text = `${secretLine()} # ${clientId()}`;
    expect(text).not.toContain('acme_registry');
    expect(d.scan({ text, path: 'a' }).map((f) => f.ruleId)).toEqual(['acme-secret']);
  });

  it('does not count a required match that is allowlisted or suppressed inline', async () => {
    const d = await make(COMPOSITE_TOML('withinLines = 1'));
    expect(d.scan({ text: `${secretLine()}\nsandbox: ${clientId()}`, path: 'a' })).toEqual([]);
    expect(d.scan({ text: `${secretLine()}\nid: ${clientId()} # gitleaks:allow`, path: 'a' })).toEqual([]);
    expect(d.scan({ text: `${secretLine()}\nid: ${clientId()}`, path: 'a' })).toHaveLength(1);
  });

  it('needs every required rule, each within its own limits', async () => {
    const toml = `${COMPOSITE_TOML('withinLines = 1', `
  [[rules.required]]
  id = "acme-region"
  withinLines = 0
`)}
[[rules]]
id = "acme-region"
regex = '''region=(eu|us)-[0-9]'''
skipReport = true
`;
    const d = await make(toml);
    const id = clientId();
    expect(d.scan({ text: `${secretLine()} region=eu-1\nid: ${id}`, path: 'a' }).map((f) => f.required?.map((r) => r.ruleId))).toEqual([
      ['acme-region', 'acme-client-id'],
    ]);
    expect(d.scan({ text: `${secretLine()}\nid: ${id} region=eu-1`, path: 'a' })).toEqual([]);
    expect(d.scan({ text: `${secretLine()} region=eu-1`, path: 'a' })).toEqual([]);
  });

  it('reports a required rule that is not skipReport on its own as well', async () => {
    const d = await make(COMPOSITE_TOML('withinLines = 1').replace('skipReport = true', ''));
    const f = d.scan({ text: `${secretLine()}\nacme_registry: ${clientId()}`, path: 'a' });
    expect(f.map((x) => x.ruleId).sort()).toEqual(['acme-client-id', 'acme-secret']);
    expect(f.find((x) => x.ruleId === 'acme-secret')!.required).toHaveLength(1);
  });

  it('still uses a required rule that excludeRules or includeRules leave out of the report', async () => {
    const toml = COMPOSITE_TOML('withinLines = 1').replace('skipReport = true', '');
    const text = `${secretLine()}\nacme_registry: ${clientId()}`;
    const all = await make(toml);
    expect(all.scan({ text, path: 'a' })).toHaveLength(2);
    const excluded = await make(toml, { excludeRules: ['acme-client-id'] });
    expect(excluded.scan({ text, path: 'a' }).map((f) => f.ruleId)).toEqual(['acme-secret']);
    const included = await make(toml, { includeRules: ['acme-secret'] });
    expect(included.scan({ text, path: 'a' }).map((f) => f.ruleId)).toEqual(['acme-secret']);
    expect(included.scan({ text: secretLine(), path: 'a' })).toEqual([]);
  });

  it('attaches the nearest required findings first', async () => {
    const d = await make(COMPOSITE_TOML(''));
    const far = clientId();
    const near = clientId();
    const f = d.scan({ text: `id: ${far}\n\n\nid: ${near}\n${secretLine()}`, path: 'a' });
    expect(f[0].required!.map((r) => r.secret)).toEqual([near, far]);
  });

  it('looks for required matches in the same layer of decoding as the primary match', async () => {
    const d = await make(COMPOSITE_TOML('withinLines = 1'));
    const b64 = (s: string) => Buffer.from(s).toString('base64');
    const both = d.scan({ text: `data: ${b64(`${secretLine()}\nid: ${clientId()}\n`)}`, path: 'a' });
    expect(both.map((f) => [f.ruleId, f.decodedFrom])).toEqual([['acme-secret', ['base64']]]);
    expect(both[0].required![0].startLine).toBe(1);
    // The client id in plain text does not complete a secret found in base64.
    expect(d.scan({ text: `data: ${b64(`${secretLine()}\n`)}\nid: ${clientId()}`, path: 'a' })).toEqual([]);
  });

  it('lets a path-only rule be required: the file path must match, no place is compared', async () => {
    const toml = COMPOSITE_TOML('withinLines = 0').replace(
      /\[\[rules\]\]\nid = "acme-client-id"[\s\S]*$/,
      () => `[[rules]]\nid = "acme-client-id"\npath = '''(^|/)acme\\.toml$'''\nskipReport = true\n`,
    );
    const d = await make(toml);
    expect(d.scan({ text: `\n\n${secretLine()}`, path: 'conf/acme.toml' }).map((f) => f.required?.[0].ruleId)).toEqual(['acme-client-id']);
    expect(d.scan({ text: secretLine(), path: 'conf/other.toml' })).toEqual([]);
  });

  it('leaves findings as they were when no rule requires anything, skipReport rules aside', async () => {
    const d = await make(COMPOSITE_TOML('').replace(/\s*\[\[rules\.required\]\]\s*id = "acme-client-id"\s*/, '\n'));
    expect(d.scan({ text: `${secretLine()}\nacme_registry: ${clientId()}`, path: 'a' }).map((f) => [f.ruleId, f.required])).toEqual([
      ['acme-secret', undefined],
    ]);
  });
});

describe('composite rules in a worker thread', () => {
  it('survive the structured clone of the config', async () => {
    const text = `${secretLine()}\nid: ${clientId()}\n`;
    const worker = new Worker(new URL('./fixtures/scan-worker.mjs', import.meta.url), {
      workerData: { config: configOf(COMPOSITE_TOML('withinLines = 1')), fragment: { text, path: 'a' }, regexEngine: 'v8' },
    });
    const result = await new Promise((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    await worker.terminate();
    expect(result).toEqual([{ ruleId: 'acme-secret', startLine: 1 }]);
  });
});
