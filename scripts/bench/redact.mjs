#!/usr/bin/env node
// Redaction speed: one-shot `redact()` on 1 KB and 100 KB of realistic log text, and the stream
// redactor's throughput. Runs the built library bundle (dist/lib, or --lib DIR) on one core and
// writes bench-notes/redact.md. Synthetic secrets are made at run time.
import { randomBytes, randomInt } from 'node:crypto';
import { writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const libArg = process.argv.indexOf('--lib');
const libDir = libArg > 0 ? path.resolve(process.argv[libArg + 1]) : path.join(root, 'dist/lib');
const lib = await import(pathToFileURL(path.join(libDir, 'index.js')).href);

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const rand = (n, a = ALNUM) => Array.from({ length: n }, () => a[randomInt(a.length)]).join('');
const LOG_LINES = [
  () => `2026-11-25T12:00:${String(randomInt(60)).padStart(2, '0')}Z INFO request id=${randomBytes(8).toString('hex')} path=/api/v1/items status=200 ms=${randomInt(900)}`,
  () => `2026-11-25T12:00:01Z DEBUG cache hit key=user:${randomInt(1e6)} ttl=300`,
  () => `{"level":"info","msg":"tool call finished","tool":"search","tokens":${randomInt(4000)},"trace":"${randomBytes(16).toString('hex')}"}`,
  () => `2026-11-25T12:00:02Z WARN retrying upstream host=api.internal attempt=${randomInt(5)}`,
];
const SECRET_LINES = [
  () => `DEBUG env AWS_SECRET_ACCESS_KEY=${rand(40, ALNUM + '+/')}`,
  () => `{"headers":{"Authorization":"Bearer sk-proj-${rand(48)}T3BlbkFJ${rand(48)}"}}`,
  () => `config slack_token=xoxb-${randomInt(1e11)}-${randomInt(1e12)}-${rand(24)}`,
];

function makeText(bytes) {
  let out = '';
  let i = 0;
  while (out.length < bytes) {
    const pool = i++ % 25 === 7 ? SECRET_LINES : LOG_LINES;
    out += pool[randomInt(pool.length)]() + '\n';
  }
  return out.slice(0, bytes);
}

function timeIt(fn, minMs = 1500) {
  for (let i = 0; i < 20; i++) fn(); // warm up the JIT
  const samples = [];
  const t0 = performance.now();
  while (performance.now() - t0 < minMs) {
    const s = performance.now();
    fn();
    samples.push(performance.now() - s);
  }
  samples.sort((a, b) => a - b);
  const q = (p) => samples[Math.min(samples.length - 1, Math.floor(p * samples.length))];
  return { p50: q(0.5), p95: q(0.95), n: samples.length };
}

const scanner = await lib.createScanner();
const rows = [];
for (const size of [1024, 100 * 1024]) {
  const text = makeText(size);
  const r = timeIt(() => scanner.redact(text));
  rows.push({ size, ...r });
}

const big = makeText(20 * 1024 * 1024);
const chunks = big.match(/[\s\S]{1,65536}/g);
async function streamRun(lineMode) {
  const t0 = performance.now();
  let out = 0;
  for await (const c of lib.redactStream(Readable.from(chunks), { lineMode })) out += c.length;
  return { mbps: big.length / 1e6 / ((performance.now() - t0) / 1000), out };
}
const block = await streamRun(false);
const line = await streamRun(true);

const fmt = (ms) => `${ms.toFixed(3)} ms`;
const md = [
  '## Redaction (library and `stanch redact`)',
  '',
  `Node ${process.version}, one thread, regex backend chosen by \`auto\`; realistic log text with about one secret per 25 lines.`,
  '',
  '| input | p50 | p95 | runs | target |',
  '|---|---|---|---|---|',
  ...rows.map((r) => `| ${r.size === 1024 ? '1 KB' : '100 KB'} \`redact()\` | ${fmt(r.p50)} | ${fmt(r.p95)} | ${r.n} | ${r.size === 1024 ? '< 1 ms' : '< 10 ms'} |`),
  '',
  `Streaming (20 MB through \`redactStream\`, 64 KB chunks): block mode ${block.mbps.toFixed(1)} MB/s, line mode ${line.mbps.toFixed(1)} MB/s.`,
  '',
].join('\n');
mkdirSync(path.join(root, 'bench-notes'), { recursive: true });
writeFileSync(path.join(root, 'bench-notes/redact.md'), md);
console.log(md);
