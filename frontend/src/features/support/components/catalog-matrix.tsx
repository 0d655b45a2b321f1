import { Link } from 'react-router';
import { TableScroll } from '@/components/ui/table-scroll';
import { useT } from '@/lib/i18n';
import type { CatalogMatrix } from '../api/support';
import { audiencesText, categoryLabel } from '../utils/labels';
import './support.css';

/**
 * 市の基本施策に対応する事業一覧 as printed: the implementing sections as row headers (whom their programs are for
 * under the name), the seven categories as column headers, and in each cell the section's programs of that column,
 * each a link to the program. On a phone the table scrolls sideways in its labelled box.
 */
export function CatalogMatrixTable({
  matrix,
  caption,
  programHref,
}: {
  matrix: CatalogMatrix;
  caption: string;
  programHref: (id: number) => string;
}) {
  const t = useT();
  if (matrix.rows.length === 0) {
    return (
      <p className="empty" role="status">
        {t('support.matrix.empty')}
      </p>
    );
  }
  return (
    <TableScroll label={caption}>
      <table className="table support-matrix">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('support.field.section')}</th>
            {matrix.categories.map((c) => (
              <th key={c} scope="col">
                {categoryLabel(t, c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.rows.map((row) => (
            <tr key={row.sectionId}>
              <th scope="row">
                <span className="support-matrix-section">{row.sectionName}</span>
                {row.audiences.length > 0 ? (
                  <span className="support-matrix-audience">
                    {t('support.matrix.audience', { audience: audiencesText(t, row.audiences) })}
                  </span>
                ) : null}
              </th>
              {matrix.categories.map((c) => {
                const programs = row.cells.find((cell) => cell.category === c)?.programs ?? [];
                return (
                  <td key={c}>
                    {programs.length > 0 ? (
                      <ul className="support-matrix-programs">
                        {programs.map((p) => (
                          <li key={p.id}>
                            <Link to={programHref(p.id)}>{p.name}</Link>
                          </li>
                        ))}
                      </ul>
                    ) : null}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
