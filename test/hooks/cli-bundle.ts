/** Bundles test/hooks/fixtures/cli.ts once per test file and makes `node_modules/.bin/stanch` shims for repos. */
import { mkdirSync, writeFileSync, chmodSync } from 'node:fs';
import path from 'node:path';
import { tempDir } from '../git/helpers.js';

export async function bundleCli(): Promise<string> {
  const out = path.join(tempDir('stanch-cli-'), 'stanch.mjs');
  const { build } = (await import('rolldown')) as unknown as {
    build(o: object): Promise<unknown>;
  };
  await build({
    input: path.join(__dirname, 'fixtures/cli.ts'),
    platform: 'node',
    logLevel: 'silent',
    external: [/^re2$/],
    output: { file: out, format: 'esm', inlineDynamicImports: true },
  });
  return out;
}

/** Puts `node_modules/.bin/stanch` in a repository, as `npm install stanch` would. */
export function installCliInto(repoDir: string, bundle: string): void {
  const bin = path.join(repoDir, 'node_modules/.bin');
  mkdirSync(bin, { recursive: true });
  writeFileSync(path.join(bin, 'stanch'), `#!/bin/sh\nexec node "${bundle}" "$@"\n`);
  chmodSync(path.join(bin, 'stanch'), 0o755);
  writeFileSync(path.join(repoDir, '.gitignore'), 'node_modules/\n');
}
