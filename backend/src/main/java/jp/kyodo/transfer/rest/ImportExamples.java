package jp.kyodo.transfer.rest;

import jp.kyodo.common.transfer.TransferDtos.ImportProblem;

/** The example reports and problems of the import operations' OpenAPI documentation. */
final class ImportExamples {

    private ImportExamples() {
    }

    static final String DISTRICTS_REPORT = "{\"dataset\":\"districts\",\"dryRun\":true,\"mode\":\"ALL_OR_NOTHING\",\"valid\":true,\"applied\":false,\"written\":0,\"refused\":0,"
            + "\"counts\":{\"created\":1,\"updated\":1,\"unchanged\":1,\"invalid\":0},\"errorCount\":0,\"errors\":[],"
            + "\"rows\":[{\"row\":2,\"key\":\"HGS-01\",\"action\":\"UNCHANGED\"},"
            + "{\"row\":3,\"key\":\"HGS-03\",\"action\":\"UPDATE\",\"changed\":[\"communityHall\"]},"
            + "{\"row\":4,\"key\":\"HGS-21\",\"action\":\"CREATE\"}]}";

    static final String DISTRICTS_PROBLEM = "{\"type\":\"" + ImportProblem.TYPE + "\",\"title\":\"" + ImportProblem.TITLE + "\","
            + "\"status\":422,\"detail\":\"2 problems in 2 of 3 rows; nothing was changed\",\"instance\":\"/api/v1/imports/districts\","
            + "\"dataset\":\"districts\",\"dryRun\":false,\"mode\":\"ALL_OR_NOTHING\",\"valid\":false,\"applied\":false,\"written\":0,\"refused\":2,"
            + "\"counts\":{\"created\":0,\"updated\":1,\"unchanged\":0,\"invalid\":2},\"errorCount\":2,"
            + "\"errors\":[{\"row\":3,\"column\":\"kana\",\"message\":\"must be kana\",\"code\":\"Pattern\"},"
            + "{\"row\":4,\"column\":\"code\",\"message\":\"the same code is already in row 2\",\"code\":\"Duplicate\"}],"
            + "\"rows\":[{\"row\":2,\"key\":\"HGS-03\",\"action\":\"UPDATE\",\"changed\":[\"name\"]},"
            + "{\"row\":3,\"key\":\"HGS-21\",\"action\":\"INVALID\"},{\"row\":4,\"key\":\"HGS-03\",\"action\":\"INVALID\"}]}";

    static final String ORGANIZATIONS_REPORT = "{\"dataset\":\"organizations\",\"dryRun\":true,\"mode\":\"ALL_OR_NOTHING\",\"valid\":true,\"applied\":false,\"written\":0,\"refused\":0,"
            + "\"counts\":{\"created\":2,\"updated\":0,\"unchanged\":0,\"invalid\":0},\"errorCount\":0,\"errors\":[],"
            + "\"rows\":[{\"row\":2,\"key\":\"HGS-03-A05\",\"action\":\"CREATE\"},"
            + "{\"row\":3,\"key\":\"HGS-03-C01\",\"action\":\"CREATE\"}]}";

    static final String ORGANIZATIONS_PROBLEM = "{\"type\":\"" + ImportProblem.TYPE + "\",\"title\":\"" + ImportProblem.TITLE + "\","
            + "\"status\":422,\"detail\":\"2 problems in 1 of 2 rows; nothing was changed\",\"instance\":\"/api/v1/imports/organizations\","
            + "\"dataset\":\"organizations\",\"dryRun\":false,\"mode\":\"ALL_OR_NOTHING\",\"valid\":false,\"applied\":false,\"written\":0,\"refused\":1,"
            + "\"counts\":{\"created\":1,\"updated\":0,\"unchanged\":0,\"invalid\":1},\"errorCount\":2,"
            + "\"errors\":[{\"row\":2,\"column\":\"districtCode\",\"message\":\"no district has the code 'HGS-99'\",\"code\":\"Exists\"},"
            + "{\"row\":2,\"column\":\"foundedOn\",\"message\":\"must be a date yyyy-MM-dd\",\"code\":\"Date\"}],"
            + "\"rows\":[{\"row\":2,\"key\":\"HGS-03-A05\",\"action\":\"INVALID\"},{\"row\":3,\"key\":\"HGS-03-C01\",\"action\":\"CREATE\"}]}";

    static final String FIGURES_REPORT = "{\"dataset\":\"membership-figures\",\"dryRun\":true,\"mode\":\"ALL_OR_NOTHING\",\"valid\":true,\"applied\":false,\"written\":0,\"refused\":0,"
            + "\"counts\":{\"created\":1,\"updated\":1,\"unchanged\":1,\"invalid\":0},\"errorCount\":0,\"errors\":[],"
            + "\"rows\":[{\"row\":2,\"key\":\"HGS-03-A05/2024\",\"action\":\"UNCHANGED\"},"
            + "{\"row\":3,\"key\":\"HGS-03-A05/2025\",\"action\":\"UPDATE\",\"changed\":[\"memberHouseholds\"]},"
            + "{\"row\":4,\"key\":\"HGS-03-A06/2025\",\"action\":\"CREATE\"}]}";

    static final String FIGURES_PROBLEM = "{\"type\":\"" + ImportProblem.TYPE + "\",\"title\":\"" + ImportProblem.TITLE + "\","
            + "\"status\":422,\"detail\":\"2 problems in 2 of 3 rows; nothing was changed\",\"instance\":\"/api/v1/imports/membership-figures\","
            + "\"dataset\":\"membership-figures\",\"dryRun\":false,\"mode\":\"ALL_OR_NOTHING\",\"valid\":false,\"applied\":false,\"written\":0,\"refused\":2,"
            + "\"counts\":{\"created\":1,\"updated\":0,\"unchanged\":0,\"invalid\":2},\"errorCount\":2,"
            + "\"errors\":[{\"row\":3,\"column\":\"memberHouseholds\",\"message\":\"must not exceed households (420)\",\"code\":\"NotAboveHouseholds\"},"
            + "{\"row\":4,\"column\":\"organizationCode\",\"message\":\"no organization has the code 'HGS-99-A01'\",\"code\":\"Exists\"}],"
            + "\"rows\":[{\"row\":2,\"key\":\"HGS-03-A06/2025\",\"action\":\"CREATE\"},{\"row\":3,\"key\":\"HGS-03-A05/2025\",\"action\":\"INVALID\"},"
            + "{\"row\":4,\"key\":\"HGS-99-A01/2025\",\"action\":\"INVALID\"}]}";

    static final String STATISTICS_REPORT = "{\"dataset\":\"district-statistics\",\"dryRun\":false,\"mode\":\"PARTIAL\",\"valid\":false,"
            + "\"applied\":true,\"written\":1,\"refused\":1,"
            + "\"counts\":{\"created\":1,\"updated\":0,\"unchanged\":0,\"invalid\":1},\"errorCount\":1,"
            + "\"errors\":[{\"row\":3,\"column\":\"version\",\"message\":\"changed since it was exported: stored version 3, the file has 2; export again and redo the change\",\"code\":\"Stale\"}],"
            + "\"rows\":[{\"row\":2,\"key\":\"HGS-03/2026\",\"action\":\"CREATE\"},{\"row\":3,\"key\":\"HGS-01/2025\",\"action\":\"INVALID\"}]}";

    static final String STATISTICS_PROBLEM = "{\"type\":\"" + ImportProblem.TYPE + "\",\"title\":\"" + ImportProblem.TITLE + "\","
            + "\"status\":422,\"detail\":\"1 problem in 1 of 2 rows; nothing was changed\",\"instance\":\"/api/v1/imports/district-statistics\","
            + "\"dataset\":\"district-statistics\",\"dryRun\":false,\"mode\":\"ALL_OR_NOTHING\",\"valid\":false,\"applied\":false,"
            + "\"written\":0,\"refused\":1,"
            + "\"counts\":{\"created\":1,\"updated\":0,\"unchanged\":0,\"invalid\":1},\"errorCount\":1,"
            + "\"errors\":[{\"row\":3,\"column\":\"version\",\"message\":\"changed since it was exported: stored version 3, the file has 2; export again and redo the change\",\"code\":\"Stale\"}],"
            + "\"rows\":[{\"row\":2,\"key\":\"HGS-03/2026\",\"action\":\"CREATE\"},{\"row\":3,\"key\":\"HGS-01/2025\",\"action\":\"INVALID\"}]}";
}
