import { it } from 'vitest';
import { readFileSync, statSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { createDetector } from '../../src/engine/detector.js';
import { builtinRules } from '../../src/rules/load.js';
it('perf', async () => {
  const list = execSync("find node_modules -type f \\( -name '*.js' -o -name '*.json' -o -name '*.md' -o -name '*.yml' -o -name '*.ts' \\) | head -8000", { encoding: 'utf8', maxBuffer: 1 << 26 }).trim().split('\n');
  for (const engine of ['auto', 're2js'] as const) {
    const d = await createDetector({ config: { rules: builtinRules(), allowlists: [], ignoredFingerprints: [], disabledRules: [], maxDecodeDepth: 2 }, regexEngine: engine } as never);
    const counts = new Map<string, number>(); let bytes = 0; const t0 = performance.now();
    for (const p of list) { let text: string; try { if (statSync(p).size > 1_000_000) continue; text = readFileSync(p, 'utf8'); } catch { continue; } bytes += text.length;
      for (const f of d.scan({ text, path: p })) counts.set(f.ruleId, (counts.get(f.ruleId) ?? 0) + 1); }
    const s = (performance.now() - t0) / 1000;
    console.log('PERF', engine, 'files', list.length, 'MB', (bytes / 1e6).toFixed(1), 's', s.toFixed(1), 'MB/s', (bytes / 1e6 / s).toFixed(2));
    console.log('PERF findings', JSON.stringify([...counts].sort((a, b) => b[1] - a[1]).slice(0, 20)));
  }
}, 900_000);
