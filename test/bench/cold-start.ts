import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { buildFunctions, FUNCTIONS_DIR, ROOT } from '../../scripts/functions';
import { kb, KB } from '../platform/sizes';
import { runWhenMain } from './main';
import { median, table } from './table';

/** docs/architecture.md "Budgets". */
export const BUNDLE_BUDGET = 150 * KB;
export const COLD_START_BUDGET_MS = 50;

/**
 * The first call a cold instance serves, part of every cold-start figure: whatever is built on a first
 * call rather than at load (zod compiles a schema's parser on its first parse) is paid by a cold start
 * too, and a figure of the require alone would hide it. Each is a read whose input fails validation: it
 * builds and runs one action's schema, then answers before any database call (the child has no database).
 */
type FirstCall = { event: unknown; system?: boolean; answer: Record<string, unknown> };
const invalid = (action: string, data: unknown = {}): FirstCall => ({ event: { action, data }, answer: { code: 'VALIDATION_FAILED' } });
export const FIRST_CALLS: Record<string, FirstCall> = {
  admin: invalid('scopeTeams'),
  event: invalid('detail'),
  inbox: invalid('markRead'),
  market: invalid('detail'),
  org: invalid('node'),
  // Not a router: what is no pay notification is answered at once.
  payCallback: { event: {}, answer: { errcode: 0 } },
  points: invalid('userHistory'),
  timer: { ...invalid('tick', { firedAt: 5 }), system: true },
  user: invalid('resolveCode'),
  wish: invalid('detail'),
};

/**
 * Milliseconds a fresh `node` spends in `require(id)` and, given `first`, answering that first call
 * (after requiring `before`, untimed), measured inside the child.
 */
function timeRequire(id: string, cwd: string, before?: string, first?: FirstCall): number {
  const pre = before ? `require(${JSON.stringify(before)});` : '';
  const call = first ? `m.main(${JSON.stringify(first.event)})` : 'null';
  const probe = `${pre} const t = process.hrtime.bigint(); const m = require(${JSON.stringify(id)});
    Promise.resolve(${call}).then((answer) => {
      const ms = Number(process.hrtime.bigint() - t) / 1e6;
      process.stdout.write(JSON.stringify({ ms, answer }));
      process.exit(0);
    });`;
  const identity = first && !first.system ? { WX_CONTEXT_KEYS: 'WX_OPENID', WX_OPENID: 'bench-cold-start' } : {};
  const out = execFileSync(process.execPath, ['-e', probe], {
    cwd,
    encoding: 'utf8',
    timeout: 60_000,
    // The SDK's complaints about a missing region stay in the child (an error message carries them).
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { PATH: process.env.PATH ?? '', TENCENTCLOUD_RUNENV: 'SCF', ...identity },
  });
  const { ms, answer } = JSON.parse(out) as { ms: number; answer: Record<string, unknown> | null };
  // A first call that answered something else took another path (a database call, say): not what is timed here.
  if (first && !Object.entries(first.answer).every(([k, v]) => answer?.[k] === v)) {
    throw new Error(
      `${id}: first call ${JSON.stringify(first.event)} answered ${JSON.stringify(answer)}, expected ${JSON.stringify(first.answer)}`,
    );
  }
  return ms;
}

export type ColdStart = { sdkMs: number; bundleMs: number; extraMs: number; ownMs: number };

/**
 * Cold start of a bundle: N fresh processes requiring wx-server-sdk alone, N requiring the bundle
 * (which requires wx-server-sdk itself) and answering its function's first call (FIRST_CALLS),
 * interleaved; the medians and their difference (`extraMs`). On a busy machine that difference is noisy,
 * so `ownMs` also times the bundle and its first call alone in N processes that loaded wx-server-sdk
 * first: the same cost, measured directly.
 */
export function coldStart(bundle: string, cwd: string, n = 5, first = FIRST_CALLS[functionOf(bundle)]): ColdStart {
  const sdk: number[] = [];
  const withBundle: number[] = [];
  const own: number[] = [];
  for (let i = 0; i < n; i++) {
    sdk.push(timeRequire('wx-server-sdk', cwd));
    withBundle.push(timeRequire(bundle, cwd, undefined, first));
    own.push(timeRequire(bundle, cwd, 'wx-server-sdk', first));
  }
  const sdkMs = median(sdk);
  const bundleMs = median(withBundle);
  return { sdkMs, bundleMs, extraMs: bundleMs - sdkMs, ownMs: median(own) };
}

/** `cloudfunctions/<fn>/index.js` → `<fn>`. */
const functionOf = (bundle: string) => bundle.split(/[\\/]/).slice(-2)[0];

/** The bench's table of function bundles: own code against its budget, cold start (require + first call). */
export async function coldStartBench(runs = 5, only?: string[]): Promise<void> {
  console.log(`\n## cloud function bundles (own code; cold start = median of ${runs} fresh \`node\` processes)\n`);
  const ms = (n: number) => n.toFixed(1);
  const built = await buildFunctions(only);
  const rows = built.map(({ name, ownBytes, vendoredBytes }) => {
    const t = coldStart(join(FUNCTIONS_DIR, name, 'index.js'), ROOT, runs);
    // Judged on ownMs, the direct measurement: extraMs is the difference of two medians of ~200 ms, which
    // swings by ±40 ms between runs (a function read 77.6 ms extra and 35.0 ms own, then 41.9 and 24.4).
    const fits = ownBytes <= BUNDLE_BUDGET && t.ownMs <= COLD_START_BUDGET_MS;
    const cells = [ms(t.sdkMs), ms(t.bundleMs), ms(t.extraMs), ms(t.ownMs), `${COLD_START_BUDGET_MS}`];
    return [name, kb(ownBytes), kb(vendoredBytes), kb(BUNDLE_BUDGET), ...cells, fits ? 'ok' : 'OVER'];
  });
  const heads = ['function', '>own code', '>+ zod', '>budget', '>sdk ms', '>sdk+bundle ms', '>extra ms', '>own ms', '>budget ms', 'fits'];
  console.log(table(heads, rows));
  console.log(
    'Cold start = require the bundle and answer one first call (FIRST_CALLS in test/bench/cold-start.ts).\n' +
      'extra = median(sdk+bundle) − median(sdk); own = the bundle and its first call alone, after wx-server-sdk (what fits judges).',
  );
}

// `npx tsx test/bench/cold-start.ts [fn …] [--runs N]`: only this table.
runWhenMain(module, () => {
  const args = process.argv.slice(2);
  const at = args.indexOf('--runs');
  const runs = at >= 0 ? Number(args.splice(at, 2)[1]) : 5;
  return coldStartBench(runs, args.length ? args : undefined);
});
