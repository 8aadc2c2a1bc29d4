import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../scripts/functions';
import { kb, MAIN_BUDGET, packageSizes, SUBPACKAGE_BUDGET } from '../platform/sizes';
import { SCENARIOS } from './actions';
import { coldStartBench } from './cold-start';
import { actionsWithoutRow, detailOf, measureScenarios, readsOf, writesOf, type Measured } from './db-calls';
import { table } from './table';

/** `npm run bench`: figures against docs/architecture.md "Budgets". Prints; asserts no timing. */
const RUNS = 5;
const WEAPP_DIR = join(ROOT, 'dist', 'weapp');
const within = (ok: boolean) => (ok ? 'ok' : 'OVER');

function weappSizes(): void {
  console.log('\n## weapp packages (dist/weapp, files WeChat uploads)\n');
  if (!existsSync(join(WEAPP_DIR, 'app.json'))) {
    console.log('dist/weapp/app.json is missing: run `npx taro build --type weapp` first.');
    return;
  }
  const { main, subpackages } = packageSizes(WEAPP_DIR);
  const rows = [
    ['main', `${main.files}`, kb(main.bytes), kb(MAIN_BUDGET), within(main.bytes <= MAIN_BUDGET)],
    ...subpackages.map((s) => [s.root, `${s.files}`, kb(s.bytes), kb(SUBPACKAGE_BUDGET), within(s.bytes <= SUBPACKAGE_BUDGET)]),
  ];
  console.log(table(['package', '>files', '>size', '>budget', 'fits'], rows));
}

/** "≤3r 2w ok": the row's floor (most reads, most writes) and whether the call stayed within it. */
function floorOf(m: Measured): string {
  const f = m.scenario.floor;
  if (!f) return '';
  return `≤${f.reads}r ${f.writes}w ${readsOf(m) <= f.reads && writesOf(m) <= f.writes ? 'ok' : 'OVER'}`;
}

/** `only`: print the rows of that function alone (every scenario still runs: later rows need earlier ones). */
async function databaseCalls(only?: string): Promise<number> {
  console.log('\n## database calls per action (local CloudBase, seeded demo county; reads = read+count+aggregate)\n');
  const measured = (await measureScenarios(SCENARIOS)).filter((m) => !only || m.scenario.fn === only);
  const rows = measured.map((m) => [
    `${m.scenario.fn}.${m.scenario.action}`,
    m.scenario.as ?? (m.data ? '(WeChat push)' : '(timer trigger)'),
    `${readsOf(m)}`,
    `${writesOf(m)}`,
    `${m.transactions.commit}`,
    (m.answer.ok ? 'ok' : `${m.answer.code}`) + (m.asExpected ? '' : ' (UNEXPECTED)'),
    floorOf(m),
    detailOf(m),
    m.scenario.note,
  ]);
  console.log(table(['action', 'as', '>reads', '>writes', '>tx', 'answer', 'floor', 'per collection', 'what'], rows));
  const floors = measured.filter((m) => m.scenario.floor);
  const above = floors.filter((m) => floorOf(m).endsWith('OVER'));
  console.log(
    `\nAt the floor: ${floors.length - above.length} of ${floors.length} calls with a floor` +
      (above.length ? `; above it: ${above.map((m) => `${m.scenario.fn}.${m.scenario.action}`).join(', ')}` : '.'),
  );
  for (const m of floors) console.log(`  ${m.scenario.fn}.${m.scenario.action} (${m.scenario.note}): ${m.scenario.floor!.why}`);

  // Every action has a row (the table is the house's record of each action's calls): one missing fails the bench.
  const missing = actionsWithoutRow(SCENARIOS, join(ROOT, 'src', 'server'), only);
  for (const a of missing) console.error(`✗ ${a} has no row in test/bench/actions.ts: its database calls are not in this table`);

  const failures = measured.filter((m) => !m.asExpected);
  for (const f of failures) {
    const want = f.scenario.expect ?? 'ok';
    console.error(
      `✗ ${f.scenario.fn}.${f.scenario.action} as ${f.scenario.as ?? '(trigger)'} with ${JSON.stringify(f.data ?? {})}: ` +
        `expected ${want === 'ok' ? 'ok' : want.code}, answered ${JSON.stringify(f.answer)}`,
    );
  }
  return failures.length + missing.length;
}

async function main(): Promise<void> {
  weappSizes();
  await coldStartBench(RUNS);
  const failures = await databaseCalls();
  await (await import('./journal')).journalBench();
  await (await import('./event-rush')).eventRushBench();
  await (await import('./attendance')).attendanceBench();
  await (await import('./order-rush')).orderRushBench();
  if (failures) {
    console.error(`\n${failures} bench scenario(s) answered unexpectedly or action(s) without a row: the table above is not trustworthy.`);
    process.exit(1);
  }
  process.exit(0);
}

// `npx tsx test/bench/run.ts db-calls <fn>`: only the database-calls table, only that function's rows.
const run = process.argv[2] === 'db-calls' ? databaseCalls(process.argv[3]).then((failures) => process.exit(failures ? 1 : 0)) : main();
run.catch((err) => {
  console.error(err);
  process.exit(1);
});
