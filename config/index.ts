import { defineConfig, type UserConfigExport } from '@tarojs/cli';
import { resolve } from 'node:path';
import TsconfigPathsPlugin from 'tsconfig-paths-webpack-plugin';
import { NormalModuleReplacementPlugin } from 'webpack';
import devConfig from './dev';
import prodConfig from './prod';

// What the mini-program and H5 builds share: CSS modules off (plain class names), `@/` paths from tsconfig.
const cssModules = {
  enable: false,
  config: {
    namingPattern: 'module' as const,
    generateScopedName: '[name]__[local]___[hash:base64:5]',
  },
};
const webpackChain = (chain: { resolve: { plugin(name: string): { use(plugin: unknown): unknown } } }) => {
  chain.resolve.plugin('tsconfig-paths').use(TsconfigPathsPlugin);
};

/**
 * Mini-program: innerHTML is off (mini.runtime), so the runtime's HTML parser, which only innerHTML and
 * insertAdjacentHTML call, is swapped for a stub that throws.
 */
const miniWebpackChain = (
  chain: Parameters<typeof webpackChain>[0] & { plugin(name: string): { use(plugin: unknown, args: unknown[]): unknown } },
) => {
  webpackChain(chain);
  chain
    .plugin('no-html-parser')
    .use(NormalModuleReplacementPlugin, [
      /@tarojs[\\/]runtime[\\/]dist[\\/]dom-external[\\/]inner-html[\\/]parser\.js$/,
      resolve(__dirname, 'no-html-parser.js'),
    ]);
};

type SplitChunks = { cacheGroups?: Record<string, unknown> } & Record<string, unknown>;
type OptimizationChain = { get(key: 'splitChunks'): SplitChunks | false; splitChunks(value: SplitChunks): unknown };
/**
 * H5: Taro splits only the initial chunks, and every page is an async chunk, so each page carried its own copy
 * of @tarojs/components, the H5 APIs and, on pages with photos, swiper (Taro's previewImage): 170–720 KB a page.
 * Library code two or more pages use goes to one `common` chunk; swiper to its own, fetched only by the pages
 * that preview photos (so 首页 never downloads it).
 */
const h5WebpackChain = (chain: Parameters<typeof webpackChain>[0] & { optimization: OptimizationChain }) => {
  webpackChain(chain);
  const split = chain.optimization.get('splitChunks');
  if (!split) return;
  const nodeModule = (pattern: string) => new RegExp(`[\\\\/]node_modules[\\\\/]${pattern}`);
  chain.optimization.splitChunks({
    ...split,
    cacheGroups: {
      ...split.cacheGroups,
      swiper: {
        name: 'swiper',
        chunks: 'async',
        test: nodeModule('(swiper|@tarojs[\\\\/]components[\\\\/]dist[\\\\/]components[\\\\/]taro-swiper)'),
        priority: 30,
        enforce: true,
      },
      asyncCommon: {
        name: 'common',
        chunks: 'async',
        minChunks: 2,
        test: nodeModule(''),
        priority: 20,
        reuseExistingChunk: true,
        enforce: true,
      },
    },
  });
};

// https://taro-docs.jd.com/docs/next/config#defineconfig-辅助函数
export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'civic-practice',
    date: '2025-11-22',
    designWidth: 750,
    deviceRatio: {
      640: 2.34 / 2,
      750: 1,
      375: 2,
      828: 1.81 / 2,
    },
    sourceRoot: 'src',
    outputRoot: `dist/${process.env.TARO_ENV}`,
    // 关怀模式 in the mini-program: a root-font-size node on every page (config/page-meta.ts).
    plugins: [resolve(__dirname, 'page-meta.ts')],
    defineConstants: {},
    copy: {
      patterns: [],
      options: {},
    },
    framework: 'react',
    compiler: {
      type: 'webpack5',
      // Prebundling wants to fetch and cache deps; keep builds offline and deterministic.
      prebundle: { enable: false },
    },
    cache: {
      enable: false, // https://docs.taro.zone/docs/config-detail#cache
    },
    // Taro's terser default writes every non-ASCII character as \uXXXX (6 bytes for a Chinese character
    // that UTF-8 stores in 3); the mini-program and the browser both read UTF-8 sources, so keep them as is.
    terser: { enable: true, config: { output: { ascii_only: false } } },
    mini: {
      // Modules only used by subpackages go to those subpackages (keeps the main package small).
      optimizeMainPackage: { enable: true },
      // No page sets innerHTML (dangerouslySetInnerHTML); with it off, miniWebpackChain leaves out the HTML parser.
      runtime: { enableInnerHTML: false },
      // base.wxml unrolls Taro's templates this many levels deep (default 16, ~60 KB of the main package);
      // deeper trees continue through Taro's recursive `comp` component, so 8 costs nothing but a little depth.
      // The runner reads it from this config (MiniPlugin); Taro's types leave it out, hence the spread.
      ...({ baseLevel: 8 } as Record<string, unknown>),
      postcss: {
        pxtransform: {
          enable: true,
          // rem, not rpx, as on H5: rem follows the root font size each page sets (<CarePageMeta>), so
          // 关怀模式 can enlarge text and targets; rpx follows the screen width only. 40 design px = 1rem.
          config: { targetUnit: 'rem' },
        },
        cssModules,
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
      },
      webpackChain: miniWebpackChain,
    },
    h5: {
      publicPath: '/',
      staticDirectory: 'static',
      router: {
        mode: 'hash',
      },
      output: {
        filename: 'js/[name].[hash:8].js',
        chunkFilename: 'js/[name].[chunkhash:8].js',
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[hash].css',
        chunkFilename: 'css/[name].[chunkhash].css',
      },
      postcss: {
        autoprefixer: {
          enable: true,
          config: {},
        },
        cssModules,
      },
      webpackChain: h5WebpackChain,
    },
  };

  if (process.env.NODE_ENV === 'development') {
    // 本地开发构建配置（不混淆压缩）
    return merge({}, baseConfig, devConfig);
  }
  // 生产构建配置（默认开启压缩混淆等）
  return merge({}, baseConfig, prodConfig);
});
