export default definePageConfig({
  navigationBarTitleText: '评选志愿之星',
});
