/**
 * `stanch inject`: puts secrets where a program reads them.
 *
 *   stanch inject --map secrets.yaml [-o .env] [--format dotenv|docker] [--read-only]
 *   stanch inject --map secrets.yaml --files /run/app-secrets      (one 0400 file per secret)
 *   stanch inject --template config.tmpl -o config.yaml
 *   stanch inject --cleanup [-o .env] [--files DIR]                (overwrite, then remove)
 *
 * Every value is read before anything is written; each injected secret gets an `inject` audit record.
 */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { EXIT, StanchError } from '../../../model/errors.js';
import type { SecretAccess } from '../../../inject/access.js';
import { formatEnvFile, formatEnvLine, type EnvFileFormat } from '../../../inject/env-file.js';
import { fileVariables, removeSecretFiles, writeSecretFiles } from '../../../inject/files.js';
import { readMappingFile, type MappingEntry } from '../../../inject/mapping.js';
import { resolveMapping } from '../../../inject/resolve.js';
import { shredFile, writeSecretFile } from '../../../inject/secure-file.js';
import { renderTemplate } from '../../../inject/template.js';
import { addStoreFlags, openSecretAccess, type StoreFlagValues } from '../store-options.js';

interface InjectFlags extends StoreFlagValues {
  map?: string;
  output?: string;
  format: string;
  readOnly?: boolean;
  files?: string;
  template?: string;
  cleanup?: boolean;
}

export function register(program: Command): void {
  const cmd = program
    .command('inject')
    .description('write secrets from a mapping (NAME: store-uri) to an env file, per-secret files or a template')
    .option('-m, --map <file>', 'mapping file: YAML "NAME: uri" or lines "NAME=uri"')
    .option('-o, --output <file>', 'env file to write (default .env), or the rendered template')
    .option('-f, --format <format>', 'env file dialect: dotenv (quoted, multi-line) or docker (docker run --env-file)', 'dotenv')
    .option('--read-only', 'make the env file or rendered template 0400 instead of 0600')
    .option('--files <dir>', 'write one 0400 file per secret into DIR (0700) and print NAME_FILE=path lines')
    .option('-t, --template <file>', 'replace [[stanch:URI]] references in FILE and write the result to --output')
    .option('--cleanup', 'overwrite with zeros and remove what inject wrote (--output and/or --files)');
  addStoreFlags(cmd).action(async (flags: InjectFlags) => {
    if (flags.cleanup) return cleanup(flags);
    if (flags.format !== 'dotenv' && flags.format !== 'docker') {
      throw new StanchError(`--format: expected dotenv or docker, got "${flags.format}"`, EXIT.USAGE);
    }
    if (flags.template) {
      if (flags.map || flags.files) throw new StanchError('--template renders one file; use it without --map and --files', EXIT.USAGE);
      if (!flags.output) throw new StanchError('--template needs -o/--output for the rendered file', EXIT.USAGE);
      return withAccess(flags, (access) => injectTemplate(access, flags.template!, flags.output!, flags.readOnly));
    }
    if (!flags.map) throw new StanchError('inject needs --map FILE (or --template FILE, or --cleanup)', EXIT.USAGE);
    const entries = await readMappingFile(flags.map);
    if (flags.files) {
      if (flags.output) throw new StanchError('--files writes one file per secret; use it without --output', EXIT.USAGE);
      return withAccess(flags, (access) => injectFiles(access, flags.map!, entries, flags.files!));
    }
    const output = flags.output ?? '.env';
    return withAccess(flags, (access) => injectEnvFile(access, flags.map!, entries, output, flags.format as EnvFileFormat, flags.readOnly));
  });
}

export async function withAccess(flags: StoreFlagValues, fn: (access: SecretAccess) => Promise<void>): Promise<void> {
  const access = openSecretAccess(flags);
  try {
    await fn(access);
  } finally {
    await access.close();
  }
}

export async function injectEnvFile(access: SecretAccess, map: string, entries: MappingEntry[], output: string, format: EnvFileFormat, readOnly?: boolean): Promise<void> {
  const values = await resolveMapping(access, entries, { file: map });
  // Formatting validates every value (docker: one line each) before the file is touched.
  let text = '';
  values.forEach((v, i) => {
    try {
      text += formatEnvLine(v, format);
    } catch (err) {
      throw new StanchError(`${map}:${entries[i].line}: ${(err as Error).message}`, EXIT.USAGE);
    }
  });
  const target = `env-file:${resolve(output)}`;
  try {
    const res = await writeSecretFile(output, text, readOnly ? 0o400 : 0o600);
    if (res.warning) process.stderr.write(`stanch: warning: ${res.warning}\n`);
  } catch (err) {
    for (const e of entries) await access.recordInjection(e.ref.uri, target, 'error');
    throw err;
  }
  for (const e of entries) await access.recordInjection(e.ref.uri, target);
  process.stderr.write(`stanch: wrote ${values.length} variable(s) to ${output} (${format}, mode ${readOnly ? '0400' : '0600'})\n`);
}

async function injectFiles(access: SecretAccess, map: string, entries: MappingEntry[], dir: string): Promise<void> {
  const values = await resolveMapping(access, entries, { file: map });
  let res;
  try {
    res = await writeSecretFiles(dir, values, 0o400);
  } catch (err) {
    for (const e of entries) await access.recordInjection(e.ref.uri, `file:${join(resolve(dir), e.name)}`, 'error');
    throw err;
  }
  if (res.warning) process.stderr.write(`stanch: warning: ${res.warning}\n`);
  for (const e of entries) await access.recordInjection(e.ref.uri, `file:${join(resolve(dir), e.name)}`);
  process.stdout.write(formatEnvFile(fileVariables(res.files), 'docker'));
  process.stderr.write(`stanch: wrote ${res.files.length} file(s) to ${dir} (mode 0400)\n`);
}

async function injectTemplate(access: SecretAccess, template: string, output: string, readOnly?: boolean): Promise<void> {
  let text: string;
  try {
    text = await readFile(template, 'utf8');
  } catch (err) {
    throw new StanchError(`${template}: cannot read the template (${(err as NodeJS.ErrnoException).code ?? 'error'})`, EXIT.USAGE);
  }
  const { output: rendered, uris } = await renderTemplate(text, template, async (uri) => (await access.get(uri)).value);
  const res = await writeSecretFile(output, rendered, readOnly ? 0o400 : 0o600);
  if (res.warning) process.stderr.write(`stanch: warning: ${res.warning}\n`);
  for (const uri of uris) await access.recordInjection(uri, `template:${resolve(output)}`);
  process.stderr.write(`stanch: rendered ${template} to ${output} (${uris.length} secret(s), mode ${readOnly ? '0400' : '0600'})\n`);
}

async function cleanup(flags: InjectFlags): Promise<void> {
  let done = 0;
  if (flags.files) done += await removeSecretFiles(flags.files);
  if (flags.output || !flags.files) {
    const output = flags.output ?? '.env';
    // The directory stays: it may be the working directory or hold other files.
    if (await shredFile(output)) done++;
  }
  process.stderr.write(`stanch: removed ${done} file(s)\n`);
}
