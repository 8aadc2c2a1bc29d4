import { mediaCheckEvent } from '../../emulator/openapi/media-check';
import { chinaDay, chinaDayStart } from '../../src/core/event';
import { userIdOf } from '../../src/server/shared/ids';
import { GARBAGE_TALK } from '../helpers/fixtures-event';
import { listingInput } from '../helpers/fixtures-market';

/**
 * The bench's calls, run in this order against a freshly seeded demo county (so a row may rely on the rows
 * before it). Each row is measured on its own: database calls per action, and the answer.
 * `expect` is 'ok' unless the row shows what a refusal costs; any other answer fails the bench.
 */
export type Ids = Record<string, string>;
export type Scenario = {
  fn: string;
  action: string;
  /**
   * The caller's openid (demo-* identities are seeded; others are new users); null: no user — a cron trigger,
   * or with `data`, a push from WeChat sent to the function as is.
   */
  as: string | null;
  /** The input, or a function of the ids saved by earlier rows. */
  data?: Record<string, unknown> | ((ids: Ids) => Record<string, unknown>);
  /** Saves the answer's `data.id` (a sign-up's `data.signUpId`, a 个人码's `data.code`) under this name for later rows. */
  save?: string;
  /** What the row shows, for the reader of the table. */
  note: string;
  expect?: 'ok' | { code: string };
  /**
   * The floor docs/architecture.md sets for this call ("a list is one read; a claim one conditional write plus
   * what the inbox needs"), as the most reads and writes it may cost; the table says whether it holds.
   */
  floor?: { reads: number; writes: number; why: string };
};

/** The inbox's share of a state change: the message insert, and the recipient's subscribe grants read. */
const INBOX = { reads: 1, writes: 1 };
const floor = (reads: number, writes: number, why: string, inbox = false) =>
  inbox ? { reads: reads + INBOX.reads, writes: writes + INBOX.writes, why: `${why} + 收件箱` } : { reads, writes, why };
/**
 * The write budget's share of a write action (docs/limits.md): one conditional write on rate_limits; a
 * user's very first write action also inserts their budget document (`first`).
 */
const limited = (f: { reads: number; writes: number; why: string }, first = false) => ({
  reads: f.reads,
  writes: f.writes + (first ? 2 : 1),
  why: `${f.why} + 频率限制${first ? '（该用户首次写入，建记录）' : ''}`,
});

const NEWCOMER = 'bench-newcomer';
const FARMER = 'bench-farmer';
const listingData = (name: string) =>
  listingInput(['cloud://local.bench/uploads/bench.png'], { name, description: '自家种的，今年新收。', stock: 20 });
const uid = userIdOf;
/** 9:00 China time `days` days from now: quarter-hour slot times, as the publish form makes them. */
const chinaAt = (days: number, hour: number) => chinaDayStart(chinaDay(Date.now()) + days) + hour * 3_600_000;
/** The current month in China time, as the 台账 picks it (2026-01). */
const thisMonth = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 7);
const eventData = () => ({
  ...GARBAGE_TALK,
  signUpOpensAt: Date.now() - 3_600_000,
  signUpClosesAt: chinaAt(3, 9),
  slots: [
    { start: chinaAt(3, 9), end: chinaAt(3, 11), capacity: 1 },
    { start: chinaAt(3, 14), end: chinaAt(3, 16), capacity: 5 },
  ],
});
const wish = (title: string) => ({
  title,
  story: '家里老人行动不便，想请志愿者帮忙。',
  category: '生活用品',
  valueFen: 5_000,
  beneficiary: { name: '张桂兰', phone: '13812345678', address: '东门社区东门路22号3栋' },
  stationId: 'n-dongmen',
});

export const SCENARIOS: Scenario[] = [
  // user
  { fn: 'user', action: 'login', as: 'demo-resident', note: '已有用户登录' },
  { fn: 'user', action: 'login', as: NEWCOMER, note: '新用户首次登录（建档）' },
  { fn: 'user', action: 'profile', as: 'demo-resident', note: '看自己的资料' },
  {
    fn: 'user',
    action: 'home',
    as: 'demo-volunteer',
    note: '首页（一次取全）',
    floor: floor(6, 0, '本人 1 读 + 心愿、活动、商品、爱心榜各 1 读 + 未读 1 计数'),
  },
  { fn: 'user', action: 'profile', as: 'demo-staff', data: { userId: uid('demo-volunteer') }, note: '所管理员看辖区志愿者' },
  { fn: 'user', action: 'setHomeStation', as: 'demo-resident', data: { stationId: 'n-nantang' }, note: '设常去站点' },
  {
    fn: 'user',
    action: 'registerVolunteer',
    as: 'demo-resident',
    data: { realName: '张桂兰', phone: '13812345678', stationId: 'n-dongmen', skills: ['理发'] },
    note: '注册志愿者（即时通过）',
  },
  {
    fn: 'user',
    action: 'registerVolunteer',
    as: NEWCOMER,
    data: { realName: '陈思远', phone: '13912345678', stationId: 'n-shiqiao', skills: ['摄影摄像'] },
    note: '注册志愿者（石桥村需审核）',
  },
  {
    fn: 'user',
    action: 'reviewVolunteer',
    as: 'demo-admin',
    data: { userId: uid(NEWCOMER), approve: true, note: '资料齐全' },
    note: '中心管理员通过审核',
  },
  {
    fn: 'user',
    action: 'grantRole',
    as: 'demo-admin',
    data: { userId: uid('demo-resident'), role: 'leader', nodeId: 'n-dongmen', teamId: 't-dongmen' },
    note: '授予队长',
  },
  {
    fn: 'user',
    action: 'revokeRole',
    as: 'demo-admin',
    data: { userId: uid('demo-resident'), role: 'leader', nodeId: 'n-dongmen' },
    note: '收回队长',
  },
  {
    fn: 'user',
    action: 'grantRole',
    as: 'demo-staff',
    data: { userId: uid('demo-resident'), role: 'staff', nodeId: 'n-dongmen' },
    note: '非中心管理员授权（拒绝）',
    expect: { code: 'FORBIDDEN' },
  },
  // the 个人码: a volunteer shows it, staff scan it; staff look people up and work the volunteer queue
  {
    fn: 'user',
    action: 'myCode',
    as: 'demo-volunteer',
    save: 'UC',
    note: '我的个人码（签名，不存库）',
    floor: floor(2, 1, '本人 1 读 + 签名密钥（每个实例首次读，首次部署时生成）'),
  },
  {
    fn: 'user',
    action: 'resolveCode',
    as: 'demo-staff',
    data: (ids) => ({ code: ids.UC }),
    note: '所管理员扫个人码',
  },
  {
    fn: 'user',
    action: 'findPeople',
    as: 'demo-staff',
    data: { query: '13812345678' },
    note: '按手机号找人',
    floor: floor(2, 1, '本人 + 列表 1 读 + 查询留痕 1 审计'),
  },
  { fn: 'user', action: 'volunteerQueue', as: 'demo-admin', note: '志愿者待审列表', floor: floor(2, 0, '本人 + 列表 1 读') },
  {
    fn: 'user',
    action: 'previewRegistration',
    as: 'demo-resident',
    data: { stationId: 'n-shiqiao' },
    note: '注册前预览（石桥村需审核）',
  },
  // org
  { fn: 'org', action: 'tree', as: 'demo-resident', note: '中心下的所', floor: floor(1, 0, '列表 1 读') },
  {
    fn: 'org',
    action: 'tree',
    as: 'demo-resident',
    data: { parentId: 'n-chengguan' },
    note: '城关所下的站',
    floor: floor(1, 0, '列表 1 读'),
  },
  { fn: 'org', action: 'node', as: 'demo-volunteer', data: { id: 'n-dongmen' }, note: '站点详情' },
  { fn: 'org', action: 'node', as: 'demo-volunteer', data: { id: 'n-nowhere' }, note: '不存在的站点', expect: { code: 'NODE_NOT_FOUND' } },
  { fn: 'org', action: 'nearestStations', as: 'demo-resident', data: { lat: 26.7325, lng: 110.6402, limit: 3 }, note: '东门附近 3 个站' },
  {
    fn: 'org',
    action: 'nearestStations',
    as: 'demo-resident',
    data: { lat: 26.6403, lng: 110.7255, limit: 4 },
    note: '石桥附近 4 个站（扩大半径）',
  },
  // wish: one wish through its whole life, one claimed then given back, one withdrawn
  {
    fn: 'wish',
    action: 'submit',
    as: 'demo-resident',
    data: wish('轮椅一台'),
    save: 'A',
    note: '居民发布心愿',
    floor: limited(floor(3, 1, '本人+站点+名额 读，1 插入')),
  },
  { fn: 'wish', action: 'submit', as: 'demo-resident', data: wish('助听器'), save: 'B', note: '再发布一个' },
  { fn: 'wish', action: 'submit', as: 'demo-resident', data: wish('台灯'), save: 'C', note: '第三个（稍后撤销）' },
  { fn: 'wish', action: 'reviewQueue', as: 'demo-staff', note: '所管理员的待审列表', floor: floor(2, 0, '本人（管辖范围）+ 列表 1 读') },
  { fn: 'wish', action: 'review', as: 'demo-staff', data: (ids) => ({ id: ids.A, approve: true }), note: '审核通过' },
  { fn: 'wish', action: 'review', as: 'demo-staff', data: (ids) => ({ id: ids.B, approve: true }), note: '审核通过' },
  {
    fn: 'wish',
    action: 'pool',
    as: 'demo-volunteer',
    data: { nodeId: 'n-chengguan' },
    note: '心愿池（城关所，最新）',
    floor: floor(1, 0, '列表 1 读'),
  },
  {
    fn: 'wish',
    action: 'pool',
    as: 'demo-volunteer',
    data: { sort: 'nearest', lat: 26.7325, lng: 110.6402 },
    note: '心愿池（离我最近）',
    floor: floor(1, 0, '列表 1 读'),
  },
  { fn: 'wish', action: 'detail', as: 'demo-volunteer', data: (ids) => ({ id: ids.A }), note: '心愿详情' },
  {
    fn: 'wish',
    action: 'claim',
    as: 'demo-volunteer',
    data: (ids) => ({ id: ids.A }),
    note: '志愿者认领',
    floor: limited(floor(2, 1, '本人+心愿 读，1 条件写', true), true),
  },
  { fn: 'wish', action: 'claim', as: 'demo-volunteer', data: (ids) => ({ id: ids.B }), note: '再认领一个' },
  {
    fn: 'wish',
    action: 'claim',
    as: 'demo-unit',
    data: (ids) => ({ id: ids.A }),
    note: '已被认领（拒绝）',
    expect: { code: 'WISH_ALREADY_CLAIMED' },
  },
  { fn: 'wish', action: 'release', as: 'demo-volunteer', data: (ids) => ({ id: ids.B }), note: '放弃认领' },
  { fn: 'wish', action: 'fulfil', as: 'demo-volunteer', data: (ids) => ({ id: ids.A, note: '轮椅已送到家中' }), note: '完成心愿' },
  {
    fn: 'wish',
    action: 'confirm',
    as: 'demo-resident',
    data: (ids) => ({ id: ids.A, rating: 5, comment: '谢谢小王' }),
    note: '居民确认并评价',
    floor: limited(floor(5, 5, '一个事务：心愿 条件写 + 积分记录 + 余额 + 爱心榜（县、所）各一计数', true)),
  },
  { fn: 'wish', action: 'cancel', as: 'demo-resident', data: (ids) => ({ id: ids.C }), note: '撤销未认领的心愿' },
  { fn: 'wish', action: 'mine', as: 'demo-resident', note: '我的心愿', floor: floor(1, 0, '列表 1 读') },
  { fn: 'wish', action: 'myClaims', as: 'demo-volunteer', note: '我认领的', floor: floor(1, 0, '列表 1 读') },
  // points
  { fn: 'points', action: 'balance', as: 'demo-volunteer', note: '我的积分' },
  { fn: 'points', action: 'history', as: 'demo-volunteer', note: '积分明细', floor: floor(1, 0, '列表 1 读') },
  {
    fn: 'points',
    action: 'adjust',
    as: 'demo-staff',
    data: { userId: uid('demo-volunteer'), amount: 20, reason: '补录线下活动积分', requestId: 'bench-adjust-1' },
    note: '管理员调整积分',
  },
  {
    fn: 'points',
    action: 'awardCivility',
    as: 'demo-staff',
    data: { userId: uid('demo-resident'), amount: 5, category: '垃圾分类', requestId: 'bench-civility-1' },
    note: '奖励文明积分',
  },
  {
    fn: 'points',
    action: 'userHistory',
    as: 'demo-staff',
    data: { userId: uid('demo-volunteer') },
    note: '查看居民积分明细',
    floor: floor(3, 0, '本人 + 该居民 + 列表 1 读'),
  },
  // inbox
  { fn: 'inbox', action: 'templates', as: 'demo-resident', note: '订阅消息模板' },
  { fn: 'inbox', action: 'optIn', as: 'demo-resident', data: { templateIds: ['TPL_WISH_APPROVED', 'TPL_WISH_CLAIMED'] }, note: '同意订阅' },
  { fn: 'inbox', action: 'unreadCount', as: 'demo-resident', note: '未读数' },
  { fn: 'inbox', action: 'list', as: 'demo-resident', note: '消息列表', floor: floor(1, 0, '列表 1 读') },
  { fn: 'inbox', action: 'markRead', as: 'demo-resident', data: { all: true }, note: '全部已读' },
  // market: a villager registers, is approved and supported; one listing through review, the 集市 and edits
  { fn: 'user', action: 'login', as: FARMER, note: '农户首次登录' },
  {
    fn: 'market',
    action: 'registerProducer',
    as: FARMER,
    data: { name: '赵大山', phone: '13700001234', village: '南塘村', stationId: 'n-nantang' },
    save: 'F',
    note: '农户登记',
  },
  { fn: 'market', action: 'myProducer', as: FARMER, note: '我的农户登记', floor: floor(1, 0, '1 读') },
  {
    fn: 'market',
    action: 'producers',
    as: 'demo-staff',
    data: { status: 'pending' },
    note: '待审核的农户',
    floor: floor(2, 0, '本人 + 列表 1 读'),
  },
  {
    fn: 'market',
    action: 'reviewProducer',
    as: 'demo-staff',
    data: (ids) => ({ id: ids.F, approve: true }),
    note: '站点通过农户登记（事务：登记 + 角色）',
  },
  {
    fn: 'market',
    action: 'markSupported',
    as: 'demo-staff',
    data: (ids) => ({ id: ids.F, category: '脱贫户' }),
    note: '标记帮扶户（商品随之带徽章）',
  },
  // The bench uploads nothing: a photo that cannot be fetched is checked by a person (one update, no mediaCheckAsync).
  {
    fn: 'market',
    action: 'createListing',
    as: FARMER,
    data: listingData('南塘大米'),
    save: 'L',
    note: '农户上架商品',
    floor: limited(floor(3, 2, '本人+农户+自提点 读，商品 插入 + 图片检测记录')),
  },
  { fn: 'market', action: 'reviewQueue', as: 'demo-staff', note: '商品待审列表', floor: floor(2, 0, '本人 + 列表 1 读') },
  {
    fn: 'market',
    action: 'reviewListing',
    as: 'demo-staff',
    data: (ids) => ({ id: ids.L, approve: true }),
    note: '店长审核通过',
    floor: limited(floor(2, 2, '本人+商品 读，1 条件写 + 审计', true)),
  },
  {
    fn: 'market',
    action: 'browse',
    as: 'demo-resident',
    data: { nodeId: 'n-chengguan' },
    note: '集市（本所，最新）',
    floor: floor(1, 0, '列表 1 读'),
  },
  {
    fn: 'market',
    action: 'browse',
    as: 'demo-resident',
    data: { category: '粮油', supported: true, q: '大米', sort: 'priceAsc' },
    note: '集市（全县，粮油，帮扶，搜索，按价格）',
    floor: floor(1, 0, '列表 1 读'),
  },
  {
    fn: 'market',
    action: 'detail',
    as: 'demo-resident',
    data: (ids) => ({ id: ids.L }),
    note: '商品详情',
    floor: floor(2, 0, '本人 + 商品 读'),
  },
  {
    fn: 'market',
    action: 'editListing',
    as: FARMER,
    data: (ids) => ({ id: ids.L, stock: 50 }),
    note: '改库存（不重审）',
    floor: limited(floor(3, 1, '本人+商品 读，1 条件写，读回')),
  },
  {
    fn: 'market',
    action: 'takeOff',
    as: FARMER,
    data: (ids) => ({ id: ids.L }),
    note: '下架',
    floor: limited(floor(2, 1, '本人+商品 读，1 条件写')),
  },
  {
    fn: 'market',
    action: 'putOn',
    as: FARMER,
    data: (ids) => ({ id: ids.L }),
    note: '重新上架',
    floor: limited(floor(2, 1, '本人+商品 读，1 条件写')),
  },
  { fn: 'market', action: 'editListing', as: FARMER, data: (ids) => ({ id: ids.L, priceFen: 520 }), note: '改价格（回到待审核）' },
  { fn: 'market', action: 'myListings', as: FARMER, note: '我的商品', floor: floor(1, 0, '列表 1 读') },
  { fn: 'market', action: 'createListing', as: FARMER, data: listingData('土鸡蛋'), save: 'L2', note: '再上架一个（稍后删除）' },
  {
    fn: 'market',
    action: 'deleteListing',
    as: FARMER,
    data: (ids) => ({ id: ids.L2 }),
    note: '删除未售出的商品',
    floor: limited(floor(2, 1, '本人+商品 读，1 条件删除')),
  },
  {
    fn: 'market',
    action: 'reviewListing',
    as: 'demo-producer',
    data: (ids) => ({ id: ids.L, approve: true }),
    note: '农户审核自己的商品（拒绝）',
    expect: { code: 'FORBIDDEN' },
  },
  // orders (docs/orders.md): demo-resident buys the demo rice by WeChat and by points; staff hand over and refund
  {
    fn: 'market',
    action: 'placeOrder',
    as: 'demo-resident',
    data: { stationId: 'n-nantang', lines: [{ listingId: 'l-demo-01', qty: 2 }], pay: 'wechat' },
    save: 'O',
    note: '下单（微信支付，1 种商品）',
    floor: limited(floor(3, 4, '本人+商品+中心设置 读；订单写入、1 条件写扣库存、售罄判断、下单完成')),
  },
  {
    fn: 'market',
    action: 'pay',
    as: 'demo-resident',
    data: (ids) => ({ orderId: ids.O }),
    note: '发起微信支付（统一下单）',
    floor: limited(floor(2, 1, '本人+订单 读，记一次支付尝试')),
  },
  { fn: 'market', action: 'myOrders', as: 'demo-resident', note: '我的订单', floor: floor(2, 0, '本人 + 列表 1 读') },
  {
    fn: 'market',
    action: 'orderDetail',
    as: 'demo-resident',
    data: (ids) => ({ orderId: ids.O }),
    note: '订单详情（含取货码）',
    floor: floor(2, 0, '本人 + 订单'),
  },
  {
    fn: 'market',
    action: 'cancelOrder',
    as: 'demo-resident',
    data: (ids) => ({ orderId: ids.O }),
    note: '未支付时取消（库存退回）',
    floor: limited(floor(2, 4, '本人+订单 读；1 条件写取消、退库存、恢复在售判断、结清')),
  },
  {
    fn: 'market',
    action: 'placeOrder',
    as: 'demo-resident',
    data: { stationId: 'n-nantang', lines: [{ listingId: 'l-demo-01', qty: 2 }], pay: 'points' },
    save: 'OP',
    note: '下单（积分兑换）',
    floor: limited(floor(3, 4, '同上')),
  },
  {
    fn: 'market',
    action: 'pay',
    as: 'demo-resident',
    data: (ids) => ({ orderId: ids.OP }),
    note: '积分支付（账本与订单同一事务）+ 通知买家和农户',
    floor: limited(floor(5, 5, '本人+订单 读；事务：订单、用户、账本 读，账本写入、余额、订单 写', true)),
  },
  {
    fn: 'market',
    action: 'stationOrders',
    as: 'demo-staff',
    data: { stationId: 'n-nantang', state: 'paid' },
    note: '站点订单（待自提）',
    floor: floor(3, 0, '本人+站点 + 列表 1 读'),
  },
  {
    fn: 'market',
    action: 'markReady',
    as: 'demo-staff',
    data: (ids) => ({ orderId: ids.OP }),
    note: '店长备货完成',
    floor: limited(floor(2, 1, '本人+订单 读，1 条件写', true)),
  },
  {
    fn: 'market',
    action: 'verifyPickup',
    as: 'demo-staff',
    data: { stationId: 'n-nantang', code: '000000' },
    note: '取货码错误（计入错误次数）',
    expect: { code: 'PICKUP_CODE_WRONG' },
  },
  {
    fn: 'market',
    action: 'refundOrder',
    as: 'demo-staff',
    data: (ids) => ({ orderId: ids.OP, reason: '农户缺货' }),
    note: '积分订单退款（积分退回、库存退回）',
    floor: limited(floor(4, 7, '本人+订单 读；事务：订单、用户、账本 读，退还、余额、订单 写；退库存、恢复在售、结清、审计', true)),
  },
  { fn: 'market', action: 'mySales', as: 'demo-producer', note: '农户的销售记录', floor: floor(2, 0, '本人 + 列表 1 读') },
  { fn: 'market', action: 'paymentIssues', as: 'demo-staff', note: '支付异常（待处理）', floor: floor(2, 0, '本人 + 列表 1 读') },
  {
    fn: 'market',
    action: 'resolvePaymentIssue',
    as: 'demo-staff',
    data: { id: 'o-none_1:amount', note: '已核实' },
    note: '处理不存在的异常',
    expect: { code: 'PAYMENT_ISSUE_NOT_FOUND' },
  },
  {
    fn: 'market',
    action: 'wxaMediaCheck',
    as: null,
    data: () => mediaCheckEvent('bench-early-verdict', 'pass'),
    note: '图片检测结果先于请求到达（记下待取）',
  },
  // 台账 (docs/ledger.md): the station's month, its export, a producer's income
  {
    fn: 'market',
    action: 'stationLedger',
    as: 'demo-staff',
    data: () => ({ nodeId: 'n-nantang', month: thisMonth() }),
    note: '站点本月台账',
  },
  {
    fn: 'market',
    action: 'exportLedger',
    as: 'demo-staff',
    data: () => ({ nodeId: 'n-nantang', month: thisMonth() }),
    note: '导出本月台账',
  },
  { fn: 'market', action: 'myIncome', as: 'demo-producer', note: '农户的收入' },
  // donations: a unit gives at a station, staff take it in and hand part of it to a household
  {
    fn: 'market',
    action: 'registerDonation',
    as: 'demo-unit',
    data: { stationId: 'n-dongmen', item: '大米', qty: 10, unit: '袋', donorKind: 'unit', donorName: '县供销社' },
    save: 'D',
    note: '爱心单位登记捐赠（待站点接收）',
  },
  {
    fn: 'market',
    action: 'confirmDonation',
    as: 'demo-staff',
    data: (ids) => ({ donationId: ids.D, accept: true }),
    note: '站点确认接收',
  },
  {
    fn: 'market',
    action: 'recordHandover',
    as: 'demo-staff',
    data: (ids) => ({ donationId: ids.D, qty: 2, recipientName: '张桂兰' }),
    note: '发放给受助户',
  },
  {
    fn: 'market',
    action: 'handovers',
    as: 'demo-staff',
    data: (ids) => ({ donationId: ids.D }),
    note: '这笔捐赠的发放记录',
    floor: floor(3, 0, '本人+捐赠 + 列表 1 读'),
  },
  {
    fn: 'market',
    action: 'stationDonations',
    as: 'demo-staff',
    data: { nodeId: 'n-dongmen' },
    note: '站点的捐赠',
    floor: floor(3, 0, '本人+站点 + 列表 1 读'),
  },
  { fn: 'market', action: 'myDonations', as: 'demo-unit', note: '我登记的捐赠', floor: floor(2, 0, '本人 + 列表 1 读') },
  // event: one event with a 1-seat slot (a seat, then a waitlist place) and a 5-seat slot, through to its cancel
  { fn: 'event', action: 'publish', as: 'demo-leader', data: () => eventData(), save: 'E', note: '队长发布活动（两个场次）' },
  {
    fn: 'event',
    action: 'list',
    as: 'demo-volunteer',
    data: { nodeId: 'n-chengguan' },
    note: '活动列表（本所，最近开始）',
    floor: floor(1, 0, '列表 1 读'),
  },
  {
    fn: 'event',
    action: 'list',
    as: 'demo-volunteer',
    data: { sort: 'nearest', lat: 26.7325, lng: 110.6402 },
    note: '活动列表（离我最近）',
    floor: floor(1, 0, '列表 1 读'),
  },
  {
    fn: 'event',
    action: 'detail',
    as: 'demo-volunteer',
    data: (ids) => ({ id: ids.E }),
    note: '活动详情',
    floor: floor(3, 0, '本人+活动+本人报名 读'),
  },
  {
    fn: 'event',
    action: 'signUp',
    as: 'demo-volunteer',
    data: (ids) => ({ eventId: ids.E, slotId: `${ids.E}-1` }),
    save: 'S',
    note: '报名（有名额）',
    floor: limited({
      reads: 1,
      writes: 3,
      why: '本人 1 读（活动按详情或上次写回的副本，写的条件把关），名额 1 条件写 + 报名 1 插入 + 收件箱',
    }),
  },
  {
    fn: 'event',
    action: 'signUp',
    as: 'demo-resident',
    data: (ids) => ({ eventId: ids.E, slotId: `${ids.E}-1` }),
    save: 'W',
    note: '报名（满员，候补第1位）',
  },
  {
    fn: 'event',
    action: 'signUp',
    as: 'demo-unit',
    data: (ids) => ({ eventId: ids.E, slotId: `${ids.E}-1` }),
    note: '非志愿者报名（拒绝）',
    expect: { code: 'EVENT_VOLUNTEER_REQUIRED' },
  },
  { fn: 'event', action: 'mySignUps', as: 'demo-volunteer', note: '我的报名', floor: floor(1, 0, '列表 1 读') },
  {
    fn: 'event',
    action: 'roster',
    as: 'demo-leader',
    data: (ids) => ({ eventId: ids.E, slotId: `${ids.E}-1`, list: 'waiting' }),
    note: '候补名单',
  },
  { fn: 'event', action: 'cancelSignUp', as: 'demo-volunteer', data: (ids) => ({ signUpId: ids.S }), note: '取消报名（候补第1位递补）' },
  {
    fn: 'event',
    action: 'edit',
    as: 'demo-leader',
    data: (ids) => ({ id: ids.E, capacities: [{ slotId: `${ids.E}-2`, capacity: 8 }] }),
    note: '增加名额',
  },
  {
    fn: 'event',
    action: 'removeSignUp',
    as: 'demo-leader',
    data: (ids) => ({ signUpId: ids.W, reason: '报名信息有误' }),
    note: '队长移出报名',
  },
  { fn: 'event', action: 'managed', as: 'demo-leader', note: '本队的活动', floor: floor(2, 0, '本人 + 列表 1 读') },
  {
    fn: 'event',
    action: 'cancelSlot',
    as: 'demo-leader',
    data: (ids) => ({ id: ids.E, slotId: `${ids.E}-2`, reason: '场地冲突' }),
    note: '取消一个场次',
  },
  { fn: 'event', action: 'cancel', as: 'demo-staff', data: (ids) => ({ id: ids.E, reason: '天气原因' }), note: '所管理员取消活动' },
  {
    fn: 'event',
    action: 'publish',
    as: 'demo-volunteer',
    data: () => eventData(),
    note: '志愿者发布活动（拒绝）',
    expect: { code: 'EVENT_PUBLISH_FORBIDDEN' },
  },
  // admin (last: the settings it saves apply to no earlier row)
  { fn: 'admin', action: 'todoCounts', as: 'demo-admin', note: '管理台待办数' },
  { fn: 'admin', action: 'auditLog', as: 'demo-admin', note: '操作记录', floor: floor(3, 0, '本人 + 列表 1 读 + 操作人姓名 1 读') },
  { fn: 'admin', action: 'scopeStations', as: 'demo-staff', note: '管辖范围内的站点' },
  { fn: 'admin', action: 'settings', as: 'demo-admin', note: '中心设置' },
  {
    fn: 'admin',
    action: 'addNode',
    as: 'demo-admin',
    data: { parentId: 'n-chengguan', name: '北门社区', address: '北门路1号', location: { lat: 26.74, lng: 110.64 } },
    save: 'N',
    note: '新增站点',
  },
  { fn: 'admin', action: 'editNode', as: 'demo-admin', data: (ids) => ({ id: ids.N, name: '北门社区站' }), note: '改站点名称' },
  { fn: 'admin', action: 'saveSettings', as: 'demo-admin', data: { center: {} }, note: '保存中心设置' },
  // timer
  { fn: 'timer', action: 'hourly', as: null, note: '每小时定时任务（无到期）' },
];
