/** @jest-environment jsdom */
import { render } from '@testing-library/react';
import WishCard from '@/components/wish-card';
import type { WishView } from '@/contracts/wish';
import { wishView } from '../../helpers/fixtures-views';

const DAY = 24 * 3600_000;
// Made a day ago, approved a minute ago.
const wish = (over: Partial<WishView>): WishView =>
  wishView({ createdAt: Date.now() - DAY - 60_000, openedAt: Date.now() - 60_000, ...over });
const textOf = (w: WishView) => render(<WishCard wish={w} idPrefix='c' />).container.textContent ?? '';

describe('WishCard', () => {
  it('shows when the wish was made, not when it last changed (approved a minute ago)', () => {
    const text = textOf(wish({}));
    expect(text).toContain('1 天前');
    expect(text).not.toContain('分钟前');
  });

  it('does not say "为 张桂兰 许愿" on her own wish; a proxy record still names the resident', () => {
    expect(textOf(wish({ viewer: 'owner', beneficiary: { name: '张桂兰' } }))).not.toContain('为 张桂兰 许愿');
    expect(textOf(wish({ viewer: 'owner', proxy: true, beneficiary: { name: '张桂兰' } }))).toContain('为 张桂兰 许愿');
    expect(textOf(wish({}))).toContain('为 张** 许愿');
  });
});
