import { COLLECTIONS } from '../../contracts/collections';
import { CENTER_SETTINGS_ID, DEFAULT_CENTER_SETTINGS, type CenterSettings } from '../../contracts/settings';
import { CenterSettingsSchema } from '../../contracts/settings.schema';
import { byId } from './docs';

/** How long an instance trusts the settings it read: an admin's change reaches every instance within this. */
export const CENTER_SETTINGS_TTL_MS = 60_000;
let cached: { at: number; settings: CenterSettings } | undefined;

/**
 * The center settings: one read, then kept by this function instance for CENTER_SETTINGS_TTL_MS of the
 * invocation's `now`. A missing document means the defaults; a malformed one is logged and the defaults
 * apply, so a bad edit never breaks the actions that read it (admin edits are parsed before they are saved).
 */
export async function loadCenterSettings(now: number): Promise<CenterSettings> {
  if (cached && Math.abs(now - cached.at) < CENTER_SETTINGS_TTL_MS) return cached.settings;
  const settings = await readCenterSettings();
  cached = { at: now, settings };
  return settings;
}

/** The settings as stored now, without the cache (for the admin screen, and right after an edit). */
export async function readCenterSettings(): Promise<CenterSettings> {
  const doc = await byId<Record<string, unknown>>(COLLECTIONS.settings, CENTER_SETTINGS_ID);
  if (!doc) return DEFAULT_CENTER_SETTINGS;
  const { _id: _ignored, ...fields } = doc;
  const parsed = CenterSettingsSchema.safeParse(fields);
  if (!parsed.success) {
    console.error('[settings] settings.center is malformed; the defaults apply', parsed.error.issues);
    return DEFAULT_CENTER_SETTINGS;
  }
  return parsed.data;
}

/** Forget the cached settings (after an admin saved new ones in this instance). */
export function forgetCenterSettings(): void {
  cached = undefined;
}
