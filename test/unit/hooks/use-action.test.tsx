/** @jest-environment jsdom */
import { act, renderHook } from '@testing-library/react';
import { useAction } from '@/hooks/use-action';

/** Work whose end the test decides. */
function gate() {
  let open!: (answer: string | void) => void;
  const promise = new Promise<string | void>((resolve) => (open = resolve));
  return { promise, open: (answer?: string) => act(async () => open(answer)) };
}

describe('useAction', () => {
  it('busy while the work runs; a message it answers becomes the error, and the next try clears it first', async () => {
    const tries = [gate(), gate()];
    let n = 0;
    const { result } = renderHook(() => useAction(() => tries[n++].promise));
    expect(result.current).toMatchObject({ busy: false, error: undefined });

    act(() => void result.current.run());
    expect(result.current.busy).toBe(true);
    await tries[0].open('名额已满');
    expect(result.current).toMatchObject({ busy: false, error: '名额已满' });

    act(() => void result.current.run());
    expect(result.current).toMatchObject({ busy: true, error: undefined });
    await tries[1].open();
    expect(result.current).toMatchObject({ busy: false, error: undefined });
  });

  it('a second tap while the first runs does nothing', async () => {
    const first = gate();
    const work = jest.fn((_: string) => first.promise);
    const { result } = renderHook(() => useAction(work));
    act(() => {
      void result.current.run('a');
      void result.current.run('b');
    });
    await first.open();
    expect(work).toHaveBeenCalledTimes(1);
    expect(work).toHaveBeenCalledWith('a');
  });

  it('a throwing work still ends busy (the button can be tapped again)', async () => {
    const { result } = renderHook(() =>
      useAction(async () => {
        throw new Error('断网');
      }),
    );
    await act(() => result.current.run().catch(() => undefined));
    expect(result.current.busy).toBe(false);
  });

  it('setError shows a check’s message without running, and clears it', () => {
    const work = jest.fn(async () => undefined);
    const { result } = renderHook(() => useAction(work));
    act(() => result.current.setError('请先在名单里点选志愿者'));
    expect(result.current.error).toBe('请先在名单里点选志愿者');
    act(() => result.current.setError());
    expect(result.current.error).toBeUndefined();
    expect(work).not.toHaveBeenCalled();
  });
});
