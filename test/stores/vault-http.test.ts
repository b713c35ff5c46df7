/**
 * The HTTP client against real local servers on 127.0.0.1: retries (412 as a performance
 * standby sends it), timeouts, headers, and TLS with a CA, a client certificate and the
 * skip-verify opt-in. Vault itself cannot be made to answer 412 or hang, so these use node
 * servers; the Vault API behaviour is covered by vault-server.test.ts.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VaultError } from '../../src/stores/vault/errors.js';
import { VaultHttpClient } from '../../src/stores/vault/http.js';

type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => void;

async function listen(server: http.Server | https.Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

function closeServer(server: http.Server | https.Server): Promise<void> {
  server.closeAllConnections?.();
  return new Promise((resolve) => server.close(() => resolve()));
}

async function withServer<T>(handler: Handler, fn: (address: string) => Promise<T>): Promise<T> {
  const server = http.createServer(handler);
  const port = await listen(server);
  try {
    return await fn(`http://127.0.0.1:${port}`);
  } finally {
    await closeServer(server);
  }
}

const fakeToken = () => ['hvs', 'T' + 'k9'.repeat(14)].join('.');
const fast = { retryBaseDelayMs: 5, retryMaxDelayMs: 20 };

describe('VaultHttpClient retries', () => {
  it('retries 412 until the standby has caught up', async () => {
    let calls = 0;
    await withServer(
      (_req, res) => {
        calls++;
        if (calls < 3) {
          res.writeHead(412, { 'Content-Type': 'application/json' }).end('{"errors":["required index state not present"]}');
          return;
        }
        res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"data":{"ok":true}}');
      },
      async (address) => {
        const client = new VaultHttpClient({ address, retries: 3, ...fast });
        const res = await client.request<{ data: { ok: boolean } }>({ method: 'POST', path: 'secret/data/x', token: fakeToken(), body: {} });
        expect(res.body?.data.ok).toBe(true);
        expect(calls).toBe(3);
        client.close();
      },
    );
  });

  it('gives up after the configured retries with a message naming status and path', async () => {
    let calls = 0;
    await withServer(
      (_req, res) => {
        calls++;
        res.writeHead(502).end('<html>bad gateway</html>');
      },
      async (address) => {
        const client = new VaultHttpClient({ address, retries: 2, ...fast });
        await expect(client.request({ method: 'GET', path: 'secret/data/x' })).rejects.toThrow(
          /server error \(502\) from http:\/\/127\.0\.0\.1:\d+ on GET secret\/data\/x$/,
        );
        expect(calls).toBe(3);
        client.close();
      },
    );
  });

  it('does not retry a 500 on a write (it may have been applied)', async () => {
    let calls = 0;
    await withServer(
      (_req, res) => {
        calls++;
        res.writeHead(500, { 'Content-Type': 'application/json' }).end('{"errors":["internal error"]}');
      },
      async (address) => {
        const client = new VaultHttpClient({ address, retries: 3, ...fast });
        await expect(client.request({ method: 'POST', path: 'kv/a', body: {} })).rejects.toBeInstanceOf(VaultError);
        expect(calls).toBe(1);
        client.close();
      },
    );
  });

  it('times out a hanging server and says so', async () => {
    await withServer(
      () => {
        /* never answers */
      },
      async (address) => {
        const client = new VaultHttpClient({ address, timeoutMs: 200, retries: 1, ...fast });
        const err = await client.request({ method: 'GET', path: 'sys/health' }).catch((e: unknown) => e);
        expect(err).toBeInstanceOf(VaultError);
        expect((err as VaultError).kind).toBe('timeout');
        expect((err as Error).message).toContain('timed out on GET sys/health');
        client.close();
      },
    );
  });

  it('reports an unreachable server after retrying refused connections', async () => {
    const server = http.createServer();
    const port = await listen(server);
    await closeServer(server);
    const client = new VaultHttpClient({ address: `http://127.0.0.1:${port}`, retries: 2, ...fast });
    const err = await client.request({ method: 'GET', path: 'secret/data/x' }).catch((e: unknown) => e);
    expect((err as VaultError).kind).toBe('unreachable');
    expect((err as Error).message).toContain('ECONNREFUSED');
    client.close();
  });
});

describe('VaultHttpClient requests', () => {
  it('sends token, namespace and JSON body, and keeps a path prefix of the address', async () => {
    let seen: { url?: string; token?: string; ns?: string; body?: string; method?: string } = {};
    await withServer(
      (req, res) => {
        let body = '';
        req.on('data', (c) => (body += c));
        req.on('end', () => {
          seen = {
            url: req.url,
            method: req.method,
            token: req.headers['x-vault-token'] as string,
            ns: req.headers['x-vault-namespace'] as string,
            body,
          };
          res.writeHead(204).end();
        });
      },
      async (address) => {
        const token = fakeToken();
        const client = new VaultHttpClient({ address: `${address}/proxy/`, namespace: '/team-a/' });
        const res = await client.request({ method: 'PUT', path: 'secret/destroy/a', token, body: { versions: [1] }, query: { list: 'true' } });
        expect(res.status).toBe(204);
        expect(seen).toEqual({
          url: '/proxy/v1/secret/destroy/a?list=true',
          method: 'PUT',
          token,
          ns: 'team-a',
          body: '{"versions":[1]}',
        });
        client.close();
      },
    );
  });

  it('keeps the token and server-echoed secrets out of error messages', async () => {
    const token = fakeToken();
    await withServer(
      (_req, res) => {
        res.writeHead(400, { 'Content-Type': 'application/json' }).end(JSON.stringify({ errors: [`invalid token ${token}`] }));
      },
      async (address) => {
        const client = new VaultHttpClient({ address });
        const err = await client.request({ method: 'GET', path: 'auth/token/lookup-self', token }).catch((e: unknown) => e);
        expect((err as Error).message).toContain('request rejected (400) on GET auth/token/lookup-self');
        expect((err as Error).message).not.toContain(token);
        client.close();
      },
    );
  });

  it('refuses a non-URL address as a usage error', () => {
    expect(() => new VaultHttpClient({ address: 'vault:8200x' })).toThrow(/address must start with http/);
    expect(() => new VaultHttpClient({ address: 'not a url' })).toThrow(/not a URL/);
  });
});

describe('VaultHttpClient TLS', () => {
  let dir: string;
  let server: https.Server;
  let address: string;
  const pem = (name: string) => join(dir, name);

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'stanch-vault-tls-'));
    const ssl = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
    ssl('req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-keyout', 'ca.key', '-out', 'ca.pem', '-days', '1', '-subj', '/CN=stanch test CA');
    for (const who of ['server', 'client']) {
      ssl('req', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-keyout', `${who}.key`, '-out', `${who}.csr`, '-subj', `/CN=${who}`);
    }
    execFileSync('sh', ['-c', 'printf "subjectAltName=IP:127.0.0.1\\n" > san.ext'], { cwd: dir });
    ssl('x509', '-req', '-in', 'server.csr', '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial', '-out', 'server.pem', '-days', '1', '-extfile', 'san.ext');
    ssl('x509', '-req', '-in', 'client.csr', '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial', '-out', 'client.pem', '-days', '1');
    server = https.createServer(
      { key: readFileSync(pem('server.key')), cert: readFileSync(pem('server.pem')), ca: readFileSync(pem('ca.pem')), requestCert: true, rejectUnauthorized: false },
      (req, res) => {
        const socket = req.socket as import('node:tls').TLSSocket;
        const peer = socket.getPeerCertificate();
        res.writeHead(200, { 'Content-Type': 'application/json' }).end(
          JSON.stringify({ data: { client: socket.authorized ? peer.subject?.CN : null } }),
        );
      },
    );
    address = `https://127.0.0.1:${await listen(server)}`;
  });

  afterAll(async () => {
    if (server) await closeServer(server);
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('fails verification of an unknown CA with a TLS error', async () => {
    const client = new VaultHttpClient({ address, retries: 0 });
    const err = await client.request({ method: 'GET', path: 'sys/health' }).catch((e: unknown) => e);
    expect((err as VaultError).kind).toBe('tls');
    expect((err as Error).message).toMatch(/TLS handshake with https:\/\/127\.0\.0\.1:\d+ failed/);
    client.close();
  });

  it('trusts a CA given as a file path and presents a client certificate given as PEM text', async () => {
    const client = new VaultHttpClient({
      address,
      caCert: pem('ca.pem'),
      clientCert: readFileSync(pem('client.pem'), 'utf8'),
      clientKey: readFileSync(pem('client.key'), 'utf8'),
    });
    const res = await client.request<{ data: { client: string | null } }>({ method: 'GET', path: 'sys/health' });
    expect(res.body?.data.client).toBe('client');
    client.close();
  });

  it('accepts any certificate only with the explicit tlsSkipVerify opt-in', async () => {
    const client = new VaultHttpClient({ address, tlsSkipVerify: true });
    const res = await client.request<{ data: { client: string | null } }>({ method: 'GET', path: 'sys/health' });
    expect(res.body?.data.client).toBeNull();
    client.close();
  });

  it('names the field when a certificate file cannot be read', () => {
    expect(() => new VaultHttpClient({ address, caCert: join(dir, 'missing.pem') })).toThrow(/caCert: cannot read file .*missing\.pem \(ENOENT\)/);
  });
});
