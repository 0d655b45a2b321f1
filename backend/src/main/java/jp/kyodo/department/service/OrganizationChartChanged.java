package jp.kyodo.department.service;

/**
 * 組織の変更 — a bureau, department or section was changed (name, order, code, or the department a section belongs
 * to). Fired in the change's transaction, before anything is written, so that figures grouped by the organization
 * chart (the reduction dashboard's departments) know that what they show may have changed. The bureau, department
 * or section id is given for the log.
 */
public record OrganizationChartChanged(String what, long id) {
}
