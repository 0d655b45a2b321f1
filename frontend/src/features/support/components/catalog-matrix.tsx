import { useId } from 'react';
import { Link } from 'react-router';
import { TableScroll } from '@/components/ui/table-scroll';
import { useT } from '@/lib/i18n';
import type { CatalogMatrix } from '../api/support';
import { audiencesText, categoryLabel } from '../utils/labels';
import '../i18n';
import './support.css';

type Props = {
  matrix: CatalogMatrix;
  caption: string;
  programHref: (id: number) => string;
};

type Program = CatalogMatrix['rows'][number]['cells'][number]['programs'][number];

/**
 * 市の基本施策に対応する事業一覧 as printed: the implementing sections as row headers (whom their programs are for
 * under the name), the seven categories as column headers, and in each cell the section's programs of that column,
 * each a link to the program. Eight columns do not fit a phone: there the same reads as one block per section (its
 * name as a heading, then each column that holds programs, with its programs) and the table is hidden (CSS); on
 * paper the table is printed whatever the screen.
 */
export function CatalogMatrixTable({ matrix, caption, programHref }: Props) {
  const t = useT();
  if (matrix.rows.length === 0) {
    return (
      <p className="empty" role="status">
        {t('support.matrix.empty')}
      </p>
    );
  }
  return (
    <>
      <div className="support-matrix-wide">
        <MatrixTable matrix={matrix} caption={caption} programHref={programHref} />
      </div>
      <div className="support-matrix-narrow">
        <MatrixBlocks matrix={matrix} caption={caption} programHref={programHref} />
      </div>
    </>
  );
}

function ProgramLinks({ programs, programHref }: { programs: readonly Program[]; programHref: (id: number) => string }) {
  return (
    <ul className="support-matrix-programs">
      {programs.map((p) => (
        <li key={p.id}>
          <Link to={programHref(p.id)}>{p.name}</Link>
        </li>
      ))}
    </ul>
  );
}

function MatrixTable({ matrix, caption, programHref }: Props) {
  const t = useT();
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
                return <td key={c}>{programs.length > 0 ? <ProgramLinks programs={programs} programHref={programHref} /> : null}</td>;
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** A phone's matrix: each section under its own heading, the columns that hold its programs as terms. */
function MatrixBlocks({ matrix, programHref }: Props) {
  const t = useT();
  const idPrefix = useId();
  return matrix.rows.map((row) => {
    const id = `${idPrefix}-section-${row.sectionId}`;
    const filled = matrix.categories
      .map((category) => ({ category, programs: row.cells.find((cell) => cell.category === category)?.programs ?? [] }))
      .filter((cell) => cell.programs.length > 0);
    return (
      <section key={row.sectionId} className="support-matrix-card" aria-labelledby={id}>
        <h2 id={id}>{row.sectionName}</h2>
        {row.audiences.length > 0 ? (
          <p className="support-matrix-audience">{t('support.matrix.audience', { audience: audiencesText(t, row.audiences) })}</p>
        ) : null}
        <dl>
          {filled.map(({ category, programs }) => (
            <div key={category}>
              <dt>{categoryLabel(t, category)}</dt>
              <dd>
                <ProgramLinks programs={programs} programHref={programHref} />
              </dd>
            </div>
          ))}
        </dl>
      </section>
    );
  });
}
