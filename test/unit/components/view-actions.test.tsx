/** @jest-environment jsdom */
import { fireEvent, render } from '@testing-library/react';
import ViewActions, { type ViewButton } from '@/components/view-actions';

type A = 'edit' | 'editLimited' | 'cancel' | 'roster';
const edit = jest.fn();
const buttons = (cancelling = false): ViewButton<A>[] => [
  { when: ['edit', 'editLimited'], id: 'btn-edit', type: 'secondary', label: '修改活动', onClick: edit },
  { when: ['cancel'], id: 'btn-cancel', type: 'danger', label: '取消整个活动', onClick: () => {}, hidden: cancelling },
];
const ids = (c: HTMLElement) => Array.from(c.querySelectorAll('[id^="btn-"]')).map((e) => e.id);

describe('ViewActions', () => {
  it('shows the buttons of the actions the view holds, in the table’s order, and a tap runs its own', () => {
    const { container } = render(<ViewActions actions={['cancel', 'editLimited']} buttons={buttons()} className='page__actions' />);
    expect(ids(container)).toEqual(['btn-edit', 'btn-cancel']);
    expect(container.querySelector('.page__actions')).not.toBeNull();
    fireEvent.click(container.querySelector('#btn-edit')!);
    expect(edit).toHaveBeenCalledTimes(1);
  });

  it('an action the view does not hold shows no button; a hidden one neither', () => {
    const { container } = render(<ViewActions actions={['cancel', 'roster']} buttons={buttons(true)} className='page__actions' />);
    expect(ids(container)).toEqual([]);
    expect(container.querySelector('.page__actions')).toBeNull();
    const only = render(<ViewActions actions={['cancel']} buttons={buttons()} className='page__actions' />);
    expect(ids(only.container)).toEqual(['btn-cancel']);
  });
});
