export default definePageConfig({ navigationBarTitleText: '集市审核', enablePullDownRefresh: true });
