export default definePageConfig({
  navigationBarTitleText: '善星小集',
});
