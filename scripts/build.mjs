#!/usr/bin/env node
// Builds the self-contained bundles with @vercel/ncc:
//   src/entry/cli/index.ts    -> dist/cli/index.js     (the `stanch` bin; also its own worker script)
//   src/lib/index.ts          -> dist/lib/index.js     (+ .d.ts under dist/lib/types/), if present
//   src/entry/action/index.ts -> dist/action/index.js  (GitHub Action), if present
// Output is byte-reproducible: no cache, no source maps, no minifier, and a check that no
// absolute path of this machine ends up in the output. `--out DIR` writes elsewhere (the
// dist test rebuilds into a temp dir and compares with the committed dist/). `--only cli,lib`
// builds some targets; `--skip-gen` reuses the generated rules module.
// `re2` (native, optional) stays external: when it is missing, the engine uses its portable backend.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ncc from '@vercel/ncc';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outArg = process.argv.indexOf('--out');
const outDir = outArg > 0 ? path.resolve(process.argv[outArg + 1]) : path.join(root, 'dist');
const skipGen = process.argv.includes('--skip-gen');
const onlyArg = process.argv.indexOf('--only');
const only = onlyArg > 0 ? process.argv[onlyArg + 1].split(',') : undefined;

const TARGETS = [
  { name: 'cli', entry: 'src/entry/cli/index.ts', bin: true, types: false },
  { name: 'lib', entry: 'src/lib/index.ts', bin: false, types: true },
  { name: 'action', entry: 'src/entry/action/index.ts', bin: false, types: false },
];

function fail(msg) {
  console.error(`build: ${msg}`);
  process.exit(1);
}

if (!skipGen) {
  const gen = spawnSync(process.execPath, [path.join(root, 'scripts/gen-rules.mjs')], { stdio: 'inherit', cwd: root });
  if (gen.status !== 0) fail('scripts/gen-rules.mjs failed');
}

for (const t of TARGETS) {
  if (only && !only.includes(t.name)) continue;
  const entry = path.join(root, t.entry);
  if (!fs.existsSync(entry)) {
    console.log(`build: ${t.entry} not present, skipping ${t.name}`);
    continue;
  }
  const { code, assets } = await ncc(entry, {
    cache: false,
    externals: ['re2'],
    minify: false,
    sourceMap: false,
    target: 'es2022',
    quiet: true,
    license: '',
  });
  const dir = path.join(outDir, t.name);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });

  let body = code.replace(/^#!.*\n/, '');
  if (t.bin) body = `#!/usr/bin/env node\n${body}`;
  writeOut(path.join(dir, 'index.js'), body, t.bin ? 0o755 : 0o644);

  // Declarations only for the library, under types/ (package.json "types"): ncc emits one for
  // every file tsconfig includes, and only those the entry's declaration reaches belong in the package.
  const declarations = t.types ? reachableDeclarations(t.entry.replace(/\.ts$/, '.d.ts'), assets) : new Set();
  for (const [name, asset] of Object.entries(assets).sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (name.endsWith('.d.ts')) {
      if (declarations.has(name)) writeOut(path.join(dir, 'types', name.slice('src/'.length)), String(asset.source), 0o644);
      continue;
    }
    // Fixed mode: the asset's own mode depends on the umask of whoever built it.
    writeOut(path.join(dir, name), asset.source, 0o644);
  }
  console.log(`build: ${t.entry} -> ${path.relative(root, path.join(dir, 'index.js'))} (${(Buffer.byteLength(body) / 1024).toFixed(0)} KiB)`);
}

/** The declaration files `entry` (an asset name) imports, directly or not, itself included. */
function reachableDeclarations(entry, assets) {
  const seen = new Set();
  const visit = (name) => {
    if (seen.has(name)) return;
    const asset = assets[name];
    if (!asset) fail(`${name}: declaration not emitted`);
    seen.add(name);
    for (const m of String(asset.source).matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*)['"](\.{1,2}\/[^'"]+)['"]/g)) {
      visit(path.posix.join(path.posix.dirname(name), m[1].replace(/\.js$/, '.d.ts')));
    }
  };
  visit(entry);
  return seen;
}

function writeOut(file, content, mode) {
  const text = Buffer.isBuffer(content) ? content : Buffer.from(String(content));
  if (text.includes(root) || text.includes(outDir)) fail(`${path.relative(outDir, file)} contains an absolute build path; output would not be reproducible`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text, { mode });
  fs.chmodSync(file, mode);
}
