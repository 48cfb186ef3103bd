import type { Queryable } from '../../platform/db/index.ts';
import { newId } from '../../platform/ids.ts';
import {
  claimSlug,
  insertArticle,
  insertCategory,
  insertSection,
  snapshotArticle,
  type ArticleFields,
} from './repository.ts';
import { ACCOUNT_GUIDES, BILLING_GUIDES } from './demo-guides.ts';

type Audience = ArticleFields['audience'];
export interface DemoArticle {
  title: string;
  slug: string;
  summary: string;
  body: string;
  audience?: Audience;
  segments?: string[];
  status?: ArticleFields['status'];
}
export interface DemoSection {
  name: string;
  articles: DemoArticle[];
}
interface DemoCategory {
  name: string;
  slug: string;
  description: string;
  audience?: Audience;
  segments?: string[];
  sections: DemoSection[];
}

/** The guides of demo-guides.ts go after a category's own articles: into the section of the same name, or a new one. */
function withGuides(sections: DemoSection[], guides: DemoSection[]): DemoSection[] {
  const merged = sections.map((section) => ({ ...section, articles: [...section.articles] }));
  for (const guide of guides) {
    const same = merged.find((section) => section.name === guide.name);
    if (same) same.articles.push(...guide.articles);
    else merged.push(guide);
  }
  return merged;
}

/** The Northwind help center: public guides, a customers-only category and a staff playbook. Small on purpose. */
export async function seedDemoKnowledgeBase(
  db: Queryable,
  segments: { customers: string },
  author: { id: string; label: string },
) {
  const categories: DemoCategory[] = [
    {
      name: 'Getting started',
      slug: 'getting-started',
      description: 'Signing in, your account and your team.',
      sections: withGuides(
        [
          {
            name: 'Signing in',
            articles: [
              {
                title: 'How to reset your password',
                slug: 'reset-your-password',
                summary: 'Forgot your password? Get a reset link by email.',
                body: '## Reset your password\n\n1. Open the sign-in page and choose **Forgot password**.\n2. Enter your email address.\n3. Follow the link in the email within 30 minutes.\n\nThe link works once. If it expired, ask for a new one.',
              },
              {
                title: 'Signing in with a magic link',
                slug: 'magic-link-sign-in',
                summary: 'Sign in without a password using a link sent by email.',
                body: 'Choose **Email me a link** on the sign-in page. The link signs you in once and expires after 15 minutes.',
              },
              {
                title: 'Setting up two-factor authentication',
                slug: 'two-factor-authentication',
                summary: 'Protect your account with an authenticator app.',
                body: 'Open **Security** in your profile, scan the QR code with an authenticator app and enter the six-digit code. Keep your recovery codes somewhere safe.',
              },
            ],
          },
        ],
        ACCOUNT_GUIDES,
      ),
    },
    {
      name: 'Billing',
      slug: 'billing',
      description: 'Invoices, payments and plans.',
      sections: withGuides(
        [
          {
            name: 'Invoices and payments',
            articles: [
              {
                title: 'Understanding your invoice',
                slug: 'understanding-your-invoice',
                summary: 'What each line of a Northwind invoice means.',
                body: 'Each invoice lists the period, the services delivered and the amount due. Payment terms are **14 days**.\n\n| Line | Meaning |\n|---|---|\n| Retainer | Monthly advisory fee |\n| Extras | Work outside the retainer |',
              },
              {
                title: 'Customer loyalty discount',
                slug: 'customer-loyalty-discount',
                summary: 'How self-service customers get 10% off renewals.',
                body: 'As a Northwind customer you get a **loyalty discount** of 10% on every annual renewal. It is applied automatically.',
                audience: 'segments',
                segments: [segments.customers],
              },
              {
                title: 'Paying by bank transfer',
                slug: 'paying-by-bank-transfer',
                summary: 'Bank details for signed-in clients.',
                body: 'Use the reference printed on your invoice so that we can match your payment.',
                audience: 'signed_in',
              },
            ],
          },
        ],
        BILLING_GUIDES,
      ),
    },
    {
      name: 'Support playbooks',
      slug: 'support-playbooks',
      description: 'Internal procedures for the Northwind team.',
      audience: 'staff',
      sections: [
        {
          name: 'Refunds',
          articles: [
            {
              title: 'Refund approval playbook',
              slug: 'refund-approval-playbook',
              summary: 'Who approves refunds and how.',
              body: 'Refunds up to 500 EUR: any agent. Above: an admin approves in writing.',
            },
            {
              title: 'Draft: escalation matrix',
              slug: 'escalation-matrix',
              summary: 'Work in progress.',
              body: 'To be written.',
              status: 'draft',
            },
          ],
        },
      ],
    },
  ];
  const now = new Date();
  for (const [position, category] of categories.entries()) {
    const categoryId = newId();
    await claimSlug(db, 'category', 'en', category.slug, categoryId);
    await insertCategory(db, categoryId, {
      locale: 'en',
      slug: category.slug,
      name: category.name,
      description: category.description,
      position,
      audience: category.audience ?? 'public',
      audienceSegmentIds: category.segments ?? [],
    });
    for (const [sectionPosition, section] of category.sections.entries()) {
      const sectionId = newId();
      await insertSection(db, { id: sectionId, categoryId, name: section.name, position: sectionPosition });
      for (const article of section.articles) {
        const id = newId();
        await claimSlug(db, 'article', 'en', article.slug, id);
        await insertArticle(
          db,
          id,
          'en',
          {
            sectionId,
            slug: article.slug,
            title: article.title,
            summary: article.summary,
            body: article.body,
            status: article.status ?? 'published',
            audience: article.audience ?? 'public',
            audienceSegmentIds: article.segments ?? [],
          },
          now,
        );
        await snapshotArticle(db, id, author, now);
      }
    }
  }
}
