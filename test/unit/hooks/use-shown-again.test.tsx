/** @jest-environment jsdom */
import { act, renderHook } from '@testing-library/react';
import { useShownAgain } from '@/hooks/use-shown-again';
import { page } from '../../helpers/taro-jsdom/taro';

describe('useShownAgain', () => {
  it('not on the first show; on each show after it (back from another page)', () => {
    const fn = jest.fn();
    renderHook(() => useShownAgain(fn));
    act(() => page.show());
    expect(fn).not.toHaveBeenCalled();
    act(() => page.show());
    expect(fn).toHaveBeenCalledTimes(1);
    act(() => page.show());
    expect(fn).toHaveBeenCalledTimes(2);
  });

  it('a page left for good runs nothing', () => {
    const fn = jest.fn();
    const { unmount } = renderHook(() => useShownAgain(fn));
    act(() => page.show());
    unmount();
    act(() => page.show());
    expect(fn).not.toHaveBeenCalled();
  });
});
