import { mediaCheckEvent } from '../../emulator/openapi/media-check';
import { chinaMonth } from '../../src/core/china-time';
import { userIdOf } from '../../src/server/shared/ids';
import { GARBAGE_TALK } from '../helpers/fixtures-event';
import { listingInput } from '../helpers/fixtures-market';
import { ATTENDANCE_ROWS } from './actions-attendance';
import { chinaAt, floor, limited, row, saved, type Scenario } from './row';

export type { Ids, Scenario } from './row';

const NEWCOMER = 'bench-newcomer';
const FARMER = 'bench-farmer';
const listingData = (name: string) =>
  listingInput(['cloud://local.bench/uploads/bench.png'], { name, description: '自家种的，今年新收。', stock: 20 });
const uid = userIdOf;
/** The current month in China time, as the 台账 picks it (2026-01). */
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

/** demo-resident orders 2 of the demo rice (l-demo-01) for pickup at 南塘村站, to pay by `pay`; the order saved under `save`. */
const riceOrder = (pay: 'wechat' | 'points', save: string, note: string, cost: Scenario['floor']) =>
  row('market.placeOrder', 'demo-resident', note, {
    data: { stationId: 'n-nantang', lines: [{ listingId: 'l-demo-01', qty: 2 }], pay },
    save,
    floor: cost,
  });

/**
 * The bench's calls, run in this order against a freshly seeded demo county (so a row may rely on the rows
 * before it). Each row is measured on its own: database calls per action, and the answer.
 */
export const SCENARIOS: Scenario[] = [
  // user
  row('user.login', 'demo-resident', '已有用户登录'),
  row('user.login', NEWCOMER, '新用户首次登录（建档）'),
  row('user.profile', 'demo-resident', '看自己的资料'),
  row('user.home', 'demo-volunteer', '首页（一次取全）', {
    floor: floor(6, 0, '本人 1 读 + 心愿、活动、商品、爱心榜各 1 读 + 未读 1 计数'),
  }),
  row('user.profile', 'demo-staff', '所管理员看辖区志愿者', { data: { userId: uid('demo-volunteer') } }),
  row('user.setHomeStation', 'demo-resident', '设常去站点', { data: { stationId: 'n-nantang' } }),
  row('user.registerVolunteer', 'demo-resident', '注册志愿者（即时通过）', {
    data: { realName: '张桂兰', phone: '13812345678', stationId: 'n-dongmen', skills: ['理发'] },
  }),
  row('user.registerVolunteer', NEWCOMER, '注册志愿者（石桥村需审核）', {
    data: { realName: '陈思远', phone: '13912345678', stationId: 'n-shiqiao', skills: ['摄影摄像'] },
  }),
  row('user.reviewVolunteer', 'demo-admin', '中心管理员通过审核', { data: { userId: uid(NEWCOMER), approve: true, note: '资料齐全' } }),
  row('user.grantRole', 'demo-admin', '授予队长', {
    data: { userId: uid('demo-resident'), role: 'leader', nodeId: 'n-dongmen', teamId: 't-dongmen' },
  }),
  row('user.revokeRole', 'demo-admin', '收回队长', { data: { userId: uid('demo-resident'), role: 'leader', nodeId: 'n-dongmen' } }),
  row('user.grantRole', 'demo-staff', '非中心管理员授权（拒绝）', {
    data: { userId: uid('demo-resident'), role: 'staff', nodeId: 'n-dongmen' },
    expect: { code: 'FORBIDDEN' },
  }),
  // the 个人码: a volunteer shows it, staff scan it; staff look people up and work the volunteer queue
  row('user.myCode', 'demo-volunteer', '我的个人码（签名，不存库）', {
    save: 'UC',
    floor: floor(2, 1, '本人 1 读 + 签名密钥（每个实例首次读，首次部署时生成）'),
  }),
  row('user.resolveCode', 'demo-staff', '所管理员扫个人码', { data: saved('UC', 'code') }),
  row('user.findPeople', 'demo-staff', '按手机号找人', {
    data: { query: '13812345678' },
    floor: floor(2, 1, '本人 + 列表 1 读 + 查询留痕 1 审计'),
  }),
  row('user.volunteerQueue', 'demo-admin', '志愿者待审列表', { floor: floor(2, 0, '本人 + 列表 1 读') }),
  row('user.previewRegistration', 'demo-resident', '注册前预览（石桥村需审核）', { data: { stationId: 'n-shiqiao' } }),
  // org
  row('org.tree', 'demo-resident', '中心下的所', { floor: floor(1, 0, '列表 1 读') }),
  row('org.tree', 'demo-resident', '城关所下的站', { data: { parentId: 'n-chengguan' }, floor: floor(1, 0, '列表 1 读') }),
  row('org.node', 'demo-volunteer', '站点详情', { data: { id: 'n-dongmen' } }),
  row('org.node', 'demo-volunteer', '不存在的站点', { data: { id: 'n-nowhere' }, expect: { code: 'NODE_NOT_FOUND' } }),
  row('org.nearestStations', 'demo-resident', '东门附近 3 个站', { data: { lat: 26.7325, lng: 110.6402, limit: 3 } }),
  row('org.nearestStations', 'demo-resident', '石桥附近 4 个站（扩大半径）', { data: { lat: 26.6403, lng: 110.7255, limit: 4 } }),
  // wish: one wish through its whole life, one claimed then given back, one withdrawn
  row('wish.submit', 'demo-resident', '居民发布心愿', {
    data: wish('轮椅一台'),
    save: 'A',
    floor: limited(floor(3, 1, '本人+站点+名额 读，1 插入')),
  }),
  row('wish.submit', 'demo-resident', '再发布一个', { data: wish('助听器'), save: 'B' }),
  row('wish.submit', 'demo-resident', '第三个（稍后撤销）', { data: wish('台灯'), save: 'C' }),
  row('wish.reviewQueue', 'demo-staff', '所管理员的待审列表', { floor: floor(2, 0, '本人（管辖范围）+ 列表 1 读') }),
  row('wish.review', 'demo-staff', '审核通过', { data: (ids) => ({ id: ids.A, approve: true }) }),
  row('wish.review', 'demo-staff', '审核通过', { data: (ids) => ({ id: ids.B, approve: true }) }),
  row('wish.pool', 'demo-volunteer', '心愿池（城关所，最新）', { data: { nodeId: 'n-chengguan' }, floor: floor(1, 0, '列表 1 读') }),
  row('wish.pool', 'demo-volunteer', '心愿池（离我最近）', {
    data: { sort: 'nearest', lat: 26.7325, lng: 110.6402 },
    floor: floor(1, 0, '列表 1 读'),
  }),
  row('wish.detail', 'demo-volunteer', '心愿详情', { data: saved('A') }),
  row('wish.claim', 'demo-volunteer', '志愿者认领', {
    data: saved('A'),
    floor: limited(floor(2, 1, '本人+心愿 读，1 条件写', true), true),
  }),
  row('wish.claim', 'demo-volunteer', '再认领一个', { data: saved('B') }),
  row('wish.claim', 'demo-unit', '已被认领（拒绝）', { data: saved('A'), expect: { code: 'WISH_ALREADY_CLAIMED' } }),
  row('wish.release', 'demo-volunteer', '放弃认领', { data: saved('B') }),
  row('wish.fulfil', 'demo-volunteer', '完成心愿', { data: (ids) => ({ id: ids.A, note: '轮椅已送到家中' }) }),
  row('wish.confirm', 'demo-resident', '居民确认并评价', {
    data: (ids) => ({ id: ids.A, rating: 5, comment: '谢谢小王' }),
    floor: limited(floor(5, 5, '一个事务：心愿 条件写 + 积分记录 + 余额 + 爱心榜（县、所）各一计数', true)),
  }),
  row('wish.cancel', 'demo-resident', '撤销未认领的心愿', { data: saved('C') }),
  row('wish.mine', 'demo-resident', '我的心愿', { floor: floor(1, 0, '列表 1 读') }),
  row('wish.myClaims', 'demo-volunteer', '我认领的', { floor: floor(1, 0, '列表 1 读') }),
  row('wish.allowance', 'demo-resident', '还能发布几个心愿（填表前）', { floor: floor(2, 0, '本人 + 名额 1 读') }),
  // points
  row('points.balance', 'demo-volunteer', '我的积分'),
  row('points.history', 'demo-volunteer', '积分明细', { floor: floor(1, 0, '列表 1 读') }),
  row('points.adjust', 'demo-staff', '管理员调整积分', {
    data: { userId: uid('demo-volunteer'), amount: 20, reason: '补录线下活动积分', requestId: 'bench-adjust-1' },
  }),
  row('points.awardCivility', 'demo-staff', '奖励文明积分', {
    data: { userId: uid('demo-resident'), amount: 5, category: '垃圾分类', requestId: 'bench-civility-1' },
  }),
  row('points.userHistory', 'demo-staff', '查看居民积分明细', {
    data: { userId: uid('demo-volunteer') },
    floor: floor(3, 0, '本人 + 该居民 + 列表 1 读'),
  }),
  // inbox
  row('inbox.templates', 'demo-resident', '订阅消息模板'),
  row('inbox.optIn', 'demo-resident', '同意订阅', { data: { templateIds: ['TPL_WISH_APPROVED', 'TPL_WISH_CLAIMED'] } }),
  row('inbox.unreadCount', 'demo-resident', '未读数'),
  row('inbox.list', 'demo-resident', '消息列表', { floor: floor(1, 0, '列表 1 读') }),
  row('inbox.markRead', 'demo-resident', '全部已读', { data: { all: true } }),
  // market: a villager registers, is approved and supported; one listing through review, the 集市 and edits
  row('user.login', FARMER, '农户首次登录'),
  row('market.registerProducer', FARMER, '农户登记', {
    data: { name: '赵大山', phone: '13700001234', village: '南塘村', stationId: 'n-nantang' },
    save: 'F',
  }),
  row('market.myProducer', FARMER, '我的农户登记', { floor: floor(1, 0, '1 读') }),
  row('market.producers', 'demo-staff', '待审核的农户', { data: { status: 'pending' }, floor: floor(2, 0, '本人 + 列表 1 读') }),
  row('market.reviewProducer', 'demo-staff', '站点通过农户登记（事务：登记 + 角色）', { data: (ids) => ({ id: ids.F, approve: true }) }),
  row('market.markSupported', 'demo-staff', '标记帮扶户（商品随之带徽章）', { data: (ids) => ({ id: ids.F, category: '脱贫户' }) }),
  // The bench uploads nothing: a photo that cannot be fetched is checked by a person (one update, no mediaCheckAsync).
  row('market.createListing', FARMER, '农户上架商品', {
    data: listingData('南塘大米'),
    save: 'L',
    floor: limited(floor(3, 2, '本人+农户+自提点 读，商品 插入 + 图片检测记录')),
  }),
  row('market.reviewQueue', 'demo-staff', '商品待审列表', { floor: floor(2, 0, '本人 + 列表 1 读') }),
  row('market.reviewListing', 'demo-staff', '店长审核通过', {
    data: (ids) => ({ id: ids.L, approve: true }),
    floor: limited(floor(2, 2, '本人+商品 读，1 条件写 + 审计', true)),
  }),
  row('market.browse', 'demo-resident', '集市（本所，最新）', { data: { nodeId: 'n-chengguan' }, floor: floor(1, 0, '列表 1 读') }),
  row('market.browse', 'demo-resident', '集市（全县，粮油，帮扶，搜索，按价格）', {
    data: { category: '粮油', supported: true, q: '大米', sort: 'priceAsc' },
    floor: floor(1, 0, '列表 1 读'),
  }),
  row('market.detail', 'demo-resident', '商品详情', { data: saved('L'), floor: floor(2, 0, '本人 + 商品 读') }),
  row('market.editListing', FARMER, '改库存（不重审）', {
    data: (ids) => ({ id: ids.L, stock: 50 }),
    floor: limited(floor(3, 1, '本人+商品 读，1 条件写，读回')),
  }),
  row('market.takeOff', FARMER, '下架', { data: saved('L'), floor: limited(floor(2, 1, '本人+商品 读，1 条件写')) }),
  row('market.putOn', FARMER, '重新上架', { data: saved('L'), floor: limited(floor(2, 1, '本人+商品 读，1 条件写')) }),
  row('market.editListing', FARMER, '改价格（回到待审核）', { data: (ids) => ({ id: ids.L, priceFen: 520 }) }),
  row('market.myListings', FARMER, '我的商品', { floor: floor(1, 0, '列表 1 读') }),
  row('market.createListing', FARMER, '再上架一个（稍后删除）', { data: listingData('土鸡蛋'), save: 'L2' }),
  row('market.deleteListing', FARMER, '删除未售出的商品', { data: saved('L2'), floor: limited(floor(2, 1, '本人+商品 读，1 条件删除')) }),
  row('market.reviewListing', 'demo-producer', '农户审核自己的商品（拒绝）', {
    data: (ids) => ({ id: ids.L, approve: true }),
    expect: { code: 'FORBIDDEN' },
  }),
  // orders (docs/orders.md): demo-resident buys the demo rice by WeChat and by points; staff hand over and refund
  riceOrder(
    'wechat',
    'O',
    '下单（微信支付，1 种商品）',
    limited(floor(3, 4, '本人+商品+中心设置 读；订单写入、1 条件写扣库存、售罄判断、下单完成')),
  ),
  row('market.pay', 'demo-resident', '发起微信支付（统一下单）', {
    data: saved('O', 'orderId'),
    floor: limited(floor(2, 1, '本人+订单 读，记一次支付尝试')),
  }),
  row('market.myOrders', 'demo-resident', '我的订单', { floor: floor(2, 0, '本人 + 列表 1 读') }),
  row('market.orderDetail', 'demo-resident', '订单详情（含取货码）', { data: saved('O', 'orderId'), floor: floor(2, 0, '本人 + 订单') }),
  row('market.cancelOrder', 'demo-resident', '未支付时取消（库存退回）', {
    data: saved('O', 'orderId'),
    floor: limited(floor(2, 4, '本人+订单 读；1 条件写取消、退库存、恢复在售判断、结清')),
  }),
  riceOrder('points', 'OP', '下单（积分兑换）', limited(floor(3, 4, '同上'))),
  row('market.pay', 'demo-resident', '积分支付（账本与订单同一事务）+ 通知买家和农户', {
    data: saved('OP', 'orderId'),
    floor: limited(floor(5, 5, '本人+订单 读；事务：订单、用户、账本 读，账本写入、余额、订单 写', true)),
  }),
  row('market.stationOrders', 'demo-staff', '站点订单（待自提）', {
    data: { stationId: 'n-nantang', state: 'paid' },
    floor: floor(3, 0, '本人+站点 + 列表 1 读'),
  }),
  row('market.markReady', 'demo-staff', '店长备货完成', {
    data: saved('OP', 'orderId'),
    floor: limited(floor(2, 1, '本人+订单 读，1 条件写', true)),
  }),
  row('market.verifyPickup', 'demo-staff', '取货码错误（计入错误次数）', {
    data: { stationId: 'n-nantang', code: '000000' },
    expect: { code: 'PICKUP_CODE_WRONG' },
  }),
  row('market.refundOrder', 'demo-staff', '积分订单退款（积分退回、库存退回）', {
    data: (ids) => ({ orderId: ids.OP, reason: '农户缺货' }),
    floor: limited(floor(4, 7, '本人+订单 读；事务：订单、用户、账本 读，退还、余额、订单 写；退库存、恢复在售、结清、审计', true)),
  }),
  // by 个人码 instead of the 6-digit code (docs/orders.md): a third order, shown and handed over at the counter
  riceOrder('points', 'OQ', '再下单（积分，稍后凭个人码取货）', undefined),
  row('market.pay', 'demo-resident', '积分支付', { data: saved('OQ', 'orderId') }),
  row('user.myCode', 'demo-resident', '买家出示个人码', { save: 'BC' }),
  row('market.buyerPickups', 'demo-staff', '扫买家个人码：本站待取的订单', {
    data: (ids) => ({ stationId: 'n-nantang', code: ids.BC }),
    floor: floor(4, 1, '本人+站点+买家 + 列表 1 读 + 查询留痕 1 审计'),
  }),
  row('market.handOverByCode', 'demo-staff', '凭个人码交货', {
    data: (ids) => ({ stationId: 'n-nantang', code: ids.BC, orderId: ids.OQ }),
    floor: limited(floor(3, 4, '本人+站点+订单 读；1 条件写交货、库存占用扣减、结清、审计', true)),
  }),
  row('market.mySales', 'demo-producer', '农户的销售记录', { floor: floor(2, 0, '本人 + 列表 1 读') }),
  row('market.paymentIssues', 'demo-staff', '支付异常（待处理）', { floor: floor(2, 0, '本人 + 列表 1 读') }),
  row('market.resolvePaymentIssue', 'demo-staff', '处理不存在的异常', {
    data: { id: 'o-none_1:amount', note: '已核实' },
    expect: { code: 'PAYMENT_ISSUE_NOT_FOUND' },
  }),
  row('market.wxaMediaCheck', null, '图片检测结果先于请求到达（记下待取）', { data: () => mediaCheckEvent('bench-early-verdict', 'pass') }),
  // 台账 (docs/ledger.md): the station's month, its export, a producer's income
  row('market.stationLedger', 'demo-staff', '站点本月台账', { data: () => ({ nodeId: 'n-nantang', month: chinaMonth(Date.now()) }) }),
  row('market.exportLedger', 'demo-staff', '导出本月台账', { data: () => ({ nodeId: 'n-nantang', month: chinaMonth(Date.now()) }) }),
  row('market.myIncome', 'demo-producer', '农户的收入'),
  // donations: a unit gives at a station, staff take it in and hand part of it to a household
  row('market.registerDonation', 'demo-unit', '爱心单位登记捐赠（待站点接收）', {
    data: { stationId: 'n-dongmen', item: '大米', qty: 10, unit: '袋', donorKind: 'unit', donorName: '县供销社' },
    save: 'D',
  }),
  row('market.confirmDonation', 'demo-staff', '站点确认接收', { data: (ids) => ({ donationId: ids.D, accept: true }) }),
  row('market.recordHandover', 'demo-staff', '发放给受助户', { data: (ids) => ({ donationId: ids.D, qty: 2, recipientName: '张桂兰' }) }),
  row('market.handovers', 'demo-staff', '这笔捐赠的发放记录', {
    data: saved('D', 'donationId'),
    floor: floor(3, 0, '本人+捐赠 + 列表 1 读'),
  }),
  row('market.stationDonations', 'demo-staff', '站点的捐赠', {
    data: { nodeId: 'n-dongmen' },
    floor: floor(3, 0, '本人+站点 + 列表 1 读'),
  }),
  row('market.myDonations', 'demo-unit', '我登记的捐赠', { floor: floor(2, 0, '本人 + 列表 1 读') }),
  // event: one event with a 1-seat slot (a seat, then a waitlist place) and a 5-seat slot, through to its cancel
  row('event.publish', 'demo-leader', '队长发布活动（两个场次）', { data: () => eventData(), save: 'E' }),
  row('event.list', 'demo-volunteer', '活动列表（本所，最近开始）', { data: { nodeId: 'n-chengguan' }, floor: floor(1, 0, '列表 1 读') }),
  row('event.list', 'demo-volunteer', '活动列表（离我最近）', {
    data: { sort: 'nearest', lat: 26.7325, lng: 110.6402 },
    floor: floor(1, 0, '列表 1 读'),
  }),
  row('event.detail', 'demo-volunteer', '活动详情', { data: saved('E'), floor: floor(3, 0, '本人+活动+本人报名 读') }),
  row('event.signUp', 'demo-volunteer', '报名（有名额）', {
    data: (ids) => ({ eventId: ids.E, slotId: `${ids.E}-1` }),
    save: 'S',
    floor: limited({
      reads: 1,
      writes: 3,
      why: '本人 1 读（活动按详情或上次写回的副本，写的条件把关），名额 1 条件写 + 报名 1 插入 + 收件箱',
    }),
  }),
  row('event.signUp', 'demo-resident', '报名（满员，候补第1位）', { data: (ids) => ({ eventId: ids.E, slotId: `${ids.E}-1` }), save: 'W' }),
  row('event.signUp', 'demo-unit', '非志愿者报名（拒绝）', {
    data: (ids) => ({ eventId: ids.E, slotId: `${ids.E}-1` }),
    expect: { code: 'EVENT_VOLUNTEER_REQUIRED' },
  }),
  row('event.mySignUps', 'demo-volunteer', '我的报名', { floor: floor(1, 0, '列表 1 读') }),
  row('event.roster', 'demo-leader', '候补名单', { data: (ids) => ({ eventId: ids.E, slotId: `${ids.E}-1`, list: 'waiting' }) }),
  row('event.cancelSignUp', 'demo-volunteer', '取消报名（候补第1位递补）', { data: saved('S', 'signUpId') }),
  row('event.edit', 'demo-leader', '增加名额', { data: (ids) => ({ id: ids.E, capacities: [{ slotId: `${ids.E}-2`, capacity: 8 }] }) }),
  row('event.removeSignUp', 'demo-leader', '队长移出报名', { data: (ids) => ({ signUpId: ids.W, reason: '报名信息有误' }) }),
  row('event.managed', 'demo-leader', '本队的活动', { floor: floor(2, 0, '本人 + 列表 1 读') }),
  row('event.cancelSlot', 'demo-leader', '取消一个场次', { data: (ids) => ({ id: ids.E, slotId: `${ids.E}-2`, reason: '场地冲突' }) }),
  row('event.cancel', 'demo-staff', '所管理员取消活动', { data: (ids) => ({ id: ids.E, reason: '天气原因' }) }),
  row('event.publish', 'demo-volunteer', '志愿者发布活动（拒绝）', {
    data: () => eventData(),
    expect: { code: 'EVENT_PUBLISH_FORBIDDEN' },
  }),
  // attendance: check-in to 志愿之星 on a slot of its own (./actions-attendance.ts)
  ...ATTENDANCE_ROWS,
  // admin (last: the settings it saves apply to no earlier row)
  row('admin.todoCounts', 'demo-admin', '管理台待办数'),
  row('admin.auditLog', 'demo-admin', '操作记录', { floor: floor(3, 0, '本人 + 列表 1 读 + 操作人姓名 1 读') }),
  row('admin.scopeStations', 'demo-staff', '管辖范围内的站点'),
  row('admin.scopeTeams', 'demo-staff', '站点的志愿服务队（授予队长时选）', {
    data: { stationId: 'n-dongmen' },
    floor: floor(3, 0, '本人+站点 + 列表 1 读'),
  }),
  row('admin.settings', 'demo-admin', '中心设置'),
  row('admin.addNode', 'demo-admin', '新增站点', {
    data: { parentId: 'n-chengguan', name: '北门社区', address: '北门路1号', location: { lat: 26.74, lng: 110.64 } },
    save: 'N',
  }),
  row('admin.editNode', 'demo-admin', '改站点名称', { data: (ids) => ({ id: ids.N, name: '北门社区站' }) }),
  row('admin.saveSettings', 'demo-admin', '保存中心设置', { data: { center: {} } }),
  // timer
  row('timer.hourly', null, '每小时定时任务（无到期）', { floor: floor(4, 0, '4 个任务各 1 读') }),
  // Every 5 minutes for an hour after a cancel, the cancelled slots' places are dropped again (sign-ups still on
  // their way): the event cancelled above is, so its 2 slots cost a write each.
  row('timer.every5Minutes', null, '每5分钟定时任务（刚取消的活动：两个场次再清退一次）', {
    floor: floor(6, 2, '图片超时 1 读；近一小时取消的活动 1 读、每个场次 1 写、未通知 1 读；订单 未支付、下单中断、未结清 各 1 读'),
  }),
  row('timer.tick', null, '整点的定时触发（每5分钟和每小时的任务都跑）', {
    at: () => Math.floor(Date.now() / 3_600_000) * 3_600_000,
    floor: floor(10, 2, '每小时 4 读 + 每5分钟 6 读 2 写（同上）'),
  }),
];
