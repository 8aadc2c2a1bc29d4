/** @jest-environment jsdom */
import { render } from '@testing-library/react';
import type { WishStatus } from '@/contracts/wish';
import WishSteps from '.';

/** Each step as a person reads it: its mark (✓ done, ✕ where it stopped, a number ahead) and its label. */
function steps(status: WishStatus, opened: boolean): string[] {
  const { container } = render(<WishSteps id='steps' status={status} opened={opened} />);
  return Array.from(container.querySelectorAll('.wish-steps__step')).map((step) => {
    const current = step.className.includes('--current') ? ' (now)' : '';
    return `${step.querySelector('.wish-steps__dot')?.textContent} ${step.querySelector('.wish-steps__label')?.textContent}${current}`;
  });
}

describe('WishSteps', () => {
  it.each<[WishStatus, string[]]>([
    ['pending_review', ['1 待审核 (now)', '2 待认领', '3 已认领', '4 已完成', '5 已确认']],
    ['open', ['✓ 待审核', '2 待认领 (now)', '3 已认领', '4 已完成', '5 已确认']],
    ['claimed', ['✓ 待审核', '✓ 待认领', '3 已认领 (now)', '4 已完成', '5 已确认']],
    ['fulfilled', ['✓ 待审核', '✓ 待认领', '✓ 已认领', '4 已完成 (now)', '5 已确认']],
    ['confirmed', ['✓ 待审核', '✓ 待认领', '✓ 已认领', '✓ 已完成', '✓ 已确认']],
  ])('on the main road, %s', (status, expected) => {
    expect(steps(status, true)).toEqual(expected);
  });

  it.each<[WishStatus, boolean, string[]]>([
    ['rejected', false, ['✓ 待审核', '✕ 未通过']],
    ['cancelled', false, ['✓ 待审核', '✕ 已撤回']],
    ['cancelled', true, ['✓ 待审核', '✓ 待认领', '✕ 已撤回']],
    ['expired', true, ['✓ 待审核', '✓ 待认领', '✕ 已过期']],
  ])('a side exit, %s (was open: %s): the steps it went through, then where it stopped', (status, opened, expected) => {
    expect(steps(status, opened)).toEqual(expected);
  });
});
