/** The open-API handlers as plain functions (the SDK round trip is in sdk-openapi.test.ts). */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkField } from '../../../emulator/openapi/fieldRules';
import { listSentMessages, messagesFile } from '../../../emulator/openapi/messages';
import { msgSecCheck } from '../../../emulator/openapi/msgSecCheck';
import { sendSubscribeMessage } from '../../../emulator/openapi/subscribeMessage';
import { getUnlimited } from '../../../emulator/openapi/wxacode';
import type { OpenApiOutput, WxAnswer } from '../../../emulator/openapi/wechat';
import { PNG_MAGIC, readPng, readQr } from './decode';

const json = (out: OpenApiOutput): WxAnswer => {
  if (!('json' in out)) throw new Error('expected a JSON answer');
  return out.json;
};
const v2 = (content: string) => json(msgSecCheck({ version: 2, openid: 'o-user', scene: 2, content }));

describe('security.msgSecCheck v2', () => {
  it.each([
    ['今天社区志愿者帮助老人打扫卫生', 'pass', 100],
    ['周末有兼职吗', 'review', 21000],
    ['有人在群里拉人赌博', 'risky', 20006],
    ['这是刷单返利的骗局', 'risky', 20008],
    ['赌 博 也 不 行', 'risky', 20006],
    ['加微信领取兼职，顺便网络赌球', 'risky', 20006],
  ])('%s → %s', (content, suggest, label) => {
    const a = v2(content);
    expect(a).toMatchObject({ errcode: 0, errmsg: 'ok', result: { suggest, label } });
    expect(typeof a.trace_id).toBe('string');
    expect(Array.isArray(a.detail)).toBe(true);
  });

  it('names the matched words in detail', () => {
    const detail = v2('加微信做兼职').detail as { strategy: string; keyword?: string }[];
    expect(
      detail
        .filter((d) => d.strategy === 'keyword')
        .map((d) => d.keyword)
        .sort(),
    ).toEqual(['兼职', '加微信']);
  });

  it.each([
    [{ version: 2, scene: 1, content: 'x' }, 40003],
    [{ version: 2, openid: '', scene: 1, content: 'x' }, 40003],
    [{ version: 2, openid: 'o', scene: 5, content: 'x' }, 40129],
    [{ version: 2, openid: 'o', content: 'x' }, 40129],
    [{ version: 3, openid: 'o', scene: 1, content: 'x' }, 40097],
    [{ version: 2, openid: 'o', scene: 1 }, 47001],
  ])('refuses %j with errcode %i', (params, errcode) => {
    const a = json(msgSecCheck(params));
    expect(a.errcode).toBe(errcode);
    expect(a.result).toBeUndefined();
  });

  it('without version behaves as v1: 87014 for risky text, no verdict otherwise', () => {
    expect(json(msgSecCheck({ content: '赌博' })).errcode).toBe(87014);
    expect(json(msgSecCheck({ content: '你好' }))).toEqual({ errcode: 0, errmsg: 'ok' });
  });
});

describe('subscribe message field limits', () => {
  it.each([
    ['thing1', '二十个字以内的事情描述二十个字以内的事情', null],
    ['thing1', '超过二十个字的事情描述超过二十个字的事情描述', 'exceeds 20 characters'],
    ['phrase2', '已通过', null],
    ['phrase2', '审核已经通过了', 'exceeds 5 characters'],
    ['phrase2', 'ok', 'must be Chinese characters only'],
    ['name3', '张三', null],
    ['name3', '欧阳一二三四五六七八九', 'exceeds 10 characters'],
    ['name3', 'Alexander Hamilton', null],
    ['number4', '12.5', null],
    ['number4', '十二', 'must be a number'],
    ['time5', '2024年10月1日 15:01', null],
    ['time5', '下午三点', expect.stringContaining('must be a time')],
    ['date6', '2024-10-01', null],
    ['amount7', '¥100.00', null],
    ['amount7', '一百元', expect.stringContaining('must be an amount')],
    ['character_string8', 'ORD-2024-0001', null],
    ['character_string8', '订单1', expect.stringContaining('must be')],
    ['thing9', '', 'value is empty'],
    ['weird1', 'x', 'is not a known template field type'],
  ])('%s = %j → %p', (key, value, reason) => {
    expect(checkField(key, { value })).toEqual(reason);
  });
});

describe('subscribeMessage.send', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'emu-msg-'));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));
  const env = () => ({ dataDir, env: 'local' });
  const ok = {
    touser: 'o-a',
    template_id: 'TPL_A',
    page: 'pages/me/index',
    data: { thing1: { value: '心愿已认领' }, phrase2: { value: '已认领' } },
  };

  it('records a valid message durably and lists it by touser', () => {
    const a = json(sendSubscribeMessage(ok, env()));
    expect(a).toMatchObject({ errcode: 0, errmsg: 'ok' });
    expect(typeof a.msgid).toBe('number');
    json(sendSubscribeMessage({ ...ok, touser: 'o-b' }, env()));
    expect(readFileSync(messagesFile(dataDir), 'utf8').trim().split('\n')).toHaveLength(2);
    const mine = listSentMessages(dataDir, { touser: 'o-a' });
    expect(mine).toEqual([
      expect.objectContaining({
        touser: 'o-a',
        template_id: 'TPL_A',
        page: 'pages/me/index',
        miniprogram_state: 'formal',
        msgid: a.msgid,
        data: ok.data,
      }),
    ]);
    expect(listSentMessages(dataDir)).toHaveLength(2);
  });

  it.each([
    [{ ...ok, touser: undefined }, 40003],
    [{ ...ok, template_id: '' }, 40037],
    [{ ...ok, data: { thing1: { value: '这一段事情描述明显超过了二十个字的限制所以会被拒绝' } } }, 47003],
    [{ ...ok, data: {} }, 47003],
    [{ ...ok, miniprogram_state: 'beta' }, 47003],
  ])('refuses %j with %i and records nothing', (params, errcode) => {
    expect(json(sendSubscribeMessage(params, env())).errcode).toBe(errcode);
    expect(listSentMessages(dataDir)).toEqual([]);
  });
});

describe('wxacode.getUnlimited', () => {
  it('draws a PNG QR code of page + scene at the asked width', async () => {
    const out = getUnlimited({ scene: 'w=abc123', page: 'pages/wish/detail', width: 300 });
    if (!('body' in out)) throw new Error(JSON.stringify(out));
    expect(out.contentType).toBe('image/png');
    expect(out.body.subarray(0, 8)).toEqual(PNG_MAGIC);
    expect(readPng(out.body)).toMatchObject({ width: 300, height: 300 });
    await expect(readQr(out.body)).resolves.toBe('pages/wish/detail?scene=w%3Dabc123');
  });

  it.each([
    [{ scene: 'x'.repeat(33) }, 40169],
    [{ scene: '中文' }, 40169],
    [{}, 40169],
    [{ scene: 'a', page: '/pages/index/index' }, 41030],
  ])('refuses %j with %i', (params, errcode) => {
    expect(json(getUnlimited(params)).errcode).toBe(errcode);
  });
});
