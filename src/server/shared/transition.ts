import type { Machine } from '../../core/machine';
import { db } from '../cloud';
import { updateIf } from './docs';

/**
 * The one way a repository moves a document along its domain's machine (core/machine.ts), so no repository
 * lists states of its own: the from-states of an event come from the table, and the write that checks them
 * is one conditional update — of N callers racing the same event, exactly one changes the document.
 */

/** States as a query value: the one state, or any of them. */
export function anyOf(states: readonly string[]): unknown {
  return states.length === 1 ? states[0] : db().command.in([...states]);
}

export type TransitionOf<E extends string> = (id: string, event: E, match: object, patch: object) => Promise<boolean>;

/**
 * A repository's `transition(id, event, match, patch)` for documents of `collection` whose state is in
 * `field`: the write matches the document by `_id`, the event's from-states and `match` (what the caller
 * read and relies on), and sets `patch` with the event's target state. True for the one caller whose write
 * changed the document.
 */
export function transitionOn<S extends string, E extends string, A extends string>(
  collection: string,
  field: string,
  machine: Machine<S, E, A>,
): TransitionOf<E> {
  return (id, event, match, patch) =>
    updateIf(collection, { ...match, _id: id, [field]: anyOf(machine.from(event)) }, { ...patch, [field]: machine.transitions[event].to });
}
