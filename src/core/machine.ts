/**
 * A small state machine that the code obeys: states, events, from → to, and who may fire each event.
 * A domain declares its table once (core/<domain>.ts); its repository's `transition()` takes an event's
 * `from` states from the table for the conditional write, timers name their event the same way, and views
 * list the events a viewer may fire now. The unit test of a table therefore proves what production does.
 */
export type Transition<S extends string, A extends string> = {
  readonly from: readonly S[];
  readonly to: S;
  /** Who may fire it: the viewer's relations to the thing (owner, staff, …) or 'system' for timers. */
  readonly by: readonly A[];
};

export type Machine<S extends string, E extends string, A extends string> = {
  readonly states: readonly S[];
  readonly transitions: { readonly [K in E]: Transition<S, A> };
  /** The state `event` leads to from `state`, or null when it does not apply there. */
  next(state: S, event: E): S | null;
  /** The states `event` may leave (what a conditional write matches on). */
  from(event: E): readonly S[];
  /** Whether `actor` may fire `event` at all (whatever the state). */
  firedBy(event: E, actor: A): boolean;
  /** The events that apply in `state` and that one of `actors` may fire, in table order. */
  eventsFor(state: S, actors: readonly A[]): E[];
  /** States no event leaves. */
  finalStates(): S[];
};

/** Builds a machine from its table; refuses a table that names a state it does not declare. */
export function defineMachine<S extends string, E extends string, A extends string>(spec: {
  states: readonly S[];
  transitions: { readonly [K in E]: Transition<S, A> };
}): Machine<S, E, A> {
  const { states, transitions } = spec;
  const events = Object.keys(transitions) as E[];
  for (const e of events) {
    const t = transitions[e];
    for (const s of [...t.from, t.to]) {
      if (!states.includes(s)) throw new Error(`state machine: event ${e} names unknown state ${s}`);
    }
    if (!t.from.length || !t.by.length) throw new Error(`state machine: event ${e} needs from states and actors`);
  }
  return {
    states,
    transitions,
    next: (state, event) => (transitions[event].from.includes(state) ? transitions[event].to : null),
    from: (event) => transitions[event].from,
    firedBy: (event, actor) => transitions[event].by.includes(actor),
    eventsFor: (state, actors) =>
      events.filter((e) => transitions[e].from.includes(state) && transitions[e].by.some((a) => actors.includes(a))),
    finalStates: () => states.filter((s) => !events.some((e) => transitions[e].from.includes(s))),
  };
}
