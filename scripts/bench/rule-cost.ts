/**
 * Per-rule regex cost over a git history patch stream (or a tree): which rules the prefilter
 * selects and how long their regex runs take. Diagnostic for bench-notes/perf.md.
 *   npx tsx scripts/bench/rule-cost.ts <repo> [top] [auto|re2|v8|re2js]
 */
import { performance } from 'node:perf_hooks';
import { loadConfig } from '../../src/config/load.js';
import { RulePrefilter } from '../../src/engine/prefilter.js';
import { resolveRegexBackend } from '../../src/engine/regex/index.js';
import { createHistorySource } from '../../src/sources/history.js';

const repo = process.argv[2] ?? '.';
const top = Number(process.argv[3] ?? 15);
const { config } = loadConfig({ dir: repo });
const backend = await resolveRegexBackend((process.argv[4] ?? 'auto') as 'auto');
const rules = config.rules.filter((r) => r.regex !== undefined);
const pre = new RulePrefilter(rules.map((r) => r.keywords));
const compiled = new Map<number, ReturnType<typeof backend.compile>>();
const cost = new Float64Array(rules.length);
const runs = new Uint32Array(rules.length);
const chars = new Float64Array(rules.length);
const source = await createHistorySource({ cwd: repo, all: true });
let total = 0;
let preMs = 0;
for await (const f of source.fragments()) {
  total += f.text.length;
  const t0 = performance.now();
  const sel = pre.select(f.text);
  preMs += performance.now() - t0;
  for (const i of sel) {
    let re = compiled.get(i);
    if (!re) compiled.set(i, (re = backend.compile(rules[i].regex!)));
    const t = performance.now();
    for (let from = 0; from <= f.text.length; ) {
      const m = re.exec(f.text, from);
      if (!m) break;
      from = m.end > m.index ? m.end : m.index + 1;
    }
    cost[i] += performance.now() - t;
    runs[i]++;
    chars[i] += f.text.length;
  }
}
const order = [...cost.keys()].sort((a, b) => cost[b] - cost[a]);
console.log(`${backend.name}: ${(total / 1e6).toFixed(1)} M chars; prefilter ${preMs.toFixed(0)} ms; regex total ${cost.reduce((a, b) => a + b, 0).toFixed(0)} ms`);
for (const i of order.slice(0, top)) {
  console.log(`${rules[i].id.padEnd(36)} ${cost[i].toFixed(0).padStart(6)} ms  ${String(runs[i]).padStart(5)} fragments  ${(chars[i] / 1e6).toFixed(1)} M chars  keywords: ${rules[i].keywords.slice(0, 6).join(',')}`);
}
