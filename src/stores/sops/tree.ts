/**
 * Walking a document the way sops walks its tree (sops.go walkBranch/walkSlice), deciding per leaf
 * whether it is encrypted (shouldBeEncrypted), and computing the MAC over the plaintext leaves.
 *
 * Each file format implements `walk(visit)`: it calls `visit` for every non-null leaf and every comment
 * line, in document order, with the key path (map keys only; array indexes are not part of a sops path)
 * and the stack of comments seen so far at each level; it stores whatever `visit` returns in place.
 */
import { createHash, type Hash } from 'node:crypto';
import { RE2JS } from 're2js';
import {
  SopsComment,
  decryptValue,
  encryptValue,
  leafBytes,
  ValueDecryptError,
  type IvStash,
  type SopsLeaf,
} from './cipher.js';

export type WalkValue = SopsLeaf | SopsComment;
export type Visitor = (value: WalkValue, path: readonly string[], comments: readonly (readonly string[])[]) => WalkValue;

export interface Walkable {
  walk(visit: Visitor): void;
}

/** Which leaves are encrypted. At most one of these is set; none means unencrypted_suffix `_unencrypted`. */
export interface CryptRules {
  unencryptedSuffix?: string;
  encryptedSuffix?: string;
  unencryptedRegex?: string;
  encryptedRegex?: string;
  unencryptedCommentRegex?: string;
  encryptedCommentRegex?: string;
  /** MAC only over values that end up encrypted (sops `mac_only_encrypted`). */
  macOnlyEncrypted?: boolean;
}

/** sops.MACOnlyEncryptedInitialization: sha256("sops"), hashed first when mac_only_encrypted is on. */
const MAC_ONLY_ENCRYPTED_INIT = Buffer.from('8a3fd2ad54ce66527b1034f3d147be0b0b975b3bf44f72c6fdadec8176f27d69', 'hex');

/** Go's regexp (RE2) semantics, unanchored like regexp.Match. */
function goMatcher(pattern: string | undefined): ((s: string) => boolean) | undefined {
  if (!pattern) return undefined;
  const re = RE2JS.compile(pattern);
  return (s) => re.matcher(s).find();
}

/** Compiles the rules once; `(path, comments, isComment) → encrypted?` exactly as sops' shouldBeEncrypted. */
export function encryptionPredicate(rules: CryptRules) {
  const unencRe = goMatcher(rules.unencryptedRegex);
  const encRe = goMatcher(rules.encryptedRegex);
  const unencCommentRe = goMatcher(rules.unencryptedCommentRegex);
  const encCommentRe = goMatcher(rules.encryptedCommentRegex);
  return (path: readonly string[], comments: readonly (readonly string[])[], isComment: boolean): boolean => {
    let encrypted = true;
    if (rules.unencryptedSuffix) {
      if (path.some((p) => p.endsWith(rules.unencryptedSuffix!))) encrypted = false;
    }
    if (rules.encryptedSuffix) {
      encrypted = path.some((p) => p.endsWith(rules.encryptedSuffix!));
    }
    if (unencRe && path.some(unencRe)) encrypted = false;
    if (encRe) encrypted = path.some(encRe);
    if (unencCommentRe && comments.some((level) => level.some(unencCommentRe))) encrypted = false;
    if (encCommentRe) {
      encrypted = false;
      const lastLevel = comments.length - 1;
      outer: for (let i = 0; i < comments.length; i++) {
        for (let j = 0; j < comments[i].length; j++) {
          // The comment line that matches does not encrypt itself, only what follows it.
          if (isComment && i === lastLevel && j === comments[i].length - 1) continue;
          if (encCommentRe(comments[i][j])) {
            encrypted = true;
            break outer;
          }
        }
      }
    }
    return encrypted;
  };
}

export function aadFor(path: readonly string[]): string {
  return `${path.join(':')}:`;
}

function newMacHash(rules: CryptRules): Hash {
  const hash = createHash('sha512');
  if (rules.macOnlyEncrypted) hash.update(MAC_ONLY_ENCRYPTED_INIT);
  return hash;
}

/** Encrypts every leaf the rules select, in place; returns the MAC (upper-case hex SHA-512) of the plaintext. */
export function encryptTree(doc: Walkable, dataKey: Buffer, rules: CryptRules, stash?: IvStash): string {
  const shouldEncrypt = encryptionPredicate(rules);
  const hash = newMacHash(rules);
  doc.walk((value, path, comments) => {
    const isComment = value instanceof SopsComment;
    const encrypted = shouldEncrypt(path, comments, isComment);
    if ((!rules.macOnlyEncrypted || encrypted) && !isComment) hash.update(leafBytes(value));
    if (!encrypted) return value;
    const text = encryptValue(value, dataKey, aadFor(path), stash);
    return isComment ? new SopsComment(text) : text;
  });
  return hash.digest('hex').toUpperCase();
}

export class TreeDecryptError extends Error {
  constructor(
    message: string,
    readonly keyPath: string,
  ) {
    super(message);
  }
}

/**
 * Decrypts in place; returns the MAC recomputed over the plaintext. A comment that does not decrypt is
 * kept as it is (sops does the same: it was probably added by hand). A value that does not decrypt throws.
 */
export function decryptTree(
  doc: Walkable,
  dataKey: Buffer,
  rules: CryptRules,
  opts: { stash?: IvStash; rawStrings?: boolean } = {},
): string {
  const shouldEncrypt = encryptionPredicate(rules);
  const hash = newMacHash(rules);
  doc.walk((value, path, comments) => {
    const isComment = value instanceof SopsComment;
    const encrypted = shouldEncrypt(path, comments, isComment);
    let plain: WalkValue = value;
    if (encrypted) {
      if (value instanceof SopsComment) {
        plain = decryptComment(value, dataKey, path, opts.stash);
      } else {
        if (typeof value !== 'string') {
          throw new TreeDecryptError('value should be encrypted but is not a sops ENC[...] string', path.join('.'));
        }
        try {
          plain = decryptValue(value, dataKey, aadFor(path), opts) as SopsLeaf;
        } catch (err) {
          if (err instanceof ValueDecryptError) throw new TreeDecryptError(err.message, path.join('.'));
          throw err;
        }
      }
    }
    if ((!rules.macOnlyEncrypted || encrypted) && !(plain instanceof SopsComment)) hash.update(leafBytes(plain));
    return plain;
  });
  return hash.digest('hex').toUpperCase();
}

/**
 * A comment's additional data is the path of the collection holding it. YAML libraries disagree on which
 * collection a trailing comment belongs to, so after the expected path we try the enclosing ones.
 */
function decryptComment(comment: SopsComment, key: Buffer, path: readonly string[], stash?: IvStash): SopsComment {
  if (!comment.text.startsWith('ENC[')) return comment;
  for (let n = path.length; n >= 0; n--) {
    try {
      const out = decryptValue(comment.text, key, aadFor(path.slice(0, n)), { stash });
      if (out instanceof SopsComment) return out;
      return new SopsComment(String(out));
    } catch {
      // try the enclosing collection
    }
  }
  return comment;
}

/** Helper for format walkers: the per-level comment stack, maintained like sops' walkBranch/walkSlice. */
export class CommentStack {
  private readonly levels: string[][] = [];
  enter(): void {
    this.levels.push([]);
  }
  leave(): void {
    this.levels.pop();
  }
  /** Call before visiting a comment line (sops counts the comment itself). */
  addComment(text: string): void {
    this.levels[this.levels.length - 1].push(text);
  }
  /** Call after a non-comment item of the current level. */
  clearLevel(): void {
    this.levels[this.levels.length - 1] = [];
  }
  snapshot(): string[][] {
    return this.levels.map((l) => [...l]);
  }
}
