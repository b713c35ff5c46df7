/** Temp dirs, executable scripts and synthetic values for the rotation tests. */
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomString } from '../../src/rotation/generators.js';

const made: string[] = [];

export function tempDir(prefix = 'stanch-rot-'): string {
  const d = mkdtempSync(join(tmpdir(), prefix));
  made.push(d);
  return d;
}

export function removeTempDirs(): void {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
}

/** Writes an executable shell script. */
export function script(dir: string, name: string, body: string): string {
  const p = join(dir, name);
  writeFileSync(p, `#!/bin/sh\n${body}\n`);
  chmodSync(p, 0o755);
  return p;
}

/** A Stripe-test-key-shaped value built at run time (never a literal token in the source). */
export function fakeStripeTestKey(): string {
  return ['sk', 'test', ''].join('_') + randomString(32, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789');
}
