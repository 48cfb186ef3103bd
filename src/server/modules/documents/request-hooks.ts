import type { FileRequestStatus } from '../../../contract/index.ts';
import { txHook } from '../../platform/tx-hooks.ts';

/** A file request changed status (uploaded, accepted, returned, cancelled), inside the change's transaction. */
export const fileRequestChanged = txHook<{ fileRequestId: string; status: FileRequestStatus; now: Date }>();
