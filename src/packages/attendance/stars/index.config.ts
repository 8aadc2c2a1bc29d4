export default definePageConfig({
  navigationBarTitleText: '志愿之星',
  enablePullDownRefresh: true,
});
