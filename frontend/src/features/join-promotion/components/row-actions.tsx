import { Button } from '@/components/ui/button';
import { useT } from '@/lib/i18n';
import '../i18n';

/**
 * 編集 and 削除 of one table row (a leaflet row, an agreement, an incorporation case); `which` names the row for a
 * screen reader, so that each button says what it edits or deletes.
 */
export function RowActions({
  which,
  onEdit,
  onDelete,
  deleting,
}: {
  which: string;
  onEdit: () => void;
  onDelete: () => void;
  deleting: boolean;
}) {
  const t = useT();
  const name = <span className="visually-hidden">{which}</span>;
  return (
    <>
      <Button variant="secondary" className="btn-small" onClick={onEdit}>
        {t('form.edit')}
        {name}
      </Button>{' '}
      <Button variant="secondary" className="btn-small" disabled={deleting} onClick={onDelete}>
        {t('jp.delete')}
        {name}
      </Button>
    </>
  );
}
