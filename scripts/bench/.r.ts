import fs from 'node:fs';
import { RulePrefilter } from '../../src/engine/prefilter.js';
import { builtinRules } from '../../src/rules/load.js';
import { resolveRegexBackend } from '../../src/engine/regex/index.js';
const rules = builtinRules().filter((r) => r.regex);
const files = (fs.readdirSync('/tmp/tree50/t', { recursive: true }) as string[]).sort().map((f) => '/tmp/tree50/t/' + f).filter((p) => !fs.statSync(p).isDirectory()).map((p) => fs.readFileSync(p)).filter((b) => !b.subarray(0, 8000).includes(0)).map((b) => b.toString('utf8'));
const pf = new RulePrefilter(rules.map((r) => r.keywords));
const b = await resolveRegexBackend(process.argv[2] as 'v8');
const compiled = rules.map((r) => b.compile(r.regex!));
const per = new Float64Array(rules.length);
for (const t of files) for (const i of pf.select(t)) { const s = performance.now(); for (let from = 0; ;) { const m = compiled[i].exec(t, from); if (!m) break; from = m.end > m.index ? m.end : m.index + 1; } per[i] += performance.now() - s; }
console.log([...per].map((v, i) => [rules[i].id, v, compiled[i].engine] as const).sort((a, b) => b[1] - a[1]).slice(0, 8).map(([id, v, e]) => `${id} ${e} ${v.toFixed(0)}ms`).join('\n'));
