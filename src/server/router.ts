import * as z from 'zod';
import { zhCN } from 'zod/locales';
import type { Result } from '../contracts/result';
import { LIMITS } from '../core/limits';
import { AppError } from './errors';
import { callerIdentity } from './context';
import { createCtx, type Ctx } from './ctx';
import { takeHit } from './shared/rate-limit';
import { notify } from './inbox/notify';

// Chinese validation messages. The named import from `zod/locales` (which has a CommonJS build for jest and
// tsx) lets the function bundles carry zh-CN alone: `z.locales.zhCN` would pull in all of zod's ~50 locales.
z.config(zhCN());

export type Action<S extends z.ZodType = z.ZodType, O = unknown> = {
  input: S;
  /**
   * Who may call: 'user' (default) needs a WeChat identity; 'system' is for triggers (the timer), which
   * carry none, and refuses any call that comes from a user.
   */
  caller?: 'user' | 'system';
  /**
   * A write whose effects reach other people or shared records (a claim, a review, an award): each call
   * takes a hit of the caller's write budget (LIMITS.writeBurst) before anything else and answers
   * RATE_LIMITED past it. Reads, and writes that only touch the caller's own record within a cap (login,
   * inbox optIn/markRead, setHomeStation), leave it unset.
   */
  write?: boolean;
  /** Role and scope checks that need only the caller and the input; data-dependent checks live in the handler. */
  authorize?: (ctx: Ctx, input: z.output<S>) => Promise<void> | void;
  handle: (input: z.output<S>, ctx: Ctx) => Promise<O>;
};

export function defineAction<S extends z.ZodType, O>(action: Action<S, O>): Action<S, O> {
  return action;
}

type Step = (state: State) => Promise<void>;
type State = { fn: string; event: unknown; action?: Action; name?: string; ctx?: Ctx; input?: unknown; output?: unknown };

function fieldsOf(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || '_';
    fields[key] ??= issue.message;
  }
  return fields;
}

/** A router: caller → write limit → validate → authorise → handler → notices → envelope. */
export function createRouter(fn: string, actions: Record<string, Action<any, any>>) {
  const resolve: Step = async (s) => {
    const ev = s.event as { action?: unknown; Type?: unknown; TriggerName?: unknown } | null;
    // A cron trigger's event names no action: it is { Type: 'Timer', TriggerName, Time }.
    const trigger = ev && typeof ev === 'object' && ev.Type === 'Timer' && typeof ev.TriggerName === 'string' ? ev.TriggerName : '';
    const name = ev && typeof ev === 'object' && typeof ev.action === 'string' ? ev.action : trigger;
    if (!Object.prototype.hasOwnProperty.call(actions, name)) throw new AppError('UNKNOWN_ACTION');
    s.name = name;
    s.action = actions[name];
  };
  const caller: Step = async (s) => {
    const who = callerIdentity();
    const system = s.action!.caller === 'system';
    if (system && who.openid) throw new AppError('FORBIDDEN');
    if (!system && !who.openid) throw new AppError('UNAUTHENTICATED');
    s.ctx = createCtx({ fn, action: s.name!, openid: who.openid ?? '', now: who.now });
  };
  // After the caller, before validation: a burst of malformed calls is a burst too. System callers carry no
  // user and are exempt. The budget lives in the database (rate_limits), shared by every instance.
  const limit: Step = async (s) => {
    if (!s.action!.write || !s.ctx!.userId) return;
    if (!(await takeHit(`write:${s.ctx!.userId}`, LIMITS.writeBurst, s.ctx!.now))) throw new AppError('RATE_LIMITED');
  };
  const validate: Step = async (s) => {
    const raw = (s.event as { data?: unknown }).data ?? {};
    const parsed = s.action!.input.safeParse(raw);
    if (!parsed.success) {
      const fields = fieldsOf(parsed.error);
      const first = Object.values(fields)[0];
      throw new AppError('VALIDATION_FAILED', first ? `填写的内容有误：${first}` : undefined, fields);
    }
    s.input = parsed.data;
  };
  const authorize: Step = async (s) => {
    await s.action!.authorize?.(s.ctx!, s.input);
  };
  const handle: Step = async (s) => {
    s.output = await s.action!.handle(s.input, s.ctx!);
  };
  // Notices go out only after the handler succeeded; notify() logs its own failures and never throws. The
  // caller's user document, when the call read it, tells the caller's own subscribe grants (no second read).
  const tell: Step = async (s) => {
    if (!s.ctx!.notices.length) return;
    const me = await s.ctx!.callerIfRead()?.catch(() => null);
    await notify(s.ctx!.now, [...s.ctx!.notices], me ? [me] : []);
  };
  const steps = [resolve, caller, limit, validate, authorize, handle, tell];

  return async function main(event: unknown): Promise<Result<unknown>> {
    const state: State = { fn, event };
    try {
      for (const step of steps) await step(state);
      return { ok: true, data: state.output ?? null };
    } catch (err) {
      if (err instanceof AppError) {
        return err.fields
          ? { ok: false, code: err.code, message: err.message, fields: err.fields }
          : { ok: false, code: err.code, message: err.message };
      }
      console.error(`[${fn}.${state.name ?? '?'}]`, err);
      const internal = new AppError('INTERNAL');
      return { ok: false, code: internal.code, message: internal.message };
    }
  };
}
