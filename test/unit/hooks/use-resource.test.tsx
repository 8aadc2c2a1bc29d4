/** @jest-environment jsdom */
import { act, renderHook, waitFor } from '@testing-library/react';
import type { Fail, Result } from '@/contracts/result';
import { useResource } from '@/hooks/use-resource';

/** A call whose answer the test gives when it wants. */
function deferred<T>() {
  let answer!: (r: Result<T>) => void;
  const promise = new Promise<Result<T>>((resolve) => (answer = resolve));
  return { promise, answer: (r: Result<T>) => act(async () => answer(r)) };
}
const fail: Fail = { ok: false, code: 'NETWORK', message: '网络不好，请稍后再试' };

describe('useResource', () => {
  it('loading, then the data', async () => {
    const { result } = renderHook(() => useResource(async () => ({ ok: true, data: '张桂兰' }) as Result<string>, []));
    expect(result.current.status).toBe('loading');
    await waitFor(() => expect(result.current.status).toBe('ready'));
    expect(result.current.data).toBe('张桂兰');
    expect(result.current.error).toBeUndefined();
  });

  it('a failure shows the error; reload() tries again and the data replaces it', async () => {
    const load = jest.fn<Promise<Result<number>>, []>().mockResolvedValueOnce(fail).mockResolvedValueOnce({ ok: true, data: 42 });
    const { result } = renderHook(() => useResource(load, []));
    await waitFor(() => expect(result.current.status).toBe('error'));
    expect(result.current.error).toEqual(fail);
    await act(() => result.current.reload());
    expect(result.current).toMatchObject({ status: 'ready', data: 42 });
    expect(result.current.error).toBeUndefined();
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('while reloading, and when the reload fails, the last data stays on screen', async () => {
    const calls = [deferred<number>(), deferred<number>()];
    let n = 0;
    const { result } = renderHook(() => useResource(() => calls[n++].promise, []));
    await calls[0].answer({ ok: true, data: 1 });
    expect(result.current).toMatchObject({ status: 'ready', data: 1 });

    act(() => void result.current.reload());
    expect(result.current).toMatchObject({ status: 'loading', data: 1 });
    await calls[1].answer(fail);
    expect(result.current).toMatchObject({ status: 'error', data: 1, error: fail });
  });

  it('deps change: loads again, and a slower answer for the old deps is dropped', async () => {
    const answers: Record<string, ReturnType<typeof deferred<string>>> = { a: deferred(), b: deferred() };
    const { result, rerender } = renderHook(({ id }) => useResource(() => answers[id].promise, [id]), { initialProps: { id: 'a' } });
    rerender({ id: 'b' });
    await answers.b.answer({ ok: true, data: 'wish b' });
    await answers.a.answer({ ok: true, data: 'wish a' });
    expect(result.current).toMatchObject({ status: 'ready', data: 'wish b' });
  });

  it('a rerender with the same deps does not load again', async () => {
    const load = jest.fn(async (): Promise<Result<string>> => ({ ok: true, data: 'x' }));
    const { result, rerender } = renderHook(({ id }) => useResource(load, [id]), { initialProps: { id: 'a' } });
    await waitFor(() => expect(result.current.status).toBe('ready'));
    rerender({ id: 'a' });
    await act(async () => undefined);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('enabled false: waits in loading without calling; loads once enabled', async () => {
    const load = jest.fn(async (): Promise<Result<string>> => ({ ok: true, data: 'wish' }));
    const { result, rerender } = renderHook(({ on }) => useResource(load, [], on), { initialProps: { on: false } });
    await act(async () => undefined);
    expect(result.current.status).toBe('loading');
    expect(load).not.toHaveBeenCalled();
    rerender({ on: true });
    await waitFor(() => expect(result.current.status).toBe('ready'));
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('reload() calls the load of the latest render (not the one from the first)', async () => {
    const { result, rerender } = renderHook(
      ({ word }) => useResource(async (): Promise<Result<string>> => ({ ok: true, data: word }), []),
      {
        initialProps: { word: 'first' },
      },
    );
    await waitFor(() => expect(result.current.data).toBe('first'));
    rerender({ word: 'second' });
    await act(() => result.current.reload());
    expect(result.current.data).toBe('second');
  });
});
