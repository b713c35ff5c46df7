/** Bundles the real CLI once per test file and installs it into test repositories as `npm i stanch` would. */
import { mkdirSync, writeFileSync, chmodSync, symlinkSync, appendFileSync } from 'node:fs';
import path from 'node:path';
import { tempDir } from '../git/helpers.js';

export async function bundleCli(): Promise<string> {
  const out = path.join(tempDir('stanch-cli-'), 'stanch.mjs');
  const { build } = (await import('rolldown')) as unknown as { build(o: object): Promise<unknown> };
  await build({
    input: path.join(__dirname, 'fixtures/cli.ts'),
    platform: 'node',
    logLevel: 'silent',
    external: [/^re2$/],
    output: { file: out, format: 'esm', codeSplitting: false },
  });
  return out;
}

/** node_modules/stanch (a package whose bin starts the bundle) and node_modules/.bin/stanch. */
export function installCliInto(repoDir: string, bundle: string): void {
  const pkg = path.join(repoDir, 'node_modules/stanch');
  mkdirSync(pkg, { recursive: true });
  mkdirSync(path.join(repoDir, 'node_modules/.bin'), { recursive: true });
  writeFileSync(path.join(pkg, 'package.json'), JSON.stringify({ name: 'stanch', version: '0.0.0-test', type: 'module', bin: { stanch: 'bin.mjs' } }));
  writeFileSync(path.join(pkg, 'bin.mjs'), `#!/usr/bin/env node\nimport ${JSON.stringify(bundle)};\n`);
  chmodSync(path.join(pkg, 'bin.mjs'), 0o755);
  symlinkSync('../stanch/bin.mjs', path.join(repoDir, 'node_modules/.bin/stanch'));
  appendFileSync(path.join(repoDir, '.gitignore'), 'node_modules/\n');
}
