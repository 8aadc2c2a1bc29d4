/** cloud.openapi.* through the real wx-server-sdk 4.0.2 against a running emulator. */
import { listSentMessages } from '../../../emulator/openapi/messages';
import { PNG_MAGIC, readPng, readQr } from './decode';
import { getJson, rejection, useSdkEmulator } from './sdk-setup';

const emu = useSdkEmulator();

const check = (content: string, openid = 'o-tester') => emu.cloud.openapi.security.msgSecCheck({ version: 2, openid, scene: 2, content });

describe('security.msgSecCheck', () => {
  it.each([
    ['社区志愿服务队明天上午在广场义诊', 'pass', 100],
    ['招兼职，日结', 'review', 21000],
    ['周末去赌场玩两把', 'risky', 20006],
  ])('%s → %s', async (content, suggest, label) => {
    const res = await check(content);
    expect(res).toMatchObject({ errCode: 0, errMsg: 'openapi.security.msgSecCheck:ok', result: { suggest, label } });
    expect(typeof res.traceId).toBe('string');
    expect(res.detail[0]).toMatchObject({ strategy: 'content_model', suggest });
  });

  it('refuses a v2 call without openid with errCode 40003', async () => {
    const err = await rejection(emu.cloud.openapi.security.msgSecCheck({ version: 2, scene: 1, content: '你好' }));
    expect(err.errCode).toBe(40003);
    expect(err.errMsg).toContain('invalid openid');
  });

  it('refuses a bad scene with errCode 40129', async () => {
    const err = await rejection(emu.cloud.openapi.security.msgSecCheck({ version: 2, openid: 'o', scene: 9, content: '你好' }));
    expect(err.errCode).toBe(40129);
  });

  it('treats a call without version as v1: risky text is errCode 87014, other text has no result', async () => {
    expect((await rejection(emu.cloud.openapi.security.msgSecCheck({ content: '贩毒' }))).errCode).toBe(87014);
    const res = await emu.cloud.openapi.security.msgSecCheck({ content: '你好' });
    expect(res.errCode).toBe(0);
    expect(res.result).toBeUndefined();
  });
});

describe('subscribeMessage.send', () => {
  const message = {
    touser: 'o-volunteer-1',
    templateId: 'TPL_WISH_CLAIMED',
    page: 'packages/wish/detail/index?id=w1',
    data: { thing1: { value: '给独居老人买米面油' }, phrase2: { value: '已认领' }, name3: { value: '李明' } },
    miniprogramState: 'developer',
  };

  it('records the message and shows it on GET /__messages', async () => {
    const res = await emu.cloud.openapi.subscribeMessage.send(message);
    expect(res).toMatchObject({ errCode: 0, errMsg: 'openapi.subscribeMessage.send:ok' });
    expect(typeof res.msgid).toBe('number');
    const { status, body } = await getJson(`${emu.url}/__messages?touser=o-volunteer-1`);
    expect(status).toBe(200);
    expect(body).toEqual([
      expect.objectContaining({
        msgid: res.msgid,
        touser: 'o-volunteer-1',
        template_id: 'TPL_WISH_CLAIMED',
        page: message.page,
        data: message.data,
        miniprogram_state: 'developer',
      }),
    ]);
    expect((await getJson(`${emu.url}/__messages?touser=someone-else`)).body).toEqual([]);
  });

  it('refuses a thing value over 20 characters with errCode 47003 and records nothing', async () => {
    const before = listSentMessages(emu.dataDir).length;
    const err = await rejection(
      emu.cloud.openapi.subscribeMessage.send({
        ...message,
        data: { ...message.data, thing1: { value: '这是一段明显超过二十个字限制的心愿描述文字内容' } },
      }),
    );
    expect(err.errCode).toBe(47003);
    expect(err.errMsg).toContain('argument invalid');
    expect(err.errMsg).toContain('thing1');
    expect(listSentMessages(emu.dataDir)).toHaveLength(before);
  });

  it('refuses a phrase over 5 characters with errCode 47003', async () => {
    const err = await rejection(emu.cloud.openapi.subscribeMessage.send({ ...message, data: { phrase2: { value: '审核已经通过了' } } }));
    expect(err.errCode).toBe(47003);
  });

  it('keeps recorded messages across a restart of the emulator', async () => {
    await emu.cloud.openapi.subscribeMessage.send({ ...message, touser: 'o-durable' });
    await emu.restart();
    const { body } = await getJson(`${emu.url}/__messages?touser=o-durable`);
    expect(body).toEqual([expect.objectContaining({ touser: 'o-durable', template_id: 'TPL_WISH_CLAIMED' })]);
  });
});

describe('wxacode.getUnlimited', () => {
  it('returns PNG bytes of a QR code that encodes page and scene', async () => {
    const res = await emu.cloud.openapi.wxacode.getUnlimited({ scene: 'id=w42', page: 'packages/wish/detail/index', width: 430 });
    expect(res.errCode).toBe(0);
    expect(res.contentType).toBe('image/png');
    expect(Buffer.isBuffer(res.buffer)).toBe(true);
    expect(res.buffer.subarray(0, 8)).toEqual(PNG_MAGIC);
    expect(readPng(res.buffer)).toMatchObject({ width: 430, height: 430 });
    await expect(readQr(res.buffer)).resolves.toBe('packages/wish/detail/index?scene=id%3Dw42');
  });

  it('refuses a scene longer than 32 characters with errCode 40169', async () => {
    expect((await rejection(emu.cloud.openapi.wxacode.getUnlimited({ scene: 'x'.repeat(40) }))).errCode).toBe(40169);
  });
});

it('answers an unknown open API with the platform error -604100 (API not found)', async () => {
  const err = await rejection(emu.cloud.openapi.security.noSuchApi({ a: 1 }));
  expect(err.errCode).toBe(-604100);
});
