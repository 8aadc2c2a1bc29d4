import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Result } from '../../src/contracts/result';
import { signedRequest } from '../helpers/emulator';
import { startLocalCloud, type Caller } from '../helpers/local-cloud';
import type { Ids, Scenario } from './actions';

type Ops = Record<string, number>;
export type Measured = {
  scenario: Scenario;
  answer: { ok: boolean; code?: string; message?: string };
  /** The input sent. */
  data?: Record<string, unknown>;
  /** Per collection, the emulator's counts of this one call: read, insert, update, remove, count, aggregate, tx. */
  perCollection: Record<string, Ops>;
  transactions: { start: number; commit: number; abort: number; conflict: number };
  /** Whether the answer is the one the scenario expects. */
  asExpected: boolean;
};

const sum = (per: Record<string, Ops>, kinds: string[]) =>
  Object.values(per).reduce((n, ops) => n + kinds.reduce((m, k) => m + (ops[k] ?? 0), 0), 0);
export const readsOf = (m: Measured) => sum(m.perCollection, ['read', 'count', 'aggregate']);
export const writesOf = (m: Measured) => sum(m.perCollection, ['insert', 'update', 'remove']);

/** "users r1 u1; audit_logs i1": the non-zero counts per collection. */
export function detailOf(m: Measured): string {
  const short: Record<string, string> = { read: 'r', insert: 'i', update: 'u', remove: 'd', count: 'c', aggregate: 'a' };
  return Object.entries(m.perCollection)
    .map(([name, ops]) => [
      name,
      Object.entries(short)
        .filter(([k]) => ops[k])
        .map(([k, s]) => `${s}${ops[k]}`)
        .join(' '),
    ])
    .filter(([, ops]) => ops)
    .map(([name, ops]) => `${name} ${ops}`)
    .join('; ');
}

/**
 * The actions each router declares: `createRouter('fn', { a, b: c, ...table })` in src/server/<fn>/router.ts,
 * where a spread `...table` is an action table imported from another module (`export const table = { … }`).
 */
export function routerActions(serverDir: string): { fn: string; actions: string[] }[] {
  return readdirSync(serverDir)
    .filter((dir) => existsSync(join(serverDir, dir, 'router.ts')))
    .flatMap((dir) => {
      const file = join(serverDir, dir, 'router.ts');
      const source = readFileSync(file, 'utf8');
      const m = /createRouter\(\s*'(\w+)'\s*,\s*\{([^}]*)\}/.exec(source);
      // A router the parser can't read would hide its actions from the check for missing rows: say so.
      if (!m) throw new Error(`db-calls: cannot read the actions of ${file} (createRouter('fn', { … }))`);
      return [{ fn: m[1], actions: tableEntries(m[2], source, dirname(file)) }];
    });
}

function tableEntries(body: string, source: string, dir: string): string[] {
  return body
    .replace(/\/\/.*$/gm, '')
    .split(',')
    .map((entry) => entry.split(':')[0].trim())
    .filter(Boolean)
    .flatMap((entry) => (entry.startsWith('...') ? spreadEntries(entry.slice(3), source, dir) : [entry]));
}

/** The keys of an action table a router spreads in, read from the module it is imported from. */
function spreadEntries(name: string, source: string, dir: string): string[] {
  const from = new RegExp(`import\\s*\\{[^}]*\\b${name}\\b[^}]*\\}\\s*from\\s*'([^']+)'`).exec(source);
  if (!from) throw new Error(`db-calls: cannot find where the router's ...${name} comes from`);
  const file = join(dir, `${from[1]}.ts`);
  const module = readFileSync(file, 'utf8');
  const table = new RegExp(`export const ${name}\\b[^=]*=\\s*\\{([^}]*)\\}`).exec(module);
  if (!table) throw new Error(`db-calls: ${file} has no action table ${name}`);
  return tableEntries(table[1], module, dirname(file));
}

/**
 * The actions of `serverDir`'s routers (`fn.action`) that no scenario calls: the house rule is a row for every
 * action, so the bench fails while this is not empty (`only`: that function's actions alone).
 */
export function actionsWithoutRow(scenarios: Scenario[], serverDir: string, only?: string): string[] {
  const covered = new Set(scenarios.map((s) => `${s.fn}.${s.action}`));
  return routerActions(serverDir)
    .filter(({ fn }) => !only || fn === only)
    .flatMap(({ fn, actions }) => actions.map((a) => `${fn}.${a}`).filter((a) => !covered.has(a)));
}

/** Runs the scenarios in order on a fresh, seeded local cloud; counts each call's database operations. */
export async function measureScenarios(scenarios: Scenario[]): Promise<Measured[]> {
  const cloud = await startLocalCloud();
  const callers = new Map<string, Caller>();
  const txUrl = `${cloud.gateway.emulatorUrl}/__stats/transactions`;
  try {
    const out: Measured[] = [];
    const ids: Ids = {};
    const call = async (s: Scenario, data: Record<string, unknown> | undefined): Promise<Result<any>> => {
      const now = typeof s.at === 'function' ? s.at() : s.at;
      // No user, with data: a push from WeChat, sent to the function as is; without: the event a cron trigger
      // sends, as the gateway's scheduler sends it.
      if (s.as === null) return data ? ((await cloud.gateway.trigger(s.fn, data)) as Result<any>) : cloud.trigger(s.fn, s.action, { now });
      if (!callers.has(s.as)) callers.set(s.as, await cloud.as(s.as));
      return callers.get(s.as)!.call(s.fn, s.action, data, { now });
    };
    for (const scenario of scenarios) {
      const data = typeof scenario.data === 'function' ? scenario.data(ids) : scenario.data;
      await cloud.resetStats();
      const answer = await call(scenario, data);
      if (typeof scenario.save === 'string' && answer.ok)
        ids[scenario.save] = String(answer.data?.id ?? answer.data?.signUpId ?? answer.data?.code);
      if (Array.isArray(scenario.save) && answer.ok) ids[scenario.save[0]] = String(answer.data?.[scenario.save[1]]);
      const perCollection = await cloud.stats();
      const transactions = (await signedRequest(txUrl, { credentials: cloud.gateway.emulatorCredentials })).json();
      const want = scenario.expect ?? 'ok';
      const asExpected = want === 'ok' ? answer.ok : !answer.ok && answer.code === want.code;
      const brief = answer.ok ? { ok: true } : { ok: false, code: answer.code, message: answer.message };
      out.push({ scenario, data, answer: brief, perCollection, transactions, asExpected });
    }
    return out;
  } finally {
    await cloud.close();
  }
}
