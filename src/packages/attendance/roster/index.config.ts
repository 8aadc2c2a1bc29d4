export default definePageConfig({
  navigationBarTitleText: '考勤名单',
  enablePullDownRefresh: true,
});
