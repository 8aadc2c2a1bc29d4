/** Every domain's state machine is exactly its drawing in machine-tables.ts: one table-driven check for all. */
import { MACHINES } from './machine-tables';
import { pinMachine } from './machine-table';

describe.each(Object.values(MACHINES))('$name', ({ machine, states, table, final, asks }) => {
  const rows = pinMachine(machine, states, table);

  it(`ends in ${final.join(', ')}, and nothing leaves those`, () => {
    expect(machine.finalStates()).toEqual(final);
    for (const s of final) for (const event of Object.keys(rows)) expect(machine.next(s, event)).toBeNull();
  });

  if (asks.length) {
    it.each(asks)('in %s, %j may fire %j (in table order)', (state, actors, events) => {
      expect(machine.eventsFor(state, actors)).toEqual(events);
    });
  }
});
