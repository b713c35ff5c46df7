import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { parseInputs } from '../../src/entry/action/inputs.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const action = parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8'));

describe('action.yml', () => {
  it('runs the ncc bundle on node24', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/action/index.js' });
  });

  it('declares exactly the inputs inputs.ts reads, and their defaults parse', () => {
    const read: string[] = [];
    const parsed = parseInputs((name) => {
      read.push(name);
      const d = action.inputs[name]?.default;
      return typeof d === 'string' && !d.includes('${{') ? d : '';
    });
    expect(read.sort()).toEqual(Object.keys(action.inputs).sort());
    expect(parsed.scan).toEqual({ kind: 'auto' });
    expect(action.inputs.token.default).toBe('${{ github.token }}');
  });

  it('declares the outputs run.ts sets', () => {
    expect(Object.keys(action.outputs).sort()).toEqual(
      ['error', 'failed', 'findings', 'findings-critical', 'findings-high', 'findings-low', 'findings-medium', 'report', 'rotated', 'sarif'].sort(),
    );
  });

  it('the shipped workflows parse and pass only declared inputs to the Action', () => {
    const files = [
      ...readdirSync(path.join(ROOT, 'examples')).map((f) => path.join(ROOT, 'examples', f)),
      path.join(ROOT, '.github/workflows/ci.yml'),
    ].filter((f) => f.endsWith('.yml'));
    expect(files.length).toBeGreaterThanOrEqual(5);
    let uses = 0;
    for (const f of files) {
      const wf = parse(readFileSync(f, 'utf8'));
      expect(wf.on, f).toBeTruthy();
      for (const job of Object.values<any>(wf.jobs)) {
        for (const step of job.steps ?? []) {
          if (typeof step.uses === 'string' && (step.uses.startsWith('stanch-dev/stanch') || step.uses === './')) {
            uses++;
            for (const k of Object.keys(step.with ?? {})) expect(Object.keys(action.inputs), `${f}: ${k}`).toContain(k);
          }
        }
      }
    }
    expect(uses).toBeGreaterThanOrEqual(5);
  });
});
