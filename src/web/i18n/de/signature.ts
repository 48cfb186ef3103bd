import type { signatureMessages as english } from '../en/signature.ts';

export const signatureMessages = {
  'signature.how': 'Art der Unterschrift',
  'signature.type': 'Meinen Namen tippen',
  'signature.draw': 'Zeichnen',
  'signature.typedLabel': 'Ihr vollständiger Name',
  'signature.typedPlaceholder': 'Tippen Sie Ihren vollständigen Namen, um zu unterschreiben',
  'signature.drawHere': 'Unterschriftenfeld: Zeichnen Sie Ihre Unterschrift mit Finger, Stift oder Maus',
  'signature.drawnLabel': 'Ihre gezeichnete Unterschrift',
  'signature.clear': 'Löschen',
} satisfies Record<keyof typeof english, string>;
