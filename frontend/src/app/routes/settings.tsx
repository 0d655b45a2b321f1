import { MySettingsPanel } from '@/features/settings/components/my-settings-form';
import { useT } from '@/lib/i18n';
import { MenuPage } from './shared';

/** 個人設定: the signed-in user's own settings (reached from the user menu). */
export function SettingsRoute() {
  const t = useT();
  return (
    <MenuPage title={t('settings.title')}>
      <MySettingsPanel />
    </MenuPage>
  );
}
