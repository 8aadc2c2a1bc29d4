import type { Resource } from '@/hooks/use-resource';
import StateView from '../state-view';

/** A page part waiting for a resource: loading, or its error with 重试 (render it while there is no data to show). */
export default function ResourceState<T>({ id, resource }: { id: string; resource: Resource<T> }) {
  return <StateView id={id} status={resource.status === 'error' ? 'error' : 'loading'} error={resource.error} onRetry={resource.reload} />;
}
