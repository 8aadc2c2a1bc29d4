import type { Page } from 'playwright-core';

/** The smallest text and tap target (CSS px, both sides of the box) a page may show, with 关怀模式 off and on. */
export const READABLE = {
  off: { text: 14, target: 44 },
  on: { text: 18, target: 56 },
} as const;

/** The phone the check measures on: a small Android (CSS px). */
export const CHECK_VIEWPORT = { width: 360, height: 640 };

export type Offender = { kind: 'text' | 'target'; what: string; size: string };

/**
 * Fails (with the list of offenders) when the page shows text smaller than `READABLE[care].text` or a tap
 * target smaller than `READABLE[care].target` in width or height, measured at 360×640 (the window is
 * resized for the check and put back). Call it after each navigation: `await checkReadable(page, { care })`.
 *
 * What it measures, on the whole top page (content scrolled out of view too; not the pages it covers) and
 * outside pages (tab bar, navigation bar, dialogs), among rendered elements only
 * (`checkVisibility`: nothing display:none, visibility:hidden or opacity 0 up the tree; a non-empty box):
 * - text: every element with a non-blank text node of its own, and every input and textarea — its computed
 *   font-size;
 * - tap targets: button, a[href], input (not hidden), textarea, [role=button|switch|checkbox|radio|tab|link],
 *   the H5 tab bar's items and navigation bar buttons, and every element given an onClick or onTap handler
 *   (Taro's View/Text with onClick: the listener in the element's `__events`; React's props otherwise) — its
 *   border box.
 */
export async function checkReadable(page: Page, opts: { care?: boolean } = {}): Promise<{ texts: number; targets: number }> {
  const min = opts.care ? READABLE.on : READABLE.off;
  const before = page.viewportSize();
  await page.setViewportSize(CHECK_VIEWPORT);
  try {
    const { offenders, texts, targets } = await page.evaluate(measure, min);
    // A page that shows no text at all is not a page the check can vouch for (still loading, or blank).
    if (texts === 0) throw new Error(`checkReadable: no text rendered on ${page.url()}`);
    if (offenders.length) {
      const lines = offenders.slice(0, 40).map((o) => `  ${o.kind === 'text' ? 'text  ' : 'target'} ${o.size.padEnd(13)} ${o.what}`);
      if (offenders.length > 40) lines.push(`  … and ${offenders.length - 40} more`);
      const where = new URL(page.url()).hash || page.url();
      const report = new Error(
        `${offenders.length} element(s) too small on ${where} (关怀模式 ${opts.care ? 'on' : 'off'}: text ≥ ${min.text} px, ` +
          `tap targets ≥ ${min.target}×${min.target} px):\n${lines.join('\n')}`,
      );
      // READABLE_WARN=1: list every page's offenders in one run instead of stopping at the first.
      if (process.env.READABLE_WARN) console.warn(report.message);
      else throw report;
    }
    return { texts, targets };
  } finally {
    if (before) await page.setViewportSize(before);
  }
}

/** Runs in the page. */
async function measure(min: { text: number; target: number }): Promise<{ offenders: Offender[]; texts: number; targets: number }> {
  // Let layout settle at the new size (two frames).
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  const TAPPABLE =
    'button, a[href], input:not([type=hidden]), textarea, [role=button], [role=switch], [role=checkbox], ' +
    '[role=radio], [role=tab], [role=link], .weui-tabbar__item, .taro-navigation-bar-back, .taro-navigation-bar-home';
  const shown = (el: Element) => {
    const box = el.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && el.checkVisibility({ opacityProperty: true, visibilityProperty: true });
  };
  // Taro's components (Stencil elements wrapped for React) keep their listeners in `__events`; plain
  // elements have React's props.
  const hasHandler = (el: Element) => {
    const own = el as unknown as Record<string, Record<string, unknown> | undefined>;
    const events = own.__events;
    if (events && ['click', 'tap'].some((e) => typeof events[e] === 'function')) return true;
    const key = Object.keys(el).find((k) => k.startsWith('__reactProps$'));
    const props = key ? own[key] : undefined;
    return !!props && (typeof props.onClick === 'function' || typeof props.onTap === 'function');
  };
  const name = (el: Element) => {
    const id = el.id ? `#${el.id}` : '';
    const cls = Array.from(el.classList)
      .filter((c) => !c.startsWith('hydrated'))
      .slice(0, 2)
      .map((c) => `.${c}`)
      .join('');
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 24);
    return `${el.tagName.toLowerCase()}${id}${cls}${text ? ` "${text}"` : ''}`;
  };
  // Taro keeps the pages under the current one rendered (stacked, covered by it): measure the top page —
  // the last one shown — and what lies outside pages (tab bar, navigation bar, dialogs, toasts).
  const pages = Array.from(document.querySelectorAll('.taro_page')).filter(shown);
  const top = pages[pages.length - 1];
  const covered = (el: Element) => {
    const page = el.closest('.taro_page');
    return !!page && page !== top;
  };
  const found: Offender[] = [];
  let texts = 0;
  let targets = 0;
  for (const el of Array.from(document.body.querySelectorAll('*'))) {
    if (el.closest('script, style, noscript, template') || covered(el) || !shown(el)) continue;
    const ownText = Array.from(el.childNodes).some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '');
    if (ownText || el.matches('input, textarea')) {
      texts += 1;
      const size = parseFloat(getComputedStyle(el).fontSize);
      if (size < min.text - 0.01) found.push({ kind: 'text', what: name(el), size: `${size.toFixed(1)} px` });
    }
    if (el.matches(TAPPABLE) || hasHandler(el)) {
      targets += 1;
      const box = el.getBoundingClientRect();
      if (box.width < min.target - 0.5 || box.height < min.target - 0.5) {
        found.push({ kind: 'target', what: name(el), size: `${box.width.toFixed(0)}×${box.height.toFixed(0)} px` });
      }
    }
  }
  return { offenders: found, texts, targets };
}
