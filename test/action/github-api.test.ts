import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { GitHubApi, nextPageUrl } from '../../src/entry/action/github-api.js';
import { startFakeGitHub, type FakeGitHub } from '../helpers/github-api-server.js';
import { syncPrComment, COMMENT_MARKER } from '../../src/entry/action/pr-comment.js';

const sha = (i: number) => i.toString(16).padStart(40, '0');

describe('GitHub REST client', () => {
  let gh: FakeGitHub;
  let api: GitHubApi;
  beforeAll(async () => {
    gh = await startFakeGitHub({ owner: 'acme', repo: 'app' });
    api = new GitHubApi({ baseUrl: gh.url, token: 'test-token', owner: 'acme', repo: 'app' });
  });
  afterAll(async () => gh.close());

  it('reads the next page from a Link header', () => {
    expect(nextPageUrl('<https://api.github.com/x?page=2>; rel="next", <https://api.github.com/x?page=5>; rel="last"')).toBe('https://api.github.com/x?page=2');
    expect(nextPageUrl('<https://api.github.com/x?page=1>; rel="prev"')).toBeUndefined();
    expect(nextPageUrl(null)).toBeUndefined();
  });

  it('lists every commit of a 250-commit PR over three pages of 100, not 30', async () => {
    gh.pullCommits.set(12, Array.from({ length: 250 }, (_, i) => sha(i + 1)));
    gh.requests.length = 0;
    const shas = await api.listPullRequestCommits(12);
    expect(shas).toHaveLength(250);
    expect(new Set(shas).size).toBe(250);
    const pages = gh.requests.filter((r) => r.path.endsWith('/pulls/12/commits'));
    expect(pages.map((r) => r.query.per_page)).toEqual(['100', '100', '100']);
    expect(pages.every((r) => r.authorization === 'Bearer test-token')).toBe(true);
  });

  it('stops at the 250 GitHub lists even when the PR has more', async () => {
    gh.pullCommits.set(13, Array.from({ length: 300 }, (_, i) => sha(i + 1)));
    expect(await api.listPullRequestCommits(13)).toHaveLength(250);
  });

  it('creates one comment, edits it in place, then marks it resolved', async () => {
    // 120 unrelated comments first: the marker must be found on a later page.
    gh.comments.set(5, Array.from({ length: 120 }, (_, i) => ({ id: i + 1, body: `chatter ${i}`, user: { login: 'u', type: 'User' }, created_at: '', updated_at: '' })));
    expect(await syncPrComment(api, 5, `${COMMENT_MARKER}\nfirst`, `${COMMENT_MARKER}\n<!-- stanch:resolved -->\nok`)).toBe('created');
    expect(await syncPrComment(api, 5, `${COMMENT_MARKER}\nsecond`, 'x')).toBe('updated');
    expect(await syncPrComment(api, 5, `${COMMENT_MARKER}\nsecond`, 'x')).toBe('unchanged');
    const ours = gh.comments.get(5)!.filter((c) => c.body.includes(COMMENT_MARKER));
    expect(ours).toHaveLength(1);
    expect(ours[0].body).toContain('second');
    expect(await syncPrComment(api, 5, null, `${COMMENT_MARKER}\n<!-- stanch:resolved -->\nresolved`)).toBe('resolved');
    expect(await syncPrComment(api, 5, null, 'y')).toBe('unchanged');
    expect(gh.comments.get(5)!.filter((c) => c.body.includes(COMMENT_MARKER))).toHaveLength(1);
  });

  it('creates nothing for a clean PR that never had a comment', async () => {
    expect(await syncPrComment(api, 6, null, 'resolved')).toBe('none');
    expect(gh.comments.get(6)).toBeUndefined();
  });

  it('reports API errors in one line without the token', async () => {
    const bad = new GitHubApi({ baseUrl: gh.url, token: 'secret-token-value', owner: 'acme', repo: 'app' });
    await expect(bad.listPullRequestCommits(999)).rejects.toThrow(/returned 404/);
    await bad.listPullRequestCommits(999).catch((e: Error) => expect(e.message).not.toContain('secret-token-value'));
  });
});
