/** The JSON answer WeChat's open API returns, and helpers to build it. */
import { randomBytes } from 'node:crypto';

export type WxAnswer = { errcode: number; errmsg: string; [field: string]: unknown };

/** WeChat appends a request id (`rid`) to every error message. */
export function rid(): string {
  const hex = randomBytes(12).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 16)}-${hex.slice(16, 24)}`;
}

export function wxError(errcode: number, errmsg: string): WxAnswer {
  return { errcode, errmsg: `${errmsg} rid: ${rid()}` };
}

/** What an open-API handler produces: a JSON answer, or binary content (an image). */
export type OpenApiOutput = { json: WxAnswer } | { contentType: string; body: Buffer };

export type OpenApiEnv = { dataDir: string; env: string };

export type OpenApiHandler = (params: Record<string, unknown>, env: OpenApiEnv) => Promise<OpenApiOutput> | OpenApiOutput;

export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
