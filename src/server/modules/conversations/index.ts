export { conversationsPlugin } from './plugin.ts';
export { conversationRuntimeOf, type ConversationRuntime } from './runtime.ts';
export { receiveReplyUseCase } from './use-cases/reply-by-email.ts';
export { seedDemoConversations } from './seed-demo.ts';
