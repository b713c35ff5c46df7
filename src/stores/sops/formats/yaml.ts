/**
 * YAML through the `yaml` Document API, edited in place so key order, comments and most formatting stay.
 * Walk order follows sops' YAML store: comments before a key, a scalar value's own comments, the value,
 * then a collection's trailing comments. A comment's path is the path of the collection that holds it.
 */
import { Document, isAlias, isMap, isScalar, isSeq, parseAllDocuments, Pair, Scalar, YAMLMap, YAMLSeq, type Node } from 'yaml';
import { StoreError } from '../../errors.js';
import { SopsComment, SopsTime, type SopsLeaf } from '../cipher.js';
import { needsQuotesForGoYaml, resolvePlainScalar, type ResolvedPlain } from './yaml-resolve.js';
import { CommentStack, type Visitor } from '../tree.js';
import type { KeySeg, PlainNode, SopsDocument } from './types.js';

type CommentHolder = { commentBefore?: string | null; comment?: string | null };

export class YamlSopsDocument implements SopsDocument {
  readonly format = 'yaml' as const;
  private constructor(
    private readonly docs: Document[],
    private readonly indent: number,
    private readonly file: string,
  ) {}

  static parse(text: string, file: string): YamlSopsDocument {
    const docs = parseAllDocuments(text, { intAsBigInt: true, uniqueKeys: false }) as unknown as Document[];
    if (!Array.isArray(docs)) throw new StoreError(`${file}: not a YAML stream`, 'invalid');
    for (const d of docs) {
      const err = d.errors[0];
      if (err) {
        const line = err.linePos?.[0]?.line;
        throw new StoreError(`${file}${line ? `:${line}` : ''}: invalid YAML (${err.code})`, 'invalid');
      }
      if (d.contents !== null && !isMap(d.contents)) {
        throw new StoreError(`${file}: a sops YAML document must be a mapping at the top`, 'invalid');
      }
    }
    if (docs.length === 0) docs.push(new Document({}) as Document);
    return new YamlSopsDocument(docs, detectIndent(text), file);
  }

  walk(visit: Visitor): void {
    for (const doc of this.docs) {
      const stack = new CommentStack();
      stack.enter();
      this.walkComments(doc, 'commentBefore', [], stack, visit);
      if (isMap(doc.contents)) this.walkMap(doc.contents, [], stack, visit, true);
      this.walkComments(doc, 'comment', [], stack, visit);
    }
  }

  private walkComments(holder: CommentHolder, field: 'commentBefore' | 'comment', path: string[], stack: CommentStack, visit: Visitor): void {
    const text = holder[field];
    if (typeof text !== 'string' || text === '') return;
    holder[field] = text
      .split('\n')
      .map((line) => {
        if (line === '') return line;
        stack.addComment(line);
        const out = visit(new SopsComment(line), path, stack.snapshot());
        return out instanceof SopsComment ? out.text : String(out);
      })
      .join('\n');
  }

  private walkMap(map: YAMLMap, path: string[], stack: CommentStack, visit: Visitor, root = false): void {
    if (!root) stack.enter();
    this.walkComments(map, 'commentBefore', path, stack, visit);
    for (const pair of map.items) {
      const key = keyText(pair.key, this.file);
      if (root && key === 'sops') {
        // Comments just above the metadata block belong to the document (sops writes the foot comment there).
        if (isScalar(pair.key)) this.walkComments(pair.key, 'commentBefore', path, stack, visit);
        continue;
      }
      if (isScalar(pair.key)) {
        this.walkComments(pair.key, 'commentBefore', path, stack, visit);
        this.walkComments(pair.key, 'comment', path, stack, visit);
      }
      this.walkValue(pair.value as Node | null, [...path, key], path, stack, visit);
      stack.clearLevel();
    }
    this.walkComments(map, 'comment', path, stack, visit);
    if (!root) stack.leave();
  }

  private walkSeq(seq: YAMLSeq, path: string[], stack: CommentStack, visit: Visitor): void {
    stack.enter();
    this.walkComments(seq, 'commentBefore', path, stack, visit);
    // sops 3.x writes comments inside lists as list items (`- ENC[...,type:comment]`) and turns them back
    // into comments when decrypting; we do the same, attaching them before the next item.
    const kept: unknown[] = [];
    let pending: string[] = [];
    for (const item of seq.items) {
      const turned = this.walkValue(item as Node | null, path, path, stack, visit);
      stack.clearLevel();
      if (turned) {
        pending.push(turned.text);
        continue;
      }
      if (pending.length > 0 && item && typeof item === 'object') {
        const holder = item as CommentHolder;
        holder.commentBefore = [...pending, ...(holder.commentBefore ? [holder.commentBefore] : [])].join('\n');
        pending = [];
      }
      kept.push(item);
    }
    if (pending.length > 0) seq.comment = [...(seq.comment ? [seq.comment] : []), ...pending].join('\n');
    seq.items = kept;
    this.walkComments(seq, 'comment', path, stack, visit);
    stack.leave();
  }

  /** Returns a comment when a list item was a sops-encrypted comment (see walkSeq). */
  private walkValue(node: Node | null, path: string[], parentPath: string[], stack: CommentStack, visit: Visitor): SopsComment | undefined {
    if (node === null || node === undefined) return;
    if (isAlias(node)) throw new StoreError(`${this.file}: YAML aliases are not supported in sops files (at ${path.join('.')})`, 'invalid');
    if (isMap(node)) return void this.walkMap(node, path, stack, visit);
    if (isSeq(node)) return void this.walkSeq(node, path, stack, visit);
    if (!isScalar(node)) return;
    this.walkComments(node, 'commentBefore', parentPath, stack, visit);
    this.walkComments(node, 'comment', parentPath, stack, visit);
    const value = scalarLeaf(node);
    if (value === null) return;
    if (!isLeaf(value)) throw new StoreError(`${this.file}: unsupported YAML value at ${path.join('.')}`, 'invalid');
    const out = visit(value, path, stack.snapshot());
    if (out instanceof SopsComment) {
      if (path === parentPath) return out;
      throw new StoreError(`${this.file}: the value at ${path.join('.')} is an encrypted comment`, 'invalid');
    }
    if (out !== value) setScalar(node, out);
  }

  metadata(): unknown {
    const root = this.docs[0].contents;
    if (!isMap(root)) return undefined;
    const node = root.get('sops', true);
    return node ? (node as Node).toJSON() : undefined;
  }

  setMetadata(md: Record<string, unknown> | undefined): void {
    for (const doc of this.docs) {
      if (!isMap(doc.contents)) doc.contents = new YAMLMap() as never;
      const root = doc.contents as YAMLMap;
      for (const p of root.items) {
        const before = isScalar(p.key) && keyText(p.key, this.file) === 'sops' ? p.key.commentBefore : undefined;
        if (before) root.comment = [before, ...(root.comment ? [root.comment] : [])].join('\n');
      }
      root.items = root.items.filter((p) => keyText(p.key, this.file) !== 'sops');
      if (md === undefined) continue;
      const node = doc.createNode(md) as YAMLMap;
      const lm = node.get('lastmodified', true);
      // Keep it a string for YAML 1.1 readers (yaml.v3 would otherwise see a timestamp).
      if (isScalar(lm)) lm.type = 'QUOTE_DOUBLE';
      root.items.push(new Pair(new Scalar('sops'), node));
    }
  }

  get(path: readonly KeySeg[]): PlainNode | undefined {
    const node = this.find(path);
    return node === undefined ? undefined : toPlain(node);
  }

  set(path: readonly KeySeg[], value: SopsLeaf): void {
    const doc = this.docs[0];
    if (!isMap(doc.contents)) doc.contents = new YAMLMap() as never;
    let parent: Node = doc.contents as YAMLMap;
    for (let i = 0; i < path.length; i++) {
      const seg = path[i];
      const last = i === path.length - 1;
      if (isMap(parent)) {
        const pair = parent.items.find((p) => keyText(p.key, this.file) === String(seg));
        if (last) {
          if (pair && isScalar(pair.value)) {
            setScalar(pair.value, value);
          } else if (pair) {
            pair.value = setScalar(new Scalar(null), value);
          } else {
            parent.items.push(new Pair(new Scalar(String(seg)), setScalar(new Scalar(null), value)));
          }
          return;
        }
        if (pair && (isMap(pair.value) || isSeq(pair.value))) {
          parent = pair.value as Node;
        } else if (pair && pair.value !== null && !(isScalar(pair.value) && pair.value.value === null)) {
          throw new StoreError(`${this.file}: ${path.slice(0, i + 1).join('.')} is a value, not a map`, 'invalid');
        } else {
          const created = typeof path[i + 1] === 'number' ? new YAMLSeq() : new YAMLMap();
          if (pair) pair.value = created;
          else parent.items.push(new Pair(new Scalar(String(seg)), created));
          parent = created;
        }
      } else if (isSeq(parent)) {
        if (typeof seg !== 'number' || seg > parent.items.length) {
          throw new StoreError(`${this.file}: ${path.slice(0, i + 1).join('.')} is not a valid index of the list`, 'invalid');
        }
        if (last) {
          const item = parent.items[seg];
          if (isScalar(item)) setScalar(item, value);
          else if (seg === parent.items.length) parent.items.push(setScalar(new Scalar(null), value));
          else parent.items[seg] = setScalar(new Scalar(null), value);
          return;
        }
        let item = parent.items[seg] as Node | undefined;
        if (!item || !(isMap(item) || isSeq(item))) {
          item = typeof path[i + 1] === 'number' ? new YAMLSeq() : new YAMLMap();
          parent.items[seg] = item;
        }
        parent = item;
      } else {
        throw new StoreError(`${this.file}: ${path.slice(0, i).join('.')} is a value, not a map`, 'invalid');
      }
    }
  }

  delete(path: readonly KeySeg[]): boolean {
    if (path.length === 0) return false;
    const parent = this.find(path.slice(0, -1));
    const seg = path[path.length - 1];
    if (isMap(parent)) {
      const idx = parent.items.findIndex((p) => keyText(p.key, this.file) === String(seg));
      if (idx < 0 || (path.length === 1 && seg === 'sops')) return false;
      parent.items.splice(idx, 1);
      return true;
    }
    if (isSeq(parent) && typeof seg === 'number' && seg < parent.items.length) {
      parent.items.splice(seg, 1);
      return true;
    }
    return false;
  }

  private find(path: readonly KeySeg[]): Node | undefined {
    let node: Node | undefined = this.docs[0].contents ?? undefined;
    for (let i = 0; i < path.length; i++) {
      const seg = path[i];
      if (isMap(node)) {
        if (i === 0 && seg === 'sops') return undefined;
        const pair = node.items.find((p) => keyText(p.key, this.file) === String(seg));
        node = (pair?.value as Node | null) ?? undefined;
      } else if (isSeq(node) && typeof seg === 'number') {
        node = (node.items[seg] as Node | undefined) ?? undefined;
      } else {
        return undefined;
      }
    }
    return node;
  }

  serialize(): Buffer {
    const text = this.docs
      .map((d) => d.toString({ indent: this.indent, lineWidth: 0, indentSeq: true }))
      .join('');
    return Buffer.from(text, 'utf8');
  }
}

function isLeaf(v: unknown): v is SopsLeaf {
  return ['string', 'bigint', 'number', 'boolean'].includes(typeof v) || v instanceof SopsTime;
}

/** The value as sops (yaml.v3) types it: unquoted untagged scalars are resolved the Go way. */
function scalarLeaf(node: Scalar): ResolvedPlain {
  const source = (node as { source?: unknown }).source;
  if (node.type === 'PLAIN' && !node.tag && typeof source === 'string') return resolvePlainScalar(source);
  const v = node.value;
  if (v === undefined || v === null) return null;
  return isLeaf(v) ? v : String(v);
}

/** Writes a leaf so that both the \`yaml\` package and yaml.v3 read it back as the same type. */
function setScalar(node: Scalar, value: SopsLeaf): Scalar {
  delete (node as { format?: string }).format;
  delete (node as { source?: string }).source;
  node.tag = undefined;
  if (value instanceof SopsTime) {
    node.value = value.text;
    node.type = 'PLAIN';
  } else if (value instanceof Uint8Array) {
    node.value = Buffer.from(value).toString('utf8');
    node.type = undefined;
  } else {
    node.value = value;
    node.type = typeof value === 'string' && needsQuotesForGoYaml(value) ? 'QUOTE_DOUBLE' : undefined;
  }
  return node;
}

function keyText(key: unknown, file: string): string {
  if (isScalar(key)) return String(key.value);
  if (key === null || key === undefined) return '';
  if (typeof key === 'string') return key;
  throw new StoreError(`${file}: complex YAML keys are not supported`, 'invalid');
}

function toPlain(node: unknown): PlainNode {
  if (isMap(node)) {
    return { kind: 'map', entries: node.items.map((p) => [keyText(p.key, ''), toPlain(p.value)] as [string, PlainNode]) };
  }
  if (isSeq(node)) return { kind: 'list', items: node.items.map(toPlain) };
  if (isScalar(node)) return { kind: 'leaf', value: scalarLeaf(node) };
  return { kind: 'leaf', value: null };
}

/** The smallest indentation used in the file (sops writes 4), so rewriting a file keeps its look. */
function detectIndent(text: string): number {
  let min = 0;
  for (const line of text.split('\n')) {
    const m = /^( +)[^ #\-\n]/.exec(line);
    if (m && (min === 0 || m[1].length < min)) min = m[1].length;
  }
  return min >= 2 && min <= 8 ? min : 2;
}
