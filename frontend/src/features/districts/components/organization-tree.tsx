import { useId, useState } from 'react';
import { Link } from 'react-router';
import { Button } from '@/components/ui/button';
import { useI18n } from '@/lib/i18n';
import { formatFiscalYear } from '@/utils/fiscal-year';
import { formatPercent } from '@/utils/format';
import type { OrganizationNode } from '../api/get-organization-tree';
import './organization-tree.css';

type KindLabel = (kind: string | undefined, subKind?: string) => string;

const childrenOf = (n: OrganizationNode) => n.children ?? [];

function collectParents(nodes: OrganizationNode[], out: Set<number> = new Set()): Set<number> {
  for (const n of nodes) {
    if (childrenOf(n).length > 0) {
      out.add(n.id);
      collectParents(childrenOf(n), out);
    }
  }
  return out;
}

/**
 * The district's organizations as nested lists: every name is a link, every branch has a
 * disclosure button (aria-expanded) that Tab reaches, so no custom key handling is needed.
 * The top level starts open.
 */
export function OrganizationTree({ nodes, kindLabel }: { nodes: OrganizationNode[]; kindLabel: KindLabel }) {
  const { t } = useI18n();
  const [expanded, setExpanded] = useState<Set<number>>(() => {
    const open = new Set<number>();
    for (const n of nodes) if (childrenOf(n).length > 0) open.add(n.id);
    return open;
  });
  const toggle = (id: number) =>
    setExpanded((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  if (nodes.length === 0) return <p>{t('list.empty')}</p>;

  return (
    <div className="org-tree">
      <div className="org-tree-actions">
        <Button variant="secondary" onClick={() => setExpanded(collectParents(nodes))}>
          {t('district.expandAll')}
        </Button>
        <Button variant="secondary" onClick={() => setExpanded(new Set())}>
          {t('district.collapseAll')}
        </Button>
      </div>
      <Branch nodes={nodes} expanded={expanded} toggle={toggle} kindLabel={kindLabel} />
    </div>
  );
}

type BranchProps = {
  nodes: OrganizationNode[];
  expanded: Set<number>;
  toggle: (id: number) => void;
  kindLabel: KindLabel;
};

function Branch({ nodes, ...rest }: BranchProps) {
  return (
    <ul className="org-tree-list">
      {nodes.map((node) => (
        <Node key={node.id} node={node} {...rest} />
      ))}
    </ul>
  );
}

function Node({ node, expanded, toggle, kindLabel }: Omit<BranchProps, 'nodes'> & { node: OrganizationNode }) {
  const { t, lang } = useI18n();
  const groupId = useId();
  const children = childrenOf(node);
  const hasChildren = children.length > 0;
  const open = expanded.has(node.id);
  const name = node.name;
  return (
    <li>
      <div className="org-tree-row">
        {hasChildren ? (
          <button
            type="button"
            className="org-tree-toggle"
            aria-expanded={open}
            aria-controls={groupId}
            onClick={() => toggle(node.id)}
          >
            <span aria-hidden="true">{open ? '−' : '+'}</span>
            <span className="visually-hidden">{t('district.treeToggle', { name })}</span>
          </button>
        ) : (
          <span className="org-tree-leaf" aria-hidden="true" />
        )}
        <span className="org-tree-body">
          <Link to={`/organizations/${node.id}`}>{name}</Link>
          <span className="tag">{kindLabel(node.kind, node.subKind)}</span>
          {node.joinRate !== undefined ? (
            <span className="org-tree-rate">
              {t('district.joinRate')} {formatPercent(node.joinRate)}
              {node.fiscalYear !== undefined ? ` (${formatFiscalYear(node.fiscalYear, lang)})` : ''}
            </span>
          ) : null}
          {hasChildren ? <span className="count">({children.length})</span> : null}
        </span>
      </div>
      {hasChildren ? (
        <div hidden={!open} id={groupId}>
          {open ? <Branch nodes={children} expanded={expanded} toggle={toggle} kindLabel={kindLabel} /> : null}
        </div>
      ) : null}
    </li>
  );
}
