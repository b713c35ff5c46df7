// Runs a command under GNU time to get wall time (hrtime) and peak RSS.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const TIME = '/usr/bin/time';

/** Makes sure GNU time exists (Debian package `time`); returns false when it cannot be had. */
export function ensureGnuTime() {
  if (fs.existsSync(TIME)) return true;
  console.error('bench: /usr/bin/time missing, installing Debian package "time"');
  spawnSync('apt-get', ['install', '-y', 'time'], { stdio: 'inherit' });
  return fs.existsSync(TIME);
}

/**
 * Runs `cmd args` once. Returns {wall (s), rssMb, code, errTail}. stdout is discarded
 * unless `stdoutFile` is given; stderr keeps only its last line (tools must not print
 * secret values there, and we never echo more than one line).
 */
export function runTimed(cmd, args, { cwd, stdinFile, stdoutFile, env } = {}) {
  const tfile = path.join(os.tmpdir(), `stanch-bench-time-${process.pid}-${Date.now()}.txt`);
  return new Promise((resolve) => {
    const stdin = stdinFile ? fs.openSync(stdinFile, 'r') : 'ignore';
    const stdout = stdoutFile ? fs.openSync(stdoutFile, 'w') : 'ignore';
    const t0 = process.hrtime.bigint();
    const child = spawn(TIME, ['-v', '-o', tfile, cmd, ...args], { cwd, env: env ?? process.env, stdio: [stdin, stdout, 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => {
      err = (err + d).slice(-4000);
    });
    child.on('close', (code) => {
      const wall = Number(process.hrtime.bigint() - t0) / 1e9;
      if (typeof stdin === 'number') fs.closeSync(stdin);
      if (typeof stdout === 'number') fs.closeSync(stdout);
      let rssKb = NaN;
      try {
        const txt = fs.readFileSync(tfile, 'utf8');
        rssKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(txt)?.[1] ?? NaN);
        const exit = /Exit status: (\d+)/.exec(txt);
        if (exit) code = Number(exit[1]);
        fs.rmSync(tfile, { force: true });
      } catch {
        /* time could not write: keep NaN */
      }
      const errTail = err.trim().split('\n').pop()?.slice(0, 200) ?? '';
      resolve({ wall, rssMb: rssKb / 1024, code, errTail });
    });
  });
}

/**
 * Alternates the contenders `runs` times (A B C, A B C, …) and keeps the best
 * (minimum) wall time of each, with the RSS of its best run and the max RSS seen.
 * A contender is {name, cmd, args, opts, okCodes}; a failing run marks it failed.
 */
export async function alternate(contenders, runs, log = () => {}) {
  const out = Object.fromEntries(contenders.map((c) => [c.name, { best: Infinity, rssMb: NaN, maxRssMb: 0, walls: [], failed: null }]));
  for (let r = 1; r <= runs; r++) {
    for (const c of contenders) {
      const o = out[c.name];
      if (o.failed) continue;
      const res = await runTimed(c.cmd, c.args, c.opts);
      if (!(c.okCodes ?? [0]).includes(res.code)) {
        o.failed = `exit ${res.code}: ${res.errTail}`;
        log(`  ${c.name} run ${r}: FAILED (${o.failed})`);
        continue;
      }
      o.walls.push(res.wall);
      o.maxRssMb = Math.max(o.maxRssMb, res.rssMb);
      if (res.wall < o.best) {
        o.best = res.wall;
        o.rssMb = res.rssMb;
      }
      log(`  ${c.name} run ${r}: ${res.wall.toFixed(2)} s, ${res.rssMb.toFixed(0)} MB RSS`);
      c.afterRun?.(r);
    }
  }
  return out;
}
