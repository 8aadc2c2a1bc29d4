import { BATCH_SIZE, drain, type DueSource } from '@/server/timer/batch';

/** `n` due items in memory, read in order past the cursor like the repositories' `dueAfter`; handled ones leave. */
function source(n: number, onHandle: (id: number) => void = () => {}) {
  const due = new Set(Array.from({ length: n }, (_, i) => i));
  const reads: number[] = [];
  const handled: number[] = [];
  const src: DueSource<number, number> = {
    async fetch(after, limit) {
      const page = [...due].filter((id) => after === undefined || id > after).slice(0, limit);
      reads.push(page.length);
      return page;
    },
    cursorOf: (id) => id,
    async handle(id) {
      onHandle(id);
      due.delete(id);
      handled.push(id);
      return true;
    },
  };
  return { src, due, reads, handled };
}

describe('timer drain', () => {
  it('works through more than one batch in one run while the budget lasts', async () => {
    const { src, due, reads, handled } = source(2 * BATCH_SIZE + 50);
    expect(await drain(src, { deadline: Date.now() + 60_000 })).toEqual({ done: 250, more: false });
    expect(reads).toEqual([BATCH_SIZE, BATCH_SIZE, 50]);
    expect(new Set(handled).size).toBe(250);
    expect(due.size).toBe(0);
  });

  it('stops starting items at the deadline, says more, and the next run resumes with what is left', async () => {
    let now = 1_000;
    const clock = jest.spyOn(Date, 'now').mockImplementation(() => now);
    try {
      // The clock passes the deadline once item 130 is handled: the workers start nothing after it.
      const { src, due, handled } = source(250, (id) => {
        if (id === 130) now = 2_000;
      });
      const first = await drain(src, { deadline: 1_500 });
      expect(first.more).toBe(true);
      expect(first.done).toBeGreaterThan(BATCH_SIZE);
      expect(first.done).toBeLessThan(250);
      expect(due.size).toBe(250 - first.done);

      now = 3_000;
      expect(await drain(src, { deadline: 4_000 })).toEqual({ done: 250 - first.done, more: false });
      expect(new Set(handled).size).toBe(250);
      expect(handled).toHaveLength(250);
    } finally {
      clock.mockRestore();
    }
  });
});
