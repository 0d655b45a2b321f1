import { NavLink } from 'react-router';
import { useT, type MessageKey } from '@/lib/i18n';
import './join-promotion.css';
import '../i18n';

export type JoinPromotionTab = 'buildings' | 'leaflets' | 'agreements' | 'incorporations' | 'effect';

const TABS: readonly { tab: JoinPromotionTab; to: string; label: MessageKey }[] = [
  { tab: 'buildings', to: '/join-promotion', label: 'jp.tab.buildings' },
  { tab: 'leaflets', to: '/join-promotion/leaflets', label: 'jp.tab.leaflets' },
  { tab: 'agreements', to: '/join-promotion/agreements', label: 'jp.tab.agreements' },
  { tab: 'incorporations', to: '/join-promotion/incorporations', label: 'jp.tab.incorporations' },
  { tab: 'effect', to: '/join-promotion/effect', label: 'jp.tab.effect' },
];

export const tabPath = (tab: JoinPromotionTab) => TABS.find((x) => x.tab === tab)!.to;
export const tabLabel = (tab: JoinPromotionTab): MessageKey => TABS.find((x) => x.tab === tab)!.label;

/**
 * The parts of 加入促進 as links under the page's heading, the current one marked (aria-current="page"): each part is a
 * page of its own (its URL can be shared, back and forward work), so these are links, not tabs that switch in place.
 */
export function JoinPromotionNav() {
  const t = useT();
  return (
    <nav className="jp-tabs no-print" aria-label={t('jp.sections')}>
      <ul>
        {TABS.map((x) => (
          <li key={x.tab}>
            <NavLink to={x.to} end>
              {t(x.label)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
