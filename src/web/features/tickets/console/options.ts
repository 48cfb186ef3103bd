import type { Segment, StaffUser } from '../../../../contract/index.ts';
import { useResource, type Page } from '../../../api/hooks.ts';
import type { TicketGroupItem } from '../api.ts';

/** Staff who can be assigned (the assignee pickers); a portal has tens, not thousands. */
export function useStaffOptions(): StaffUser[] {
  return useResource<Page<StaffUser>>('/staff-users', { limit: 200 }).data?.items ?? [];
}

export function useGroupOptions(): { groups: TicketGroupItem[]; reload: () => void; error: unknown; loading: boolean } {
  const resource = useResource<{ items: TicketGroupItem[] }>('/ticket-groups');
  return {
    groups: resource.data?.items ?? [],
    reload: resource.reload,
    error: resource.error,
    loading: resource.loading,
  };
}

export function useSegmentList(): Segment[] {
  return useResource<Page<Segment>>('/segments', { limit: 200 }).data?.items ?? [];
}
