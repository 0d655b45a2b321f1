package jp.kyodo.request.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.QueryParam;
import jp.kyodo.request.Ask;
import jp.kyodo.request.RequestKind;
import jp.kyodo.request.RequestStatus;
import jp.kyodo.request.review.Decision;
import jp.kyodo.request.service.CityRequestService;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters of the request list, which its export takes too. */
public class CityRequestFilterParams {

    @QueryParam("sectionId")
    @Parameter(example = "12")
    public Long sectionId;

    @QueryParam("departmentId")
    @Parameter(example = "5")
    public Long departmentId;

    @QueryParam("bureauId")
    @Parameter(example = "2")
    public Long bureauId;

    @QueryParam("kind")
    @Parameter(example = "COOPERATION")
    public RequestKind kind;

    @QueryParam("fiscalYear")
    @Min(1989)
    @Max(2100)
    @Parameter(example = "2025")
    public Integer fiscalYear;

    @QueryParam("status")
    @Parameter(example = "ACTIVE")
    public RequestStatus status;

    @QueryParam("decision")
    @Parameter(example = "ABOLISH")
    public Decision decision;

    @QueryParam("districtId")
    @Parameter(example = "12")
    public Long districtId;

    @QueryParam("ask")
    @Parameter(example = "CIRCULATION")
    public Ask ask;

    @QueryParam("q")
    @Parameter(example = "ごみ")
    public String q;

    CityRequestService.Filter filter() {
        return new CityRequestService.Filter(sectionId, departmentId, bureauId, kind, fiscalYear, status, decision,
                districtId, ask, q);
    }
}
