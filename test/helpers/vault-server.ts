/**
 * A real Vault-API server for the tests: a dev-mode server on 127.0.0.1 with a free port and a
 * random root token, started from the binary that scripts/vault-server.sh builds and caches.
 * Without a binary the tests can run against an existing server given by VAULT_ADDR +
 * VAULT_TOKEN (then destructive cases such as sealing are skipped).
 *
 * Lookup order of the binary: STANCH_VAULT_BIN, then the cache dir of scripts/vault-server.sh
 * (${STANCH_CACHE:-~/.cache/stanch}/bin/vault-*, bao-*), then `bao` / `vault` on PATH.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { homedir, tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

export interface VaultTestServer {
  address: string;
  rootToken: string;
  /** 'dev': we started it and may seal/stop it; 'external': someone else's, hands off. */
  kind: 'dev' | 'external';
  /** Sends a request with the root token (or the given one); resolves with status and JSON body. */
  api(method: string, path: string, body?: unknown, token?: string): Promise<{ status: number; body: any }>;
  stop(): Promise<void>;
}

function cacheDir(): string {
  return process.env.STANCH_CACHE ?? join(homedir(), '.cache', 'stanch');
}

/** Path of a Vault/OpenBao binary, or undefined. */
export function findVaultBinary(): string | undefined {
  const explicit = process.env.STANCH_VAULT_BIN;
  if (explicit) return existsSync(explicit) ? explicit : undefined;
  const bin = join(cacheDir(), 'bin');
  if (existsSync(bin)) {
    const found = readdirSync(bin)
      .filter((f) => /^(vault|bao)-v[\d.]+$/.test(f))
      .sort()
      .reverse();
    if (found.length > 0) return join(bin, found[0]);
  }
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    for (const name of ['bao', 'vault']) {
      if (dir && existsSync(join(dir, name))) return join(dir, name);
    }
  }
  return undefined;
}

/** Why Vault tests cannot run here, or undefined when they can. */
export function vaultUnavailableReason(): string | undefined {
  if (findVaultBinary()) return undefined;
  if (process.env.VAULT_ADDR && process.env.VAULT_TOKEN) return undefined;
  return 'no Vault-API server: run scripts/vault-server.sh (builds and caches one) or set VAULT_ADDR and VAULT_TOKEN';
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

function makeApi(address: string, rootToken: string, namespace?: string): VaultTestServer['api'] {
  return async (method, path, body, token) => {
    const headers: Record<string, string> = { 'X-Vault-Token': token ?? rootToken };
    if (namespace) headers['X-Vault-Namespace'] = namespace;
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const res = await fetch(`${address}/v1/${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : undefined };
  };
}

async function waitReady(address: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`vault dev server exited early (code ${child.exitCode}): ${output().slice(-800)}`);
    try {
      const res = await fetch(`${address}/v1/sys/health`);
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`vault dev server did not become ready within 60 s: ${output().slice(-800)}`);
}

/** Starts a dev server; the caller must stop() it (afterAll). */
export async function startVaultDev(binary = findVaultBinary()): Promise<VaultTestServer> {
  if (!binary) throw new Error(vaultUnavailableReason());
  const port = await freePort();
  const address = `http://127.0.0.1:${port}`;
  // Not a credential anyone uses: a per-run random root token of a throwaway dev server.
  const rootToken = `root-${randomBytes(12).toString('hex')}`;
  // A private HOME so dev mode cannot write ~/.vault-token of the user.
  const home = mkdtempSync(join(tmpdir(), 'stanch-vault-home-'));
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: home, VAULT_DISABLE_MLOCK: 'true', BAO_DISABLE_MLOCK: 'true' };
  const child = spawn(
    binary,
    ['server', '-dev', `-dev-root-token-id=${rootToken}`, `-dev-listen-address=127.0.0.1:${port}`, '-dev-no-store-token'],
    { env, cwd: home, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let out = '';
  const keep = (chunk: Buffer) => {
    out = (out + chunk.toString('utf8')).slice(-8_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(home, { recursive: true, force: true });
  };
  try {
    await waitReady(address, child, () => out);
  } catch (err) {
    await stop();
    throw err;
  }
  return { address, rootToken, kind: 'dev', api: makeApi(address, rootToken), stop };
}

/** The server named by VAULT_ADDR/VAULT_TOKEN, if any. */
export function externalVault(): VaultTestServer | undefined {
  const address = process.env.VAULT_ADDR?.replace(/\/+$/, '');
  const rootToken = process.env.VAULT_TOKEN;
  if (!address || !rootToken) return undefined;
  return { address, rootToken, kind: 'external', api: makeApi(address, rootToken, process.env.VAULT_NAMESPACE), stop: async () => {} };
}

/** A dev server when a binary exists, else the external one. */
export async function vaultForTests(): Promise<VaultTestServer> {
  if (findVaultBinary()) return startVaultDev();
  const ext = externalVault();
  if (ext) return ext;
  throw new Error(vaultUnavailableReason());
}

/** `vault version` of the binary, for reports (empty when unknown). */
export function vaultBinaryVersion(binary = findVaultBinary()): string {
  if (!binary) return '';
  const res = spawnSync(binary, ['version'], { encoding: 'utf8', env: { PATH: process.env.PATH } });
  return (res.stdout ?? '').trim();
}
