import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useLocation } from 'react-router';
import { Page } from '@/components/layout/page';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { HistoryList } from '@/features/audit/components/history-list';
import { MembershipFigures } from '@/features/membership/components/membership-figures';
import { organizationQueryOptions, useOrganization } from '@/features/organizations/api/get-organization';
import { useOrganizationKinds } from '@/lib/reference-data/organization-kinds';
import { OfficersPanel } from '@/features/organizations/components/officers-panel';
import { OrganizationDetails } from '@/features/organizations/components/organization-details';
import { OrganizationForm } from '@/features/organizations/components/organization-form';
import { useEditSwitch } from '@/lib/forms';
import { useT } from '@/lib/i18n';
import { crumbs, idRoute, Loaded } from './shared';

export const OrganizationRoute = idRoute(OrganizationPage);

function OrganizationPage({ id }: { id: number }) {
  const t = useT();
  const queryClient = useQueryClient();
  const organization = useOrganization(id);
  const kinds = useOrganizationKinds();
  // 編集 opens the form in place (its first field takes the keyboard); closing it returns to the button.
  const { editing, open: openEdit, close: closeEdit, buttonRef } = useEditSwitch();
  const [saved, setSaved] = useState(false);
  // Just registered from the district page: say so once, on arrival.
  const created = (useLocation().state as { created?: boolean } | null)?.created === true;

  return (
    <Loaded query={organization}>
      {(current) => {
        const o = current.data;
        // Absent permissions mean none: the UI offers only what the server said it will accept.
        const canEdit = o.permissions.canEdit === true;
        const kind = kinds.data?.find((k) => k.code === o.kind);
        // Until the kinds are loaded, assume figures only for associations, the kind that has them.
        const hasMembership = kind?.hasMembership ?? o.kind === 'NEIGHBORHOOD_ASSOCIATION';
        const name = o.name;

        const district = o.districtId
          ? [{ label: o.districtName ?? String(o.districtId), to: `/districts/${o.districtId}` }]
          : [];

        const reload = () => queryClient.fetchQuery({ ...organizationQueryOptions(id), staleTime: 0 });

        return (
          <Page
            title={name}
            breadcrumbs={crumbs(t, { label: t('district.listTitle'), to: '/districts' }, ...district, { label: name })}
            actions={
              canEdit && !editing ? (
                <Button
                  ref={buttonRef}
                  onClick={() => {
                    setSaved(false);
                    openEdit();
                  }}
                >
                  {t('form.edit')}
                </Button>
              ) : null
            }
          >
            {!canEdit ? <p className="muted">{t('org.readOnly')}</p> : null}
            {saved ? <Alert tone="success">{t('form.saved')}</Alert> : null}
            {created && !saved && !editing ? <Alert tone="success">{t('org.created')}</Alert> : null}

            <section aria-labelledby="details" className="panel">
              <h2 id="details">{editing ? t('org.editTitle') : t('org.details')}</h2>
              {editing ? (
                <OrganizationForm
                  current={current}
                  onSaved={() => {
                    closeEdit();
                    setSaved(true);
                  }}
                  onCancel={closeEdit}
                  onReload={reload}
                />
              ) : (
                <OrganizationDetails organization={o} />
              )}
            </section>

            <section aria-labelledby="officers" className="panel">
              <h2 id="officers">{t('org.officers')}</h2>
              <OfficersPanel organizationId={id} canEdit={canEdit} caption={`${name} ${t('org.officers')}`} />
            </section>

            {hasMembership ? (
              <section aria-labelledby="membership" className="panel">
                <h2 id="membership">{t('org.membership')}</h2>
                <MembershipFigures organizationId={id} canEdit={canEdit} />
              </section>
            ) : null}

            <section aria-labelledby="history" className="panel">
              <h2 id="history">{t('org.history')}</h2>
              <HistoryList subject={{ type: 'organization', id }} />
            </section>
          </Page>
        );
      }}
    </Loaded>
  );
}
