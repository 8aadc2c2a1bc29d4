export default definePageConfig({
  navigationBarTitleText: '审核志愿者',
  enablePullDownRefresh: true,
});
