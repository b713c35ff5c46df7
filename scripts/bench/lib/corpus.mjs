// Loads the labelled accuracy corpus (test/accuracy/*.ts) into plain Node by
// transpiling it with the project's TypeScript, and writes it to a private temp dir.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** Returns {buildCorpus, scoreFindings, formatScore} from test/accuracy, compiled into a temp dir. */
export async function loadAccuracyModules(repoRoot) {
  const ts = (await import('typescript')).default;
  const src = path.join(repoRoot, 'test/accuracy');
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'stanch-accuracy-js-'));
  for (const f of fs.readdirSync(src)) {
    if (!f.endsWith('.ts') || f.endsWith('.test.ts')) continue;
    const js = ts.transpileModule(fs.readFileSync(path.join(src, f), 'utf8'), {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: false },
      fileName: f,
    }).outputText;
    fs.writeFileSync(path.join(out, f.replace(/\.ts$/, '.js')), js);
  }
  fs.writeFileSync(path.join(out, 'package.json'), '{"type":"module"}');
  const corpus = await import(pathToFileURL(path.join(out, 'corpus.js')).href);
  const score = await import(pathToFileURL(path.join(out, 'score.js')).href);
  fs.rmSync(out, { recursive: true, force: true });
  return { buildCorpus: corpus.buildCorpus, scoreFindings: score.scoreFindings, formatScore: score.formatScore, explainScore: score.explainScore };
}

/** Writes the corpus into a fresh 0700 temp dir (files 0600: they hold synthetic secrets). */
export function writeCorpus(files) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stanch-corpus-'));
  fs.chmodSync(dir, 0o700);
  for (const f of files) {
    const p = path.join(dir, f.path);
    fs.mkdirSync(path.dirname(p), { recursive: true, mode: 0o700 });
    fs.writeFileSync(p, f.text, { mode: 0o600 });
  }
  return dir;
}
