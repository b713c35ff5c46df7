/** The published entry: `import … from 'stanch'` resolves to the bundled dist/lib with its types. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { createRedactor, redact, redactValue, scanText, type RedactionEvent } from 'stanch';

describe("the 'stanch' package entry", () => {
  it('exports the redaction API from the bundle', async () => {
    const events: RedactionEvent[] = [];
    const value = ['Zq8#vLp2', 'Rk9!mT4w'].join('');
    const out = await redact(`password = "${value}"`, { onFinding: (e) => events.push(e) });
    expect(out).toBe('password = "[REDACTED:generic-password]"');
    expect(JSON.stringify(events)).not.toContain(value);
    expect(await scanText('nothing here')).toEqual([]);
    expect(await redactValue({ password: value })).toEqual({ password: '[REDACTED:generic-password]' });
    expect(typeof createRedactor().pipe).toBe('function');
  });
});

describe("the package's declarations", () => {
  it('are complete: a strict consumer compiles against them with library checks on', () => {
    const types = resolve(import.meta.dirname, '../../dist/lib/types/lib/index.js');
    const dir = mkdtempSync(join(tmpdir(), 'stanch-types-'));
    try {
      const consumer = join(dir, 'consumer.ts');
      writeFileSync(
        consumer,
        [
          `import { createRedactor, createScanner, redact, scanText, type Finding, type RedactionEvent, type Severity } from ${JSON.stringify(types)};`,
          'const seen: RedactionEvent[] = [];',
          'export async function use(): Promise<Severity[]> {',
          '  await redact("x", { onFinding: (e) => seen.push(e) });',
          '  const found: Finding[] = await scanText("x");',
          '  (await createScanner({})).scanText("x");',
          '  createRedactor().end();',
          '  return found.map((f) => f.severity);',
          '}',
        ].join('\n'),
      );
      const program = ts.createProgram([consumer], { strict: true, noEmit: true, skipLibCheck: false, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, target: ts.ScriptTarget.ES2022, types: ['node'], typeRoots: [resolve(import.meta.dirname, '../../node_modules/@types')] });
      const problems = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      expect(problems).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
