/**
 * The Action's deploy mode: reads the secrets named in the `secrets` input (the same mapping as
 * `stanch inject --map`), masks every value as soon as it is read, then exports them to later steps
 * through GITHUB_ENV and/or as step outputs. Values never reach a log line unmasked.
 *
 * Its inputs are parsed in inputs.ts and turned into store settings in stores.ts, like every input.
 * Actor in audit records: github:$GITHUB_ACTOR.
 */
import { EXIT, StanchError } from '../../model/errors.js';
import { SecretAccess, type AuditSettings } from '../../inject/access.js';
import { maskValue, writeGithubEnv } from '../../inject/github-env.js';
import { parseMapping } from '../../inject/mapping.js';
import { resolveMapping } from '../../inject/resolve.js';
import type { StoreOptions } from '../../stores/registry.js';

export interface DeployOptions {
  /** The `secrets` input text. */
  mapping: string;
  stores: StoreOptions;
  audit?: AuditSettings;
  /** Path in GITHUB_ENV; required when exportEnv. */
  githubEnvFile?: string;
  exportEnv: boolean;
  outputs: boolean;
  /** core.setSecret */
  mask: (secret: string) => void;
  /** core.setOutput */
  setOutput: (name: string, value: string) => void;
  /** core.info: names and counts only. */
  info?: (line: string) => void;
}

export interface DeployResult {
  names: string[];
  exportedEnv: boolean;
  outputs: boolean;
}

const LABEL = "input 'secrets'";

export async function runDeploy(opts: DeployOptions): Promise<DeployResult> {
  const entries = parseMapping(opts.mapping, LABEL);
  if (opts.exportEnv && !opts.githubEnvFile) throw new StanchError('export-env needs GITHUB_ENV (run inside GitHub Actions, or set export-env: false)', EXIT.USAGE);
  const access = new SecretAccess({ stores: opts.stores, audit: opts.audit });
  try {
    // Masked the moment each value exists: before the next store call, before any output.
    const values = await resolveMapping(access, entries, { file: LABEL, onValue: (v) => maskValue(v, opts.mask) });
    if (opts.exportEnv) {
      await writeGithubEnv({ envFile: opts.githubEnvFile!, mask: opts.mask, entries: values });
      for (const e of entries) await access.recordInjection(e.ref.uri, 'github-env');
    }
    if (opts.outputs) {
      for (const v of values) opts.setOutput(v.name, v.value);
      for (const e of entries) await access.recordInjection(e.ref.uri, 'step-output');
    }
    opts.info?.(`stanch: ${values.length} secret(s) read: ${values.map((v) => v.name).join(', ')}${opts.exportEnv ? ' (exported to the environment)' : ''}${opts.outputs ? ' (set as outputs)' : ''}`);
    return { names: values.map((v) => v.name), exportedEnv: opts.exportEnv, outputs: opts.outputs };
  } finally {
    await access.close();
  }
}
