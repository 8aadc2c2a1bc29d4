export default definePageConfig({
  navigationBarTitleText: '选择站点',
  enablePullDownRefresh: true,
});
