/** @jest-environment jsdom */
import { fireEvent, render, screen } from '@testing-library/react';
import StateView from '.';

describe('StateView', () => {
  it('loading: says it is loading, with no retry', () => {
    render(<StateView status='loading' />);
    expect(screen.getByText('正在加载…')).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it("empty: a default headline and glyph, or the page's own words and icon, and its extra actions", () => {
    const { rerender } = render(<StateView status='empty' />);
    expect(screen.getByText('暂时没有内容')).toBeTruthy();
    expect(screen.getByText('空')).toBeTruthy();

    rerender(
      <StateView status='empty' icon='心' title='还没有心愿' description='许个心愿，让邻居帮帮您'>
        <button type='button'>许心愿</button>
      </StateView>,
    );
    expect(screen.getByText('还没有心愿')).toBeTruthy();
    expect(screen.getByText('许个心愿，让邻居帮帮您')).toBeTruthy();
    expect(screen.getByText('心')).toBeTruthy();
    expect(screen.queryByText('空')).toBeNull();
    expect(screen.getByRole('button', { name: '许心愿' })).toBeTruthy();
  });

  it.each([
    ['NETWORK', '暂时连不上'],
    ['UNAUTHENTICATED', '还没有登录'],
    ['FORBIDDEN', '没有权限'],
    ['OUT_OF_SCOPE', '没有权限'],
    ['NOT_FOUND', '没有找到'],
    ['INTERNAL', '出了点问题'],
    [undefined, '出了点问题'],
  ])('error %s: the headline is %s and the message is shown as it came', (code, heading) => {
    render(<StateView status='error' error={{ code, message: '服务器说的原因' }} />);
    expect(screen.getByText(heading)).toBeTruthy();
    expect(screen.getByText('服务器说的原因')).toBeTruthy();
    expect(screen.getByText('!')).toBeTruthy();
  });

  it('error: 重试 only when the page can retry, and a tap retries', () => {
    const onRetry = jest.fn();
    const { rerender } = render(<StateView status='error' error={{ code: 'NETWORK', message: '网络不好' }} />);
    expect(screen.queryByRole('button')).toBeNull();

    rerender(<StateView status='error' error={{ code: 'NETWORK', message: '网络不好' }} onRetry={onRetry} retryId='list-btn-retry' />);
    const retry = screen.getByRole('button', { name: '重试' });
    expect(retry.id).toBe('list-btn-retry');
    fireEvent.click(retry);
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('a retry button never shows outside the error state', () => {
    render(<StateView status='empty' onRetry={() => undefined} />);
    expect(screen.queryByRole('button', { name: '重试' })).toBeNull();
  });

  it("the page's own title and description win over the error defaults", () => {
    render(
      <StateView status='error' title='心愿加载失败' description='请回到上一页再试' error={{ code: 'NETWORK', message: '网络不好' }} />,
    );
    expect(screen.getByText('心愿加载失败')).toBeTruthy();
    expect(screen.getByText('请回到上一页再试')).toBeTruthy();
    expect(screen.queryByText('暂时连不上')).toBeNull();
    expect(screen.queryByText('网络不好')).toBeNull();
  });
});
