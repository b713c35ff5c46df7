/**
 * `stanch secrets`: the store operations for people.
 *
 *   stanch secrets get URI [--json]          value on stdout only (you asked for it)
 *   stanch secrets set URI [--cas N]         value from stdin (hidden prompt on a terminal), never argv
 *   stanch secrets list URI                  key names
 *   stanch secrets delete URI
 *   stanch secrets import FILE.env --to URI  each NAME=value becomes URI#NAME (or URI/NAME when URI ends in /)
 *   stanch secrets export (URI | --map FILE) [-o FILE] [--format dotenv|docker]
 */
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { EXIT, StanchError } from '../../../model/errors.js';
import type { SecretAccess } from '../../../inject/access.js';
import { formatEnvFile, parseDotenv, type EnvEntry, type EnvFileFormat } from '../../../inject/env-file.js';
import { ENV_NAME, readMappingFile } from '../../../inject/mapping.js';
import { resolveMapping } from '../../../inject/resolve.js';
import { writeSecretFile } from '../../../inject/secure-file.js';
import { StoreError } from '../../../stores/errors.js';
import type { SecretRef } from '../../../stores/types.js';
import { makeRef, parseStoreUri } from '../../../stores/uri.js';
import { readSecretInput } from '../secret-input.js';
import { addStoreFlags, openSecretAccess, type StoreFlagValues } from '../store-options.js';

async function withAccess<T>(flags: StoreFlagValues, fn: (access: SecretAccess) => Promise<T>): Promise<T> {
  const access = openSecretAccess(flags);
  try {
    return await fn(access);
  } finally {
    await access.close();
  }
}

function refOf(uri: string): SecretRef {
  return parseStoreUri(uri);
}

export function register(program: Command): void {
  const secrets = program.command('secrets').description('read, write, list, delete, import and export secrets in a store');

  addStoreFlags(
    secrets
      .command('get')
      .description('print one secret value to stdout')
      .argument('<uri>', 'store URI, e.g. vault://secret/app/db#password')
      .option('--json', 'print {"uri","value","version","metadata"} as JSON')
      .option('-n, --no-newline', 'do not end the value with a newline'),
  ).action(async (uri: string, flags: StoreFlagValues & { json?: boolean; newline: boolean }) => {
    const ref = refOf(uri);
    const v = await withAccess(flags, async (a) => (await a.store(ref.scheme)).get(ref));
    if (flags.json) {
      process.stdout.write(`${JSON.stringify({ uri: ref.uri, value: v.value, version: v.version, metadata: v.metadata })}\n`);
    } else {
      process.stdout.write(flags.newline ? `${v.value}\n` : v.value);
    }
  });

  addStoreFlags(
    secrets
      .command('set')
      .description('write one secret; the value is read from stdin (hidden prompt on a terminal)')
      .argument('<uri>', 'store URI')
      .option('--cas <version>', 'check-and-set: fail unless the current version is N (vault KV v2)')
      .option('--keep-newline', 'keep a trailing newline of piped input'),
  ).action(async (uri: string, flags: StoreFlagValues & { cas?: string; keepNewline?: boolean }) => {
    const ref = refOf(uri);
    let cas: number | undefined;
    if (flags.cas !== undefined) {
      if (!/^\d+$/.test(flags.cas)) throw new StanchError(`--cas: expected a version number, got "${flags.cas}"`, EXIT.USAGE);
      cas = Number(flags.cas);
    }
    const value = await readSecretInput({ prompt: `value for ${ref.uri}: `, keepNewline: flags.keepNewline });
    if (value === '') throw new StanchError(`${ref.uri}: refusing to write an empty value (nothing on stdin?)`, EXIT.USAGE);
    const res = await withAccess(flags, async (a) => (await a.store(ref.scheme)).set(ref, value, cas !== undefined ? { cas } : undefined));
    process.stderr.write(`stanch: wrote ${ref.uri}${res.version !== undefined ? ` (version ${res.version})` : ''}\n`);
  });

  addStoreFlags(
    secrets.command('list').description('list the keys under a path').argument('<uri>', 'store URI of a path or file').option('--json', 'print a JSON array'),
  ).action(async (uri: string, flags: StoreFlagValues & { json?: boolean }) => {
    const ref = refOf(uri);
    const names = await withAccess(flags, async (a) => (await a.store(ref.scheme)).list(ref));
    process.stdout.write(flags.json ? `${JSON.stringify(names)}\n` : names.map((n) => `${n}\n`).join(''));
  });

  addStoreFlags(secrets.command('delete').description('delete a secret (or one #key of it)').argument('<uri>', 'store URI')).action(
    async (uri: string, flags: StoreFlagValues) => {
      const ref = refOf(uri);
      await withAccess(flags, async (a) => (await a.store(ref.scheme)).delete(ref));
      process.stderr.write(`stanch: deleted ${ref.uri}\n`);
    },
  );

  addStoreFlags(
    secrets
      .command('import')
      .description('write every NAME=value of a dotenv file to a store: URI#NAME, or URI/NAME when URI ends with /')
      .argument('<file>', 'dotenv file')
      .requiredOption('--to <uri>', 'destination, e.g. vault://secret/app or sops://deploy/secrets.enc.yaml'),
  ).action(async (file: string, flags: StoreFlagValues & { to: string }) => {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (err) {
      throw new StanchError(`${file}: cannot read (${(err as NodeJS.ErrnoException).code ?? 'error'})`, EXIT.USAGE);
    }
    const entries = parseDotenv(text, file);
    const base = refOf(flags.to);
    if (base.key !== undefined) throw new StanchError(`--to ${flags.to}: name a path, not a #key (each variable becomes a key)`, EXIT.USAGE);
    const target = (name: string): SecretRef =>
      flags.to.endsWith('/') ? makeRef({ scheme: base.scheme, path: `${base.path.replace(/\/+$/, '')}/${name}` }) : makeRef({ scheme: base.scheme, path: base.path, key: name });
    await withAccess(flags, async (a) => {
      const store = await a.store(base.scheme);
      for (const e of entries) {
        try {
          await store.set(target(e.name), e.value);
        } catch (err) {
          const code = err instanceof StanchError ? err.exitCode : EXIT.STORE;
          throw new StanchError(`${file}:${e.line}: ${e.name}: ${(err as Error).message.split('\n')[0]}`, code);
        }
      }
    });
    process.stderr.write(`stanch: imported ${entries.length} variable(s) from ${file} to ${base.uri}\n`);
  });

  addStoreFlags(
    secrets
      .command('export')
      .description('print secrets as a dotenv file (or write it with mode 0600)')
      .argument('[uri]', 'a whole secret (vault path, sops file): every key becomes a variable')
      .option('-m, --map <file>', 'export the variables of a mapping file instead')
      .option('-o, --output <file>', 'write to FILE (mode 0600, atomically) instead of stdout')
      .option('-f, --format <format>', 'dotenv or docker', 'dotenv'),
  ).action(async (uri: string | undefined, flags: StoreFlagValues & { map?: string; output?: string; format: string }) => {
    if (flags.format !== 'dotenv' && flags.format !== 'docker') throw new StanchError(`--format: expected dotenv or docker, got "${flags.format}"`, EXIT.USAGE);
    if ((uri === undefined) === (flags.map === undefined)) throw new StanchError('export needs a URI or --map FILE (one of them)', EXIT.USAGE);
    const target = flags.output ? `export:${flags.output}` : 'export:stdout';
    const text = await withAccess(flags, async (a) => {
      let values: EnvEntry[];
      let uris: string[];
      if (flags.map) {
        const entries = await readMappingFile(flags.map);
        values = await resolveMapping(a, entries, { file: flags.map });
        uris = entries.map((e) => e.ref.uri);
      } else {
        const ref = refOf(uri!);
        const store = await a.store(ref.scheme);
        if (!store.getAll) throw new StoreError(`${ref.uri}: the ${ref.scheme} store cannot read whole secrets; use --map`, 'invalid');
        const { data } = await store.getAll(ref);
        values = Object.keys(data)
          .sort()
          .map((k) => {
            const name = k.replace(/[.\-/]/g, '_').toUpperCase();
            if (!ENV_NAME.test(name)) throw new StanchError(`${ref.uri}: key "${k}" cannot be a variable name; use --map`, EXIT.USAGE);
            return { name, value: data[k] };
          });
        uris = [ref.uri];
      }
      const out = formatEnvFile(values, flags.format as EnvFileFormat);
      for (const u of uris) await a.recordInjection(u, target);
      return out;
    });
    if (flags.output) {
      const res = await writeSecretFile(flags.output, text, 0o600);
      if (res.warning) process.stderr.write(`stanch: warning: ${res.warning}\n`);
    } else {
      process.stdout.write(text);
    }
  });
}
