import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createProgress } from '../../src/entry/cli/progress.js';
import { handleError } from '../../src/entry/cli/main.js';
import { StanchError } from '../../src/model/errors.js';
import { failingExitCode } from '../../src/entry/cli/scan-runner.js';
import { parseSizeOption, wantColor } from '../../src/entry/cli/io.js';
import { makeFinding } from '../reporters/helpers.js';

function fakeTty() {
  const s = new PassThrough() as unknown as NodeJS.WriteStream & PassThrough;
  Object.assign(s, { isTTY: true, columns: 120, cursorTo: () => true, clearLine: () => true, moveCursor: () => true });
  let out = '';
  (s as unknown as PassThrough).on('data', (d: Buffer) => (out += d.toString()));
  return { stream: s, text: () => out };
}

describe('createProgress', () => {
  it('draws items, MB and rate on a TTY', () => {
    const t = fakeTty();
    const p = createProgress({ label: 'commits', totalItems: 10, stream: t.stream, enabled: true });
    p.update({ items: 5, bytes: 3 * 1024 * 1024 });
    p.stop();
    expect(t.text()).toMatch(/commits/);
    expect(t.text()).toMatch(/5\/10 items/);
    expect(t.text()).toMatch(/3\.0 MB/);
  });

  it('is silent when disabled (not a TTY, or CI)', () => {
    const t = fakeTty();
    const p = createProgress({ label: 'x', stream: t.stream, enabled: false });
    p.update({ items: 1 });
    p.stop();
    expect(t.text()).toBe('');
  });
});

describe('handleError', () => {
  afterEach(() => vi.restoreAllMocks());

  it('prints a StanchError as one line with its exit code', () => {
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    expect(handleError(new StanchError('bad thing\nsecond line', 2), {})).toBe(2);
    expect(err.mock.calls.map((c) => String(c[0])).join('')).toBe('stanch: bad thing\n');
  });

  it('prints an unexpected error as one line with the STANCH_DEBUG hint, the stack only when asked', () => {
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    expect(handleError(new TypeError('boom'), {})).toBe(2);
    const line = err.mock.calls.map((c) => String(c[0])).join('');
    expect(line).toBe('stanch: unexpected error: boom (run with STANCH_DEBUG=1 for details)\n');
    err.mockClear();
    handleError(new TypeError('boom'), { STANCH_DEBUG: '1' });
    expect(err.mock.calls.map((c) => String(c[0])).join('')).toMatch(/TypeError: boom\n\s+at /);
  });
});

describe('exit code policy', () => {
  it('fails on any finding by default, or at/above --fail-on', () => {
    const med = makeFinding({ severity: 'medium' });
    expect(failingExitCode([], { exitCode: 1 })).toBe(0);
    expect(failingExitCode([med], { exitCode: 1 })).toBe(1);
    expect(failingExitCode([med], { exitCode: 9, failOn: 'medium' })).toBe(9);
    expect(failingExitCode([med], { exitCode: 1, failOn: 'high' })).toBe(0);
  });
});

describe('option parsing', () => {
  it('parses sizes', () => {
    expect(parseSizeOption('500k')).toBe(512_000);
    expect(parseSizeOption('10MB')).toBe(10 * 1024 * 1024);
    expect(parseSizeOption('123')).toBe(123);
    expect(() => parseSizeOption('ten')).toThrow(/--max-file-size/);
  });

  it('decides colour from TTY, NO_COLOR and FORCE_COLOR', () => {
    const tty = { isTTY: true } as NodeJS.WriteStream;
    const pipe = { isTTY: false } as NodeJS.WriteStream;
    expect(wantColor(tty, {})).toBe(true);
    expect(wantColor(tty, { NO_COLOR: '1' })).toBe(false);
    expect(wantColor(pipe, {})).toBe(false);
    expect(wantColor(pipe, { FORCE_COLOR: '1' })).toBe(true);
  });
});
