import { AppError } from './errors';
import type { NotifyMessage } from './inbox/notify';
import { userIdOf } from './shared/ids';
import { findUser, type UserDoc } from './user/repo';

/** What a use case knows about its call. Identity comes only from the server context. */
export type Ctx = {
  fn: string;
  action: string;
  openid: string;
  userId: string;
  now: number;
  /** The caller's user document, read once per call and only when asked for. */
  caller(): Promise<UserDoc | null>;
  /** The caller's user document; refuses with UNAUTHENTICATED when they never logged in. */
  me(): Promise<UserDoc>;
  /** The caller's user document if this call already read it (never reads): the notices reuse it. */
  callerIfRead(): Promise<UserDoc | null> | undefined;
  /**
   * Queues notices (inbox message + subscribe message) for after the call: the router sends them only when
   * the handler succeeded, never when it threw, so nobody is told of a change that did not happen.
   */
  notify(...messages: NotifyMessage[]): void;
  /** What `notify` queued so far (the router drains it). */
  readonly notices: readonly NotifyMessage[];
};

export function createCtx(base: { fn: string; action: string; openid: string; now: number }): Ctx {
  const userId = base.openid ? userIdOf(base.openid) : '';
  let loaded: Promise<UserDoc | null> | undefined;
  const caller = () => (loaded ??= userId ? findUser(userId) : Promise.resolve(null));
  const notices: NotifyMessage[] = [];
  return {
    ...base,
    userId,
    caller,
    notices,
    notify: (...messages) => void notices.push(...messages),
    callerIfRead: () => loaded,
    async me() {
      const user = await caller();
      if (!user) throw new AppError('UNAUTHENTICATED');
      return user;
    },
  };
}
