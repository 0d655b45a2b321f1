package jp.kyodo.meeting.rest;

/** Texts shared by the meeting feature's OpenAPI annotations. */
final class MeetingDoc {

    static final String TAG = "meetings";
    static final String TAG_DESCRIPTION = "会議と情報の流れ / council meetings and the flow of information: the bodies of the "
            + "city-wide liaison council and of district councils (理事会, 幹事会, 校区事務局連絡会議, 部会, 総会), their meetings, "
            + "the items the city reported at them (議題, with the presenting section and the requests they carry), the "
            + "meeting log as a file, and the reports districts send up to the city (校区だより, 実績報告, 調査報告, 総会資料).";

    static final String AGENDA_ADD = "Who may call: ADMIN, OFFICE, DEPARTMENT (a department adds the items it presents).";
    static final String AGENDA_EDIT = "Who may call: ADMIN, OFFICE; DEPARTMENT only for the agenda items it added (others: 403).";

    static final String MEETING_FILTERS = "Filters: bodyId, fiscalYear (年度, April–March), sectionName (the presenting "
            + "section, exact), sectionId, q (text in the meeting's title or note, or in an item's title or section; "
            + "full/half width and kana folded). ";

    private MeetingDoc() {
    }
}
