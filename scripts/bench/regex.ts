/**
 * Regex backend benchmark: `npx tsx scripts/bench/regex.ts [corpusDir] [rules.toml]`.
 * Runs every rule regex (no prefilter) over a text sample with each backend, checks that all
 * backends return the same matches, and times a catastrophic near-miss input.
 * Corpus: make-tree.mjs output; rules: gitleaks' default config (222 rules) unless given, or `builtin`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'smol-toml';
import { resolveRegexBackend, type CompiledRegex, type RegexEngineName } from '../../src/engine/regex/index.js';
import { builtinRules } from '../../src/rules/load.js';

const corpusDir = process.argv[2] ?? '/tmp/tree50/t';
const rulesFile =
  process.argv[3] ?? `${process.env.HOME}/go/pkg/mod/github.com/zricethezav/gitleaks/v8@v8.30.1/config/gitleaks.toml`;
const SAMPLE_BYTES = Number(process.env.SAMPLE_MB ?? 2) * 1e6;

function sampleCorpus(): string[] {
  const files: string[] = [];
  const walk = (d: string): void => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (!/\.(png|jpg|bin|woff2?)$/.test(e.name)) files.push(p);
    }
  };
  walk(corpusDir);
  files.sort();
  const out: string[] = [];
  let total = 0;
  for (let k = 0; k < files.length && total < SAMPLE_BYTES; k += 7) {
    const t = fs.readFileSync(files[k], 'utf8');
    if (t.includes('\u0000')) continue;
    out.push(t);
    total += t.length;
  }
  return out;
}

const rules = (
  rulesFile === 'builtin'
    ? builtinRules()
    : (parse(fs.readFileSync(rulesFile, 'utf8')) as { rules: { id: string; regex?: string }[] }).rules
).filter((r) => r.regex);
const texts = sampleCorpus();
const bytes = texts.reduce((a, t) => a + t.length, 0);
console.log(`rules=${rules.length} sample=${(bytes / 1e6).toFixed(2)} MB in ${texts.length} files`);

function runAll(compiled: CompiledRegex[], text: string, sink: string[] | null): number {
  let n = 0;
  for (const re of compiled) {
    let from = 0;
    for (;;) {
      const m = re.exec(text, from);
      if (!m) break;
      n++;
      sink?.push(`${re.source.length}:${m.index}:${m.end}`);
      from = m.end > m.index ? m.end : m.index + 1;
    }
  }
  return n;
}

function cpuMs(since: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(since);
  return (d.user + d.system) / 1000;
}

const engines = (process.env.ENGINES?.split(',') ?? ['re2', 'v8', 're2js']) as RegexEngineName[];
const reference: Record<string, string[]> = {};
for (const engine of engines) {
  const backend = await resolveRegexBackend(engine);
  const t0 = performance.now();
  const compiled = rules.map((r) => backend.compile(r.regex!));
  const compileMs = performance.now() - t0;
  const fellBack = compiled.filter((c) => c.engine !== engine).length;
  const sink: string[] = [];
  const t1 = process.cpuUsage();
  let matches = 0;
  for (const t of texts) matches += runAll(compiled, t, sink);
  const c1 = process.cpuUsage(t1);
  const ms = (c1.user + c1.system) / 1000;
  reference[engine] = sink;
  console.log(
    `${engine.padEnd(6)} compile=${compileMs.toFixed(0)}ms scan=${ms.toFixed(0)}ms cpu ` +
      `${(bytes / 1e6 / (ms / 1000)).toFixed(2)} MB/s (all ${rules.length} rules) matches=${matches} fallbackToRe2js=${fellBack}`,
  );
}
const [first, ...rest] = engines;
for (const e of rest) {
  const a = reference[first].join('\n');
  const b = reference[e].join('\n');
  console.log(`agreement ${first} vs ${e}: ${a === b ? 'identical' : 'DIFFERENT'}`);
}

// Catastrophic near-miss: a giant line of characters many rules accept, with no closing delimiter.
const near = 'key=' + 'a1'.repeat(500_000);
for (const engine of engines) {
  const backend = await resolveRegexBackend(engine);
  const compiled = rules.map((r) => backend.compile(r.regex!));
  const t = process.cpuUsage();
  let worst = { id: '', ms: 0 };
  for (let k = 0; k < compiled.length; k++) {
    const s = performance.now();
    runAll([compiled[k]], near, null);
    const d = performance.now() - s;
    if (d > worst.ms) worst = { id: rules[k].id, ms: d };
  }
  console.log(
    `${engine.padEnd(6)} near-miss 1 MB line, all rules: ${cpuMs(t).toFixed(0)}ms cpu (slowest ${worst.id} ${worst.ms.toFixed(0)}ms wall)`,
  );
}
