import type { AppContext } from '../../platform/context.ts';
import type { Queryable } from '../../platform/db/index.ts';
import { storeAttachment } from '../conversations/index.ts';
import { insertDemoTicket, type DemoTicketStatus } from './seed-demo-ticket.ts';

/** The insurance recipe's claim fields (ticket fields of the Policyholders segment), by their ids. */
export interface ClaimFieldIds {
  policyNumber: string;
  dateOfLoss: string;
  claimType: string;
}

export interface DemoPolicyholder {
  accountId: string;
  userId: string;
  policyNumber: string;
}

interface Claim {
  /** Index into the policyholders: Paula Price, Rafael Reyes, Sunita Shah. */
  who: number;
  subject: string;
  status: DemoTicketStatus;
  priority: string;
  claimType: 'Theft' | 'Water damage' | 'Accident' | 'Other';
  /** Days before the claim was filed that the loss happened, and days ago that it was filed. */
  lossDaysBefore: number;
  filedDaysAgo: number;
  question: string;
  answer: string | null;
  photo?: true;
}

const CLAIMS: Claim[] = [
  {
    who: 0,
    subject: 'Water damage in the kitchen',
    status: 'open',
    priority: 'high',
    claimType: 'Water damage',
    lossDaysBefore: 1,
    filedDaysAgo: 3,
    question:
      'A pipe under the kitchen sink burst overnight. The floor and the lower cupboards are soaked; a plumber fixed the pipe this morning. A photo of the floor is attached.',
    answer:
      'Thank you, Paula, your claim is registered. A loss adjuster will call you within two working days to arrange a visit. Please keep the plumber’s invoice and any damaged items until then.',
    photo: true,
  },
  {
    who: 0,
    subject: 'Bicycle stolen from the garden shed',
    status: 'solved',
    priority: 'normal',
    claimType: 'Theft',
    lossDaysBefore: 2,
    filedDaysAgo: 45,
    question:
      'Someone broke the lock of our garden shed and took my bicycle. I reported it to the police (reference CR-44817) and have the receipt of the bicycle.',
    answer:
      'We have settled your claim: €480.00 (the bicycle’s value less the €100.00 excess) will reach your bank account within five working days.',
  },
  {
    who: 1,
    subject: 'Rear-end collision at a traffic light',
    status: 'pending_customer',
    priority: 'normal',
    claimType: 'Accident',
    lossDaysBefore: 0,
    filedDaysAgo: 6,
    question:
      'A van drove into the back of my car while I waited at a red light. Nobody was hurt; the bumper and the boot lid are damaged. We exchanged insurance details.',
    answer:
      'Thank you, Rafael. Please send us the other driver’s insurance details and, if the police came, their report number, so that we can claim from the other insurer.',
  },
  {
    who: 2,
    subject: 'Suitcase lost on my flight to Lisbon',
    status: 'new',
    priority: 'normal',
    claimType: 'Other',
    lossDaysBefore: 1,
    filedDaysAgo: 1,
    question:
      'The airline lost my suitcase on the way to Lisbon and has not found it after three days. I bought clothes and toiletries there; I have the receipts and the airline’s lost-luggage report.',
    answer: null,
  },
];

/**
 * The insurance recipe's claims: tickets of the Policyholders segment with the claim fields filled, in several
 * states, one with a photo of the damage on the policyholder's first message and three with a claim handler's
 * reply. Written as history like the Customers' tickets (no notifications or email).
 */
export async function seedDemoClaims(
  ctx: AppContext,
  tx: Queryable,
  input: { segmentId: string; fields: ClaimFieldIds; policyholders: DemoPolicyholder[]; handlerId: string },
) {
  const now = ctx.clock.now().getTime();
  const daysAgo = (days: number) => new Date(now - days * 86_400_000);
  for (const claim of CLAIMS) {
    const holder = input.policyholders[claim.who]!;
    const filedAt = daysAgo(claim.filedDaysAgo);
    const { id, questionId } = await insertDemoTicket(tx, {
      accountId: holder.accountId,
      segmentId: input.segmentId,
      requesterId: holder.userId,
      subject: claim.subject,
      status: claim.status,
      priority: claim.priority,
      assigneeId: claim.status === 'new' ? null : input.handlerId,
      groupId: null,
      tags: ['claim'],
      customFields: {
        [input.fields.policyNumber]: holder.policyNumber,
        [input.fields.dateOfLoss]: daysAgo(claim.filedDaysAgo + claim.lossDaysBefore)
          .toISOString()
          .slice(0, 10),
        [input.fields.claimType]: claim.claimType,
      },
      question: claim.question,
      answer: claim.answer ? { authorId: input.handlerId, body: claim.answer } : null,
      askedAt: filedAt,
    });
    if (claim.photo)
      await storeAttachment(ctx, tx, {
        threadId: id,
        messageId: questionId,
        uploadedBy: holder.userId,
        name: 'kitchen-floor.jpg',
        contentType: 'image/jpeg',
        bytes: await waterDamagePhoto(),
      });
  }
}

/**
 * A stand-in photo of a flooded kitchen floor (tiles, a cupboard, a spreading puddle), drawn and encoded as a JPEG
 * here so the repository holds no binary. sharp is loaded only when the demo is seeded.
 */
async function waterDamagePhoto(): Promise<Buffer> {
  const tiles = Array.from({ length: 48 }, (_, index) => {
    const x = (index % 8) * 120;
    const y = 400 + Math.floor(index / 8) * 55;
    return `<rect x="${x}" y="${y}" width="118" height="53" fill="${(index + Math.floor(index / 8)) % 2 ? '#d9d4c7' : '#c9c2b1'}"/>`;
  }).join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="960" height="720" viewBox="0 0 960 720">
    <rect width="960" height="400" fill="#ebe5d8"/>
    <rect y="380" width="960" height="20" fill="#b9ad97"/>
    ${tiles}
    <rect x="120" y="150" width="560" height="260" fill="#8a6f4e"/>
    <rect x="135" y="165" width="170" height="225" fill="#9b7f5b"/>
    <rect x="315" y="165" width="170" height="225" fill="#9b7f5b"/>
    <rect x="495" y="165" width="170" height="225" fill="#9b7f5b"/>
    <rect x="120" y="360" width="560" height="50" fill="#6b5a44" opacity="0.7"/>
    <rect x="100" y="130" width="600" height="24" fill="#5d5a55"/>
    <ellipse cx="420" cy="520" rx="380" ry="120" fill="#7d98ad" opacity="0.55"/>
    <ellipse cx="380" cy="470" rx="250" ry="60" fill="#9fb7c8" opacity="0.6"/>
    <ellipse cx="640" cy="600" rx="140" ry="40" fill="#7d98ad" opacity="0.45"/>
  </svg>`;
  const { default: sharp } = await import('sharp');
  return sharp(Buffer.from(svg)).jpeg({ quality: 75 }).toBuffer();
}
