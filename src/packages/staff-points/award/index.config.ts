export default definePageConfig({
  navigationBarTitleText: '文明行为奖励',
});
