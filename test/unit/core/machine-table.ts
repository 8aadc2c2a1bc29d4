/**
 * The machine tests' one check: a domain's machine is exactly the table its test draws. The test writes the
 * table as a diagram, one line per event in table order — `event   from, from → to   by actor, actor` —
 * so a change to what a use case (or a timer) may move, or to who may fire it, fails the test of its domain.
 */
import type { Machine } from '@/core/machine';

type Row<S extends string = string, A extends string = string> = { from: S[]; to: S; by: A[] };

const LINE = /^(\w+)\s+([\w\s,]+?)\s*→\s*(\w+)\s+by\s+([\w\s,]+)$/;
const list = (text: string): string[] => text.split(',').map((s) => s.trim());

/** The rows of a drawn table, by event; a line that is not `event from → to by actors` is a mistake in the test. */
export function parseTable(table: string): Record<string, Row> {
  const rows: Record<string, Row> = {};
  for (const line of table.split('\n').map((l) => l.trim())) {
    if (!line) continue;
    const m = LINE.exec(line);
    if (!m) throw new Error(`machine table: cannot read "${line}"`);
    const [, event, from, to, by] = m;
    if (rows[event]) throw new Error(`machine table: ${event} is drawn twice`);
    rows[event] = { from: list(from), to, by: list(by) };
  }
  return rows;
}

/**
 * Pins `machine` to the drawn table (registered in the caller's describe): it declares exactly `states` (in
 * order) and exactly the drawn events in the drawn order, and each event moves exactly from its drawn states.
 * Answers the rows, for the domain's own checks.
 */
export function pinMachine<S extends string, E extends string, A extends string>(
  machine: Machine<S, E, A>,
  states: readonly S[],
  table: string,
): Record<E, Row<S, A>> {
  const rows = parseTable(table) as Record<E, Row<S, A>>;
  it('is exactly its table: every event in order, its from states, its to state and who fires it', () => {
    expect(machine.states).toEqual(states);
    expect(Object.keys(machine.transitions)).toEqual(Object.keys(rows));
    expect(machine.transitions).toEqual(rows);
  });
  it.each(Object.entries(rows) as [E, Row<S, A>][])('%s moves from %j only', (event, { from, to }) => {
    expect(machine.from(event)).toEqual(from);
    for (const s of states) expect(machine.next(s, event)).toBe(from.includes(s) ? to : null);
  });
  return rows;
}
