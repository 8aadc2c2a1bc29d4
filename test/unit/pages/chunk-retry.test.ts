/** @jest-environment jsdom */
import { installChunkRetry, isChunkLoadError } from '@/services/chunk-retry';

function reject(reason: unknown): Event {
  const e = new Event('unhandledrejection', { cancelable: true }) as Event & { reason?: unknown };
  e.reason = reason;
  window.dispatchEvent(e);
  return e;
}

describe('a page chunk that fails to load (H5)', () => {
  beforeAll(() => installChunkRetry());

  it('knows webpack chunk failures, JS and CSS, and nothing else', () => {
    expect(isChunkLoadError(new Error('Loading CSS chunk 412 failed.\n(/css/412.css)'))).toBe(true);
    expect(isChunkLoadError(Object.assign(new Error('Loading chunk packages-wish-detail failed.'), { name: 'ChunkLoadError' }))).toBe(true);
    expect(isChunkLoadError(new Error('网络不好'))).toBe(false);
    expect(isChunkLoadError(undefined)).toBe(false);
  });

  it('an unrelated rejection leaves the page alone', () => {
    reject(new Error('something else'));
    expect(document.getElementById('chunk-retry')).toBeNull();
  });

  it('shows a retry screen instead of a blank page; 重试 loads the page again', () => {
    const e = reject(new Error('Loading CSS chunk 412 failed.\n(/css/412.css)'));
    expect(e.defaultPrevented).toBe(true);
    const box = document.getElementById('chunk-retry');
    expect(box?.textContent).toContain('页面没有加载出来');
    expect(document.getElementById('chunk-retry-btn-retry')?.textContent).toBe('重试');
    expect(document.getElementById('chunk-retry-btn-home')?.textContent).toBe('回首页');
    reject(new Error('Loading chunk 7 failed.'));
    expect(document.querySelectorAll('#chunk-retry')).toHaveLength(1);
  });
});
