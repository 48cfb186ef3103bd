import { Link } from 'react-router-dom';
import { t } from '../i18n/index.ts';
import { PageHeader } from './common.tsx';

export function NotFoundPage() {
  return (
    <>
      <PageHeader title={t('common.notFound.title')} />
      <p>{t('common.notFound.body')}</p>
      <p>
        <Link to="/">{t('common.notFound.home')}</Link>
      </p>
    </>
  );
}
