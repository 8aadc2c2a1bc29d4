import { chinaDay, chinaDayStart } from '../../src/core/event';

/**
 * A row of the database-calls bench (test/bench/actions.ts lists them): who calls which action with what, what
 * the row shows, and the floor it should hold; and the helpers rows are written with.
 * `expect` is 'ok' unless the row shows what a refusal costs; any other answer fails the bench.
 */
export type Ids = Record<string, string>;
export type Scenario = {
  fn: string;
  action: string;
  /**
   * The caller's openid (demo-* identities are seeded; others are new users); null: no user — a cron trigger,
   * or with `data`, a push from WeChat sent to the function as is.
   */
  as: string | null;
  /** The input, or a function of the ids saved by earlier rows. */
  data?: Record<string, unknown> | ((ids: Ids) => Record<string, unknown>);
  /**
   * Saves the answer's `data.id` (a sign-up's `data.signUpId`, a 个人码's `data.code`) under this name for later
   * rows; `[name, field]` saves the answer's `data[field]` instead (a check-in code's `token`).
   */
  save?: string | [name: string, field: string];
  /**
   * The functions' clock for this call (epoch ms, or a function of nothing, read when the row runs): a check-in
   * inside its slot's window, a confirmation after the slot. Unset: the real time.
   */
  at?: number | (() => number);
  /** What the row shows, for the reader of the table. */
  note: string;
  expect?: 'ok' | { code: string };
  /**
   * The floor docs/architecture.md sets for this call ("a list is one read; a claim one conditional write plus
   * what the inbox needs"), as the most reads and writes it may cost; the table says whether it holds.
   */
  floor?: { reads: number; writes: number; why: string };
};

/** The inbox's share of a state change: the message insert, and the recipient's subscribe grants read. */
const INBOX = { reads: 1, writes: 1 };
export const floor = (reads: number, writes: number, why: string, inbox = false) =>
  inbox ? { reads: reads + INBOX.reads, writes: writes + INBOX.writes, why: `${why} + 收件箱` } : { reads, writes, why };
/**
 * The write budget's share of a write action (docs/limits.md): one conditional write on rate_limits; a
 * user's very first write action also inserts their budget document (`first`).
 */
export const limited = (f: { reads: number; writes: number; why: string }, first = false) => ({
  reads: f.reads,
  writes: f.writes + (first ? 2 : 1),
  why: `${f.why} + 频率限制${first ? '（该用户首次写入，建记录）' : ''}`,
});

/** A row: `fnAction` ('fn.action') called by `as`, showing `note`; `more`: its data, save, floor or expected refusal. */
export const row = (
  fnAction: `${string}.${string}`,
  as: string | null,
  note: string,
  more: Omit<Scenario, 'fn' | 'action' | 'as' | 'note'> = {},
): Scenario => {
  const [fn, action] = fnAction.split('.');
  return { fn, action, as, note, ...more };
};
/** The input `{ [field]: id }` of the id an earlier row saved under `key`. */
export const saved =
  (key: string, field = 'id') =>
  (ids: Ids) => ({ [field]: ids[key] });
/** `hour`:00 China time `days` days from now: quarter-hour slot times, as the publish form makes them. */
export const chinaAt = (days: number, hour: number) => chinaDayStart(chinaDay(Date.now()) + days) + hour * 3_600_000;
