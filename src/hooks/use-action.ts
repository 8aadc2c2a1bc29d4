import { useRef, useState } from 'react';

export type Action<A extends unknown[]> = {
  /** True while the work runs (its button shows the busy text and ignores taps). */
  busy: boolean;
  /** Why the last try did not work (the server's words, or a check's), until the next try. */
  error?: string;
  /**
   * Runs the work, unless it is running already: busy meanwhile, the last error cleared first; a string the
   * work answers is the new error.
   */
  run: (...args: A) => Promise<void>;
  /** Shows (or, with nothing, clears) a message without running: a check before anything is sent. */
  setError: (message?: string) => void;
};

/**
 * One thing a page does on a tap (confirm, save, export, place an order …): the busy flag and the error line
 * every such button has, said once. `work` answers the failure's message, or nothing when it worked.
 */
export function useAction<A extends unknown[] = []>(work: (...args: A) => Promise<string | void>): Action<A> {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  // A second tap while the first runs is ignored: the ref changes at once, the state only at the next render.
  const running = useRef(false);
  async function run(...args: A) {
    if (running.current) return;
    running.current = true;
    setBusy(true);
    setError(undefined);
    try {
      const failed = await work(...args);
      if (failed) setError(failed);
    } finally {
      running.current = false;
      setBusy(false);
    }
  }
  return { busy, error, run, setError };
}
