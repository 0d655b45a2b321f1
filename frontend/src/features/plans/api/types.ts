import type { components } from '@/types/api';

type Schemas = components['schemas'];

/**
 * API types of 計画 (plan), 進捗 (progress), 推進委員会 (committee), 評価 (evaluation) and 公表 (publication): the
 * schemas generated from openapi.yaml under the feature's names, plus a few shapes derived from them.
 */

/** A page of a list: `{items, total, page, size}` (docs/api.md). */
export type Page<T> = { items?: T[]; total?: number; page?: number; size?: number };

// Enumerations ------------------------------------------------------------------------------------------------

/** 実施目標: 実施 / 着手 / 完了 / 継続. */
export type TargetKind = Schemas['TargetKind'];
/** 新規 / 充実. */
export type InitiativeTag = Schemas['InitiativeTag'];
/** 工程の状況: 予定 / 実施中 / 完了. */
export type MilestoneStatus = Schemas['MilestoneStatus'];
/** 進捗の状況: 未着手 / 実施中 / 実施済 / 完了 / 継続中 / 遅延. */
export type ProgressStatus = Schemas['ProgressStatus'];
/** 評価の状態: 下書き → 確定 → 公表済; a published one corrected later becomes 訂正前 (superseded). */
export type EvaluationState = Schemas['EvaluationState'];
/** Why an initiative is behind (遅れの理由). */
export type BehindCode = Schemas['BehindReason']['code'];
/** Data the system holds that an indicator can be bound to (自動集計). */
export type IndicatorBindingCode = Schemas['IndicatorBindingCode'];
/** 全市 / 区 / 校区. */
export type ScopeLevel = Schemas['Level'];
export type TimelineKind = Schemas['TimelineKind'];

// Plan and initiatives ----------------------------------------------------------------------------------------

export type PlanSummary = Schemas['PlanSummary'];

export type PlanDetail = Schemas['PlanDetail'];

/** 実施目標 as printed: `label` ("(21 年度実施)"); `enhancesExisting` is the parentheses (充実 of a running program). */
export type InitiativeTarget = Schemas['InitiativeTarget'];

export type BehindReason = Schemas['BehindReason'];

export type InitiativeSummary = Schemas['InitiativeSummary'];

export type MilestoneResponse = Schemas['MilestoneResponse'];

/** Where an initiative sits in the tree: its path and the titles of the nodes above it. */
export type Placement = Schemas['Placement'];

export type InitiativeDetail = Schemas['InitiativeDetail'];

export type PlanTreeNode = Schemas['PlanTreeNode'];

export type PlanTree = Schemas['PlanTree'];

// Progress ----------------------------------------------------------------------------------------------------

export type Evidence = Schemas['Evidence'];

export type Indicator = Schemas['Indicator'];

export type ProgressReport = Schemas['ProgressReport'];

export type ProgressReportInput = Schemas['ProgressReportInput'];

export type TimelineEntry = Schemas['TimelineEntry'];

export type IndicatorBinding = Schemas['IndicatorBinding'];

/** Counts by status; NOT_REPORTED = nothing reported yet. */
export type StatusCounts = {
  NOT_REPORTED?: number;
  NOT_STARTED?: number;
  IN_PROGRESS?: number;
  CARRIED_OUT?: number;
  COMPLETED?: number;
  CONTINUING?: number;
  DELAYED?: number;
};

export type PillarCounts = Schemas['PillarCounts'];

export type YearCounts = Schemas['YearCounts'];

export type PlanDashboard = Schemas['PlanDashboard'];

// Committee, evaluations, publication -------------------------------------------------------------------------

export type CommitteeMember = Schemas['CommitteeMember'];

export type CommitteeMemberInput = Schemas['CommitteeMemberInput'];

export type CommitteeMeeting = Schemas['CommitteeMeeting'];

export type CommitteeMeetingInput = Schemas['CommitteeMeetingInput'];

export type RatingGrade = Schemas['RatingGrade'];

export type Evaluation = Schemas['Evaluation'];

export type EvaluationRow = Schemas['EvaluationRow'];

export type EvaluationSheet = Schemas['EvaluationSheet'];

export type EvaluationSheetInput = Schemas['EvaluationSheetInput'];

export type CorrectionInput = Schemas['CorrectionInput'];

export type PublicationInput = Schemas['PublicationInput'];

export type PublishedReportSummary = Schemas['PublishedReportSummary'];

// Public (no sign-in) -----------------------------------------------------------------------------------------

export type PublicReportSummary = Schemas['PublicReportSummary'];

export type PublicInitiative = Schemas['PublicInitiative'];

export type PublicNode = Schemas['PublicNode'];

export type PublicReport = Schemas['PublicReport'];

// Names for nested shapes, derived so that they follow the schemas above when those become generated.
export type PublicProgress = Schemas['PublicProgress'];
export type PublicIndicator = Schemas['PublicIndicator'];
export type PublicEvaluation = Schemas['PublicEvaluation'];
export type PublicEarlierEvaluation = Schemas['PublicEarlierEvaluation'];
export type RequestReviewSummary = Schemas['RequestReviewSummary'];
export type SheetCounts = NonNullable<EvaluationSheet['counts']>;
export type IndicatorInput = Schemas['IndicatorInput'];
