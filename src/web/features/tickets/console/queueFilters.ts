import type { TicketPriority, TicketStatus, TicketView } from '../../../../contract/index.ts';
import type { TicketQuery } from '../api.ts';
import { PRIORITIES, STATUSES } from './format.ts';

/** The queue's filters as they travel in the page URL (so a filtered queue is linkable) and in saved views. */
export interface QueueFilters {
  status: TicketStatus[];
  assignee: string;
  groupId: string;
  segmentId: string;
  /** One account (the console home links here); not part of saved views. */
  accountId: string;
  priority: TicketPriority[];
  tag: string;
  sla: '' | 'due_soon' | 'breached';
  q: string;
  sort: 'updated_desc' | 'updated_asc' | 'due_asc' | 'created_desc' | 'priority_desc';
}

export const EMPTY_FILTERS: QueueFilters = {
  status: [],
  assignee: '',
  groupId: '',
  segmentId: '',
  accountId: '',
  priority: [],
  tag: '',
  sla: '',
  q: '',
  sort: 'updated_desc',
};

const SORTS: QueueFilters['sort'][] = ['updated_desc', 'updated_asc', 'due_asc', 'created_desc', 'priority_desc'];

function listOf<T extends string>(value: string | null, allowed: readonly T[]): T[] {
  if (!value) return [];
  return value.split(',').filter((item): item is T => (allowed as readonly string[]).includes(item));
}

export function filtersFromParams(params: URLSearchParams): QueueFilters {
  const sla = params.get('sla');
  const sort = params.get('sort') as QueueFilters['sort'] | null;
  return {
    status: listOf(params.get('status'), STATUSES),
    assignee: params.get('assignee') ?? '',
    groupId: params.get('groupId') ?? '',
    segmentId: params.get('segmentId') ?? '',
    accountId: params.get('accountId') ?? '',
    priority: listOf(params.get('priority'), PRIORITIES),
    tag: params.get('tag') ?? '',
    sla: sla === 'due_soon' || sla === 'breached' ? sla : '',
    q: params.get('q') ?? '',
    sort: sort && SORTS.includes(sort) ? sort : 'updated_desc',
  };
}

/** Only the filters that are set (the URL stays short; the default sort is left out). */
export function filtersToParams(filters: QueueFilters, viewId?: string): URLSearchParams {
  const params = new URLSearchParams();
  if (viewId) params.set('view', viewId);
  for (const [key, value] of Object.entries(toQuery(filters))) {
    if (key === 'sort' && value === 'updated_desc') continue;
    params.set(key, Array.isArray(value) ? value.join(',') : String(value));
  }
  return params;
}

/** The API query (contract TicketQueueQuery) for these filters. */
export function toQuery(filters: QueueFilters): TicketQuery {
  const query: TicketQuery = { sort: filters.sort };
  if (filters.status.length) query.status = filters.status;
  if (filters.assignee) query.assignee = filters.assignee;
  if (filters.groupId) query.groupId = filters.groupId;
  if (filters.segmentId) query.segmentId = filters.segmentId;
  if (filters.accountId) query.accountId = filters.accountId;
  if (filters.priority.length) query.priority = filters.priority;
  if (filters.tag.trim()) query.tag = filters.tag.trim().toLowerCase();
  if (filters.sla) query.sla = filters.sla;
  if (filters.q.trim()) query.q = filters.q.trim();
  return query;
}

/** A saved view's filters (contract shape) as queue filters. */
export function filtersOfView(view: TicketView): QueueFilters {
  const f = view.filters;
  return {
    ...EMPTY_FILTERS,
    status: f.status ?? [],
    assignee: f.assignee ?? '',
    groupId: f.groupId ?? '',
    segmentId: f.segmentId ?? '',
    accountId: f.accountId ?? '',
    priority: f.priority ?? [],
    tag: f.tag ?? '',
    sla: f.sla ?? '',
    q: f.q ?? '',
    sort: f.sort ?? 'updated_desc',
  };
}

/** Built-in views every agent gets, before the saved ones. */
export const BUILT_IN_VIEWS: {
  id: string;
  label: 'tc.view.unsolved' | 'tc.view.mine' | 'tc.view.unassigned' | 'tc.view.all';
  filters: QueueFilters;
}[] = [
  {
    id: 'unsolved',
    label: 'tc.view.unsolved',
    filters: { ...EMPTY_FILTERS, status: ['new', 'open', 'pending_customer', 'on_hold'] },
  },
  {
    id: 'mine',
    label: 'tc.view.mine',
    filters: { ...EMPTY_FILTERS, assignee: 'me', status: ['new', 'open', 'pending_customer', 'on_hold'] },
  },
  {
    id: 'unassigned',
    label: 'tc.view.unassigned',
    filters: { ...EMPTY_FILTERS, assignee: 'none', status: ['new', 'open'] },
  },
  { id: 'all', label: 'tc.view.all', filters: EMPTY_FILTERS },
];
