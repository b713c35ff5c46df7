/**
 * Detector throughput: `npx tsx scripts/bench/detector.ts <tree> [engine]` where <tree> comes from
 * /work/shared/bench/make-tree.mjs. Loads built-in rules, scans every text file in memory and
 * reports MB/s (scan only, files pre-read), findings, and recall against <tree>.planted.json.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createDetector } from '../../src/engine/detector.js';
import type { RegexEngineChoice } from '../../src/engine/regex/index.js';
import { builtinAllowlists, builtinRules } from '../../src/rules/load.js';

const root = path.resolve(process.argv[2] ?? '/tmp/tree50/t');
const engine = (process.argv[3] ?? 'auto') as RegexEngineChoice;
const files: { path: string; text: string }[] = [];
const walk = (d: string): void => {
  for (const e of fs.readdirSync(d, { withFileTypes: true })) {
    const p = path.join(d, e.name);
    if (e.isDirectory()) walk(p);
    else {
      const buf = fs.readFileSync(p);
      if (buf.subarray(0, 8000).includes(0)) continue;
      files.push({ path: path.relative(root, p).split(path.sep).join('/'), text: buf.toString('utf8') });
    }
  }
};
walk(root);
files.sort((a, b) => (a.path < b.path ? -1 : 1));
const bytes = files.reduce((n, f) => n + f.text.length, 0);
const rules = builtinRules();
const detector = await createDetector({
  config: { rules, allowlists: builtinAllowlists(), ignoredFingerprints: [], disabledRules: [], maxDecodeDepth: 2 },
  regexEngine: engine,
});
const t0 = performance.now();
const cpu0 = process.cpuUsage();
const found: { path: string; line: number; rule: string }[] = [];
for (const f of files) for (const x of detector.scan(f)) found.push({ path: x.path, line: x.startLine, rule: x.ruleId });
const ms = performance.now() - t0;
const cpu = process.cpuUsage(cpu0);
const cpuMs = (cpu.user + cpu.system) / 1000;
let recall = '';
const plantedFile = `${root}.planted.json`;
if (fs.existsSync(plantedFile)) {
  const planted = JSON.parse(fs.readFileSync(plantedFile, 'utf8')) as { path: string; line: number; kind: string }[];
  const hit = planted.filter((p) => found.some((f) => f.path === p.path && f.line === p.line));
  const missed = planted.filter((p) => !hit.includes(p)).map((p) => `${p.kind}@${p.path}:${p.line}`);
  recall = ` recall=${hit.length}/${planted.length}${missed.length ? ' missed: ' + missed.join(', ') : ''}`;
}
console.log(
  `engine=${engine} rules=${rules.length} files=${files.length} MB=${(bytes / 1e6).toFixed(1)} ` +
    `wall=${(ms / 1000).toFixed(1)}s cpu=${(cpuMs / 1000).toFixed(1)}s ` +
    `=> ${(bytes / 1e6 / (cpuMs / 1000)).toFixed(1)} MB/s (cpu) findings=${found.length}${recall}`,
);
const byRule = new Map<string, number>();
for (const f of found) byRule.set(f.rule, (byRule.get(f.rule) ?? 0) + 1);
console.log([...byRule].sort((a, b) => b[1] - a[1]).slice(0, 15).map(([r, n]) => `${r}:${n}`).join(' '));
