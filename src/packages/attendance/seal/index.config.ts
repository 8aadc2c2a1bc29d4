export default definePageConfig({
  navigationBarTitleText: '站点公章',
});
