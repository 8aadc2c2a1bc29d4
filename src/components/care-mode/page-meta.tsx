import { useSyncExternalStore, type ReactElement } from 'react';
import { PageMeta } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { isCareMode, subscribeCareMode } from '@/services/care';
import { rootFontPx } from './root-font';

let windowWidth: number | undefined;
function width(): number {
  if (windowWidth === undefined) {
    try {
      windowWidth = Taro.getWindowInfo().windowWidth;
    } catch {
      windowWidth = 375; // no window info (an old base library): the 750-px design's own width
    }
  }
  return windowWidth;
}

function WeappPageMeta() {
  const on = useSyncExternalStore(subscribeCareMode, isCareMode, isCareMode);
  return <PageMeta rootFontSize={`${rootFontPx(width(), on)}px`} />;
}

/**
 * The page's root font size in the mini-program: every rem in the stylesheets follows it, so switching
 * 关怀模式 on 我的 enlarges text and targets on every open page at once. Rendered by SessionGate (and by the
 * pages without one), which every page shows first; Taro writes the <page-meta> node it fills into every page's
 * template (config/page-meta.ts). H5 renders nothing here: services/care.ts puts a class on <html>.
 */
const CarePageMeta: () => ReactElement | null = process.env.TARO_ENV === 'weapp' ? WeappPageMeta : () => null;
export default CarePageMeta;
