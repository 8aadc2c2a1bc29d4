/**
 * Local stand-in for WeChat's timer triggers: reads `triggers` from each cloudfunctions/<fn>/config.json
 * ({ name, type: 'timer', config: '<cron>' }) and, every second, invokes the function with the event
 * WeChat sends — { Type: 'Timer', TriggerName, Time } — and no user, as a real trigger does.
 *
 * WeChat's cron has 7 fields: second minute hour day-of-month month day-of-week year, in China time
 * (UTC+8). Each field takes `*`, a number, a list `a,b`, a range `a-b` and a step `* /n` or `a-b/n`;
 * months and weekdays also take English abbreviations (JAN, MON); weekday 0 and 7 are Sunday.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export type TimerTrigger = { fn: string; name: string; cron: string };
export type Invoker = { invoke(name: string, event: unknown, caller: { trigger: true; now?: number }): Promise<unknown> };

const CHINA_OFFSET_MS = 8 * 3600 * 1000;
const NAMES: Record<number, string[]> = {
  4: ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'],
  5: ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'],
};
const RANGES: [number, number][] = [
  [0, 59],
  [0, 59],
  [0, 23],
  [1, 31],
  [1, 12],
  [0, 7],
  [1970, 2199],
];

function value(field: number, token: string): number {
  const names = NAMES[field];
  const i = names ? names.indexOf(token.toUpperCase()) : -1;
  if (i >= 0) return field === 4 ? i + 1 : i;
  if (!/^\d+$/.test(token)) throw new Error(`cron: bad value "${token}"`);
  return Number(token);
}

/** Does one cron field match `n`? */
function fieldMatches(field: number, expr: string, n: number): boolean {
  return expr.split(',').some((part) => {
    const [range, stepText] = part.split('/');
    const step = stepText === undefined ? 1 : Number(stepText);
    if (!Number.isInteger(step) || step < 1) throw new Error(`cron: bad step "${part}"`);
    let [lo, hi] = RANGES[field];
    if (range !== '*' && range !== '?') {
      const [a, b] = range.split('-');
      lo = value(field, a);
      hi = b === undefined ? (stepText === undefined ? lo : hi) : value(field, b);
    }
    return n >= lo && n <= hi && (n - lo) % step === 0;
  });
}

/** Does a 7-field WeChat cron expression fire at `at` (to the second, China time)? */
export function cronMatches(cron: string, at: Date): boolean {
  const fields = cron.trim().split(/\s+/);
  if (fields.length !== 7) throw new Error(`cron: WeChat wants 7 fields, got "${cron}"`);
  const d = new Date(at.getTime() + CHINA_OFFSET_MS);
  const parts = [
    d.getUTCSeconds(),
    d.getUTCMinutes(),
    d.getUTCHours(),
    d.getUTCDate(),
    d.getUTCMonth() + 1,
    d.getUTCDay(),
    d.getUTCFullYear(),
  ];
  // Every field is evaluated (no short cut), so a malformed one is refused whatever the time.
  const hits = parts.map((n, i) => fieldMatches(i, fields[i], n) || (i === 5 && n === 0 && fieldMatches(5, fields[5], 7)));
  return hits.every(Boolean);
}

/** Every timer trigger the functions declare. */
export function readTimerTriggers(functionsDir: string): TimerTrigger[] {
  if (!existsSync(functionsDir)) return [];
  return readdirSync(functionsDir).flatMap((fn) => {
    const file = join(functionsDir, fn, 'config.json');
    if (!existsSync(file)) return [];
    const config = JSON.parse(readFileSync(file, 'utf8')) as { triggers?: { name?: string; type?: string; config?: string }[] };
    // WeChat takes one trigger per function ("目前仅支持一个触发器"): refuse more here rather than at upload.
    if ((config.triggers ?? []).length > 1) throw new Error(`${file}: WeChat allows one trigger per function`);
    return (config.triggers ?? [])
      .filter((t) => t.type === 'timer' && typeof t.name === 'string' && typeof t.config === 'string')
      .map((t) => ({ fn, name: t.name as string, cron: t.config as string }));
  });
}

export type Scheduler = {
  triggers: TimerTrigger[];
  /** Fires every trigger due at `at` (the second it names); answers what each invocation returned. */
  tick(at: Date): Promise<{ trigger: TimerTrigger; answer: unknown }[]>;
  stop(): void;
};

/**
 * Starts firing the declared timer triggers against `host` (the gateway's FunctionHost). With
 * `autoStart: false` nothing runs by itself and tests drive `tick`.
 */
export function startScheduler(host: Invoker, functionsDir: string, opts: { autoStart?: boolean } = {}): Scheduler {
  const triggers = readTimerTriggers(functionsDir);
  for (const t of triggers) cronMatches(t.cron, new Date()); // refuse a malformed expression at start
  let timer: NodeJS.Timeout | undefined;
  let lastSecond = 0;

  async function tick(at: Date) {
    const due = triggers.filter((t) => cronMatches(t.cron, at));
    return Promise.all(
      due.map(async (trigger) => {
        const event = { Type: 'Timer', TriggerName: trigger.name, Time: at.toISOString() };
        const answer = await host.invoke(trigger.fn, event, { trigger: true }).catch((err: unknown) => {
          console.error(`[scheduler] ${trigger.fn}/${trigger.name} failed`, err);
          return { ok: false, code: 'INTERNAL' };
        });
        return { trigger, answer };
      }),
    );
  }

  function loop() {
    const now = Date.now();
    const second = Math.floor(now / 1000);
    if (second !== lastSecond) {
      lastSecond = second;
      void tick(new Date(second * 1000));
    }
    timer = setTimeout(loop, 1000 - (now % 1000) + 5);
    timer.unref();
  }
  if (opts.autoStart !== false && triggers.length) loop();

  return {
    triggers,
    tick,
    stop() {
      if (timer) clearTimeout(timer);
      timer = undefined;
    },
  };
}
