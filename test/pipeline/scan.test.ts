import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { scanSource } from '../../src/pipeline/scan.js';
import { prestartedWorkers, prestartScanWorkers } from '../../src/pipeline/prestart.js';
import { FileSource } from '../../src/sources/files.js';
import { defaultConfig } from '../../src/config/load.js';
import { createDetector } from '../../src/engine/detector.js';
import { createBaseline } from '../../src/baseline/baseline.js';
import type { DetectorOptions } from '../../src/model/contracts.js';
import { fakeAwsKeyId } from '../reporters/helpers.js';
import { cliBundle } from '../cli/bundle.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'stanch-pipeline-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const detectorOptions = (): DetectorOptions => ({ config: defaultConfig() });

describe('scanSource', () => {
  it('finds secrets in files with exact positions and stats', async () => {
    const key = fakeAwsKeyId();
    writeFileSync(join(dir, 'a.env'), `# creds\nAWS_ACCESS_KEY_ID=${key}\n`);
    writeFileSync(join(dir, 'clean.txt'), 'nothing here\n');
    const r = await scanSource({ source: new FileSource({ cwd: dir }), detectorOptions: detectorOptions() });
    const aws = r.findings.filter((f) => f.ruleId === 'aws-access-token');
    expect(aws).toHaveLength(1);
    expect(aws[0]).toMatchObject({ path: 'a.env', startLine: 2, startColumn: 19, secret: key });
    expect(r.stats.files).toBe(2);
    expect(r.workersUsed).toBe(0);
  });

  it('reports a key in a chunked single-line file once, at its true column', async () => {
    const keys = [fakeAwsKeyId(), fakeAwsKeyId(), fakeAwsKeyId()];
    // chunk 64 KiB, overlap 8 KiB: place keys across the first boundary and inside the overlap
    const positions = [64 * 1024 - 8, 60 * 1024, 200 * 1024];
    const buf = Buffer.alloc(300 * 1024, ' ');
    keys.forEach((k, i) => buf.write(k, positions[i], 'latin1'));
    writeFileSync(join(dir, 'min.js'), buf);
    const source = new FileSource({ cwd: dir, wholeFileLimit: 1024, chunkSize: 64 * 1024, chunkOverlap: 8 * 1024 });
    const r = await scanSource({ source, detector: await createDetector(detectorOptions()) });
    const got = r.findings.filter((f) => f.ruleId === 'aws-access-token').map((f) => [f.secret, f.startLine, f.startColumn]);
    expect(got).toEqual(keys.map((k, i) => [k, 1, positions[i] + 1]).sort((a, b) => (a[2] as number) - (b[2] as number)));
  });

  it('applies a baseline: hides known findings and returns stale entries', async () => {
    const key = fakeAwsKeyId();
    writeFileSync(join(dir, 'a.env'), `AWS_ACCESS_KEY_ID=${key}\n`);
    const first = await scanSource({ source: new FileSource({ cwd: dir }), detectorOptions: detectorOptions() });
    const baseline = createBaseline(first.findings);
    baseline.entries.push({ fingerprint: 'gone', ruleId: 'x', path: 'old.env', hint: '********' });
    const second = await scanSource({ source: new FileSource({ cwd: dir }), detectorOptions: detectorOptions(), baseline });
    expect(second.findings).toEqual([]);
    expect(second.suppressed).toBe(first.findings.length);
    expect(second.stale.map((e) => e.fingerprint)).toEqual(['gone']);
  });

  it('spreads a large scan over worker threads and returns the same findings', async () => {
    const bundle = cliBundle();
    for (let i = 0; i < 40; i++) {
      const lines = Array.from({ length: 2000 }, (_, j) => (j === 1000 ? `key${i}=${fakeAwsKeyId()}` : `line ${j} of file ${i} ${'x'.repeat(40)}`));
      writeFileSync(join(dir, `f${String(i).padStart(2, '0')}.txt`), lines.join('\n'));
    }
    // Workers read these files themselves: binary, empty and UTF-16 ones must come out the same.
    writeFileSync(join(dir, 'blob.dat'), Buffer.from([1, 2, 0, 3]));
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`k=${fakeAwsKeyId()}\n`, 'utf16le')]));
    const inThreadSkips: string[] = [];
    const inThreadSource = new FileSource({ cwd: dir, onSkip: (s) => inThreadSkips.push(`${s.path}: ${s.reason}`) });
    const inThread = await scanSource({ source: inThreadSource, detectorOptions: detectorOptions() });
    let lastProgress = 0;
    const skips: string[] = [];
    const source = new FileSource({ cwd: dir, onSkip: (s) => skips.push(`${s.path}: ${s.reason}`) });
    const parallel = await scanSource({
      source,
      detectorOptions: detectorOptions(),
      workers: 2,
      workerScript: bundle,
      workerThreshold: 64 * 1024,
      onProgress: (p) => (lastProgress = p.fragments),
    });
    expect(parallel.workersUsed).toBe(2);
    expect(lastProgress).toBe(42);
    expect(parallel.findings.length).toBe(41);
    expect(parallel.findings).toEqual(inThread.findings);
    expect(parallel.stats).toEqual(inThread.stats);
    expect(parallel.stats).toMatchObject({ files: 42, skipped: 1 });
    expect(skips).toEqual(['blob.dat: binary file (NUL byte)']);
    expect(skips).toEqual(inThreadSkips);
  }, 300_000);

  it('takes workers started ahead of the scan, and stops those it does not use', async () => {
    const bundle = cliBundle();
    for (let i = 0; i < 8; i++) writeFileSync(join(dir, `f${i}.txt`), `key=${fakeAwsKeyId()}\n${'filler line\n'.repeat(3000)}`);
    const inThread = await scanSource({ source: new FileSource({ cwd: dir }), detectorOptions: detectorOptions() });
    // One started for another script (and one that cannot start) are dropped, not used.
    prestartScanWorkers('/nonexistent/worker.js', 1);
    prestartScanWorkers(bundle, 1);
    const options = { detectorOptions: detectorOptions(), workers: 2, workerScript: bundle, workerThreshold: 16 * 1024 };
    const parallel = await scanSource({ source: new FileSource({ cwd: dir }), ...options });
    expect(parallel.workersUsed).toBe(2);
    expect(parallel.findings).toHaveLength(8);
    expect(parallel.findings).toEqual(inThread.findings);
    expect(prestartedWorkers()).toBe(0);
    prestartScanWorkers(bundle, 2);
    const small = await scanSource({ source: new FileSource({ cwd: dir }), ...options, workerThreshold: 1 << 30 });
    expect(small.workersUsed).toBe(0);
    expect(small.findings).toEqual(inThread.findings);
    expect(prestartedWorkers()).toBe(0);
  }, 300_000);

  it('stays in-thread when the input is below the worker threshold', async () => {
    writeFileSync(join(dir, 'a.env'), `AWS_ACCESS_KEY_ID=${fakeAwsKeyId()}\n`);
    const r = await scanSource({
      source: new FileSource({ cwd: dir }),
      detectorOptions: detectorOptions(),
      workers: 2,
      workerScript: '/nonexistent/worker.js',
    });
    expect(r.workersUsed).toBe(0);
    expect(r.findings).toHaveLength(1);
  });
});
