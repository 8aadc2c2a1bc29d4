/**
 * subscribeMessage.send: validates like WeChat (touser, template_id, data field limits, miniprogram_state,
 * lang) and records the message durably instead of delivering it. Answer: { errcode: 0, errmsg: 'ok', msgid }.
 */
import { checkField } from './fieldRules';
import { recordMessage, type SentMessage } from './messages';
import { type OpenApiEnv, type OpenApiOutput, isRecord, wxError } from './wechat';

const STATES = ['developer', 'trial', 'formal'] as const;
const LANGS = ['zh_CN', 'en_US', 'zh_HK', 'zh_TW'];

let seq = 0;
/**
 * WeChat's msgid is a 64-bit integer; the SDK parses answers with json-bigint and then re-cases them, which
 * turns a 16+ digit number into a plain object. Local ids stay within 15 digits so they arrive as numbers.
 */
const nextMsgId = (): number => (Date.now() % 1e12) * 1000 + (seq++ % 1000);

const invalid = (what: string): OpenApiOutput => ({ json: wxError(47003, `argument invalid! ${what}`) });

export function sendSubscribeMessage(params: Record<string, unknown>, env: OpenApiEnv): OpenApiOutput {
  const { touser, template_id, page, data } = params;
  const state = params.miniprogram_state ?? 'formal';
  const lang = params.lang ?? 'zh_CN';
  if (typeof touser !== 'string' || touser === '') return { json: wxError(40003, 'invalid openid') };
  if (typeof template_id !== 'string' || template_id === '') return { json: wxError(40037, 'invalid template_id') };
  if (page !== undefined && typeof page !== 'string') return invalid('page must be a string');
  if (!STATES.includes(state as SentMessage['miniprogram_state'])) return invalid(`miniprogram_state ${String(state)}`);
  if (typeof lang !== 'string' || !LANGS.includes(lang)) return invalid(`lang ${String(lang)}`);
  if (!isRecord(data) || Object.keys(data).length === 0) return invalid('data is empty');
  const clean: SentMessage['data'] = {};
  for (const [key, entry] of Object.entries(data)) {
    const reason = checkField(key, entry);
    if (reason) return invalid(`data.${key}.value ${reason}`);
    clean[key] = { value: String((entry as { value: string | number }).value) };
  }
  const message: SentMessage = {
    msgid: nextMsgId(),
    env: env.env,
    touser,
    template_id,
    ...(page !== undefined ? { page } : {}),
    data: clean,
    miniprogram_state: state as SentMessage['miniprogram_state'],
    lang,
    sentAt: new Date().toISOString(),
  };
  recordMessage(env.dataDir, message);
  return { json: { errcode: 0, errmsg: 'ok', msgid: message.msgid } };
}
