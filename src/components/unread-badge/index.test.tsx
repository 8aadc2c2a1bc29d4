/** @jest-environment jsdom */
import { render } from '@testing-library/react';
import UnreadBadge from '.';

describe('UnreadBadge', () => {
  it.each([undefined, 0, -1])('nothing for %s unread', (count) => {
    const { container } = render(<UnreadBadge id='badge' count={count} />);
    expect(container.textContent).toBe('');
    expect(document.getElementById('badge')).toBeNull();
  });

  it.each([
    [1, '1'],
    [99, '99'],
    [100, '99+'],
    [1234, '99+'],
  ])('%s unread reads %s', (count, text) => {
    render(<UnreadBadge id='badge' count={count} />);
    expect(document.getElementById('badge')?.textContent).toBe(text);
  });
});
