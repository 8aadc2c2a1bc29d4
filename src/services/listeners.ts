/**
 * The listener set behind each tiny module store (session, privacy popup, unread count): hooks subscribe
 * through `subscribe` (useSyncExternalStore) and the store calls `notify` after each change.
 */
export function listenerSet(): { subscribe: (listener: () => void) => () => void; notify: () => void } {
  const listeners = new Set<() => void>();
  return {
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    notify: () => listeners.forEach((l) => l()),
  };
}
