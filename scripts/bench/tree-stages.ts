/**
 * What a tree scan costs stage by stage, with both cores busy: `npx tsx scripts/bench/tree-stages.ts
 * <tree> [runs]`. Each stage runs in two processes at once, each on half the files (alternating
 * groups of 16, as scan batches go), and its time is the slower process's, from its first file to
 * its last (no start-up, no walk). Stages, each doing all the work of the one before:
 *
 * - `read`: open, fstat, read into a reused buffer, close, NUL check (what `cat` does, plus the check);
 * - `keywords`: the bytes read straight into WebAssembly memory and the keyword automaton and the
 *   decoders' run finder run on them: no string, and the events are counted, not looked at. This is
 *   the least a keyword-prefiltered engine in this runtime does per byte (non-ASCII files take the
 *   string path, as the engine does);
 * - `detector`: what a scan thread does per file (read-file.ts, then the detector).
 *
 * Prints a line per stage, then one JSON line: best seconds per stage and `node -e 0`.
 */
import { spawn, spawnSync } from 'node:child_process';
import { isAscii } from 'node:buffer';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDetector } from '../../src/engine/detector.js';
import { INLINE_ALLOW_MARKERS } from '../../src/engine/allowlist.js';
import { tokenRunsRequest } from '../../src/engine/decoders/index.js';
import { KeywordPrefilter } from '../../src/engine/prefilter.js';
import { scanItem } from '../../src/pipeline/worker.js';
import { builtinAllowlists, builtinRules } from '../../src/rules/load.js';
import { BINARY_EXTENSIONS } from '../../src/sources/files.js';

const STAGES = ['read', 'keywords', 'detector'] as const;
type Stage = (typeof STAGES)[number];
const PARTS = 2;
const GROUP = 16;
const SNIFF = 8000;

if (process.argv[2] === '--child') {
  const [stage, part, root] = [process.argv[3] as Stage, Number(process.argv[4]), process.argv[5]];
  process.stdout.write(String(await runStage(stage, filesOf(root).filter((_, i) => Math.floor(i / GROUP) % PARTS === part))));
} else {
  const root = path.resolve(process.argv[2] ?? '/tmp/stanch-bench/tree-500');
  const runs = Number(process.argv[3] ?? 3);
  const best: Record<string, number> = {};
  for (let r = 0; r < runs; r++) {
    for (const stage of STAGES) {
      const times = await Promise.all(Array.from({ length: PARTS }, (_, part) => child(stage, part, root)));
      const t = Math.max(...times);
      best[stage] = Math.min(best[stage] ?? Infinity, t);
      console.log(`${stage.padEnd(9)} ${t.toFixed(3)} s (processes: ${times.map((x) => x.toFixed(3)).join(', ')})`);
    }
  }
  let nodeStart = Infinity;
  for (let r = 0; r < 5; r++) {
    const t = performance.now();
    spawnSync(process.execPath, ['-e', '0']);
    nodeStart = Math.min(nodeStart, (performance.now() - t) / 1000);
  }
  console.log(JSON.stringify({ ...best, nodeStart }));
}

function child(stage: Stage, part: number, root: string): Promise<number> {
  const script = fileURLToPath(import.meta.url);
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, ['--import', 'tsx', script, '--child', stage, String(part), root], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    p.stdout.on('data', (d: Buffer) => (out += d.toString()));
    p.on('exit', (code) => (code === 0 ? resolve(Number(out)) : reject(new Error(`${stage} part ${part} exited with ${code}`))));
  });
}

/** Regular files under root in the walk's order, without .git and the extensions it skips unread. */
function filesOf(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    const entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const p = path.join(dir, e.name);
      if (e.isDirectory() && e.name !== '.git') walk(p);
      else if (e.isFile() && !BINARY_EXTENSIONS.has(path.extname(e.name).slice(1).toLowerCase())) out.push(p);
    }
  };
  walk(root);
  return out;
}

/** Seconds to run `stage` over `files`, after one untimed pass over the first few for the JIT. */
async function runStage(stage: Stage, files: string[]): Promise<number> {
  const perFile = await stageFunction(stage);
  for (const f of files.slice(0, 200)) perFile(f);
  const t = performance.now();
  for (const f of files) perFile(f);
  return (performance.now() - t) / 1000;
}

async function stageFunction(stage: Stage): Promise<(file: string) => void> {
  const rules = builtinRules();
  if (stage === 'detector') {
    const detector = await createDetector({ config: { rules, allowlists: builtinAllowlists(), ignoredFingerprints: [], disabledRules: [], maxDecodeDepth: 2 } });
    return (file) => void scanItem(detector, { file, path: file, size: 0 });
  }
  let scratch = Buffer.allocUnsafeSlow(1 << 20);
  if (stage === 'read') {
    return (file) => {
      const n = readInto(file, (size) => (scratch.length > size ? scratch : (scratch = Buffer.allocUnsafeSlow(2 * size + 1))));
      scratch.subarray(0, Math.min(n, SNIFF)).includes(0);
    };
  }
  const keywords = [...new Set([...rules.flatMap((r) => (r.regex !== undefined ? r.keywords : [])), ...INLINE_ALLOW_MARKERS].map((k) => k.toLowerCase()))];
  const automaton = new KeywordPrefilter(keywords, { wasmAfter: 0 });
  const loop = automaton.wasmLoop();
  if (loop === null) throw new Error('no WebAssembly here');
  const found = new Uint8Array(keywords.length);
  let events = 0;
  const onEvent = (): void => void events++;
  return (file) => {
    let view: Uint8Array | null = null;
    const n = readInto(file, (size) => (view = loop.textView(size + 1))!);
    const bytes = view!.subarray(0, n);
    if (bytes.subarray(0, SNIFF).includes(0)) return;
    const runs = tokenRunsRequest();
    if (isAscii(bytes) && loop.scanBytes(n, runs.chars, runs.min, runs, onEvent)) return;
    found.fill(0);
    automaton.scanInto(Buffer.from(bytes.buffer, bytes.byteOffset, n).toString('utf8'), found, null, null, null, tokenRunsRequest());
  };
}

/** Reads a whole file into the buffer `bufferFor(size)` gives; returns the bytes read. */
function readInto(file: string, bufferFor: (size: number) => Uint8Array): number {
  const fd = fs.openSync(file, 'r');
  try {
    const size = fs.fstatSync(fd).size;
    const buf = bufferFor(size);
    let n = 0;
    for (let got = 1; got > 0 && n < buf.length; n += got) got = fs.readSync(fd, buf, n, buf.length - n, null);
    return n;
  } finally {
    fs.closeSync(fd);
  }
}
