import { describe, expect, it } from 'vitest';
import {
  applyDecision,
  awaitingApprovers,
  decisionRefusal,
  statusOf,
  waitingOnOf,
  type ApproverState,
} from '../../../src/server/modules/approvals/state.ts';

const approvers = (...sides: ('client' | 'firm')[]): ApproverState[] =>
  sides.map((side, index) => ({ userId: `u${index + 1}`, position: index + 1, side, decision: null }));

describe('approval state machine', () => {
  it('sequential: only the first undecided approver may decide, in order', () => {
    let list = approvers('firm', 'client', 'client');
    expect(awaitingApprovers('pending', 'sequential', list).map((a) => a.userId)).toEqual(['u1']);
    expect(decisionRefusal('pending', 'sequential', list, 'u2')).toBe('not_your_turn');
    expect(waitingOnOf(awaitingApprovers('pending', 'sequential', list))).toBe('firm');
    const first = applyDecision('pending', list, 'u1', 'approved');
    expect(first.status).toBe('pending');
    list = first.approvers;
    expect(awaitingApprovers('pending', 'sequential', list).map((a) => a.userId)).toEqual(['u2']);
    expect(waitingOnOf(awaitingApprovers('pending', 'sequential', list))).toBe('client');
    expect(decisionRefusal('pending', 'sequential', list, 'u1')).toBe('already_decided');
    expect(decisionRefusal('pending', 'sequential', list, 'u3')).toBe('not_your_turn');
    list = applyDecision('pending', list, 'u2', 'approved').approvers;
    const last = applyDecision('pending', list, 'u3', 'approved');
    expect(last.status).toBe('approved');
    expect(awaitingApprovers(last.status, 'sequential', last.approvers)).toEqual([]);
    expect(waitingOnOf([])).toBeNull();
  });

  it('parallel: everyone undecided may decide; all approvals approve', () => {
    let list = approvers('client', 'client');
    expect(awaitingApprovers('pending', 'parallel', list)).toHaveLength(2);
    expect(decisionRefusal('pending', 'parallel', list, 'u2')).toBeNull();
    list = applyDecision('pending', list, 'u2', 'approved').approvers;
    expect(statusOf('pending', list)).toBe('pending');
    expect(awaitingApprovers('pending', 'parallel', list).map((a) => a.userId)).toEqual(['u1']);
    expect(applyDecision('pending', list, 'u1', 'approved').status).toBe('approved');
  });

  it('a request for changes closes the approval for everyone', () => {
    const after = applyDecision('pending', approvers('client', 'firm'), 'u1', 'changes_requested');
    expect(after.status).toBe('changes_requested');
    expect(decisionRefusal(after.status, 'parallel', after.approvers, 'u2')).toBe('closed');
    expect(awaitingApprovers(after.status, 'parallel', after.approvers)).toEqual([]);
  });

  it('cancelled is final, and someone not on the list is refused', () => {
    const list = approvers('client');
    expect(statusOf('cancelled', list)).toBe('cancelled');
    expect(decisionRefusal('cancelled', 'parallel', list, 'u1')).toBe('closed');
    expect(decisionRefusal('pending', 'parallel', list, 'stranger')).toBe('not_an_approver');
    expect(statusOf('pending', [])).toBe('pending');
  });
});
