/**
 * A small GitHub REST API on 127.0.0.1 for tests, following GitHub's documented behaviour for
 * the endpoints the Action uses: `per_page` (default 30, max 100) and `page` query parameters,
 * `Link` headers with rel="next"/"last"/"first"/"prev", the 250-commit cap of "List commits on a
 * pull request", issue comments (list/create/update/delete), and 401 without a token.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StoredComment {
  id: number;
  body: string;
  user: { login: string; type: string };
  created_at: string;
  updated_at: string;
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  authorization?: string;
  body?: unknown;
}

export interface FakeGitHub {
  url: string;
  /** owner/repo → PR number → commit SHAs (oldest first, as GitHub lists them). */
  pullCommits: Map<number, string[]>;
  /** issue/PR number → comments */
  comments: Map<number, StoredComment[]>;
  requests: RecordedRequest[];
  /** Make the comment endpoints answer 403 (a fork's read-only token). */
  forbidComments: boolean;
  close(): Promise<void>;
}

const PR_COMMITS_LIMIT = 250;

function pageOf<T>(items: T[], query: URLSearchParams, base: string): { page: T[]; link?: string } {
  const perPage = Math.min(Math.max(Number.parseInt(query.get('per_page') ?? '30', 10) || 30, 1), 100);
  const page = Math.max(Number.parseInt(query.get('page') ?? '1', 10) || 1, 1);
  const last = Math.max(Math.ceil(items.length / perPage), 1);
  const at = (p: number) => {
    const q = new URLSearchParams(query);
    q.set('per_page', String(perPage));
    q.set('page', String(p));
    return `<${base}?${q.toString()}>`;
  };
  const rels: string[] = [];
  if (page < last) rels.push(`${at(page + 1)}; rel="next"`, `${at(last)}; rel="last"`);
  if (page > 1) rels.push(`${at(1)}; rel="first"`, `${at(page - 1)}; rel="prev"`);
  return { page: items.slice((page - 1) * perPage, page * perPage), link: rels.length ? rels.join(', ') : undefined };
}

export async function startFakeGitHub(opts: { owner: string; repo: string }): Promise<FakeGitHub> {
  let nextId = 1000;
  const state = {
    pullCommits: new Map<number, string[]>(),
    comments: new Map<number, StoredComment[]>(),
    requests: [] as RecordedRequest[],
    forbidComments: false,
  };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const raw = Buffer.concat(chunks).toString('utf8');
      let body: unknown;
      try {
        body = raw ? JSON.parse(raw) : undefined;
      } catch {
        body = raw;
      }
      state.requests.push({ method: req.method ?? 'GET', path: url.pathname, query: Object.fromEntries(url.searchParams), authorization: req.headers.authorization, body });
      const send = (status: number, data?: unknown, headers: Record<string, string> = {}) => {
        res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
        res.end(data === undefined ? '' : JSON.stringify(data));
      };
      if (!/^(Bearer|token) \S+/.test(req.headers.authorization ?? '')) return send(401, { message: 'Requires authentication' });
      const base = `/repos/${opts.owner}/${opts.repo}`;
      const self = `http://${req.headers.host}${url.pathname}`;
      let m: RegExpExecArray | null;
      if (req.method === 'GET' && (m = new RegExp(`^${base}/pulls/(\\d+)/commits$`).exec(url.pathname))) {
        const shas = state.pullCommits.get(Number(m[1]));
        if (!shas) return send(404, { message: 'Not Found' });
        const listed = shas.slice(0, PR_COMMITS_LIMIT).map((sha) => ({ sha, commit: { message: `commit ${sha.slice(0, 7)}` } }));
        const { page, link } = pageOf(listed, url.searchParams, self);
        return send(200, page, link ? { link } : {});
      }
      if ((m = new RegExp(`^${base}/issues/(\\d+)/comments$`).exec(url.pathname))) {
        if (state.forbidComments) return send(403, { message: 'Resource not accessible by integration' });
        const n = Number(m[1]);
        const list = state.comments.get(n) ?? [];
        if (req.method === 'GET') {
          const { page, link } = pageOf(list, url.searchParams, self);
          return send(200, page, link ? { link } : {});
        }
        if (req.method === 'POST') {
          const text = (body as { body?: unknown })?.body;
          if (typeof text !== 'string' || text === '') return send(422, { message: 'Validation Failed' });
          if (text.length > 65536) return send(422, { message: 'Body is too long (maximum is 65536 characters)' });
          const now = new Date().toISOString();
          const c: StoredComment = { id: nextId++, body: text, user: { login: 'github-actions[bot]', type: 'Bot' }, created_at: now, updated_at: now };
          state.comments.set(n, [...list, c]);
          return send(201, c);
        }
      }
      if ((m = new RegExp(`^${base}/issues/comments/(\\d+)$`).exec(url.pathname))) {
        if (state.forbidComments) return send(403, { message: 'Resource not accessible by integration' });
        const id = Number(m[1]);
        for (const [n, list] of state.comments) {
          const c = list.find((x) => x.id === id);
          if (!c) continue;
          if (req.method === 'PATCH') {
            const text = (body as { body?: unknown })?.body;
            if (typeof text !== 'string' || text === '') return send(422, { message: 'Validation Failed' });
            c.body = text;
            c.updated_at = new Date().toISOString();
            return send(200, c);
          }
          if (req.method === 'DELETE') {
            state.comments.set(n, list.filter((x) => x.id !== id));
            return send(204);
          }
        }
        return send(404, { message: 'Not Found' });
      }
      return send(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(state, {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  }) as FakeGitHub;
}
