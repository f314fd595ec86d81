/**
 * The vendor adapters the gate tries on each message, in this order: the first that recognizes the
 * message's shape reads it.
 */
import type { VendorAdapter } from './adapter';
import { businessMessagesAdapter } from './businessMessages';
import { ccaipAdapter } from './ccaip';
import { evoluxAdapter } from './evolux';
import { widechatAdapter } from './widechat';

export const ADAPTERS: readonly VendorAdapter[] = [evoluxAdapter, ccaipAdapter, businessMessagesAdapter, widechatAdapter];
