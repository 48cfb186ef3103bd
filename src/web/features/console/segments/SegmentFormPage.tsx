import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import {
  BUILT_MODULES,
  isBuiltModule,
  LANGUAGE_NAMES,
  SHIPPED_LANGUAGES,
  type BuiltModuleName,
  type Segment,
} from '../../../../contract/index.ts';
import { api } from '../../../api/client.ts';
import { useResource, useSubmit } from '../../../api/hooks.ts';
import { t } from '../../../i18n/index.ts';
import { Checkbox, GroupError, SelectField, TextField } from '../../../ui/Field.tsx';
import { FormAlert } from '../../../ui/FormAlert.tsx';
import { ErrorState, Loading, PageHeader } from '../../../ui/common.tsx';
import { useToast } from '../../../ui/Toast.tsx';
import { SegmentDocumentSettings } from './SegmentDocumentSettings.tsx';
import { SegmentBrandingSection } from './branding/SegmentBrandingSection.tsx';
import { SegmentDomainsSection } from './SegmentDomainsSection.tsx';
import { ReturnPolicySection } from '../../returns/ReturnPolicySection.tsx';
import { SegmentMailSection } from './mail/SegmentMailSection.tsx';

type Kind = Segment['kind'];
type Method = Segment['signInMethods'][number];
const METHODS: Method[] = ['password', 'magic_link', 'sso'];
const FIELDS = [
  'name',
  'kind',
  'modules',
  'signInMethods',
  'requireTwoFactor',
  'ticketsVisibleToAccountAdmins',
  'unknownSenderPolicy',
  'messageEditMinutes',
  'defaultLanguage',
];

function toggle<T>(list: T[], value: T, on: boolean): T[] {
  return on ? [...new Set([...list, value])] : list.filter((item) => item !== value);
}

function SegmentForm({ segment, onSaved }: { segment: Segment | null; onSaved?: () => void }) {
  const navigate = useNavigate();
  const toast = useToast();
  const [name, setName] = useState(segment?.name ?? '');
  const [kind, setKind] = useState<Kind>(segment?.kind ?? 'client_workspaces');
  const [modules, setModules] = useState<BuiltModuleName[]>((segment?.modules ?? []).filter(isBuiltModule));
  const [methods, setMethods] = useState<Method[]>(segment?.signInMethods ?? ['password']);
  const [requireTwoFactor, setRequireTwoFactor] = useState(segment?.requireTwoFactor ?? false);
  const [ticketsVisibleToAccountAdmins, setTicketsVisibleToAccountAdmins] = useState(
    segment?.ticketsVisibleToAccountAdmins ?? false,
  );
  const [unknownSenderPolicy, setUnknownSenderPolicy] = useState<Segment['unknownSenderPolicy']>(
    segment?.unknownSenderPolicy ?? 'reject',
  );
  const [messageEditMinutes, setMessageEditMinutes] = useState(String(segment?.messageEditMinutes ?? 15));
  const [defaultLanguage, setDefaultLanguage] = useState(segment?.defaultLanguage ?? '');
  const [version, setVersion] = useState(segment?.version);
  const submission = useSubmit();
  const readOnly = segment !== null && !segment.abilities.update;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const body = {
      name,
      kind,
      modules,
      signInMethods: methods,
      requireTwoFactor,
      ticketsVisibleToAccountAdmins,
      unknownSenderPolicy,
      // An empty or non-numeric entry is sent as is, so the API's field error explains it.
      messageEditMinutes: /^\d+$/.test(messageEditMinutes.trim()) ? Number(messageEditMinutes) : messageEditMinutes,
      defaultLanguage: defaultLanguage || null,
    };
    await submission.run(async (key) => {
      if (segment) {
        const updated = await api<Segment>(`/segments/${segment.id}`, { method: 'PATCH', body, ifMatch: version });
        setVersion(updated?.version);
        onSaved?.();
        toast(t('common.saved'));
      } else {
        const created = await api<Segment>('/segments', { method: 'POST', body, idempotencyKey: key });
        toast(t('segments.created', { name: created.name }));
        navigate('/console/segments');
      }
    });
  };

  return (
    <form onSubmit={onSubmit} noValidate className="stack form-narrow">
      <FormAlert error={submission.error} fields={FIELDS} />
      <fieldset disabled={readOnly} className="plain">
        <div className="stack">
          <TextField
            label={t('auth.field.name')}
            name="name"
            required
            value={name}
            onChange={(e) => setName(e.target.value)}
            error={submission.error}
          />
          <SelectField
            label={t('segments.field.kind')}
            name="kind"
            hint={t('segments.kindHint')}
            value={kind}
            onChange={(event) => setKind(event.target.value as Kind)}
            error={submission.error}
          >
            <option value="client_workspaces">{t('segmentKind.client_workspaces')}</option>
            <option value="self_service">{t('segmentKind.self_service')}</option>
          </SelectField>
          <fieldset>
            <legend>{t('segments.field.modules')}</legend>
            {/* Only what this build has: the server refuses any other module. */}
            {BUILT_MODULES.map((module) => (
              <Checkbox
                key={module}
                label={t(`module.${module}`)}
                checked={modules.includes(module)}
                onChange={(event) => setModules(toggle(modules, module, event.target.checked))}
              />
            ))}
            <GroupError error={submission.error} name="modules" />
          </fieldset>
          <fieldset>
            <legend>{t('segments.field.signInMethods')}</legend>
            <p className="field-hint">{t('sso.policyHint')}</p>
            {METHODS.map((method) => (
              <Checkbox
                key={method}
                label={t(`signInMethod.${method}`)}
                checked={methods.includes(method)}
                onChange={(event) => setMethods(toggle(methods, method, event.target.checked))}
              />
            ))}
            <GroupError error={submission.error} name="signInMethods" />
          </fieldset>
          <Checkbox
            label={t('segments.field.requireTwoFactor')}
            checked={requireTwoFactor}
            onChange={(event) => setRequireTwoFactor(event.target.checked)}
          />
          <GroupError error={submission.error} name="requireTwoFactor" />
          {modules.includes('tickets') ? (
            <fieldset>
              <legend>{t('tc.segment.tickets')}</legend>
              <Checkbox
                label={t('tc.segment.visibleToAdmins')}
                hint={t('tc.segment.visibleToAdminsHint')}
                checked={ticketsVisibleToAccountAdmins}
                onChange={(event) => setTicketsVisibleToAccountAdmins(event.target.checked)}
              />
              <SelectField
                label={t('tc.segment.unknownSenders')}
                name="unknownSenderPolicy"
                value={unknownSenderPolicy}
                onChange={(event) => setUnknownSenderPolicy(event.target.value as Segment['unknownSenderPolicy'])}
                error={submission.error}
              >
                <option value="create_customer">{t('tc.segment.unknown.create_customer')}</option>
                <option value="reject">{t('tc.segment.unknown.reject')}</option>
              </SelectField>
            </fieldset>
          ) : null}
          {modules.includes('messages') || modules.includes('tickets') ? (
            <fieldset>
              <legend>{t('conversations.segment.title')}</legend>
              <TextField
                label={t('conversations.segment.editWindow')}
                hint={t('conversations.segment.editWindowHint')}
                name="messageEditMinutes"
                type="number"
                inputMode="numeric"
                min={0}
                max={10080}
                value={messageEditMinutes}
                onChange={(event) => setMessageEditMinutes(event.target.value)}
                error={submission.error}
              />
            </fieldset>
          ) : null}
          <SelectField
            label={t('segments.field.defaultLanguage')}
            hint={t('segments.defaultLanguageHint')}
            name="defaultLanguage"
            value={defaultLanguage}
            onChange={(event) => setDefaultLanguage(event.target.value)}
            error={submission.error}
          >
            <option value="">{t('segments.defaultLanguageNone')}</option>
            {SHIPPED_LANGUAGES.map((language) => (
              <option key={language} value={language} lang={language}>
                {LANGUAGE_NAMES[language]}
              </option>
            ))}
          </SelectField>
          {readOnly ? null : (
            <div>
              <button type="submit" className="btn" disabled={submission.pending}>
                {segment ? t('common.save') : t('segments.create')}
              </button>
            </div>
          )}
        </div>
      </fieldset>
    </form>
  );
}

export function SegmentFormPage() {
  const { segmentId } = useParams();
  const resource = useResource<Segment>(segmentId ? `/segments/${segmentId}` : null);
  // Saving the segment (its default language) or its domains changes what the branding preview shows: it refetches.
  const [previewRevision, setPreviewRevision] = useState(0);
  const changed = () => setPreviewRevision((revision) => revision + 1);
  const back = (
    <p>
      <Link to="/console/segments">← {t('segments.back')}</Link>
    </p>
  );
  if (!segmentId) {
    return (
      <>
        {back}
        <PageHeader title={t('segments.new')} />
        <SegmentForm segment={null} />
      </>
    );
  }
  if (resource.error) return <ErrorState error={resource.error} onRetry={resource.reload} />;
  if (!resource.data) return <Loading />;
  return (
    <>
      {back}
      <PageHeader title={resource.data.name} description={t('segments.editIntro')} />
      <SegmentForm key={resource.data.id} segment={resource.data} onSaved={changed} />
      {resource.data.modules.includes('documents') ? <SegmentDocumentSettings segmentId={resource.data.id} /> : null}
      <SegmentBrandingSection segmentId={resource.data.id} previewRevision={previewRevision} />
      <SegmentDomainsSection segmentId={resource.data.id} onSaved={changed} />
      {resource.data.modules.includes('returns') ? <ReturnPolicySection segmentId={resource.data.id} /> : null}
      <SegmentMailSection segmentId={resource.data.id} />
    </>
  );
}
