export default definePageConfig({
  navigationBarTitleText: '我的个人码',
});
