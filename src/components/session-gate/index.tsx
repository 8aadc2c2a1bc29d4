import type { ReactNode } from 'react';
import type { UserView } from '@/contracts/user';
import { useSession } from '@/hooks/use-session';
import CarePageMeta from '../care-mode/page-meta';
import StateView from '../state-view';

export type SessionGateProps = {
  /** Prefix for the state element ids on this page ("<prefix>-state", "<prefix>-btn-retry"). */
  idPrefix: string;
  children: (user: UserView) => ReactNode;
};

/**
 * Renders children with the signed-in user; loading and error (with retry) until there is one. Every page
 * shows one first, so it also carries the page's 关怀模式 root font size (mini-program), in every state.
 */
export default function SessionGate(props: SessionGateProps) {
  return (
    <>
      <CarePageMeta />
      <Gated {...props} />
    </>
  );
}

function Gated({ idPrefix, children }: SessionGateProps) {
  const s = useSession();
  if (s.user) return <>{children(s.user)}</>;
  if (s.status === 'error') {
    return <StateView id={`${idPrefix}-state`} status='error' error={s.error} onRetry={s.retry} retryId={`${idPrefix}-btn-retry`} />;
  }
  return <StateView id={`${idPrefix}-state`} status='loading' title={s.status === 'identity' ? '请先选择身份…' : '正在登录…'} />;
}
