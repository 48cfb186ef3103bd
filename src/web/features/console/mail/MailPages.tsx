import { Fragment } from 'react';
import { Link, useParams } from 'react-router-dom';
import type { MailMessage, MailSummary } from '../../../../contract/index.ts';
import { usePagedList, useResource } from '../../../api/hooks.ts';
import { formatDateTime, t } from '../../../i18n/index.ts';
import { Badge, EmptyState, ErrorState, Loading, PageHeader } from '../../../ui/common.tsx';
import { PagedTable } from '../../../ui/PagedTable.tsx';

export function MailListPage() {
  const list = usePagedList<MailSummary>('/dev-mail', { limit: 50 });
  return (
    <>
      <PageHeader
        title={t('mail.title')}
        description={t('mail.intro')}
        actions={
          <button type="button" className="btn btn--secondary" onClick={list.reload}>
            {t('mail.refresh')}
          </button>
        }
      />
      <PagedTable
        list={list}
        caption={t('mail.title')}
        rowKey={(mail) => mail.id}
        empty={<EmptyState title={t('mail.empty')} />}
        columns={[
          { header: t('mail.col.time'), cell: (mail) => formatDateTime(mail.createdAt, { timeStyle: 'medium' }) },
          { header: t('mail.col.to'), cell: (mail) => mail.to },
          {
            header: t('mail.col.subject'),
            cell: (mail) => <Link to={`/console/mail/${mail.id}`}>{mail.subject}</Link>,
          },
          {
            header: t('mail.col.status'),
            cell: (mail) => (
              <Badge tone={mail.status === 'sent' ? 'success' : 'warning'}>{t(`mail.status.${mail.status}`)}</Badge>
            ),
          },
        ]}
      />
    </>
  );
}

const URL_PATTERN = /(https?:\/\/[^\s<>"')\]]+)/g;

/** Plain text with http(s) URLs turned into links (staff follow invitation/reset links from here). */
function Linkified({ text }: { text: string }) {
  const parts = text.split(URL_PATTERN);
  return (
    <>
      {parts.map((part, index) =>
        index % 2 === 1 ? (
          <a key={index} href={part}>
            {part}
          </a>
        ) : (
          <Fragment key={index}>{part}</Fragment>
        ),
      )}
    </>
  );
}

export function MailDetailPage() {
  const { mailId = '' } = useParams();
  const mail = useResource<MailMessage>(`/dev-mail/${mailId}`);
  const back = (
    <p>
      <Link to="/console/mail">← {t('mail.back')}</Link>
    </p>
  );
  if (mail.error)
    return (
      <>
        {back}
        <ErrorState error={mail.error} onRetry={mail.reload} />
      </>
    );
  if (!mail.data) return <Loading />;
  const data = mail.data;
  return (
    <>
      {back}
      <PageHeader title={data.subject} />
      <dl className="facts">
        <dt>{t('mail.col.to')}</dt>
        <dd>{data.to}</dd>
        <dt>{t('mail.col.time')}</dt>
        <dd>{formatDateTime(data.createdAt, { timeStyle: 'medium' })}</dd>
        <dt>{t('mail.col.status')}</dt>
        <dd>{t(`mail.status.${data.status}`)}</dd>
        {data.from ? (
          <>
            <dt>{t('mailSender.from')}</dt>
            <dd data-testid="mail-from">{data.from}</dd>
          </>
        ) : null}
        {data.replyTo ? (
          <>
            <dt>{t('mail.replyTo')}</dt>
            <dd data-testid="mail-reply-to">{data.replyTo}</dd>
          </>
        ) : null}
        {data.error ? (
          <>
            <dt>{t('mail.error')}</dt>
            <dd>{data.error}</dd>
          </>
        ) : null}
      </dl>
      <section aria-labelledby="mail-text-heading" className="panel">
        <h2 id="mail-text-heading">{t('mail.text')}</h2>
        <pre className="mail-text" data-testid="mail-text">
          <Linkified text={data.text} />
        </pre>
      </section>
      {data.html ? (
        <section aria-labelledby="mail-html-heading" className="panel">
          <h2 id="mail-html-heading">{t('mail.html')}</h2>
          <iframe
            className="mail-html"
            sandbox=""
            srcDoc={data.html}
            title={t('mail.htmlFrame', { subject: data.subject })}
          />
        </section>
      ) : null}
    </>
  );
}
