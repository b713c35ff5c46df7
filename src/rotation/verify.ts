/**
 * The verify step after a new version is written: a command (exit 0 = good) or an HTTP check
 * (expected status = good). The new value reaches a command on stdin (default) or in
 * STANCH_NEW_VALUE, never in argv (other users can read argv in `ps`); an HTTP check can put it
 * in a header with `${NEW_VALUE}`, never in the URL. Failure reasons never contain the value.
 */
import type { VerifySpec } from './config.js';
import { HookError, runHook } from './hook.js';

export interface VerifyContext {
  uri: string;
  newValue: string;
  cwd: string;
  baseEnv: Record<string, string | undefined>;
  allowEnv?: readonly string[];
  stderr?: 'inherit' | 'ignore';
}

export type VerifyOutcome = { ok: true } | { ok: false; reason: string };

export async function runVerify(spec: VerifySpec, ctx: VerifyContext): Promise<VerifyOutcome> {
  if (spec.kind === 'command') {
    try {
      await runHook({
        command: spec.command,
        cwd: ctx.cwd,
        timeoutMs: spec.timeoutMs,
        stdin: spec.valueIn === 'stdin' ? ctx.newValue : '',
        baseEnv: ctx.baseEnv,
        allowEnv: ctx.allowEnv,
        extraEnv: { STANCH_URI: ctx.uri, ...(spec.valueIn === 'env' ? { STANCH_NEW_VALUE: ctx.newValue } : {}) },
        stderr: ctx.stderr,
        label: 'verify',
      });
      return { ok: true };
    } catch (err) {
      if (err instanceof HookError) return { ok: false, reason: err.message };
      throw err;
    }
  }
  const shown = describeUrl(spec.url);
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(spec.headers)) headers[k] = v.split('${NEW_VALUE}').join(ctx.newValue);
  try {
    const res = await fetch(spec.url, { method: spec.method, headers, signal: AbortSignal.timeout(spec.timeoutMs), redirect: 'manual' });
    // The body is not read into anything we print; drain it so the connection is released.
    await res.arrayBuffer().catch(() => undefined);
    if (res.status === spec.expectStatus) return { ok: true };
    return { ok: false, reason: `verify ${spec.method} ${shown} answered ${res.status}, expected ${spec.expectStatus}` };
  } catch (err) {
    const e = err as { name?: string; cause?: { code?: string } };
    const why = e.name === 'TimeoutError' ? `timed out after ${Math.round(spec.timeoutMs / 1000)}s` : `failed (${e.cause?.code ?? e.name ?? 'error'})`;
    return { ok: false, reason: `verify ${spec.method} ${shown} ${why}` };
  }
}

/** Origin and path only: a query string may carry tokens of its own. */
function describeUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.origin}${u.pathname}`;
  } catch {
    return '(invalid URL)';
  }
}
