import type { Segment } from '../../../../contract/index.ts';
import { useResource, type Page } from '../../../api/hooks.ts';

/** All segments (for pickers and filters); a portal has only a handful. */
export function useSegmentOptions() {
  const resource = useResource<Page<Segment>>('/segments', { limit: 200 });
  return { segments: resource.data?.items ?? [], loading: resource.loading, error: resource.error };
}
