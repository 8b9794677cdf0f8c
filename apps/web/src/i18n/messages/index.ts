import type { Locale } from '../locale';
import { en } from './en';
import { es } from './es';

export type MessageId = keyof typeof en;
export type Messages = Record<MessageId, string>;

export const MESSAGES: Record<Locale, Messages> = { en, es };
