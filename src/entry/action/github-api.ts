/**
 * The few GitHub REST calls the Action makes, on Node's fetch: PR commits and issue comments.
 * Honours GITHUB_API_URL (GHES, or a local test server) through `baseUrl`, follows `Link:
 * rel="next"` pagination with per_page=100 (GitHub's maximum) so nothing stops at 30, and never
 * puts the token in an error message.
 */
import { StanchError, EXIT } from '../../model/errors.js';

export interface GitHubApiOptions {
  baseUrl: string;
  token: string;
  owner: string;
  repo: string;
  userAgent?: string;
}

export interface IssueComment {
  id: number;
  body?: string;
  user?: { login?: string; type?: string } | null;
}

/** GitHub lists at most this many commits for a pull request (documented limit of the endpoint). */
export const PR_COMMITS_API_LIMIT = 250;

/** The URL of the `rel="next"` page in a Link header, if any. */
export function nextPageUrl(link: string | null): string | undefined {
  if (!link) return undefined;
  for (const part of link.split(',')) {
    const m = /<([^>]+)>\s*;\s*rel="?([^";]+)"?/.exec(part.trim());
    if (m && m[2].split(/\s+/).includes('next')) return m[1];
  }
  return undefined;
}

export class GitHubApi {
  private readonly base: string;
  constructor(private readonly opts: GitHubApiOptions) {
    this.base = opts.baseUrl.replace(/\/+$/, '');
  }

  private repoPath(): string {
    return `/repos/${encodeURIComponent(this.opts.owner)}/${encodeURIComponent(this.opts.repo)}`;
  }

  private async request(method: string, url: string, body?: unknown): Promise<Response> {
    const res = await fetch(url.startsWith('http') ? url : `${this.base}${url}`, {
      method,
      headers: {
        accept: 'application/vnd.github+json',
        authorization: `Bearer ${this.opts.token}`,
        'x-github-api-version': '2022-11-28',
        'user-agent': this.opts.userAgent ?? 'stanch-action',
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    }).catch((e: unknown) => {
      throw new StanchError(`GitHub API ${method} ${new URL(url, this.base + '/').pathname} failed: ${(e as Error).message}`, EXIT.STORE);
    });
    if (!res.ok) {
      let detail = '';
      try {
        detail = String(((await res.json()) as { message?: unknown }).message ?? '');
      } catch {
        /* not JSON */
      }
      const hint = res.status === 403 || res.status === 404 ? ' (does the workflow grant the token this permission?)' : '';
      throw new StanchError(`GitHub API ${method} ${new URL(res.url || url, this.base + '/').pathname} returned ${res.status}${detail ? `: ${detail}` : ''}${hint}`, EXIT.STORE);
    }
    return res;
  }

  /** Every item of a paginated list endpoint, following Link headers. */
  async paginate<T>(pathAndQuery: string, maxItems = Infinity): Promise<T[]> {
    const sep = pathAndQuery.includes('?') ? '&' : '?';
    let url: string | undefined = `${this.base}${pathAndQuery}${sep}per_page=100`;
    const items: T[] = [];
    while (url && items.length < maxItems) {
      const res = await this.request('GET', url);
      const page = (await res.json()) as T[];
      if (!Array.isArray(page)) throw new StanchError(`GitHub API GET ${pathAndQuery} did not return a list`, EXIT.STORE);
      items.push(...page);
      url = nextPageUrl(res.headers.get('link'));
    }
    return items;
  }

  /** SHAs of a pull request's commits (GitHub lists at most 250; git is the truth beyond that). */
  async listPullRequestCommits(pullNumber: number): Promise<string[]> {
    const commits = await this.paginate<{ sha: string }>(`${this.repoPath()}/pulls/${pullNumber}/commits`);
    return commits.map((c) => c.sha);
  }

  async listIssueComments(issueNumber: number): Promise<IssueComment[]> {
    return this.paginate<IssueComment>(`${this.repoPath()}/issues/${issueNumber}/comments`);
  }

  async createIssueComment(issueNumber: number, body: string): Promise<IssueComment> {
    return (await (await this.request('POST', `${this.repoPath()}/issues/${issueNumber}/comments`, { body })).json()) as IssueComment;
  }

  async updateIssueComment(commentId: number, body: string): Promise<IssueComment> {
    return (await (await this.request('PATCH', `${this.repoPath()}/issues/comments/${commentId}`, { body })).json()) as IssueComment;
  }

  async deleteIssueComment(commentId: number): Promise<void> {
    await this.request('DELETE', `${this.repoPath()}/issues/comments/${commentId}`);
  }
}
