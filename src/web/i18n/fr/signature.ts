import type { signatureMessages as en } from '../en/signature.ts';

/** The signature pad (forms' signature fields; e-signature). */
export const signatureMessages = {
  'signature.how': 'Comment signer',
  'signature.type': 'Saisir mon nom',
  'signature.draw': 'Dessiner',
  'signature.typedLabel': 'Vos nom et prénom',
  'signature.typedPlaceholder': 'Saisissez vos nom et prénom pour signer',
  'signature.drawHere': 'Zone de signature : dessinez votre signature avec le doigt, un stylet ou la souris',
  'signature.drawnLabel': 'Votre signature dessinée',
  'signature.clear': 'Effacer',
} satisfies Record<keyof typeof en, string>;
