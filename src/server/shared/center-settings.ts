import { CENTER_SETTINGS_ID, DEFAULT_CENTER_SETTINGS, type CenterSettings } from '../../contracts/settings';
import { CenterSettingsSchema } from '../../contracts/settings.schema';
import { cachedRead, readSetting } from './cached-setting';

/** How long an instance trusts the settings it read: an admin's change reaches every instance within this. */
export const CENTER_SETTINGS_TTL_MS = 60_000;

/**
 * The settings as stored now, without the cache (for the admin screen, and right after an edit). A missing
 * document means the defaults; a malformed one is logged and the defaults apply, so a bad edit never breaks
 * the actions that read it (admin edits are parsed before they are saved).
 */
export function readCenterSettings(): Promise<CenterSettings> {
  return readSetting(
    CENTER_SETTINGS_ID,
    CenterSettingsSchema,
    DEFAULT_CENTER_SETTINGS,
    '[settings] settings.center is malformed; the defaults apply',
  );
}

const cache = cachedRead(CENTER_SETTINGS_TTL_MS, readCenterSettings);

/** The center settings: one read, then kept by this function instance for CENTER_SETTINGS_TTL_MS. */
export function loadCenterSettings(now: number): Promise<CenterSettings> {
  return cache.load(now);
}

/** Forget the cached settings (after an admin saved new ones in this instance). */
export function forgetCenterSettings(): void {
  cache.forget();
}
