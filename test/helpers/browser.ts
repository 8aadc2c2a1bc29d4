import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--lang=zh-CN',
];

/** Debian's Chromium, never a downloaded browser. */
export async function launchBrowser(): Promise<{ browser: Browser; close(): Promise<void> }> {
  // Playwright gives every launch a fresh, empty profile folder of its own.
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: FLAGS,
  });
  return { browser, close: () => browser.close() };
}

/** A WGS-84 position, as a phone's GPS (and navigator.geolocation) gives it. */
export type Gps = { latitude: number; longitude: number };
/** Near 东门社区 (云溪县城关镇). */
export const DEFAULT_GPS: Gps = { latitude: 26.733, longitude: 110.641 };

export type PhoneOptions = {
  /** Cookies and local storage to start with (another phone's `context.storageState()`: its session). */
  storageState?: Awaited<ReturnType<BrowserContext['storageState']>>;
  /** Runs before the first navigation (attach network counters here). */
  beforeLoad?(page: Page): Promise<void>;
};

/** A phone-sized window with a Chinese locale and location allowed, at `gps` (default near 东门社区). */
export async function phonePage(browser: Browser, baseUrl: string, gps: Gps = DEFAULT_GPS, opts: PhoneOptions = {}): Promise<Page> {
  const context = await browser.newContext({
    storageState: opts.storageState,
    viewport: { width: 375, height: 740 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
    geolocation: gps,
    permissions: ['geolocation'],
  });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  await opts.beforeLoad?.(page);
  await page.goto(baseUrl);
  return page;
}
