export default definePageConfig({ navigationBarTitleText: '站点台账' });
