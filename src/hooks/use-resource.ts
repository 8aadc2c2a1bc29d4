import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
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
export function useResource<T>(load: () => Promise<Result<T>>, deps: unknown[], enabled = true): Resource<T> {
  const [state, setState] = useState<{ status: ResourceStatus; data?: T; error?: Fail }>({ status: 'loading' });
  const seq = useRef(0);
  // The latest `load`, for reload() from a handler; set after commit (a render may be discarded), and in a layout
  // effect so that it is current before any passive effect (a child's included) can call reload().
  const loadRef = useRef(load);
  useLayoutEffect(() => {
    loadRef.current = load;
  });

  const reload = useCallback(async () => {
    const mine = ++seq.current;
    setState((s) => ({ ...s, status: 'loading', error: undefined }));
    const r = await loadRef.current();
    if (mine !== seq.current) return;
    setState((s) => (r.ok ? { status: 'ready', data: r.data } : { status: 'error', data: s.data, error: r }));
  }, []);

  // Fetching is what this hook is for: 'loading' is set as the request starts, and `deps` are the caller's.
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (enabled) void reload();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [enabled, reload, ...deps]);

  return { ...state, reload };
}
