import { createHash, randomBytes } from 'node:crypto';

/**
 * A user's document id: derived from the openid so that first logins racing each other create one user,
 * opaque so that ids shown to others reveal no openid.
 */
export function userIdOf(openid: string): string {
  return 'u' + createHash('sha256').update(`civic-practice:${openid}`).digest('hex').slice(0, 24);
}

/** A new random document id (time-ordered prefix keeps listings by id roughly chronological). */
export function newId(prefix: string, now = Date.now()): string {
  return `${prefix}${now.toString(36)}${randomBytes(6).toString('hex')}`;
}
