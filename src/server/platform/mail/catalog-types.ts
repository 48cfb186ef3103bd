import type { MessageKey } from '../../i18n/index.ts';
import type { Scalar } from './catalog-liquid.ts';

/** One row of a list value (a thread's messages, a digest's lines): its fields are `{{ item.field }}` in a loop. */
export type TemplateItem = Record<string, Scalar>;
export type TemplateValue = Scalar | TemplateItem[];
/** What a mail is built from and an edited template sees (plus `portal`, `action_url` and `brand_color`). */
export type TemplateValues = Record<string, TemplateValue>;

/**
 * One paragraph (or several) of an email's body:
 * - a message of the server's i18n catalog;
 * - `{ message, when }`: that message only when the value `when` is not empty (a due date that may be missing);
 * - `{ each, message }`: the message once per item of the list value `each`, the item's fields as its values;
 * - `{ value }`: a value printed as its own paragraph when not empty (a note a person wrote);
 * - `{ link, url }`: a second link (the message is its label, the value `url` its address).
 */
export type CatalogPart =
  | MessageKey
  | { message: MessageKey; when: string }
  | { each: string; message: MessageKey }
  | { value: string }
  | { link: MessageKey; url: string };

/** The families the console groups emails by (and the tests walk). */
export type CatalogFamily = 'identity' | 'support' | 'billing' | 'work' | 'commerce' | 'admin';

export interface CatalogEntry {
  key: string;
  family: CatalogFamily;
  subject: MessageKey;
  paragraphs: CatalogPart[];
  button: MessageKey | null;
  /** Every value the sending code passes, with a sample for the preview and the save check (numbers stay numbers). */
  sample: TemplateValues;
  /** The button's sample address (relative to the segment's portal), '' without a button. */
  sampleUrl: string;
  /** Values fixed by the email itself: the select argument that picks it (an invoice, not a quote). */
  fixed?: Record<string, Scalar>;
  /** Values the messages choose on (ICU select or plural): each option is its own branch of the default template. */
  choices?: Record<string, Scalar[]>;
  /**
   * Values an edited template must print in both parts (answer links that must keep working): a template without
   * them is refused on save, and a mail whose rendering lacks them is sent with the default.
   */
  required?: string[];
  /**
   * The mail carries the reply-by-email marker above its body when it has a reply address. The marker is never part
   * of the template, so no edit can remove it (the inbound parser cuts replies at it).
   */
  replyMarker?: boolean;
}
