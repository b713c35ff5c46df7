import type { Rng } from './rng.js';

/** File syntaxes the corpus renders items into. */
export type Syntax =
  | 'ts' | 'js' | 'py' | 'go' | 'java' | 'env' | 'yaml' | 'json' | 'tf' | 'xml'
  | 'ini' | 'toml' | 'properties' | 'sh' | 'docker' | 'md';

export const ALL_SYNTAXES: readonly Syntax[] = ['ts', 'js', 'py', 'go', 'java', 'env', 'yaml', 'json', 'tf', 'xml', 'ini', 'toml', 'properties', 'sh', 'docker', 'md'];
/** Syntaxes that can hold a multi-line value (PEM) as real lines or an escaped string. */
export const MULTILINE_SYNTAXES: readonly Syntax[] = ['ts', 'js', 'py', 'go', 'yaml', 'json', 'env', 'tf', 'sh', 'md', 'xml'];

/**
 * One planted thing: a true secret (`secret: true`) or a hard negative. It is
 * either an assignment `name = value` rendered in the file's syntax, or
 * pre-rendered `lines` whose line `at` carries it.
 */
export interface Item {
  kind: string;
  secret: boolean;
  /** snake_case name; renderers restyle it per syntax (UPPER_SNAKE, camelCase, dotted…). */
  name: string;
  value: string;
  /** The value is code or a reference (rendered without quotes in code syntaxes). */
  expr?: boolean;
  lines?: string[];
  at?: number;
}

/** A family of items: how many to plant and how to make one group (e.g. an AWS key id + secret pair). */
export interface ItemFamily {
  kind: string;
  secret: boolean;
  count: number;
  /** Syntaxes this family may appear in (default: all). */
  syntaxes?: readonly Syntax[];
  /** Path hint: put the items in test fixture files. */
  fixture?: boolean;
  make(rng: Rng, syntax: Syntax): Item[];
}
