import { useState } from 'react';
import { View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import CarePageMeta from '@/components/care-mode/page-meta';
import Cell from '@/components/cell';
import PageHero from '@/components/page-hero';
import StateView from '@/components/state-view';
import { useResource } from '@/hooks/use-resource';
import { devLogin, listIdentities, type DevIdentity } from '@/services/dev-login';
import { ROUTES } from '@/services/env';
import { startSession } from '@/services/session';

const TABS: string[] = [ROUTES.home, ROUTES.wish, ROUTES.event, ROUTES.market, ROUTES.me];

/** Local H5 only: pick a demo identity of the local CloudBase, log in as it, continue. */
export default function IdentitiesPage() {
  const { params } = useRouter();
  const redirect = params.redirect ? decodeURIComponent(params.redirect) : ROUTES.home;
  const list = useResource(listIdentities, []);
  const [busy, setBusy] = useState<string>();
  const [error, setError] = useState<string>();

  async function choose(who: DevIdentity) {
    if (busy) return;
    setBusy(who.openid);
    setError(undefined);
    const r = await devLogin(who.openid);
    if (!r.ok) {
      setBusy(undefined);
      setError(r.message);
      return;
    }
    const s = await startSession();
    setBusy(undefined);
    if (s.status !== 'ready') {
      setError(s.error?.message ?? '登录没有成功，请再试一次');
      return;
    }
    const url = TABS.includes(redirect.split('?')[0]) || redirect.startsWith('/packages/') ? redirect : ROUTES.home;
    void Taro.reLaunch({ url });
  }

  return (
    <View className='page'>
      <CarePageMeta />
      <PageHero title='选择演示身份' text='这是本地演示环境。选一个身份登录，就能以这个身份体验小程序。' />
      {error ? (
        <View id='identity-error' className='page__banner page__banner--error'>
          {error}
        </View>
      ) : null}
      {list.status === 'loading' && !list.data ? <StateView id='identities-state' status='loading' /> : null}
      {list.status === 'error' ? (
        <StateView
          id='identities-state'
          status='error'
          error={list.error}
          description='连不上本地演示服务，请确认已经运行 npm start，然后重试。'
          onRetry={list.reload}
          retryId='identities-btn-retry'
        />
      ) : null}
      {list.data && !list.data.items.length ? (
        <StateView id='identities-state' status='empty' title='没有可用的演示身份' description='请先给本地环境导入演示数据。' />
      ) : null}
      {list.data?.items.length ? (
        <View id='identity-list' className='page__list'>
          {list.data.items.map((it) => (
            <Cell
              key={it.openid}
              id={`identity-${it.openid}`}
              title={it.label}
              description={it.description}
              extra={busy === it.openid ? '正在登录…' : undefined}
              arrow
              onClick={() => void choose(it)}
            />
          ))}
        </View>
      ) : null}
    </View>
  );
}
