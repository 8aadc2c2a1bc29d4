import type { UserConfigExport } from '@tarojs/cli';

export default {
  mini: {},
  h5: {
    /**
     * To inspect bundle sizes, add webpack-bundle-analyzer here:
     * chain.plugin('analyzer').use(require('webpack-bundle-analyzer').BundleAnalyzerPlugin, [])
     */
  },
} satisfies UserConfigExport<'webpack5'>;
