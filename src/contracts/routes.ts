/**
 * Every page route of the app, named once, zod-free: pages navigate by it and server notices link by it
 * (`link: \`${WISH_ROUTES.detail}?id=…\``). src/app.config.ts keeps its own list (Taro reads that file
 * statically); test/unit/contracts/routes.test.ts holds the two together both ways.
 */

/** The tab pages and the shared flows. `identities` (the demo-identity picker) exists in H5 builds only. */
export const ROUTES = {
  home: '/pages/index/index',
  wish: '/pages/wish/index',
  event: '/pages/event/index',
  market: '/pages/market/index',
  me: '/pages/me/index',
  stationPicker: '/packages/org/station-picker/index',
  registerVolunteer: '/packages/me/register-volunteer/index',
  inbox: '/packages/me/inbox/index',
  userCode: '/packages/me/user-code/index',
  identities: '/packages/dev/identities/index',
} as const;

export const WISH_ROUTES = {
  detail: '/packages/wish/detail/index',
  submit: '/packages/wish/submit/index',
  mine: '/packages/wish/mine/index',
  claims: '/packages/wish/claims/index',
  review: '/packages/staff/review/index',
  proxy: '/packages/staff/proxy/index',
} as const;

export const POINTS_ROUTES = {
  mine: '/packages/me/points/index',
  award: '/packages/staff-points/award/index',
} as const;

export const MARKET_ROUTES = {
  listing: '/packages/market/listing/index',
  form: '/packages/market/form/index',
  mine: '/packages/market/mine/index',
  producer: '/packages/market/producer/index',
  review: '/packages/market/review/index',
} as const;

export const EVENT_ROUTES = {
  detail: '/packages/event/detail/index',
  mine: '/packages/event/mine/index',
  publish: '/packages/event/publish/index',
  managed: '/packages/event/managed/index',
  roster: '/packages/event/roster/index',
} as const;

/** Attendance, hours and recognition (check-in, the leader's live code, records, 志愿之星). */
export const ATTENDANCE_ROUTES = {
  checkIn: '/packages/attendance/check-in/index',
  live: '/packages/attendance/live/index',
  roster: '/packages/attendance/roster/index',
  records: '/packages/attendance/records/index',
  sheet: '/packages/attendance/sheet/index',
  verify: '/packages/attendance/verify/index',
  stars: '/packages/attendance/stars/index',
  pickStars: '/packages/attendance/pick-stars/index',
  seal: '/packages/attendance/seal/index',
} as const;

/** The staff and admin workbench (subpackage packages/admin). */
export const ADMIN_ROUTES = {
  home: '/packages/admin/home/index',
  volunteers: '/packages/admin/volunteers/index',
  roles: '/packages/admin/roles/index',
  org: '/packages/admin/org/index',
  settings: '/packages/admin/settings/index',
  audit: '/packages/admin/audit/index',
} as const;

/** Orders in the market (subpackage packages/order): cart and checkout, the buyer's orders, sales, the station's orders and pickup. */
export const ORDER_ROUTES = {
  cart: '/packages/order/cart/index',
  checkout: '/packages/order/checkout/index',
  mine: '/packages/order/mine/index',
  detail: '/packages/order/detail/index',
  sales: '/packages/order/sales/index',
  station: '/packages/order/station/index',
  pickup: '/packages/order/pickup/index',
} as const;

/** The market's 台账 and donations (subpackage packages/ledger): a station's month, a producer's income, the donation register. */
export const LEDGER_ROUTES = {
  station: '/packages/ledger/station/index',
  income: '/packages/ledger/income/index',
  donations: '/packages/ledger/donations/index',
} as const;
