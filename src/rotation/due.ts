/** When a secret is due: last rotation + interval. Unknown last rotation = due now. */
import { parseDuration } from './duration.js';

export interface DueState {
  due: boolean;
  every?: string;
  lastRotated?: string;
  dueAt?: string;
}

export function dueState(args: { lastRotated?: Date; every?: string; now: Date }): DueState {
  const everyMs = args.every !== undefined ? parseDuration(args.every) : undefined;
  const last = args.lastRotated?.toISOString();
  // No interval (or an unreadable one in store metadata): rotated only on demand or on a leak.
  if (everyMs === undefined) return { due: false, ...(last ? { lastRotated: last } : {}) };
  if (!args.lastRotated) return { due: true, every: args.every };
  const dueAt = new Date(args.lastRotated.getTime() + everyMs);
  return { due: dueAt.getTime() <= args.now.getTime(), every: args.every, lastRotated: last, dueAt: dueAt.toISOString() };
}
