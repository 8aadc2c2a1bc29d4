/**
 * The cloud-pay sandbox's records survive kill -9: a gateway runs as its own process (pay-durability-child.ts)
 * and takes a stream of orders, payments and refunds from the real wx-server-sdk and /api/dev/pay, is killed
 * with SIGKILL mid-stream and restarted on the same data folder. Every order, payment and refund whose call
 * was answered is there; none can be ordered or refunded a second time; and every answered payment is
 * notified (a notification the kill cut off is delivered after the restart).
 */
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readCredentials } from '../../../emulator/auth';
import { pointSdkAtEmulator } from '../../helpers/emulator';
import { useTempDirs } from '../../helpers/lifecycle';
import { killMidStream, spawnUntil } from '../../helpers/spawn-until';
import { eventually } from '../../helpers/poll';
import { MCH, orderInput, recorderFunctions } from './pay-fixtures';

jest.setTimeout(120_000);
process.env.SILENCE = 'true'; // node-sdk's 3 s slow-request warning for the calls the kill cuts

const cloud = require('wx-server-sdk');
const ROOT = path.resolve(__dirname, '../../..');
const tempDir = useTempDirs('pay-dur-');

/** 400 of a 1000 payment refunded, notified to the recorder. */
const refund = (outTradeNo: string, outRefundNo: string, refundFee = 400) =>
  cloud.cloudPay.refund({
    outTradeNo,
    outRefundNo,
    totalFee: 1000,
    refundFee,
    subMchId: MCH,
    nonceStr: 'r',
    envId: 'local',
    functionName: 'payRecorder',
  });

type Child = { proc: ChildProcess; url: string; emulatorUrl: string; exited: Promise<void> };

async function launch(dataDir: string, functionsDir: string, notified: string, durability: string): Promise<Child> {
  const args = [
    '--import',
    'tsx',
    'test/integration/emulator/pay-durability-child.ts',
    '--data',
    dataDir,
    '--functions',
    functionsDir,
    '--durability',
    durability,
  ];
  const env = { ...process.env, PAY_RECORDER_FILE: notified };
  const { proc, match, exited } = await spawnUntil(args, /pay gateway (\S+) (\S+)/, 'gateway', { cwd: ROOT, env });
  return { proc, url: match[1], emulatorUrl: match[2], exited };
}

async function post(url: string, body: unknown, token?: string): Promise<any> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  if (res.status !== 200) throw new Error(`HTTP ${res.status}`);
  return res.json();
}

const notifiedTradeNos = (file: string): Set<string> =>
  new Set(
    (existsSync(file) ? readFileSync(file, 'utf8') : '')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l))
      .filter((e) => !e.outRefundNo)
      .map((e) => e.outTradeNo as string),
  );

test.each(['process', 'power'])(
  'every answered order, payment and refund survives kill -9 of the gateway (durability %s)',
  async (durability) => {
    const dataDir = tempDir();
    mkdirSync(dataDir, { recursive: true });
    const functionsDir = recorderFunctions();
    const notified = path.join(tempDir(), 'notified.jsonl');
    writeFileSync(notified, '');
    let child = await launch(dataDir, functionsDir, notified, durability);
    const cloudDir = path.join(dataDir, 'cloudbase');
    pointSdkAtEmulator(`${child.emulatorUrl}/admin`, readCredentials(cloudDir));
    const token = (await post(`${child.url}/api/dev/login`, { openid: 'demo-resident' })).token as string;

    const ordered: string[] = [];
    const paid: string[] = [];
    const refunds: { outTradeNo: string; outRefundNo: string; refundId: string }[] = [];
    // 4 callers: each orders, pays every second order and refunds every fourth; killed once 8 refunds were answered.
    await killMidStream(
      child,
      4,
      async (w, i) => {
        const input = orderInput('demo-resident', { outTradeNo: `D${w}x${i}`, totalFee: 1000 });
        const res = await cloud.cloudPay.unifiedOrder(input);
        if (res.resultCode !== 'SUCCESS') throw new Error(res.errCodeDes);
        ordered.push(input.outTradeNo);
        if (i % 2) return;
        await post(`${child.url}/api/dev/pay`, { prepayId: res.prepayId, decision: 'pay' }, token);
        paid.push(input.outTradeNo);
        if (i % 4) return;
        const outRefundNo = `R${input.outTradeNo}`;
        const r = await refund(input.outTradeNo, outRefundNo);
        if (r.resultCode !== 'SUCCESS') throw new Error(r.errCodeDes);
        refunds.push({ outTradeNo: input.outTradeNo, outRefundNo, refundId: r.refundId });
      },
      () => refunds.length >= 8,
      5,
    );

    child = await launch(dataDir, functionsDir, notified, durability);
    pointSdkAtEmulator(`${child.emulatorUrl}/admin`, readCredentials(cloudDir));
    try {
      const query = (outTradeNo: string) => cloud.cloudPay.queryOrder({ outTradeNo, subMchId: MCH, nonceStr: 'q' });
      const states = await Promise.all(ordered.map(async (t) => [t, (await query(t)).tradeState] as const));
      const state = new Map(states);
      expect(ordered.filter((t) => state.get(t) === undefined)).toEqual([]);
      expect(paid.filter((t) => !['SUCCESS', 'REFUND'].includes(state.get(t)!))).toEqual([]);
      expect(refunds.filter((r) => state.get(r.outTradeNo) !== 'REFUND')).toEqual([]);
      for (const t of ordered.slice(0, 10))
        expect((await cloud.cloudPay.unifiedOrder(orderInput('demo-resident', { outTradeNo: t, totalFee: 1000 }))).resultCode).toBe('FAIL');
      for (const r of refunds) {
        const again = await refund(r.outTradeNo, r.outRefundNo);
        expect(again).toMatchObject({ resultCode: 'SUCCESS', refundId: r.refundId });
        // 400 of 1000 refunded: another 601 would exceed what was paid, so the first was kept once
        const over = await refund(r.outTradeNo, `X${r.outRefundNo}`, 601);
        expect(over.errCodeDes).toBe('累计退款金额大于支付金额');
      }
      await eventually(
        () => paid.filter((t) => !notifiedTradeNos(notified).has(t)),
        (missing) => missing.length === 0,
        { timeoutMs: 20_000, everyMs: 25, what: 'paid trades never notified' },
      );
    } finally {
      child.proc.kill('SIGTERM');
      await child.exited;
      rmSync(functionsDir, { recursive: true, force: true });
    }
  },
);
