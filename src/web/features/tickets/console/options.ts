import type { Segment, StaffUser } from '../../../../contract/index.ts';
import { useApi } from '../../../api/typed-hooks.ts';
import type { TicketGroupItem } from '../api.ts';

/** Staff who can be assigned (the assignee pickers); a portal has tens, not thousands. */
export function useStaffOptions(): StaffUser[] {
  return useApi('/api/v1/staff-users', { query: { limit: 200 } }).data?.items ?? [];
}

export function useGroupOptions(): { groups: TicketGroupItem[]; reload: () => void; error: unknown; loading: boolean } {
  const resource = useApi('/api/v1/ticket-groups');
  return {
    groups: resource.data?.items ?? [],
    reload: resource.reload,
    error: resource.error,
    loading: resource.loading,
  };
}

export function useSegmentList(): Segment[] {
  return useApi('/api/v1/segments').data?.items ?? [];
}
