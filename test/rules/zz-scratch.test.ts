import { it } from 'vitest';
import { isPlaceholderSecret } from '../../src/engine/placeholder.js';
import { loadBuiltinRuleFiles, samplePath } from './builtin-rules.js';
import { referenceFindings } from './builtin-lint.test.js';
it('placeholder check of positives', () => { let n = 0;
  for (const f of loadBuiltinRuleFiles()) for (const r of f.rules) for (const s of r.samples?.positive ?? []) {
    const secrets = referenceFindings(r, s, samplePath(r, 'positive'));
    n++; const kept = secrets.filter((x) => !isPlaceholderSecret(x));
    if (kept.length === 0) console.log('PLACEHOLDER-DROPPED', r.id, JSON.stringify(secrets.map((x) => x.slice(0, 60))));
  }
console.log('CHECKED', n); });
