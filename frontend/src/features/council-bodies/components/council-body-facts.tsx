import { Link } from 'react-router';
import { Fact } from '@/components/ui/facts';
import { useI18n } from '@/lib/i18n';
import type { CouncilBody } from '../api/council-bodies';
import { bodyKindLabel, quorumLabel, sideLabel } from '../utils/labels';
import './council-bodies.css';
import '../i18n';

/** A body's settings as the office keeps them: kind, 地域側/市側, its council, its 定足数 and its other names. */
export function CouncilBodyFacts({ body: b }: { body: CouncilBody }) {
  const { t, lang } = useI18n();
  return (
    <dl className="facts council-facts">
      <Fact label={t('council.kindLabel')}>{bodyKindLabel(t, b.kind)}</Fact>
      <Fact label={t('council.side')}>{sideLabel(t, b.side)}</Fact>
      <Fact label={t('council.organization')}>
        {b.organizationId !== undefined ? <Link to={`/organizations/${b.organizationId}`}>{b.organizationName ?? b.organizationId}</Link> : '—'}
      </Fact>
      <Fact label={t('council.quorum')}>{quorumLabel(t, b.quorum, b.proxiesCount)}</Fact>
      <Fact label={lang === 'en' ? t('council.form.nameJa') : t('council.form.nameEn')} lang={lang === 'en' ? 'ja' : 'en'}>
        {lang === 'en' ? b.nameJa : b.nameEn}
      </Fact>
      {b.aliases.length > 0 ? <Fact label={t('council.form.aliases')}>{b.aliases.join(t('council.listSep'))}</Fact> : null}
    </dl>
  );
}
