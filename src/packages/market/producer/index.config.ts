export default definePageConfig({ navigationBarTitleText: '农户登记' });
