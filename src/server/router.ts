import * as z from 'zod';
import zhCN from 'zod/v4/locales/zh-CN.js';
import type { Result } from '../contracts/result';
import { AppError } from './errors';
import { callerIdentity } from './context';
import { createCtx, type Ctx } from './ctx';

z.config(zhCN());

export type Action<S extends z.ZodType = z.ZodType, O = unknown> = {
  input: S;
  /**
   * Who may call: 'user' (default) needs a WeChat identity; 'system' is for triggers (the timer), which
   * carry none, and refuses any call that comes from a user.
   */
  caller?: 'user' | 'system';
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

/** A router: caller → validate → authorise → handler → envelope. */
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
  const steps = [resolve, caller, validate, authorize, handle];

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
