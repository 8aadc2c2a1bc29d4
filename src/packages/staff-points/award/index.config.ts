export default definePageConfig({
  navigationBarTitleText: '发放文明积分',
});
