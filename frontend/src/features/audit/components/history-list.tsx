import { DataTable } from '@/components/ui/data-table';
import { Loading } from '@/components/ui/loading';
import { QueryError } from '@/components/ui/query-error';
import { useQueries } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { enumLabel, isMessageKey, pickLabel, useI18n, type MessageKey, type TFunction } from '@/lib/i18n';
import { useAllDistricts } from '@/lib/reference-data/districts';
import { useKindLabel, useOrganizationKinds } from '@/lib/reference-data/organization-kinds';
import { useSections } from '@/lib/reference-data/sections';
import { useWards } from '@/lib/reference-data/wards';
import { formatDateTime, formatFiscalYearBoth, formatWarekiDate, type Lang } from '@/utils/fiscal-year';
import { formatNumber, formatPercent } from '@/utils/format';
import { useHistory, type AuditEvent, type HistorySubject } from '../api/get-history';
import './history-list.css';

type Change = NonNullable<AuditEvent['changes']>[number];

// Bookkeeping fields that change on every save and tell a reader nothing.
const IGNORED = new Set(['version', 'id', 'searchKey', 'updatedAt', 'createdAt']);

/**
 * The fields worth reading. An update also lists its key fields (the fiscal year) unchanged, to say
 * which record it was; the heading already says that, so a row with the same value on both sides
 * is left out.
 */
export function visibleChanges(event: AuditEvent, subject?: HistorySubject): Change[] {
  const fields = new Set(event.changes.map((c) => c.field));
  return event.changes.filter(
    (c) =>
      c.field &&
      !IGNORED.has(c.field) &&
      !(event.action === 'UPDATE' && JSON.stringify(c.before) === JSON.stringify(c.after)) &&
      // The record whose history this is needs no naming; a person is named by their name, not their number.
      !(subject?.type === 'district' && c.field === 'districtId') &&
      !(subject?.type === 'organization' && c.field === 'organizationId') &&
      !(subject?.type === 'grantCase' && (c.field === 'programId' || c.field === 'organizationId')) &&
      !(subject?.type === 'supportProgram' && c.field === 'programId') &&
      !(subject?.type === 'councilBody' && c.field === 'bodyId') &&
      !(subject?.type === 'volunteerPost' && c.field === 'postId') &&
      !(subject?.type === 'newBuilding' && c.field === 'buildingId') &&
      !(c.field === 'userId' && fields.has('displayName')) &&
      !(c.field === 'sectionId' && fields.has('sectionName')) &&
      !(c.field === 'organizationId' && fields.has('organizationName')),
  );
}

/**
 * Ids the history names by name: a ward, a district, an organization (上位団体, 提出団体), a section, an organization
 * kind; `entityType` is the record the change belongs to (a voice's `kind` is no organization kind).
 */
export type Names = (field: string, value: unknown, entityType?: string) => string | undefined;

const ORG_FIELDS = new Set(['parentId', 'organizationId', 'organizationIds']);

/** The ids of the organizations the events name (one or a list), to look their names up. */
function organizationIds(events: readonly AuditEvent[]): number[] {
  const ids = new Set<number>();
  for (const e of events) {
    for (const c of e.changes) {
      if (!ORG_FIELDS.has(c.field)) continue;
      for (const v of [c.before, c.after].flat()) if (typeof v === 'number') ids.add(v);
    }
  }
  return [...ids].sort((a, b) => a - b);
}

/** Looks names up in the reference data (wards, districts, sections, kinds) and the organizations the events name. */
function useNames(events: readonly AuditEvent[]): Names {
  const { lang } = useI18n();
  const wards = useWards();
  const districts = useAllDistricts();
  const sections = useSections();
  const kinds = useOrganizationKinds();
  const kindLabel = useKindLabel();
  const orgs = useQueries({
    queries: organizationIds(events).map((id) => ({
      queryKey: ['organizations', 'name', id],
      queryFn: () => unwrap(api.GET('/api/v1/organizations/{id}', { params: { path: { id } } })),
      staleTime: 5 * 60_000,
      retry: false,
    })),
  });
  return (field, value, entityType) => {
    if (typeof value === 'number') {
      if (field === 'wardId') return wards.data?.find((w) => w.id === value)?.name;
      if (field === 'districtId') return districts.data?.find((d) => d.id === value)?.name;
      if (field === 'sectionId' || field === 'contactSectionId') {
        const s = sections.data?.items.find((x) => x.id === value);
        return s ? [s.departmentName, s.name].filter(Boolean).join(' ') : undefined;
      }
      if (ORG_FIELDS.has(field)) return orgs.find((q) => q.data?.id === value)?.data?.name;
    }
    if (typeof value === 'string' && !ENUMS[entityType ?? '']?.[field]) {
      if (field === 'kind' || field === 'eligibleKinds') return kindLabel(value);
      if (field === 'subKind') {
        for (const k of kinds.data ?? []) {
          const sub = k.subKinds.find((x) => x.code === value);
          if (sub) return pickLabel(lang, sub);
        }
      }
    }
    return undefined;
  };
}

/**
 * The labels of the fields each kind of record writes to its history (the server's `auditState`), by the entity type
 * the server records; the districts' and organizations' fields are found by prefix (FIELD_PREFIXES).
 */
const FIELDS: Record<string, Record<string, MessageKey>> = {
  Activity: {
    type: 'activity.type',
    occurredOn: 'activity.occurredOn',
    startsAt: 'activity.startsAt',
    endsAt: 'activity.endsAt',
    districtIds: 'activity.districts',
    organizationIds: 'activity.organizations',
    staff: 'activity.staff',
    sectionIds: 'activity.sections',
    summary: 'activity.summary',
    followUps: 'activity.followUps',
  },
  ActivityAttachment: {
    filename: 'history.field.filename',
    mediaType: 'history.field.mediaType',
    sizeBytes: 'history.field.sizeBytes',
  },
  Voice: {
    kind: 'voices.kind',
    status: 'voices.status',
    districtId: 'voices.district',
    organizationId: 'voices.organization',
    receivedOn: 'voices.receivedOn',
    receivedByName: 'voices.receivedBy',
    subject: 'voices.subject',
    body: 'voices.body',
    dueOn: 'voices.dueOn',
    sectionId: 'voices.section',
    routedOn: 'history.field.routedOn',
    answer: 'voices.answer',
    answeredByName: 'voices.answeredBy',
    answeredOn: 'voices.answeredOn',
    closedOn: 'voices.closedOn',
    closingNote: 'voices.closingNote',
  },
  // 支援策 (the program's own fields; its cases' entries are GrantCase). These two records' labels are in the support
  // and grants feature dictionaries: their history is shown on those features' pages only, which load them.
  SupportProgram: {
    fiscalYear: 'support.field.fiscalYear',
    name: 'support.field.name',
    sectionId: 'support.field.section',
    contactSectionId: 'support.field.contactSection',
    kind: 'support.field.kind',
    audience: 'support.field.audience',
    categories: 'support.field.categories',
    description: 'support.field.description',
    sortOrder: 'support.field.sortOrder',
    budgetYen: 'support.field.budgetYen',
    amountRule: 'support.field.amountRule',
    figuresYear: 'support.field.figuresYear',
    eligibleKinds: 'support.field.eligibleKinds',
    documents: 'support.field.documents',
    planDueOn: 'support.field.planDueOn',
    applicationDueOn: 'support.field.applicationDueOn',
    resultsDueOn: 'support.field.resultsDueOn',
    paperworkHours: 'support.field.paperworkHours',
  },
  GrantCase: {
    status: 'grant.status',
    programId: 'grant.program',
    organizationId: 'grant.organization',
    planReceivedOn: 'grant.planReceivedOn',
    appliedOn: 'grant.appliedOn',
    eligibleCost: 'grant.eligibleCost',
    units: 'grant.units',
    households: 'grant.households',
    memberHouseholds: 'grant.memberHouseholds',
    population: 'grant.population',
    computedYen: 'grant.computedYen',
    decidedYen: 'grant.decidedYen',
    overrideReason: 'grant.overrideReason',
    decidedOn: 'grant.decidedOn',
    paidYen: 'grant.paidYen',
    reportedOn: 'grant.reportedOn',
    reportedCost: 'grant.reportedCost',
    reportedUnits: 'grant.reportedUnits',
    inspectedOn: 'grant.inspectedOn',
    findings: 'grant.findings',
    corrections: 'grant.corrections',
    finalYen: 'grant.finalYen',
    finalReason: 'grant.finalReason',
    refundYen: 'grant.refundYen',
    settledOn: 'grant.settledOn',
  },
  // 研修・説明会 (its attendance rows and materials are in its history too)
  SupportEvent: {
    title: 'event.title',
    kind: 'event.kindLabel',
    heldOn: 'event.heldOn',
    startsAt: 'event.startsAt',
    endsAt: 'event.endsAt',
    place: 'event.place',
    audience: 'event.audienceLabel',
    sectionId: 'event.section',
    programId: 'event.program',
    capacity: 'event.capacity',
    description: 'event.description',
    attendance: 'event.attendance.title',
  },
  Facility: {
    name: 'facility.name',
    kind: 'facility.kindLabel',
    districtId: 'facility.district',
    address: 'facility.address',
    owner: 'facility.owner',
    ownerName: 'facility.ownerName',
    capacity: 'facility.capacity',
    builtYear: 'facility.builtYear',
    lentByCity: 'facility.lentByCity',
    note: 'facility.note',
    rooms: 'facility.rooms',
    works: 'facility.works',
  },
  // 会議体 with its seats and members (their labels are in the council bodies' dictionary, which their page loads)
  CouncilBody: {
    code: 'council.form.code',
    nameJa: 'council.form.nameJa',
    nameEn: 'council.form.nameEn',
    kind: 'council.kindLabel',
    organizationId: 'council.organization',
    aliases: 'council.form.aliases',
    sortOrder: 'council.form.sortOrder',
    side: 'council.side',
    quorum: 'council.quorum',
    proxiesCount: 'council.form.proxiesCount',
  },
  CouncilSeat: {
    title: 'council.seat.title',
    filling: 'council.seat.filling',
    seats: 'council.seat.seats',
    termYears: 'council.seat.termYears',
    sortOrder: 'council.form.sortOrder',
    note: 'council.note',
  },
  CouncilMember: {
    seatId: 'council.seat.title',
    personName: 'council.member.name',
    personKana: 'council.member.kana',
    organizationId: 'council.member.organization',
    districtId: 'council.member.district',
    termStart: 'council.member.termStart',
    termEnd: 'council.member.termEnd',
    note: 'council.note',
  },
  // ボランティア募集 and its inquiries (their labels are in the volunteers' dictionary, which their page loads)
  VolunteerPost: {
    organizationId: 'volunteer.organization',
    districtId: 'volunteer.district',
    title: 'volunteer.title',
    activity: 'volunteer.activity',
    place: 'volunteer.place',
    startsOn: 'volunteer.startsOn',
    endsOn: 'volunteer.endsOn',
    schedule: 'volunteer.schedule',
    wanted: 'volunteer.wanted',
    conditions: 'volunteer.conditions',
    closesOn: 'volunteer.closesOnLong',
    status: 'volunteer.status',
    statusNote: 'volunteer.statusNote',
  },
  VolunteerInquiry: {
    personName: 'volunteer.inquiries.name',
    email: 'volunteer.inquiries.email',
    phone: 'volunteer.inquiries.phone',
    relayedAt: 'volunteer.inquiries.relay',
    relayChannel: 'volunteer.relay.channelLabel',
  },
  // 新築集合住宅 and its contacts (their labels are in the join promotion's dictionary, which their page loads)
  NewBuilding: {
    noticeNo: 'jp.building.noticeNo',
    noticeOn: 'jp.building.noticeOn',
    name: 'jp.building.name',
    address: 'jp.building.address',
    districtId: 'jp.district',
    organizationId: 'jp.building.association',
    units: 'jp.building.units',
    developer: 'jp.building.developer',
    managementCompany: 'jp.building.managementCompany',
    completionOn: 'jp.building.completionOn',
    outcome: 'jp.building.outcome',
    outcomeOn: 'jp.building.outcomeOn',
    joinedUnits: 'jp.building.joinedUnits',
    note: 'jp.note',
  },
  BuildingContact: {
    contactedOn: 'jp.contact.contactedOn',
    channel: 'jp.contact.channel',
    contactWith: 'jp.contact.contactWith',
    madeBy: 'jp.contact.madeBy',
    summary: 'jp.contact.summary',
  },
  // 書類 of a grant case, 資料 of an event
  SupportFile: {
    step: 'supportFile.step',
    filename: 'history.field.filename',
    mediaType: 'history.field.mediaType',
    sizeBytes: 'history.field.sizeBytes',
  },
  UpwardReport: {
    type: 'reports.type',
    title: 'reports.titleLabel',
    districtId: 'request.district',
    organizationId: 'reports.organization',
    receivedOn: 'reports.receivedOn',
    fiscalYear: 'request.fiscalYear',
    sectionName: 'reports.section',
    sectionId: 'reports.section',
    url: 'reports.url',
    note: 'reports.note',
  },
};

/** Codes shown in words: the prefix of their labels, by entity type and field. */
const ENUMS: Record<string, Record<string, string>> = {
  Activity: { type: 'activity.type' },
  Voice: { kind: 'voices.kind', status: 'voices.status' },
  UpwardReport: { type: 'reports.type' },
  GrantCase: { status: 'grant.status' },
  SupportProgram: { kind: 'support.kind', audience: 'support.audience', categories: 'support.category' },
  SupportEvent: { kind: 'event.kind', audience: 'event.audience' },
  Facility: { kind: 'facility.kind', owner: 'facility.owner' },
  CouncilBody: { kind: 'council.kind', side: 'council.side', quorum: 'council.quorum' },
  CouncilSeat: { filling: 'council.filling' },
  SupportFile: { step: 'supportFile.step' },
  VolunteerPost: { status: 'volunteer.status' },
  VolunteerInquiry: { relayChannel: 'volunteer.relay' },
  NewBuilding: { outcome: 'jp.outcome' },
  BuildingContact: { channel: 'jp.channel' },
};

/** A list's field and the field of each of its values (`districtIds` → `districtId`). */
const ELEMENT_FIELD: Record<string, string> = {
  districtIds: 'districtId',
  organizationIds: 'organizationId',
  sectionIds: 'sectionId',
};

const FIELD_PREFIXES = ['field', 'membership', 'org', 'district', 'officer'] as const;

/** "memberHouseholds" → 加入世帯数; "contact.phone" → 連絡先電話番号; unknown fields as they are. */
export function fieldLabel(field: string, t: TFunction, entityType?: string): string {
  const own = FIELDS[entityType ?? '']?.[field];
  if (own) return t(own);
  const camel = field.replace(/\.(\w)/g, (_, c: string) => c.toUpperCase());
  for (const name of [field, camel]) {
    for (const prefix of FIELD_PREFIXES) {
      const key = `${prefix}.${name}`;
      if (isMessageKey(key)) return t(key);
    }
  }
  return field;
}

type FollowUpState = {
  description?: string;
  responsibleId?: number;
  responsibleName?: string;
  dueOn?: string;
  status?: string;
  doneOn?: string;
};

/** A follow-up as a line: what, who, by when, and whether it is done. */
function followUpText(f: FollowUpState, t: TFunction, lang: Lang, people?: People): string {
  const sep = lang === 'ja' ? '、' : ', ';
  const who = f.responsibleName ?? (f.responsibleId !== undefined ? people?.(f.responsibleId) : undefined) ?? t('history.unnamed');
  const status =
    f.status === 'DONE' && f.doneOn
      ? t('followUp.doneOn', { date: formatWarekiDate(f.doneOn, lang) })
      : enumLabel(t, 'followUp', f.status);
  const parts = [
    `${t('followUp.responsible')}: ${who}`,
    f.dueOn ? `${t('followUp.dueOn')}: ${formatWarekiDate(f.dueOn, lang)}` : '',
    status,
  ].filter(Boolean);
  return lang === 'ja' ? `${f.description ?? ''}（${parts.join(sep)}）` : `${f.description ?? ''} (${parts.join(sep)})`;
}

/** A person the page knows by account (the record's staff and responsible people), for entries that name only the id. */
export type People = (userId: number) => string | undefined;

/** Units of a grant case ({"LED":5}, kept as JSON text) as key and count, or undefined when they are something else. */
/** Counted units as history records them (a JSON object of key → count, or its text). */
export function unitsOf(value: unknown): [string, number][] | undefined {
  let v = value;
  if (typeof v === 'string') {
    try {
      v = JSON.parse(v);
    } catch {
      return undefined;
    }
  }
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return undefined;
  const entries = Object.entries(v as Record<string, unknown>);
  return entries.every((e): e is [string, number] => typeof e[1] === 'number') ? entries : undefined;
}

/** A value as the screens show it: names for ids, words for codes, wareki for dates, lists one after another. */
export function valueText(
  field: string,
  value: unknown,
  t: TFunction,
  lang: Lang,
  names?: Names,
  entityType?: string,
  people?: People,
): string {
  if (value === undefined || value === null || value === '') return '—';
  if (Array.isArray(value)) {
    if (value.length === 0) return '—';
    if (field === 'followUps') return value.map((f) => followUpText(f as FollowUpState, t, lang, people)).join('\n');
    // staff present: a name, with the account's number after it when it is one — the name is what a reader needs
    if (field === 'staff') return value.map((s) => String(s).replace(/\s*\(\d+\)$/, '')).join(lang === 'ja' ? '、' : ', ');
    const each = ELEMENT_FIELD[field] ?? field;
    return value.map((v) => valueText(each, v, t, lang, names, entityType, people)).join(lang === 'ja' ? '、' : ', ');
  }
  const prefix = ENUMS[entityType ?? '']?.[field];
  if (prefix && typeof value === 'string') return enumLabel(t, prefix, value);
  const name = names?.(field, value, entityType);
  if (name) return name;
  // An id whose name is not (yet) known says what it is, not its number.
  if (typeof value === 'number' && field.endsWith('Id')) return t('history.unnamed');
  if (field === 'fiscalYear' && typeof value === 'number') return formatFiscalYearBoth(value, lang);
  if (field === 'areaCountMethod' && typeof value === 'string') return enumLabel(t, 'membership.method', value);
  if (field === 'role' && typeof value === 'string') return enumLabel(t, 'officer.role', value);
  if (field === 'joinRate' && typeof value === 'number') return formatPercent(value);
  if (field === 'sizeBytes' && typeof value === 'number') return t('history.bytes', { n: formatNumber(value, lang) });
  // 交付案件: amounts in yen, units counted by key
  if (entityType === 'GrantCase' && typeof value === 'number' && /(Yen|Cost)$/.test(field)) {
    return t('grant.yen', { n: formatNumber(value, lang) });
  }
  if (entityType === 'GrantCase' && (field === 'units' || field === 'reportedUnits')) {
    const units = unitsOf(value);
    if (units) return units.map(([k, n]) => `${k} ${formatNumber(n, lang)}`).join(lang === 'ja' ? '、' : ', ') || '—';
  }
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return formatWarekiDate(value, lang);
  if (typeof value === 'boolean') return value ? t('form.yes') : t('form.no');
  if (typeof value === 'number' && !field.endsWith('Id')) return formatNumber(value, lang);
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

// Entity types come as class names (MembershipFigure) or constants (MEMBERSHIP_FIGURE); both map to one label.
function entityLabel(type: string | undefined, t: TFunction): string {
  if (!type) return '';
  if (type === 'GrantCase') return t('grant.entity');
  if (type === 'SupportProgram') return t('support.entity');
  if (type === 'SupportEvent') return t('event.entity');
  if (type === 'Facility') return t('facility.entity');
  if (type === 'SupportFile') return t('supportFile.entity');
  if (type === 'CouncilBody') return t('council.history.body');
  if (type === 'CouncilSeat') return t('council.history.seat');
  if (type === 'CouncilMember') return t('council.history.member');
  if (type === 'MeetingAttendance') return t('council.history.attendance');
  if (type === 'VolunteerPost') return t('volunteer.entity');
  if (type === 'VolunteerInquiry') return t('volunteer.inquiry.entity');
  const constant = type.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase();
  return enumLabel(t, 'history.entity', constant);
}

function subjectText(event: AuditEvent, t: TFunction, lang: Lang): string {
  const kind = entityLabel(event.entityType, t);
  const year = event.changes.find((c) => c.field === 'fiscalYear');
  const y = year?.after ?? year?.before;
  return typeof y === 'number' ? `${kind}: ${formatFiscalYearBoth(y, lang)}` : kind;
}

/** 変更履歴: who changed what and when, newest first, with before and after for each field. */
export function HistoryList({
  subject,
  people,
  format,
}: {
  subject: HistorySubject;
  people?: People;
  /** The page's own words for a value (a feature's rule as data), before the usual ones; undefined: the usual. */
  format?: (field: string, value: unknown, entityType?: string) => string | undefined;
}) {
  const { t, lang } = useI18n();
  const history = useHistory(subject);
  const names = useNames(history.data?.items ?? []);
  if (history.isPending) return <Loading />;
  if (history.isError) return <QueryError error={history.error} onRetry={() => void history.refetch()} />;
  const events = history.data.items;
  const total = history.data.total;
  if (events.length === 0) return <p>{t('history.none')}</p>;
  return (
    <>
      {total > events.length ? <p className="muted">{t('history.showing', { shown: events.length, total })}</p> : null}
      <ol className="history" data-testid="history">
        {events.map((event) => {
          const changes = visibleChanges(event, subject);
          const when = event.occurredAt ? formatDateTime(event.occurredAt, lang) : '';
          return (
            <li key={event.id} className="history-event">
              <p className="history-head">
                <time dateTime={event.occurredAt}>{when}</time>
                {/* a visitor of the public pages (an inquiry about a call for volunteers) has no account */}
                <span className="history-actor">{event.actor === 'anonymous' ? t('history.anonymous') : event.actor}</span>
                <span className="tag">{enumLabel(t, 'history.action', event.action)}</span>
                <span>{subjectText(event, t, lang)}</span>
              </p>
              {changes.length > 0 ? (
                <DataTable
                  label={t('history.changes')}
                  caption={`${t('history.changes')} ${when}`}
                  className="table-compact"
                  rows={changes}
                  rowKey={(c) => c.field}
                  columns={[
                    {
                      key: 'field',
                      header: t('history.field'),
                      rowHeader: true,
                      cell: (c) => fieldLabel(c.field, t, event.entityType),
                    },
                    {
                      key: 'before',
                      header: t('history.before'),
                      className: 'wrap history-value',
                      cell: (c) => (
                        <del>
                          {format?.(c.field, c.before, event.entityType) ??
                            valueText(c.field, c.before, t, lang, names, event.entityType, people)}
                        </del>
                      ),
                    },
                    {
                      key: 'after',
                      header: t('history.after'),
                      className: 'wrap history-value',
                      cell: (c) => (
                        <ins>
                          {format?.(c.field, c.after, event.entityType) ??
                            valueText(c.field, c.after, t, lang, names, event.entityType, people)}
                        </ins>
                      ),
                    },
                  ]}
                />
              ) : null}
            </li>
          );
        })}
      </ol>
    </>
  );
}
