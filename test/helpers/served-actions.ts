import { join } from 'node:path';
import { routerActions } from '../bench/db-calls';

const SERVER = join(__dirname, '..', '..', 'src', 'server');

/**
 * The actions function `fn`'s router serves (read from src/server/<domain>/router.ts, the source of truth for
 * what exists), less the keys of `others`: the tables of the other domains the same function serves. A
 * domain's schema table must name exactly these.
 */
export function servedActions(fn: string, ...others: object[]): string[] {
  const router = routerActions(SERVER).find((r) => r.fn === fn);
  if (!router) throw new Error(`no router for function ${fn}`);
  return router.actions.filter((a) => !others.some((table) => a in table)).sort();
}
