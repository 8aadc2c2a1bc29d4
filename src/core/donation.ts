/** The donation zone's rules: its machine, the month's item figures, what a viewer may do. Pure. */
import type { DonationItemFigures } from '../contracts/ledger';
import type { DonationState, DonationViewAction } from '../contracts/donation';
import { defineMachine } from './machine';

/** pending → received (staff confirm they have the goods) or declined; staff's own entries start received. */
export const DONATION_MACHINE = defineMachine({
  states: ['pending', 'received', 'declined'] as const satisfies readonly DonationState[],
  transitions: {
    receive: { from: ['pending'], to: 'received', by: ['staff'] },
    decline: { from: ['pending'], to: 'declined', by: ['staff'] },
  },
});
export type DonationEvent = keyof typeof DONATION_MACHINE.transitions;

/** Merge the month's donated and handed-over quantities per item and unit, most donated first. */
export function donationItems(
  donated: readonly { item: string; unit: string; qty: number }[],
  handed: readonly { item: string; unit: string; qty: number }[],
): DonationItemFigures[] {
  const by = new Map<string, DonationItemFigures>();
  const at = (item: string, unit: string) => {
    const key = `${item}\u0000${unit}`;
    const f = by.get(key) ?? { item, unit, donated: 0, handedOver: 0 };
    by.set(key, f);
    return f;
  };
  for (const d of donated) at(d.item, d.unit).donated += d.qty;
  for (const h of handed) at(h.item, h.unit).handedOver += h.qty;
  return [...by.values()].sort((a, b) => b.donated - a.donated || b.handedOver - a.handedOver || a.item.localeCompare(b.item, 'zh'));
}

/** May `qty` more be handed over from a donation with `remaining` left? (The conditional write decides; this refuses early.) */
export function canHandOver(state: DonationState, remaining: number, qty: number): boolean {
  return state === 'received' && Number.isInteger(qty) && qty >= 1 && qty <= remaining;
}

/** What a viewer may do with a donation now: staff over its station confirm a pending one and hand over a received one with some left. */
export function donationActions(d: { state: DonationState; remaining: number }, isStaff: boolean): DonationViewAction[] {
  if (!isStaff) return [];
  if (d.state === 'pending') return ['confirm'];
  if (d.state === 'received' && d.remaining > 0) return ['handover'];
  return [];
}
