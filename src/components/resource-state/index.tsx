import type { Resource } from '@/hooks/use-resource';
import { goBack } from '@/services/nav';
import ActionButton from '../action-button';
import StateView from '../state-view';

/** A page part waiting for a resource: loading, or its error with 重试 (render it while there is no data to show). */
export default function ResourceState<T>({ id, resource }: { id: string; resource: Resource<T> }) {
  return <StateView id={id} status={resource.status === 'error' ? 'error' : 'loading'} error={resource.error} onRetry={resource.reload} />;
}

/**
 * The same inside a page, under other parts: "<idPrefix>-state" loading (`loadingTitle`, default 正在加载…), or
 * the error with 重试 ("<idPrefix>-btn-retry").
 */
export function PartState<T>({ idPrefix: id, resource, loadingTitle }: { idPrefix: string; resource: Resource<T>; loadingTitle?: string }) {
  if (resource.status !== 'error') return <StateView id={`${id}-state`} size='inline' status='loading' title={loadingTitle} />;
  return (
    <StateView
      id={`${id}-state`}
      size='inline'
      status='error'
      error={resource.error}
      onRetry={resource.reload}
      retryId={`${id}-btn-retry`}
    />
  );
}

/**
 * A detail page whose document has not come: "<idPrefix>-state" loading (`loadingTitle`, default 正在加载…), or
 * the error with 重试 ("<idPrefix>-btn-retry") and, given `back`, 返回 ("<idPrefix>-btn-back", to `back` when
 * there is no page to return to).
 */
export function DetailState<T>(p: { idPrefix: string; resource: Resource<T>; loadingTitle?: string; back?: string }) {
  const { idPrefix: id, resource, back } = p;
  if (resource.status !== 'error') return <StateView id={`${id}-state`} status='loading' title={p.loadingTitle} />;
  return (
    <StateView id={`${id}-state`} status='error' error={resource.error} onRetry={resource.reload} retryId={`${id}-btn-retry`}>
      {back ? (
        <ActionButton id={`${id}-btn-back`} type='plain' onClick={() => goBack(back)}>
          返回
        </ActionButton>
      ) : null}
    </StateView>
  );
}
