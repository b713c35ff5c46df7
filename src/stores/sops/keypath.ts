/**
 * Key paths inside a sops file: `db.password`, `servers[0].host` or `servers.0.host`.
 * A segment of digits addresses a list element (and still matches a map key of the same text).
 * A literal dot inside a key is written `\.`.
 */
import { StoreError } from '../errors.js';
import type { KeySeg } from './formats/types.js';

export function parseKeyPath(key: string | undefined): KeySeg[] {
  if (key === undefined || key === '') return [];
  const segs: KeySeg[] = [];
  let cur = '';
  let pending = false;
  const push = () => {
    if (!pending) return;
    segs.push(/^(0|[1-9]\d*)$/.test(cur) ? Number(cur) : cur);
    cur = '';
    pending = false;
  };
  for (let i = 0; i < key.length; i++) {
    const c = key[i];
    if (c === '\\' && key[i + 1] === '.') {
      cur += '.';
      pending = true;
      i++;
    } else if (c === '.') {
      if (!pending) throw new StoreError(`key path "${key}": empty segment`, 'invalid');
      push();
    } else if (c === '[') {
      const end = key.indexOf(']', i);
      const idx = key.slice(i + 1, end);
      if (end < 0 || !/^(0|[1-9]\d*)$/.test(idx)) throw new StoreError(`key path "${key}": expected [index]`, 'invalid');
      push();
      segs.push(Number(idx));
      i = end;
      if (key[i + 1] === '.') i++;
    } else {
      cur += c;
      pending = true;
    }
  }
  push();
  if (segs.length === 0) throw new StoreError(`key path "${key}": empty`, 'invalid');
  return segs;
}

export function formatKeyPath(segs: readonly KeySeg[]): string {
  return segs
    .map((s, i) => (typeof s === 'number' ? `[${s}]` : (i > 0 ? '.' : '') + s.replaceAll('.', '\\.')))
    .join('');
}
