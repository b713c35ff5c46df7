import { it } from 'vitest';
import { readFileSync, statSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { loadBuiltinRuleFiles } from './builtin-rules.js';
import { referenceFindings } from './builtin-lint.test.js';
import { isPlaceholderSecret } from '../../src/engine/placeholder.js';
it('noise', () => {
  const list = execSync("find node_modules /usr/share/doc /etc -type f \\( -name '*.js' -o -name '*.json' -o -name '*.md' -o -name '*.yml' -o -name '*.yaml' -o -name '*.ts' -o -name '*.conf' -o -name '*.py' -o -name '*.sh' -o -name '*.xml' -o -name '*.properties' -o -name '*.ini' \\) 2>/dev/null | awk 'NR%2==0' | head -12000", { encoding: 'utf8', maxBuffer: 1 << 26 }).trim().split('\n');
  const rules = loadBuiltinRuleFiles().flatMap((f) => f.rules);
  const counts = new Map<string, number>(); const ex = new Map<string, string[]>();
  let bytes = 0; const t0 = performance.now();
  for (const p of list) {
    let text: string; try { if (statSync(p).size > 400_000) continue; text = readFileSync(p, 'utf8'); } catch { continue; }
    bytes += text.length;
    for (const r of rules) { if (!r.regex) continue; const s = referenceFindings(r, text, p).filter((x) => !isPlaceholderSecret(x)); if (s.length) { counts.set(r.id, (counts.get(r.id) ?? 0) + s.length); const e = ex.get(r.id) ?? []; if (e.length < 4) e.push(p + ' :: ' + s[0].slice(0, 50)); ex.set(r.id, e); } }
  }
  console.log('FILES', list.length, 'MB', (bytes / 1e6).toFixed(1), 'ms', Math.round(performance.now() - t0));
  for (const [k, v] of [...counts].sort((a, b) => b[1] - a[1])) console.log('NOISE', k, v, JSON.stringify(ex.get(k)));
}, 600_000);
