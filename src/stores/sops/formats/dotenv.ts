/**
 * dotenv as sops reads it (stores/dotenv): one KEY=VALUE per line, the value taken literally (quotes
 * included) except that `\n` stands for a newline, `#` lines are comments. Metadata lives in `sops_*` lines, flattened (`sops_age__list_0__map_enc`)
 * with newlines written as `\n`. Blank lines are kept by stanch (sops drops them; harmless either way).
 */
import { StoreError } from '../../errors.js';
import { SopsComment, type SopsLeaf } from '../cipher.js';
import { flattenMetadata, unflattenMetadata } from '../metadata.js';
import { CommentStack, type Visitor } from '../tree.js';
import type { KeySeg, PlainNode, SopsDocument } from './types.js';

type Line = { kind: 'blank' } | { kind: 'comment'; text: string } | { kind: 'kv'; key: string; value: SopsLeaf };

const PREFIX = 'sops_';

export class DotenvSopsDocument implements SopsDocument {
  readonly format = 'dotenv' as const;
  private constructor(
    private lines: Line[],
    private meta: Array<[string, string]>,
    private readonly file: string,
  ) {}

  static parse(text: string, file: string): DotenvSopsDocument {
    const lines: Line[] = [];
    const meta: Array<[string, string]> = [];
    const raw = text.split('\n');
    if (raw[raw.length - 1] === '') raw.pop();
    raw.forEach((line, idx) => {
      if (line.endsWith('\r')) line = line.slice(0, -1);
      if (line === '') return lines.push({ kind: 'blank' });
      if (line.startsWith('#')) return lines.push({ kind: 'comment', text: line.slice(1) });
      const eq = line.indexOf('=');
      if (eq < 0) throw new StoreError(`${file}:${idx + 1}: invalid dotenv line (expected KEY=VALUE)`, 'invalid');
      const key = line.slice(0, eq);
      const value = line.slice(eq + 1).replaceAll('\\n', '\n');
      if (key.startsWith(PREFIX)) meta.push([key.slice(PREFIX.length), value]);
      else lines.push({ kind: 'kv', key, value });
    });
    return new DotenvSopsDocument(lines, meta, file);
  }

  walk(visit: Visitor): void {
    const stack = new CommentStack();
    stack.enter();
    for (const line of this.lines) {
      if (line.kind === 'comment') {
        stack.addComment(line.text);
        const out = visit(new SopsComment(line.text), [], stack.snapshot());
        line.text = out instanceof SopsComment ? out.text : String(out);
      } else if (line.kind === 'kv') {
        const out = visit(line.value, [line.key], stack.snapshot());
        if (out instanceof SopsComment) throw new Error('visitor returned a comment for a value');
        line.value = out;
        stack.clearLevel();
      }
    }
  }

  metadata(): unknown {
    return this.meta.length === 0 ? undefined : unflattenMetadata(this.meta);
  }

  setMetadata(md: Record<string, unknown> | undefined): void {
    this.meta = md === undefined ? [] : flattenMetadata(md).map(([k, v]) => [k, String(v)]);
  }

  get(path: readonly KeySeg[]): PlainNode | undefined {
    if (path.length === 0) {
      return { kind: 'map', entries: this.kvs().map((l) => [l.key, { kind: 'leaf', value: l.value }] as [string, PlainNode]) };
    }
    if (path.length !== 1) return undefined;
    const line = this.kvs().find((l) => l.key === String(path[0]));
    return line ? { kind: 'leaf', value: line.value } : undefined;
  }

  set(path: readonly KeySeg[], value: SopsLeaf): void {
    if (path.length !== 1) throw new StoreError(`${this.file}: dotenv files are flat; use a single KEY`, 'invalid');
    const key = String(path[0]);
    if (!/^[^=#\s][^=\n]*$/.test(key) || key.startsWith(PREFIX)) {
      throw new StoreError(`${this.file}: "${key}" cannot be a dotenv key`, 'invalid');
    }
    const line = this.kvs().find((l) => l.key === key);
    if (line) line.value = value;
    else this.lines.push({ kind: 'kv', key, value });
  }

  delete(path: readonly KeySeg[]): boolean {
    if (path.length !== 1) return false;
    const before = this.lines.length;
    this.lines = this.lines.filter((l) => !(l.kind === 'kv' && l.key === String(path[0])));
    return this.lines.length !== before;
  }

  serialize(): Buffer {
    const out: string[] = [];
    for (const l of this.lines) {
      if (l.kind === 'blank') out.push('');
      else if (l.kind === 'comment') out.push(`#${l.text}`);
      else out.push(`${l.key}=${leafText(l.value).replaceAll('\n', '\\n')}`);
    }
    for (const [k, v] of this.meta) out.push(`${PREFIX}${k}=${v.replaceAll('\n', '\\n')}`);
    return Buffer.from(out.length ? `${out.join('\n')}\n` : '', 'utf8');
  }

  private kvs(): Array<Extract<Line, { kind: 'kv' }>> {
    return this.lines.filter((l): l is Extract<Line, { kind: 'kv' }> => l.kind === 'kv');
  }
}

function leafText(v: SopsLeaf): string {
  if (v instanceof Uint8Array) return Buffer.from(v).toString('utf8');
  return String(v);
}
