import type { IPluginContext } from '@tarojs/service';
import { sources } from 'webpack';

/**
 * 关怀模式 in the mini-program (docs/care-mode.md). The weapp stylesheets are in rem (config/index.ts
 * pxtransform targetUnit), and rem follows the page's root font size, which WeChat sets only through a
 * <page-meta root-font-size> as the first node of the page (base library ≥ 2.9.0). Taro writes that node when a
 * page's config has `enablePageMeta`; this plugin turns it on for every page, so no page can be left out, and
 * the shared <CarePageMeta> (src/components/care-mode/page-meta.tsx) fills in the size.
 *
 * Taro's template also binds the page's scroll and resize events to its event handler (a round trip to the logic
 * layer on every scroll frame) and adds a <navigation-bar> whose default front colour (#000000) would turn the
 * white title on the red bar black. Only the root font size is wanted: the node is trimmed to it.
 */
const PAGE_META = /<page-meta\b([^>]*)>[\s\S]*?<\/page-meta>/;

/** The page-meta node with only its data-sid and root-font-size attributes (exported for the platform test). */
export function trimPageMeta(wxml: string): string {
  return wxml.replace(PAGE_META, (_node, attrs: string) => {
    const keep = ['data-sid', 'root-font-size'].map((name) => new RegExp(`\\b${name}="[^"]*"`).exec(attrs)?.[0]);
    if (keep.some((attr) => attr === undefined)) {
      throw new Error(`page-meta without data-sid or root-font-size: ${attrs}`);
    }
    return `<page-meta ${keep.join(' ')}></page-meta>`;
  });
}

export default (ctx: IPluginContext) => {
  ctx.modifyMiniConfigs(({ configMap }) => {
    // Every page, tab or subpackage (app.json and components ignore it; Taro strips it from the .json files).
    for (const config of Object.values(configMap)) config.content.enablePageMeta = true;
  });

  ctx.modifyBuildAssets(({ assets }) => {
    for (const [name, asset] of Object.entries(assets as Record<string, sources.Source>)) {
      if (!name.endsWith('.wxml')) continue;
      const wxml = String(asset.source());
      if (!PAGE_META.test(wxml)) continue;
      // The trimmed node uses no wxs helper: drop the module import Taro adds for the full one.
      const trimmed = trimPageMeta(wxml).replace(/<wxs module="xs" src="[^"]*"\s*\/>\s*/, '');
      assets[name] = new sources.RawSource(trimmed);
    }
  });
};
