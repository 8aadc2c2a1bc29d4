import { cachedRead } from '@/server/shared/cached-setting';

describe('cachedRead', () => {
  it("reads once, keeps the value for the ttl of the caller's now, then reads again", async () => {
    let n = 0;
    const read = jest.fn(async () => ++n);
    const cache = cachedRead(60_000, read);
    expect(await cache.load(1_000)).toBe(1);
    expect(await cache.load(60_999)).toBe(1);
    expect(read).toHaveBeenCalledTimes(1);
    // A clock that went back by more than the ttl is as stale as one that went forward.
    expect(await cache.load(61_000)).toBe(2);
    expect(await cache.load(0)).toBe(3);
    expect(read).toHaveBeenCalledTimes(3);
  });

  it('forget makes the next load read again; a failed read keeps nothing', async () => {
    const read = jest
      .fn<Promise<string>, []>()
      .mockResolvedValueOnce('a')
      .mockRejectedValueOnce(new Error('down'))
      .mockResolvedValueOnce('b');
    const cache = cachedRead(60_000, read);
    expect(await cache.load(0)).toBe('a');
    cache.forget();
    await expect(cache.load(1)).rejects.toThrow('down');
    expect(await cache.load(2)).toBe('b');
    expect(await cache.load(3)).toBe('b');
    expect(read).toHaveBeenCalledTimes(3);
  });
});
