import { useCallback, useEffect, useRef, useState } from 'react';
import type { Fail, Result } from '@/contracts/result';

export type ResourceStatus = 'loading' | 'ready' | 'error';
export type Resource<T> = {
  status: ResourceStatus;
  data?: T;
  error?: Fail;
  /** Loads again; the previous data stays visible meanwhile. */
  reload: () => Promise<void>;
};

/** One thing loaded from a function, with loading/error states and retry. Pass `enabled: false` to wait. */
export function useResource<T>(
  load: () => Promise<Result<T>>,
  deps: unknown[],
  enabled = true,
): Resource<T> {
  const [state, setState] = useState<{ status: ResourceStatus; data?: T; error?: Fail }>({ status: 'loading' });
  const seq = useRef(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  const reload = useCallback(async () => {
    const mine = ++seq.current;
    setState((s) => ({ ...s, status: 'loading', error: undefined }));
    const r = await loadRef.current();
    if (mine !== seq.current) return;
    setState((s) => (r.ok ? { status: 'ready', data: r.data } : { status: 'error', data: s.data, error: r }));
  }, []);

  useEffect(() => {
    if (enabled) void reload();
  }, [enabled, ...deps]);

  return { ...state, reload };
}
