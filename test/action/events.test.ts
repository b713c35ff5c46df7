import { describe, it, expect } from 'vitest';
import { planScan } from '../../src/entry/action/events.js';

const sha = (c: string) => c.repeat(40);
const ZERO = '0'.repeat(40);
const repository = { full_name: 'acme/app', default_branch: 'main' };
const auto = { kind: 'auto' } as const;

describe('event → scan plan', () => {
  it('pull_request scans the PR commits: head excluding the base, with the count GitHub reports', () => {
    const payload = {
      action: 'synchronize',
      number: 7,
      pull_request: { number: 7, commits: 250, base: { ref: 'main', sha: sha('a') }, head: { ref: 'feature', sha: sha('b') } },
      repository,
    };
    const plan = planScan({ eventName: 'pull_request', payload }, auto);
    expect(plan).toMatchObject({ kind: 'commits', head: sha('b'), exclude: [sha('a')], expectedCount: 250, pullRequest: { number: 7, baseRef: 'main' } });
    expect(planScan({ eventName: 'pull_request_target', payload }, auto)).toMatchObject({ kind: 'commits', head: sha('b') });
  });

  it('push scans before..after', () => {
    const plan = planScan({ eventName: 'push', payload: { ref: 'refs/heads/main', before: sha('a'), after: sha('b'), created: false, deleted: false, forced: false, repository } }, auto);
    expect(plan).toMatchObject({ kind: 'commits', head: sha('b'), exclude: [sha('a')] });
    expect((plan as { excludeOtherBranches?: unknown }).excludeOtherBranches).toBeUndefined();
  });

  it('a new branch scans only commits not on other branches, not the whole history', () => {
    const plan = planScan({ eventName: 'push', payload: { ref: 'refs/heads/feat/x', before: ZERO, after: sha('b'), created: true, deleted: false, forced: false, repository } }, auto);
    expect(plan).toMatchObject({ kind: 'commits', head: sha('b'), exclude: [], excludeOtherBranches: { branch: 'feat/x', defaultBranch: 'main' } });
  });

  it('a force push scans what is new: excludes the old tip and other branches', () => {
    const plan = planScan({ eventName: 'push', payload: { ref: 'refs/heads/main', before: sha('a'), after: sha('b'), created: false, deleted: false, forced: true, repository } }, auto);
    expect(plan).toMatchObject({ kind: 'commits', head: sha('b'), exclude: [sha('a')], excludeOtherBranches: { branch: 'main' } });
  });

  it('empty pushes (deletion, tag) scan nothing and say why', () => {
    const del = planScan({ eventName: 'push', payload: { ref: 'refs/heads/old', before: sha('a'), after: ZERO, deleted: true, repository } }, auto);
    expect(del).toMatchObject({ kind: 'nothing' });
    expect((del as { reason: string }).reason).toMatch(/deleted refs\/heads\/old/);
    const tag = planScan({ eventName: 'push', payload: { ref: 'refs/tags/v1.0', before: ZERO, after: sha('c'), created: true, repository } }, auto);
    expect(tag).toMatchObject({ kind: 'nothing' });
    expect((tag as { reason: string }).reason).toMatch(/tag v1.0/);
  });

  it('merge_group scans base_sha..head_sha', () => {
    const payload = { action: 'checks_requested', merge_group: { head_sha: sha('d'), head_ref: 'refs/heads/gh-readonly-queue/main/pr-7-x', base_sha: sha('a'), base_ref: 'refs/heads/main' }, repository };
    expect(planScan({ eventName: 'merge_group', payload }, auto)).toMatchObject({ kind: 'commits', head: sha('d'), exclude: [sha('a')] });
  });

  it('schedule and workflow_dispatch are incremental audits; scan: all is a full one; a range wins over the event', () => {
    expect(planScan({ eventName: 'schedule', payload: { schedule: '0 3 * * *' } }, auto)).toMatchObject({ kind: 'audit', incremental: true });
    expect(planScan({ eventName: 'workflow_dispatch', payload: { inputs: {} } }, auto)).toMatchObject({ kind: 'audit', incremental: true });
    expect(planScan({ eventName: 'push', payload: {} }, { kind: 'all' })).toMatchObject({ kind: 'audit', incremental: false });
    expect(planScan({ eventName: 'workflow_dispatch', payload: {} }, { kind: 'range', head: 'HEAD', exclude: ['main'], text: 'main..HEAD' })).toMatchObject({
      kind: 'commits',
      head: 'HEAD',
      exclude: ['main'],
    });
  });

  it('names the payload field when a payload is malformed', () => {
    expect(() => planScan({ eventName: 'pull_request', payload: { pull_request: { head: { sha: 'nope' }, base: { sha: sha('a') } } } }, auto)).toThrow(
      /pull_request.head.sha/,
    );
    expect(() => planScan({ eventName: 'merge_group', payload: {} }, auto)).toThrow(/merge_group.head_sha/);
  });
});
