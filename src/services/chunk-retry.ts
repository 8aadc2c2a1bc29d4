/**
 * H5: a page's code comes in chunks fetched on first visit. Offline (or after a deploy replaced them) that
 * fetch fails — webpack rejects with "Loading chunk 12 failed" / "Loading CSS chunk 12 failed" — and
 * nothing handles it: the screen stays blank with no tab bar. This listens for exactly those rejections
 * and puts up a plain retry screen over the blank page (plain DOM: the page's React code is what failed
 * to load). 重试 loads the page again; 回首页 goes to the first tab.
 */
const OVERLAY_ID = 'chunk-retry';

export function isChunkLoadError(reason: unknown): boolean {
  const r = reason as { name?: unknown; message?: unknown } | null;
  const message = typeof r?.message === 'string' ? r.message : typeof reason === 'string' ? reason : '';
  return r?.name === 'ChunkLoadError' || /Loading (CSS )?chunk [\w-]+ failed/i.test(message);
}

function button(id: string, text: string, primary: boolean, onClick: () => void): HTMLButtonElement {
  const b = document.createElement('button');
  b.id = id;
  b.textContent = text;
  b.style.cssText = `display:block;width:100%;min-height:48px;margin-top:12px;border-radius:8px;font-size:17px;border:1px solid #C8161D;${
    primary ? 'background:#C8161D;color:#fff;' : 'background:#fff;color:#C8161D;'
  }`;
  b.addEventListener('click', onClick);
  return b;
}

/** The retry screen (once; a second failure while it shows changes nothing). */
export function showChunkRetry(home: string): void {
  if (document.getElementById(OVERLAY_ID)) return;
  const box = document.createElement('div');
  box.id = OVERLAY_ID;
  box.setAttribute('role', 'alert');
  box.style.cssText =
    'position:fixed;inset:0;z-index:10000;background:#F4F4F4;display:flex;flex-direction:column;justify-content:center;padding:24px;font-size:17px;color:#262626;text-align:center;';
  const title = document.createElement('p');
  title.textContent = '页面没有加载出来';
  title.style.cssText = 'font-size:20px;font-weight:bold;margin:0 0 8px;';
  const text = document.createElement('p');
  text.textContent = '可能是网络不好。请检查网络后点「重试」。';
  text.style.cssText = 'margin:0 0 12px;line-height:1.5;';
  box.append(
    title,
    text,
    button('chunk-retry-btn-retry', '重试', true, () => window.location.reload()),
    button('chunk-retry-btn-home', '回首页', false, () => window.location.assign(`#${home}`)),
  );
  document.body.appendChild(box);
}

/** Installs the listener (H5 only; the mini-program loads subpackages itself and has no such failure). */
export function installChunkRetry(home = '/pages/index/index'): void {
  if (typeof window === 'undefined') return;
  const onFailure = (reason: unknown, prevent: () => void) => {
    if (!isChunkLoadError(reason)) return;
    prevent();
    showChunkRetry(home);
  };
  window.addEventListener('unhandledrejection', (e: PromiseRejectionEvent) => onFailure(e.reason, () => e.preventDefault()));
  window.addEventListener('error', (e: ErrorEvent) => onFailure(e.error ?? e.message, () => e.preventDefault()));
}
