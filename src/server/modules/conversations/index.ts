export { conversationsPlugin } from './plugin.ts';
export { conversationRuntimeOf, type ConversationRuntime, type InboundMailHandler } from './runtime.ts';
export { receiveReplyUseCase } from './use-cases/reply-by-email.ts';
export { findIssuedReplyAddress, issueReplyAddress, replyTokenOf } from './use-cases/reply-addresses.ts';
export { seedDemoConversations } from './seed-demo.ts';
// For the tickets module, which authorizes a ticket first and then uses the conversations engine for its messages.
export { insertThread, addFollowers, moveThreadContent, staffWhoSeeAccount } from './repository.ts';
export { prepareMessage, postMessageInTransaction, type PreparedMessage } from './use-cases/post-message.ts';
export { listMessagesUseCase as listThreadMessages } from './use-cases/messages.ts';
export { presentOne as presentMessageById } from './use-cases/load.ts';
export { storeAttachment, uploadFirstMessageAttachmentUseCase, ATTACHMENT_MAX_BYTES } from './use-cases/attachments.ts';
export { REPLY_MARKER } from './use-cases/send-thread-email.ts';
export { actorOfUser } from './repository-delivery.ts';
export { plainExcerpt } from './markdown.ts';
// Demo seeds write history directly (no notifications or email for made-up messages).
export { insertMessage, touchThreadForMessage } from './repository-messages.ts';
export { conversationHomeCounts } from './home-counts.ts';
// For modules whose objects have a discussion beside them (projects' tasks, documents): they register who may read
// and write it, and open it by the object's id.
export {
  provideSubjectThreads,
  openSubjectThreadUseCase,
  removeSubjectThreads,
  type SubjectAccess,
  type SubjectThreadProvider,
} from './subject-threads.ts';
