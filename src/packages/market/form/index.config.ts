export default definePageConfig({ navigationBarTitleText: '上架商品' });
