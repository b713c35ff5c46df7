/**
 * Runs every built-in rule's samples through the real detector: each positive must yield a finding
 * of that rule, each negative none of that rule. All built-in rules are loaded together, as in a
 * real scan, so the keyword prefilter, placeholder filter, checksums and decoders all take part.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Allowlist, Rule } from '../../src/model/rule.js';
import { BUILTIN_DIR, loadBuiltinRuleFiles, samplePath, type RawRule } from './builtin-rules.js';
import { hardNegatives } from './hard-negatives.js';

interface SampleFinding {
  ruleId: string;
}
interface SampleDetector {
  scan(fragment: { text: string; path: string }): SampleFinding[] | Promise<SampleFinding[]>;
}

const detectorModule = join(BUILTIN_DIR, '../../engine/detector.ts');
const engineReady = existsSync(detectorModule);

const files = loadBuiltinRuleFiles();
const rawRules: RawRule[] = files.flatMap((f) => f.rules);

describe.skipIf(!engineReady)('built-in rule samples through the detector', () => {
  let detector: SampleDetector;

  beforeAll(async () => {
    const { parseConfigToml } = await import('../../src/rules/load.js');
    const { createDetector } = (await import(detectorModule)) as {
      createDetector(opts: { config: Record<string, unknown> }): Promise<SampleDetector>;
    };
    const rules: Rule[] = [];
    const allowlists: Allowlist[] = [];
    for (const f of files) {
      const parsed = parseConfigToml(readFileSync(join(BUILTIN_DIR, f.file), 'utf8'), `src/rules/builtin/${f.file}`);
      rules.push(...parsed.rules);
      allowlists.push(...parsed.allowlists);
    }
    detector = await createDetector({
      config: { rules, allowlists, ignoredFingerprints: [], disabledRules: [], maxDecodeDepth: 2 },
    });
  });

  async function ruleIdsFor(text: string, path: string): Promise<string[]> {
    const findings = await detector.scan({ text, path });
    return findings.map((f) => f.ruleId);
  }

  it.each(rawRules.map((r) => [r.id, r] as const))('%s: positives found, negatives not', async (id, r) => {
    for (const s of r.samples?.positive ?? []) {
      const ids = await ruleIdsFor(s, samplePath(r, 'positive'));
      expect(ids, `${id} should find ${JSON.stringify(s.slice(0, 80))}`).toContain(id);
    }
    for (const s of r.samples?.negative ?? []) {
      const ids = await ruleIdsFor(s, samplePath(r, 'negative'));
      expect(ids, `${id} should not find ${JSON.stringify(s.slice(0, 80))}`).not.toContain(id);
    }
  });

  it.each(hardNegatives().map((h) => [h.name, h] as const))('reports nothing in %s', async (_name, h) => {
    expect(await ruleIdsFor(h.text, h.path)).toEqual([]);
  });
});
