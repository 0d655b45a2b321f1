import { createElement, useId, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Button } from '@/components/ui/button';
import { CheckboxField, TextField } from '@/components/ui/field';
import { FilterActions, FilterSelect } from '@/components/ui/filters';
import { QueryState } from '@/components/ui/query-state';
import { useI18n, type MessageKey } from '@/lib/i18n';
import { useDraft } from '@/lib/use-draft';
import { usePlanTree } from '../api/plans';
import type { PlanTreeNode } from '../api/types';
import { codePath, TAGS, TARGET_KINDS } from '../utils/format';
import {
  branchIds,
  countPlacements,
  hasFilters,
  pillarsOf,
  readTreeFilters,
  sectionsOf,
  treeFilterParam,
  type TreeFilters,
} from '../utils/tree';
import { BehindMark, RelistedMark, StatusChip, TagChip, TargetList } from './marks';
import './plans.css';
import './plan-tree.css';

/**
 * 計画の体系: pillar → direction → measure → initiative, filtered on the server by what the URL says. The filter
 * choices (pillars, sections) come from the whole tree, so they stay the same whatever is filtered.
 */
export function PlanTreeView({ planId }: { planId: number }) {
  const { t } = useI18n();
  const [search, setSearch] = useSearchParams();
  const filters = readTreeFilters(search);
  const filtered = hasFilters(filters);
  const whole = usePlanTree(planId, {});
  const tree = usePlanTree(planId, filters);
  // Back/forward changes the URL under us; the box follows it.
  const [q, setQ] = useDraft(search.get('q') ?? '', search);
  // Collapsed branches; everything starts open, a plan is read top to bottom.
  const [collapsed, setCollapsed] = useState<Set<number>>(() => new Set());

  const update = (key: keyof TreeFilters, value: string | number | boolean | undefined) => {
    const next = new URLSearchParams(search);
    const [name, v] = treeFilterParam(key, value);
    if (v === undefined) next.delete(name);
    else next.set(name, v);
    setSearch(next);
  };
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    update('q', q.trim() || undefined);
  };
  const toggle = (id: number) =>
    setCollapsed((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const pillars = pillarsOf(whole.data?.nodes);
  const sections = sectionsOf(whole.data?.nodes);
  const nodes = tree.data?.nodes ?? [];
  const shown = countPlacements(nodes);

  return (
    <>
      <form className="filters filters-plan" role="search" aria-label={t('plan.filters')} onSubmit={onSubmit}>
        {(
          [
            ['pillarId', 'pillar', pillars.map((p) => ({ value: p.id, label: p.label }))],
            ['sectionId', 'section', sections.map((s) => ({ value: s.id, label: s.name }))],
            ['tag', 'tag', TAGS.map((tag) => ({ value: tag, label: t(`plan.tag.${tag}` as MessageKey) }))],
            ['targetKind', 'target', TARGET_KINDS.map((k) => ({ value: k, label: t(`plan.target.${k}` as MessageKey) }))],
          ] as const
        ).map(([key, name, choices]) => (
          <FilterSelect
            key={key}
            label={t(`plan.filter.${name}`)}
            allLabel={t('plan.all')}
            value={filters[key]}
            choices={choices}
            onChange={(v) => update(key, v)}
          />
        ))}
        <TextField label={t('plan.filter.q')} type="search" name="q" value={q} onChange={(e) => setQ(e.target.value)} />
        <CheckboxField
          label={t('plan.filter.behind')}
          checked={filters.behind === true}
          onChange={(e) => update('behind', e.target.checked)}
        />
        <FilterActions onClear={filtered ? () => setSearch(new URLSearchParams()) : undefined} />
      </form>

      <QueryState query={tree}>
        {() => (
          <div className="results" aria-busy={tree.isFetching}>
            <div className="plan-tree-bar">
              <p className="plan-tree-count" role="status">
                {nodes.length === 0 ? t('plan.noMatch') : t('plan.shown', { count: shown })}
              </p>
              {nodes.length > 0 ? (
                <div className="org-tree-actions">
                  <Button variant="secondary" className="btn-small" onClick={() => setCollapsed(new Set())}>
                    {t('district.expandAll')}
                  </Button>
                  <Button variant="secondary" className="btn-small" onClick={() => setCollapsed(new Set(branchIds(nodes)))}>
                    {t('district.collapseAll')}
                  </Button>
                </div>
              ) : null}
            </div>
            <PlanTreeList nodes={nodes} codes={[]} collapsed={collapsed} toggle={toggle} />
          </div>
        )}
      </QueryState>
    </>
  );
}

type ListProps = { nodes: PlanTreeNode[]; codes: (string | undefined)[]; collapsed: Set<number>; toggle: (id: number) => void };

function PlanTreeList({ nodes, ...rest }: ListProps) {
  if (nodes.length === 0) return null;
  return (
    <ul className="plan-tree">
      {nodes.map((n) =>
        n.initiative ? (
          <InitiativeItem key={n.id} node={n} codes={rest.codes} />
        ) : (
          <BranchItem key={n.id} node={n} {...rest} />
        ),
      )}
    </ul>
  );
}

/** A pillar, direction or measure: a heading whose button opens and closes what is under it. */
function BranchItem({ node, codes, collapsed, toggle }: Omit<ListProps, 'nodes'> & { node: PlanTreeNode }) {
  const { t } = useI18n();
  const groupId = useId();
  const here = [...codes, node.code];
  const children = node.children;
  const open = !collapsed.has(node.id);
  const depth = node.depth;
  const heading = `h${Math.min(2 + depth, 6)}`;
  const path = codePath(here);
  return (
    <li className={`plan-tree-node plan-depth-${Math.min(depth, 3)}`}>
      {createElement(
        heading,
        { className: 'plan-tree-heading' },
        <button
          type="button"
          className="plan-tree-toggle"
          aria-expanded={open}
          aria-controls={groupId}
          onClick={() => toggle(node.id)}
        >
          <span className="plan-tree-icon" aria-hidden="true">
            {open ? '−' : '+'}
          </span>
          {path ? <span className="plan-code">{path}</span> : null}{' '}
          <span className="plan-tree-title">{node.title}</span>{' '}
          <span className="count">{t('plan.placements', { count: countPlacements(children) })}</span>
        </button>,
      )}
      <div id={groupId} hidden={!open}>
        {open ? (
          <>
            {node.description ? (
              <details className="plan-node-description">
                <summary>{t('plan.description')}</summary>
                <p className="pre-line">{node.description}</p>
              </details>
            ) : null}
            <PlanTreeList nodes={children} codes={here} collapsed={collapsed} toggle={toggle} />
          </>
        ) : null}
      </div>
    </li>
  );
}

/** A placement of an initiative: its path here, the link, and what it stands at. */
function InitiativeItem({ node, codes }: { node: PlanTreeNode; codes: (string | undefined)[] }) {
  const { t } = useI18n();
  const i = node.initiative!;
  const path = codePath([...codes, node.code]);
  return (
    <li className="plan-initiative">
      <div className="plan-initiative-head">
        {path ? <span className="plan-code">{path}</span> : null}{' '}
        <Link to={`/initiatives/${i.id}`}>{i.title}</Link>
        {node.relisted ? <RelistedMark /> : null}
      </div>
      <div className="plan-initiative-meta">
        <TagChip tag={i.tag} />
        <StatusChip status={i.status} fiscalYear={i.statusFiscalYear} />
        {i.behind ? <BehindMark /> : null}
        <TargetList targets={i.targets} />
        {i.sectionNames.length > 0 ? <span className="muted">{i.sectionNames.join('・')}</span> : null}
        {node.relisted && i.path && i.path !== path ? (
          <span className="muted">{t('plan.relistedOf', { path: i.path })}</span>
        ) : null}
      </div>
    </li>
  );
}
