const subPackages = [
  // Feature flows live in subpackages; the main package holds the tab pages only.
  { root: 'packages/org', pages: ['station-picker/index'] },
  { root: 'packages/me', pages: ['register-volunteer/index', 'points/index', 'inbox/index', 'user-code/index'] },
  // Staff only: kept out of packages/me, which every resident preloads on 我的.
  { root: 'packages/staff-points', pages: ['award/index'] },
  { root: 'packages/wish', pages: ['detail/index', 'submit/index', 'mine/index', 'claims/index'] },
  // Volunteer events: the detail and 我的报名 for volunteers, the publish form, their events and rosters for organisers.
  { root: 'packages/event', pages: ['detail/index', 'mine/index', 'publish/index', 'managed/index', 'roster/index'] },
  // Attendance and recognition: check-in, the leader's live code and attendance roster, records, the sheet, verification, 志愿之星, seals.
  {
    root: 'packages/attendance',
    pages: [
      'check-in/index',
      'live/index',
      'roster/index',
      'records/index',
      'sheet/index',
      'verify/index',
      'stars/index',
      'pick-stars/index',
      'seal/index',
    ],
  },
  // Staff only: the wish review queue and the proxy form (敲门行动).
  { root: 'packages/staff', pages: ['review/index', 'proxy/index'] },
  // Staff and admins: the workbench (to-do counts), volunteer review, roles, the tree, settings, the audit log.
  { root: 'packages/admin', pages: ['home/index', 'volunteers/index', 'roles/index', 'org/index', 'settings/index', 'audit/index'] },
  // The market (善星小集): a listing, the listing form, 我的商品, producer registration, staff review.
  { root: 'packages/market', pages: ['listing/index', 'form/index', 'mine/index', 'producer/index', 'review/index'] },
  // Orders: cart and checkout, 我的订单, an order, a producer's sales, the station's orders, pickup verification.
  {
    root: 'packages/order',
    pages: ['cart/index', 'checkout/index', 'mine/index', 'detail/index', 'sales/index', 'station/index', 'pickup/index'],
  },
  // The market's 台账 (staff), a producer's monthly income, and the donation register (爱心物资捐赠区).
  { root: 'packages/ledger', pages: ['station/index', 'income/index', 'donations/index'] },
];

// H5 is served by the local CloudBase only: its demo-identity picker is not part of the mini-program.
if (process.env.TARO_ENV === 'h5') {
  subPackages.push({ root: 'packages/dev', pages: ['identities/index'] });
}

// Not yet in Taro's AppConfig type; WeChat needs it for the privacy-consent flow (base library ≥ 2.32.3).
const privacy = { __usePrivacyCheck__: true };

export default defineAppConfig({
  ...privacy,
  pages: ['pages/index/index', 'pages/wish/index', 'pages/event/index', 'pages/market/index', 'pages/me/index'],
  subPackages,
  preloadRule: {
    'pages/index/index': { network: 'all', packages: ['packages/org'] },
    'pages/me/index': { network: 'all', packages: ['packages/me', 'packages/org'] },
    'pages/wish/index': { network: 'all', packages: ['packages/wish'] },
    'pages/event/index': { network: 'all', packages: ['packages/event'] },
    'pages/market/index': { network: 'all', packages: ['packages/market'] },
  },
  window: {
    // The mini-program's default; on H5 it turns on Taro's navigation bar (app.scss shows it on subpages only).
    navigationStyle: 'default',
    navigationBarTitleText: '文明实践',
    navigationBarBackgroundColor: '#C8161D',
    navigationBarTextStyle: 'white',
    backgroundColor: '#F4F4F4',
    backgroundTextStyle: 'dark',
  },
  tabBar: {
    color: '#595959',
    selectedColor: '#C8161D',
    backgroundColor: '#FFFFFF',
    borderStyle: 'black',
    list: [
      {
        pagePath: 'pages/index/index',
        text: '首页',
        iconPath: 'assets/tabbar/home.png',
        selectedIconPath: 'assets/tabbar/home-active.png',
      },
      {
        pagePath: 'pages/wish/index',
        text: '心愿',
        iconPath: 'assets/tabbar/wish.png',
        selectedIconPath: 'assets/tabbar/wish-active.png',
      },
      {
        pagePath: 'pages/event/index',
        text: '活动',
        iconPath: 'assets/tabbar/event.png',
        selectedIconPath: 'assets/tabbar/event-active.png',
      },
      {
        pagePath: 'pages/market/index',
        text: '集市',
        iconPath: 'assets/tabbar/market.png',
        selectedIconPath: 'assets/tabbar/market-active.png',
      },
      {
        pagePath: 'pages/me/index',
        text: '我的',
        iconPath: 'assets/tabbar/me.png',
        selectedIconPath: 'assets/tabbar/me-active.png',
      },
    ],
  },
  permission: {
    'scope.userLocation': { desc: '用于查找离您最近的新时代文明实践站' },
  },
  requiredPrivateInfos: ['getLocation'],
  // Inject only the components a page uses (WeChat's code-quality check asks for it).
  lazyCodeLoading: 'requiredComponents',
});
