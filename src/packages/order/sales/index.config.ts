export default definePageConfig({ navigationBarTitleText: '我的销售', enablePullDownRefresh: true });
