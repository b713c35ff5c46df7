/**
 * JSON with key order kept exactly (a JS object would move integer-like keys) and ints told apart from
 * floats the way sops' JSON store does: a number that parses as a 64-bit integer is `int`, else `float`.
 * Written with tab indentation like sops. Also the container for binary files: {"data": ..., "sops": ...}.
 */
import { StoreError } from '../../errors.js';
import { SopsComment, type SopsLeaf } from '../cipher.js';
import { CommentStack, type Visitor } from '../tree.js';
import type { KeySeg, PlainNode, SopsDocument } from './types.js';

export class JsonObject {
  constructor(public entries: Array<[string, JsonValue]> = []) {}
  get(key: string): JsonValue | undefined {
    return this.entries.find(([k]) => k === key)?.[1];
  }
  set(key: string, value: JsonValue): void {
    const e = this.entries.find(([k]) => k === key);
    if (e) e[1] = value;
    else this.entries.push([key, value]);
  }
  delete(key: string): boolean {
    const i = this.entries.findIndex(([k]) => k === key);
    if (i < 0) return false;
    this.entries.splice(i, 1);
    return true;
  }
}
export type JsonValue = JsonObject | JsonValue[] | SopsLeaf | null;

const INT64_MAX = 2n ** 63n - 1n;
const INT64_MIN = -(2n ** 63n);

/** A strict JSON parser producing ordered objects; errors name line and column. */
export function parseOrderedJson(text: string, file: string): JsonValue {
  let i = 0;
  const fail = (what: string): never => {
    const before = text.slice(0, i);
    const line = before.split('\n').length;
    const col = i - before.lastIndexOf('\n');
    throw new StoreError(`${file}:${line}:${col}: invalid JSON (${what})`, 'invalid');
  };
  const ws = () => {
    while (i < text.length && ' \t\r\n'.includes(text[i])) i++;
  };
  const value = (): JsonValue => {
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      const obj = new JsonObject();
      ws();
      if (text[i] === '}') {
        i++;
        return obj;
      }
      for (;;) {
        ws();
        if (text[i] !== '"') fail('expected a string key');
        const k = str();
        ws();
        if (text[i] !== ':') fail('expected ":"');
        i++;
        obj.entries.push([k, value()]);
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') {
          i++;
          return obj;
        }
        fail('expected "," or "}"');
      }
    }
    if (c === '[') {
      i++;
      const arr: JsonValue[] = [];
      ws();
      if (text[i] === ']') {
        i++;
        return arr;
      }
      for (;;) {
        arr.push(value());
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === ']') {
          i++;
          return arr;
        }
        fail('expected "," or "]"');
      }
    }
    if (c === '"') return str();
    for (const [word, v] of [['true', true], ['false', false], ['null', null]] as const) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return v;
      }
    }
    const m = /^-?(?:0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m) return fail('unexpected character');
    i += m[0].length;
    if (!m[1] && !m[2]) {
      const n = BigInt(m[0]);
      if (n >= INT64_MIN && n <= INT64_MAX) return n;
    }
    return Number(m[0]);
  };
  const str = (): string => {
    const start = i;
    i++;
    while (i < text.length && text[i] !== '"') {
      if (text[i] === '\\') i++;
      else if (text.charCodeAt(i) < 0x20) fail('control character in string');
      i++;
    }
    if (i >= text.length) fail('unterminated string');
    i++;
    try {
      return JSON.parse(text.slice(start, i)) as string;
    } catch {
      return fail('bad escape in string');
    }
  };
  const out = value();
  ws();
  if (i < text.length) fail('trailing characters');
  return out;
}

export function stringifyOrderedJson(v: JsonValue, indent = ''): string {
  const inner = `${indent}\t`;
  if (v instanceof JsonObject) {
    if (v.entries.length === 0) return '{}';
    return `{\n${v.entries.map(([k, x]) => `${inner}${JSON.stringify(k)}: ${stringifyOrderedJson(x, inner)}`).join(',\n')}\n${indent}}`;
  }
  if (Array.isArray(v)) {
    if (v.length === 0) return '[]';
    return `[\n${v.map((x) => inner + stringifyOrderedJson(x, inner)).join(',\n')}\n${indent}]`;
  }
  if (v === null) return 'null';
  if (typeof v === 'bigint') return v.toString();
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw new StoreError('JSON cannot hold NaN or Infinity', 'invalid');
    return String(v);
  }
  if (v instanceof Uint8Array) return JSON.stringify(Buffer.from(v).toString('utf8'));
  if (typeof v === 'object') return JSON.stringify(String(v));
  return JSON.stringify(v);
}

export class JsonSopsDocument implements SopsDocument {
  readonly format: 'json' | 'binary' = 'json';
  constructor(
    readonly root: JsonObject,
    protected readonly file: string,
  ) {}

  static parse(text: string, file: string): JsonSopsDocument {
    const root = parseOrderedJson(text, file);
    if (!(root instanceof JsonObject)) throw new StoreError(`${file}: a sops JSON document must be an object at the top`, 'invalid');
    return new JsonSopsDocument(root, file);
  }

  walk(visit: Visitor): void {
    const stack = new CommentStack();
    stack.enter();
    for (const entry of this.root.entries) {
      if (entry[0] === 'sops') continue;
      entry[1] = walkValue(entry[1], [entry[0]], stack, visit);
      stack.clearLevel();
    }
  }

  metadata(): unknown {
    const md = this.root.get('sops');
    return md === undefined ? undefined : toPlainJs(md);
  }

  setMetadata(md: Record<string, unknown> | undefined): void {
    this.root.delete('sops');
    if (md !== undefined) this.root.entries.push(['sops', fromPlainJs(md)]);
  }

  get(path: readonly KeySeg[]): PlainNode | undefined {
    const v = this.find(path);
    return v === undefined ? undefined : toPlainNode(v);
  }

  set(path: readonly KeySeg[], value: SopsLeaf): void {
    let node: JsonValue = this.root;
    for (let i = 0; i < path.length; i++) {
      const seg = path[i];
      const last = i === path.length - 1;
      if (node instanceof JsonObject) {
        if (last) return node.set(String(seg), value);
        let next = node.get(String(seg));
        if (!(next instanceof JsonObject) && !Array.isArray(next)) {
          if (next !== undefined && next !== null) throw new StoreError(`${this.file}: ${path.slice(0, i + 1).join('.')} is a value, not a map`, 'invalid');
          next = typeof path[i + 1] === 'number' ? [] : new JsonObject();
          node.set(String(seg), next);
        }
        node = next;
      } else if (Array.isArray(node) && typeof seg === 'number' && seg <= node.length) {
        if (last) {
          node[seg] = value;
          return;
        }
        let next: JsonValue | undefined = node[seg];
        if (!(next instanceof JsonObject) && !Array.isArray(next)) {
          next = typeof path[i + 1] === 'number' ? [] : new JsonObject();
          node[seg] = next;
        }
        node = next;
      } else {
        throw new StoreError(`${this.file}: cannot set ${path.join('.')} (not a map or a valid list index)`, 'invalid');
      }
    }
  }

  delete(path: readonly KeySeg[]): boolean {
    if (path.length === 0) return false;
    const parent = this.find(path.slice(0, -1));
    const seg = path[path.length - 1];
    if (parent instanceof JsonObject) return !(path.length === 1 && seg === 'sops') && parent.delete(String(seg));
    if (Array.isArray(parent) && typeof seg === 'number' && seg < parent.length) {
      parent.splice(seg, 1);
      return true;
    }
    return false;
  }

  protected find(path: readonly KeySeg[]): JsonValue | undefined {
    let node: JsonValue | undefined = this.root;
    for (let i = 0; i < path.length; i++) {
      const seg = path[i];
      if (node instanceof JsonObject) {
        if (i === 0 && seg === 'sops') return undefined;
        node = node.get(String(seg));
      } else if (Array.isArray(node) && typeof seg === 'number') node = node[seg];
      else return undefined;
    }
    return node;
  }

  serialize(): Buffer {
    return Buffer.from(`${stringifyOrderedJson(this.root)}\n`, 'utf8');
  }
}

/** A binary file: sops stores the whole content as one string value under "data". */
export class BinarySopsDocument extends JsonSopsDocument {
  override readonly format = 'binary' as const;

  static fromPlain(bytes: Uint8Array, file: string): BinarySopsDocument {
    return new BinarySopsDocument(new JsonObject([['data', new Uint8Array(bytes)]]), file);
  }

  static parseEncrypted(text: string, file: string): BinarySopsDocument {
    const doc = JsonSopsDocument.parse(text, file);
    return new BinarySopsDocument(doc.root, file);
  }

  /** The decrypted content. */
  content(): Buffer {
    const v = this.root.get('data');
    if (v instanceof Uint8Array) return Buffer.from(v);
    if (typeof v === 'string') return Buffer.from(v, 'utf8');
    throw new StoreError(`${this.file}: binary sops file has no "data" value`, 'invalid');
  }
}

function walkValue(v: JsonValue, path: string[], stack: CommentStack, visit: Visitor): JsonValue {
  if (v === null) return v;
  if (v instanceof JsonObject) {
    stack.enter();
    for (const entry of v.entries) {
      entry[1] = walkValue(entry[1], [...path, entry[0]], stack, visit);
      stack.clearLevel();
    }
    stack.leave();
    return v;
  }
  if (Array.isArray(v)) {
    stack.enter();
    for (let i = 0; i < v.length; i++) {
      v[i] = walkValue(v[i], path, stack, visit);
      stack.clearLevel();
    }
    stack.leave();
    return v;
  }
  const out = visit(v, path, stack.snapshot());
  if (out instanceof SopsComment) throw new Error('visitor returned a comment for a value');
  return out;
}

function toPlainJs(v: JsonValue): unknown {
  if (v instanceof JsonObject) return Object.fromEntries(v.entries.map(([k, x]) => [k, toPlainJs(x)]));
  if (Array.isArray(v)) return v.map(toPlainJs);
  if (typeof v === 'bigint') return Number(v);
  if (v !== null && typeof v === 'object' && !(v instanceof Uint8Array)) return String(v);
  return v;
}

function fromPlainJs(v: unknown): JsonValue {
  if (Array.isArray(v)) return v.map(fromPlainJs);
  if (v !== null && typeof v === 'object' && !(v instanceof Uint8Array)) {
    return new JsonObject(Object.entries(v as Record<string, unknown>).map(([k, x]) => [k, fromPlainJs(x)]));
  }
  if (typeof v === 'number' && Number.isInteger(v)) return BigInt(v);
  return v as JsonValue;
}

function toPlainNode(v: JsonValue): PlainNode {
  if (v instanceof JsonObject) return { kind: 'map', entries: v.entries.map(([k, x]) => [k, toPlainNode(x)]) };
  if (Array.isArray(v)) return { kind: 'list', items: v.map(toPlainNode) };
  return { kind: 'leaf', value: v };
}
