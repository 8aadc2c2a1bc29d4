export default definePageConfig({
  navigationBarTitleText: '中心设置',
  enablePullDownRefresh: true,
});
