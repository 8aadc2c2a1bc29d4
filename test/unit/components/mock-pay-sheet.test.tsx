/** @jest-environment jsdom */
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import MockPaySheet from '@/components/mock-pay-sheet';
import { yuan } from '@/contracts/market';
import { pay, type PaymentParams } from '@/services/pay';

// Taro as services/pay sees it: storage for the session token, and requestPayment for the weapp branch.
const requestPayment = jest.fn();
jest.mock('@tarojs/taro', () => ({
  __esModule: true,
  default: {
    getStorageSync: (key: string) => (key === 'session-token' ? 'tok-1' : ''),
    requestPayment: (arg: unknown) => requestPayment(arg),
  },
}));

const PAYMENT: PaymentParams = {
  timeStamp: '1764554400',
  nonceStr: 'n',
  package: 'prepay_id=wx20261201100000abc',
  signType: 'MD5',
  paySign: 'S',
};

type Call = { method: string; url: string; body?: any; auth?: string };
let calls: Call[] = [];
/** The gateway: GET /api/dev/pay answers the payment, POST answers `postAnswer`. */
function gateway(postAnswer: { status: number; body: unknown }) {
  global.fetch = jest.fn(async (url: string, init: RequestInit) => {
    const headers = init.headers as Record<string, string>;
    calls.push({ method: init.method!, url, body: init.body ? JSON.parse(String(init.body)) : undefined, auth: headers.Authorization });
    const answer =
      init.method === 'GET'
        ? { status: 200, body: { ok: true, data: { outTradeNo: 'T1', body: '善星小集-东北大米', totalFee: 1280, tradeState: 'NOTPAY' } } }
        : postAnswer;
    return { status: answer.status, json: async () => answer.body } as Response;
  }) as unknown as typeof fetch;
}

const env = process.env.TARO_ENV;
beforeEach(() => {
  process.env.TARO_ENV = 'h5';
  calls = [];
  requestPayment.mockReset();
});
afterAll(() => {
  process.env.TARO_ENV = env;
});

describe('MockPaySheet with pay() in H5', () => {
  it('shows nothing until a payment waits', () => {
    const { container } = render(<MockPaySheet />);
    expect(container.innerHTML).toBe('');
  });

  it('shows the amount in 元 and what it is for; 确认支付 pays through /api/dev/pay → paid', async () => {
    gateway({ status: 200, body: { ok: true, data: { tradeState: 'SUCCESS' } } });
    render(<MockPaySheet />);
    let outcome: unknown;
    const paying = pay(PAYMENT).then((o) => (outcome = o));
    await screen.findByText('模拟支付');
    expect(screen.getByText('12.80')).toBeTruthy();
    expect(screen.getByText('善星小集-东北大米')).toBeTruthy();
    expect(calls[0]).toEqual({ method: 'GET', url: '/api/dev/pay?prepayId=wx20261201100000abc', body: undefined, auth: 'Bearer tok-1' });
    fireEvent.click(screen.getByRole('button', { name: '确认支付' }));
    await act(() => paying);
    expect(outcome).toEqual({ status: 'paid' });
    expect(calls[1]).toEqual({
      method: 'POST',
      url: '/api/dev/pay',
      body: { prepayId: 'wx20261201100000abc', decision: 'pay' },
      auth: 'Bearer tok-1',
    });
    expect(document.getElementById('mock-pay-sheet')).toBeNull();
  });

  it('while paying: 正在支付…, and neither button answers a second tap', async () => {
    let release: (v: Response) => void = () => undefined;
    global.fetch = jest.fn((url: string, init: RequestInit) => {
      calls.push({ method: init.method!, url });
      if (init.method === 'GET')
        return Promise.resolve({ status: 200, json: async () => ({ ok: true, data: { body: '爱心米', totalFee: 5 } }) } as Response);
      return new Promise<Response>((r) => (release = r));
    }) as unknown as typeof fetch;
    render(<MockPaySheet />);
    const paying = pay(PAYMENT);
    fireEvent.click(await screen.findByRole('button', { name: '确认支付' }));
    await screen.findByText('正在支付…');
    expect(screen.getByText('0.05')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '正在支付…' }));
    fireEvent.click(screen.getByRole('button', { name: '取消' }));
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(1);
    release({ status: 200, json: async () => ({ ok: true }) } as Response);
    await act(async () => expect(await paying).toEqual({ status: 'paid' }));
  });

  it('取消 → cancelled, the sheet closes', async () => {
    gateway({ status: 200, body: { ok: true, data: { tradeState: 'NOTPAY' } } });
    render(<MockPaySheet />);
    const paying = pay(PAYMENT);
    fireEvent.click(await screen.findByRole('button', { name: '取消' }));
    await act(async () => expect(await paying).toEqual({ status: 'cancelled' }));
    expect(document.getElementById('mock-pay-sheet')).toBeNull();
    await waitFor(() => expect(calls[1]?.body).toEqual({ prepayId: 'wx20261201100000abc', decision: 'cancel' }));
  });

  it('a refusal is failed with the gateway’s message (e.g. another user’s payment)', async () => {
    gateway({ status: 409, body: { ok: false, code: 'ORDER_EXPIRED', message: '已过支付期限，请重新下单' } });
    render(<MockPaySheet />);
    const paying = pay(PAYMENT);
    fireEvent.click(await screen.findByRole('button', { name: '确认支付' }));
    await act(async () => expect(await paying).toEqual({ status: 'failed', message: '已过支付期限，请重新下单' }));
  });

  it('a payment the sandbox does not show this user fails without showing the sheet', async () => {
    global.fetch = jest.fn(async () => ({
      status: 404,
      json: async () => ({ ok: false, code: 'NOT_FOUND', message: '找不到这笔支付' }),
    })) as unknown as typeof fetch;
    render(<MockPaySheet />);
    expect(await pay(PAYMENT)).toEqual({ status: 'failed', message: '找不到这笔支付' });
    expect(document.getElementById('mock-pay-sheet')).toBeNull();
  });

  it('without a sheet on the page, or with a malformed package, it fails at once', async () => {
    gateway({ status: 200, body: { ok: true } });
    expect(await pay(PAYMENT)).toEqual({ status: 'failed', message: expect.stringContaining('刷新') });
    render(<MockPaySheet />);
    expect((await pay({ ...PAYMENT, package: 'nonsense' })).status).toBe('failed');
    expect(calls).toHaveLength(0);
  });
});

describe('pay() in weapp', () => {
  beforeEach(() => {
    process.env.TARO_ENV = 'weapp';
  });

  it('hands the payment to requestPayment unchanged → paid', async () => {
    requestPayment.mockResolvedValue({ errMsg: 'requestPayment:ok' });
    expect(await pay(PAYMENT)).toEqual({ status: 'paid' });
    expect(requestPayment).toHaveBeenCalledWith(PAYMENT);
  });

  it('"requestPayment:fail cancel" → cancelled; any other failure → failed', async () => {
    requestPayment.mockRejectedValueOnce({ errMsg: 'requestPayment:fail cancel' });
    expect(await pay(PAYMENT)).toEqual({ status: 'cancelled' });
    requestPayment.mockRejectedValueOnce({ errMsg: 'requestPayment:fail (detail message)' });
    expect(await pay(PAYMENT)).toEqual({ status: 'failed', message: '支付没有完成，请稍后再试' });
  });
});

describe('yuan', () => {
  it.each([
    [1280, '12.80'],
    [5, '0.05'],
    [100, '1.00'],
    [0, '0.00'],
    [123456, '1234.56'],
  ])('%i fen → %s', (fen, text) => expect(yuan(fen)).toBe(text));
});
