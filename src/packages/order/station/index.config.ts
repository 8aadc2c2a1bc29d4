export default definePageConfig({ navigationBarTitleText: '站点订单', enablePullDownRefresh: true });
