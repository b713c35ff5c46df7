/**
 * New secret values. `random` and `prefixed` draw from the CSPRNG with rejection sampling (no
 * modulo bias); `command` asks a hook program that creates the secret at the provider.
 */
import { randomInt } from 'node:crypto';
import { HookError, runHook, shortCommand, type HookOptions } from './hook.js';

export const ALPHABETS = {
  base62: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789',
  hex: '0123456789abcdef',
  base64url: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_',
  lower: 'abcdefghijklmnopqrstuvwxyz0123456789',
  /** Printable ASCII without quotes, backslash and space (they break too many config formats). */
  symbols: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!#$%&()*+,-./:;<=>?@[]^_{|}~',
} as const;

export type GeneratorSpec =
  | { kind: 'random'; length: number; alphabet: string }
  | { kind: 'prefixed'; prefix: string; length: number; alphabet: string }
  | { kind: 'command'; command: string[]; timeoutMs: number };

/** What a command generator is told about the rotation (JSON on its stdin). */
export interface GeneratorContext {
  uri: string;
  /** The policy's match glob. */
  policy: string;
  /** Why: `schedule`, `manual`, `leak`. */
  reason: string;
  /** Only when the policy sets passOldValue = true. */
  oldValue?: string;
}

/** `length` characters drawn uniformly from `alphabet` (crypto.randomInt rejects biased draws). */
export function randomString(length: number, alphabet: string): string {
  const chars = [...alphabet];
  let out = '';
  for (let i = 0; i < length; i++) out += chars[randomInt(chars.length)];
  return out;
}

export async function generateValue(
  spec: GeneratorSpec,
  context: GeneratorContext,
  hook: Omit<HookOptions, 'command' | 'timeoutMs' | 'stdin' | 'label'>,
): Promise<string> {
  switch (spec.kind) {
    case 'random':
      return randomString(spec.length, spec.alphabet);
    case 'prefixed':
      return spec.prefix + randomString(spec.length, spec.alphabet);
    case 'command': {
      const { stdout } = await runHook({
        ...hook,
        command: spec.command,
        timeoutMs: spec.timeoutMs,
        stdin: `${JSON.stringify(context)}\n`,
        label: 'generator',
      });
      // One trailing newline is what `echo` adds; anything else is part of the value.
      const value = stdout.replace(/\r?\n$/, '');
      if (value === '') throw new HookError(`generator ${shortCommand(spec.command)} printed no value on stdout`);
      if (/[\r\n]/.test(value)) throw new HookError(`generator ${shortCommand(spec.command)} printed more than one line; print only the new value`);
      return value;
    }
  }
}
