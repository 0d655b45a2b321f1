import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useI18n } from '@/lib/i18n';
import { formatWarekiDate } from '@/utils/fiscal-year';
import { useKindLabel } from '@/lib/reference-data/organization-kinds';
import type { Organization } from '../api/get-organization';

export function OrganizationDetails({ organization: o }: { organization: Organization }) {
  const { t, lang } = useI18n();
  const kindLabel = useKindLabel();
  const date = (d: string | undefined) => (d ? formatWarekiDate(d, lang) : undefined);
  const yesNo = (b: boolean | undefined) => (b === undefined ? undefined : b ? t('form.yes') : t('form.no'));
  const rows: [string, ReactNode | undefined][] = [
    [t('org.code'), o.code],
    [t('org.kind'), kindLabel(o.kind, o.subKind)],
    [t('org.name'), o.name],
    [t('org.kana'), o.kana ? <span lang="ja">{o.kana}</span> : undefined],
    [
      t('org.district'),
      o.districtId ? <Link to={`/districts/${o.districtId}`}>{o.districtName ?? o.districtId}</Link> : undefined,
    ],
    [
      t('org.parent'),
      o.parentId ? <Link to={`/organizations/${o.parentId}`}>{o.parentName ?? o.parentId}</Link> : undefined,
    ],
    [t('org.foundedOn'), date(o.foundedOn)],
    [t('org.legalEntity'), yesNo(o.legalEntity)],
    [t('org.legalEntitySince'), date(o.legalEntitySince)],
    [t('org.publishesAssemblyDocuments'), yesNo(o.publishesAssemblyDocuments)],
    [t('org.publishesAccounts'), yesNo(o.publishesAccounts)],
  ];
  // 連絡先 is personal data: the server leaves it out for roles that may not read it, and then
  // there is no row for it at all (rather than an empty one suggesting there is none).
  if (o.contact) {
    rows.push(
      [t('org.contactName'), o.contact.name],
      [t('org.contactPhone'), o.contact.phone],
      [t('org.contactAddress'), o.contact.address],
      [t('org.contactEmail'), o.contact.email],
    );
  }
  return (
    <dl className="facts">
      {rows.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value ?? <span className="muted">{t('form.notSet')}</span>}</dd>
        </div>
      ))}
    </dl>
  );
}
