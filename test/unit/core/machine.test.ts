import { defineMachine } from '../../../src/core/machine';

const door = defineMachine({
  states: ['closed', 'open', 'locked', 'gone'] as const,
  transitions: {
    open: { from: ['closed'], to: 'open', by: ['resident'] },
    close: { from: ['open'], to: 'closed', by: ['resident', 'system'] },
    lock: { from: ['closed'], to: 'locked', by: ['owner'] },
    remove: { from: ['closed', 'locked'], to: 'gone', by: ['owner'] },
  },
});

describe('defineMachine', () => {
  test('next answers the target state only from an allowed state', () => {
    expect(door.next('closed', 'open')).toBe('open');
    expect(door.next('open', 'open')).toBeNull();
    expect(door.next('locked', 'remove')).toBe('gone');
    expect(door.next('gone', 'close')).toBeNull();
  });

  test('from lists the states an event leaves', () => {
    expect(door.from('remove')).toEqual(['closed', 'locked']);
  });

  test('eventsFor lists what the actors may fire in a state, in table order', () => {
    expect(door.eventsFor('closed', ['resident'])).toEqual(['open']);
    expect(door.eventsFor('closed', ['owner', 'resident'])).toEqual(['open', 'lock', 'remove']);
    expect(door.eventsFor('open', ['owner'])).toEqual([]);
    expect(door.eventsFor('gone', ['owner', 'resident', 'system'])).toEqual([]);
  });

  test('firedBy and finalStates', () => {
    expect(door.firedBy('close', 'system')).toBe(true);
    expect(door.firedBy('lock', 'resident')).toBe(false);
    expect(door.finalStates()).toEqual(['gone']);
  });

  test('a table naming an undeclared state is refused', () => {
    expect(() => defineMachine({ states: ['a'] as const, transitions: { go: { from: ['a'], to: 'b' as 'a', by: ['x'] } } })).toThrow(
      /unknown state b/,
    );
  });
});
