/** Durable record of sent subscribe messages: one JSON object a line in DATA/openapi/subscribe-messages.jsonl. */
import fs from 'node:fs';
import path from 'node:path';

export type SentMessage = {
  msgid: number;
  env: string;
  touser: string;
  template_id: string;
  page?: string;
  data: Record<string, { value: string }>;
  miniprogram_state: 'developer' | 'trial' | 'formal';
  lang: string;
  sentAt: string; // ISO time
};

export type MessageFilter = { touser?: string; template_id?: string; env?: string };

export const messagesFile = (dataDir: string): string => path.join(dataDir, 'openapi', 'subscribe-messages.jsonl');

/** Appends and fsyncs before returning, so an acknowledged send survives a crash. */
export function recordMessage(dataDir: string, message: SentMessage): void {
  const file = messagesFile(dataDir);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const fd = fs.openSync(file, 'a');
  try {
    fs.writeSync(fd, `${JSON.stringify(message)}\n`);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

export function listSentMessages(dataDir: string, filter: MessageFilter = {}): SentMessage[] {
  let text: string;
  try {
    text = fs.readFileSync(messagesFile(dataDir), 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw e;
  }
  const out: SentMessage[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    let m: SentMessage;
    try {
      m = JSON.parse(line) as SentMessage;
    } catch {
      continue; // a line torn by a crash mid-write was never acknowledged
    }
    if (filter.touser !== undefined && m.touser !== filter.touser) continue;
    if (filter.template_id !== undefined && m.template_id !== filter.template_id) continue;
    if (filter.env !== undefined && m.env !== filter.env) continue;
    out.push(m);
  }
  return out;
}
