/**
 * The mini-program's root font size, in CSS px, for a window this wide. The weapp stylesheets are in rem
 * (config/index.ts: 40 design px = 1rem on the 750-px design), so this one number sizes every page.
 *
 * Off: Taro's H5 rule (40 px per rem × width / 750, kept within 20–40 px), so a page measures the same in the
 * mini-program as in the browser at that width — and the same as the former rpx layout on phones 375–750 px
 * wide; below 375 px the 20-px floor keeps the 28-px labels at 14 px. On: 1.3×, the factor app.scss applies
 * to the H5 root, so the smallest text is ≥ 18 px and 88-px targets are ≥ 56 px.
 */
export const CARE_SCALE = 1.3;
const DESIGN_WIDTH = 750;
const DESIGN_PX_PER_REM = 40;
const MIN_ROOT = 20;
const MAX_ROOT = 40;

export function rootFontPx(windowWidth: number, care: boolean): number {
  const base = Math.min(MAX_ROOT, Math.max(MIN_ROOT, (DESIGN_PX_PER_REM * windowWidth) / DESIGN_WIDTH));
  return Math.round(base * (care ? CARE_SCALE : 1) * 100) / 100;
}
