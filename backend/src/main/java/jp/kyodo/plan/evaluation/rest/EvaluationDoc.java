package jp.kyodo.plan.evaluation.rest;

/** Texts shared by the evaluation feature's OpenAPI annotations. */
final class EvaluationDoc {

    static final String TAG = "evaluations";
    static final String READ = "Who may call: ADMIN, OFFICE, COMMITTEE.";
    static final String WRITE = "Who may call: COMMITTEE (the committee writes its evaluations; ADMIN and OFFICE read them).";

    private EvaluationDoc() {
    }
}
