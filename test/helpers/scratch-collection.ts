/**
 * For the emulator's database tests: a document reached the same way through the database or through a
 * transaction, and a fresh one-document counter collection per test.
 */
import type { TestEmulator } from './emulator';

type Via = { collection(name: string): any };

/** `via.collection(name).doc(id)`: `via` is the database (`emu.db`) or a transaction (`t`). */
export const docIn = (via: Via, name: string, id: string) => via.collection(name).doc(id);

/**
 * Counters of one emulator: each call makes the collection `<prefix>_<k>` holding `{ _id: 'x', n: value }`;
 * `read()` is its n outside any transaction, `x(via)` the document through `via`.
 */
export function counters(emu: TestEmulator, prefix: string) {
  let k = 0;
  return async (value = 0) => {
    const name = `${prefix}_${++k}`;
    await emu.db.collection(name).add({ data: { _id: 'x', n: value } });
    return {
      name,
      read: async (): Promise<number> => (await docIn(emu.db, name, 'x').get()).data.n,
      x: (via: Via) => docIn(via, name, 'x'),
    };
  };
}
