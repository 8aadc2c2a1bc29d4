export default definePageConfig({
  navigationBarTitleText: '我的心愿',
  enablePullDownRefresh: true,
  onReachBottomDistance: 100,
});
