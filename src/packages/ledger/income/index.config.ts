export default definePageConfig({ navigationBarTitleText: '每月收入', enablePullDownRefresh: false });
