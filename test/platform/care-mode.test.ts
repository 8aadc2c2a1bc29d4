import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { trimPageMeta } from '../../config/page-meta';
import { CARE_SCALE, rootFontPx } from '../../src/components/care-mode/root-font';
import { CHECK_VIEWPORT, READABLE } from '../helpers/readable';
import { allPages, subpackagesOf, type AppJson } from './sizes';
import { snapshotBuild } from './wechat-ci';
import { pageMetaWrites, until, weappLogic, type LogicPage } from './weapp-logic';

/**
 * 关怀模式 in the mini-program (docs/care-mode.md), checked on the weapp build: every size is rem, every page
 * carries the <page-meta root-font-size> the shared CarePageMeta fills, and the root sizes it sets keep text and
 * targets at the sizes the H5 e2e measures (test/helpers/readable.ts). WeChat's renderer itself is not here.
 */
const ROOT = join(__dirname, '..', '..');
let root: string;
let weapp: string;
let app: AppJson;

beforeAll(() => ({ root, weapp, app } = snapshotBuild()));

afterAll(() => rmSync(root, { recursive: true, force: true }));

const read = (file: string) => readFileSync(join(weapp, file), 'utf8');
const filesUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? filesUnder(join(dir, name)) : [join(dir, name)]));
const mainPackageFiles = (ext: string) => {
  const subs = subpackagesOf(app).map((s) => s.root);
  return filesUnder(weapp)
    .map((f) => relative(weapp, f).split('\\').join('/'))
    .filter((f) => f.endsWith(ext) && !subs.some((s) => f.startsWith(s)));
};
const stylesheets = () => filesUnder(weapp).filter((f) => f.endsWith('.wxss'));

/** The data field Taro's runtime writes PageMeta's rootFontSize to: its alias in the runtime's component table. */
function runtimeRootFontSizeField(): string {
  const table = /PageMeta:\{([^}]*)\}/.exec(read('taro.js'))?.[1];
  if (!table) throw new Error('taro.js has no PageMeta component table');
  const props = [...table.matchAll(/(?:"([\w-]+)"|(\w+)):/g)].map((m) => m[1] ?? m[2]).filter((p) => !p.startsWith('bind'));
  return `p${props.sort().indexOf('root-font-size')}`;
}

describe('关怀模式 in the mini-program build', () => {
  it('every page, subpackage pages too, opens with a page-meta bound to the field the runtime writes the root size to', () => {
    const field = runtimeRootFontSizeField();
    expect(field).toMatch(/^p\d+$/);
    const node = `<page-meta data-sid="{{pageMeta.sid}}" root-font-size="{{pageMeta.${field}||''}}"></page-meta>`;
    const wrong = allPages(app).filter((page) => {
      const wxml = read(`${page}.wxml`);
      // The first node after the import (WeChat ignores a page-meta anywhere else), with nothing else of Taro's.
      return !wxml.replace(/^<import src="[^"]*"\s*\/>\s*/, '').startsWith(node) || /navigation-bar|bindscroll/.test(wxml);
    });
    expect(wrong).toEqual([]);
    // The runtime turns a PageMeta element into a write to the page's `pageMeta` data (no template of its own).
    expect(read('taro.js')).toMatch(/transferHydrateData:function\([^)]*\)\{[^}]*isTransferElement/);
  });

  it("every page, run in a stand-in for WeChat's logic layer, writes the root size on its first render (signing in or not)", async () => {
    const field = runtimeRootFontSizeField();
    // The login never answers: each page stays in its first state (SessionGate's 正在登录…), as on a slow network.
    const logic = weappLogic(weapp, { windowWidth: 414, answer: () => new Promise(() => undefined) });
    const written: Record<string, unknown[]> = {};
    for (const page of allPages(app)) {
      const opened = logic.open(page);
      // Its first render, before the next page opens: Taro writes the first value to the page on top.
      await until(() => opened.setDatas.length > 0);
      written[page] = pageMetaWrites(opened, field);
    }
    const want = `${rootFontPx(414, false)}px`;
    expect(Object.entries(written).filter(([, values]) => values[0] !== want)).toEqual([]);
  }, 120_000);

  it('every length in every stylesheet is rem (follows the root), at 40 design px per rem as on H5', () => {
    const fixed = stylesheets().flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/[\d.]+(rpx|px)\b/gi)].map((m) => `${relative(weapp, file)}: ${m[0]}`),
    );
    expect(fixed).toEqual([]);
    // app.scss's body text ($font-body 32px) and the cell's 112px min-height (src/components/cell).
    expect(read('app-origin.wxss')).toMatch(/(^|[,}])page[,{][^}]*font-size:\.8rem/);
    expect(read('common.wxss')).toMatch(/\.cell\{[^}]*min-height:2\.8rem/);
  });

  it(`at ${CHECK_VIEWPORT.width} px wide (and 320–768) no text is under 14 px, 18 px in 关怀模式; an 88-px target is ≥ 44 / 56 px`, () => {
    const sizes = stylesheets().flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/font-size:([\d.]+)rem/g)].map((m) => Number(m[1])),
    );
    expect(sizes.length).toBeGreaterThan(50);
    const smallest = Math.min(...sizes);
    const target = 88 / 40;
    const measured = [320, CHECK_VIEWPORT.width, 375, 414, 768].flatMap((width) =>
      (['off', 'on'] as const).map((mode) => {
        const px = rootFontPx(width, mode === 'on');
        return { width, mode, text: smallest * px, target: target * px };
      }),
    );
    console.log(
      measured.map((m) => `${m.width} px ${m.mode}: text ≥ ${m.text.toFixed(1)} px, 88-px target ${m.target.toFixed(1)} px`).join('\n'),
    );
    expect(measured.filter((m) => m.text < READABLE[m.mode].text || m.target < READABLE[m.mode].target)).toEqual([]);
  });

  it("uses H5's root size: Taro's 20–40 px rule off (= rpx from 375 to 750 px wide), app.scss's 1.3× clamp on", () => {
    const care = /html\.care-mode\s*\{[^}]*clamp\((\d+)PX,\s*([\d.]+)vmin,\s*(\d+)PX\)/.exec(
      readFileSync(join(ROOT, 'src', 'app.scss'), 'utf8'),
    );
    expect(care).not.toBeNull();
    const [min, vmin, max] = care!.slice(1).map(Number);
    for (const width of [320, 360, 375, 390, 414, 600, 750, 1024]) {
      expect(rootFontPx(width, false)).toBeCloseTo(Math.min(40, Math.max(20, (40 * width) / 750)), 1);
      expect(rootFontPx(width, true)).toBeCloseTo(Math.min(max, Math.max(min, (vmin * width) / 100)), 1);
    }
    expect(rootFontPx(375, false)).toBe(20); // 1rem = 40rpx on a 375-px phone
    expect(rootFontPx(360, true) / rootFontPx(360, false)).toBeCloseTo(CARE_SCALE, 5);
  });

  it("the built 我的, run in a stand-in for WeChat's logic layer, sets the root size; its switch resizes open pages and later ones", async () => {
    const field = runtimeRootFontSizeField();
    const user = { id: 'u-1', nickname: '张桂兰', roles: [], staff: false, createdAt: 0, self: true };
    const logic = weappLogic(weapp, {
      windowWidth: CHECK_VIEWPORT.width,
      answer: ({ data }) =>
        data.action === 'login' ? { ok: true, data: { user, isNew: false } } : { ok: false, code: 'NOT_FOUND', message: '没有' },
    });
    const last = (page: LogicPage) => pageMetaWrites(page, field).at(-1);
    const home = logic.open('pages/index/index');
    await until(() => home.setDatas.length > 0);
    const me = logic.open('pages/me/index');
    await until(() => JSON.stringify(me.setDatas).includes('关怀模式')); // signed in: the page with its switch
    expect(pageMetaWrites(home, field)).toEqual(['20px']);
    expect(pageMetaWrites(me, field)).toEqual(['20px']);

    me.tap('me-care-toggle');
    // The other page's root is written on its own tick: wait for it rather than for a fixed time.
    await until(() => last(me) !== '20px' && last(home) === '26px');
    // Both open pages (首页 stays alive under 我的) get 1.3×; the choice is stored for the next launch.
    expect(last(me)).toBe(`${rootFontPx(CHECK_VIEWPORT.width, true)}px`);
    expect(last(home)).toBe('26px');
    expect(logic.storage['care-mode']).toBe(true);
    const later = logic.open('packages/me/points/index');
    await until(() => later.setDatas.length > 0);
    expect(pageMetaWrites(later, field)).toEqual(['26px']);

    me.tap('me-care-toggle');
    await until(() => [last(me), last(home), last(later)].every((size) => size === '20px'));
    expect([last(home), last(later)]).toEqual(['20px', '20px']);
    expect(logic.storage['care-mode']).toBe(false);
  }, 60_000);

  it('我的 carries the 关怀模式 switch in the mini-program', () => {
    const js = mainPackageFiles('.js').map(read).join('\n');
    expect(js).toContain('-care-toggle');
    expect(js).toContain('关怀模式');
  });

  it("trims Taro's page-meta to the root size (and refuses one without it)", () => {
    const taro =
      '<import src="../../base.wxml"/><wxs module="xs" src="../../utils.wxs" />\n<page-meta data-sid="{{pageMeta.sid}}" ' +
      'scroll-duration="{{xs.b(pageMeta.p6,300)}}" root-font-size="{{pageMeta.p7||\'\'}}" bindscroll="eh" >\n' +
      '  <navigation-bar front-color="{{navigationBar.p2||\'#000000\'}}" />\n</page-meta>\n<template is="taro_tmpl" data="{{root:root}}" />';
    expect(trimPageMeta(taro)).toContain(
      '<page-meta data-sid="{{pageMeta.sid}}" root-font-size="{{pageMeta.p7||\'\'}}"></page-meta>\n<template is="taro_tmpl"',
    );
    expect(() => trimPageMeta('<page-meta data-sid="x"></page-meta>')).toThrow(/root-font-size/);
  });
});
