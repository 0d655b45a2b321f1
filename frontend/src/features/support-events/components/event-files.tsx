import { FileUploadForm, KeptFileTable } from '@/components/files/kept-files';
import { Alert } from '@/components/ui/alert';
import { QueryState } from '@/components/ui/query-state';
import { problemMessage } from '@/lib/api-error';
import { useI18n } from '@/lib/i18n';
import { eventFileUrl, useDeleteEventFile, useEventFiles, useUploadEventFile, type SupportEvent } from '../api/support-events';
import '../i18n';

/** 資料: the event's materials for everyone who reads it to download; those who manage it add and remove them. */
export function EventFiles({ event }: { event: SupportEvent }) {
  const { t } = useI18n();
  const files = useEventFiles(event.id);
  const upload = useUploadEventFile(event.id);
  const remove = useDeleteEventFile(event.id);
  const manage = event.permissions.canManage;
  return (
    <>
      {remove.isError ? <Alert tone="error">{problemMessage(remove.error, t)}</Alert> : null}
      <QueryState query={files}>
        {(items) =>
          items.length === 0 ? (
            <p>{t('event.files.none')}</p>
          ) : (
            <KeptFileTable
              label={t('event.files.caption')}
              files={items}
              hrefOf={(f) => eventFileUrl(event.id, f.id)}
              onDelete={manage ? (f) => remove.mutate(f.id) : undefined}
              deleting={remove.isPending}
            />
          )
        }
      </QueryState>
      {manage ? <FileUploadForm title={t('event.files.add')} onUpload={(file) => upload.mutateAsync(file)} uploading={upload.isPending} /> : null}
    </>
  );
}
