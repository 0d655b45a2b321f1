package jp.kyodo.common.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import jp.kyodo.common.persistence.StatementCounter;

/**
 * {@code Kyodo-Sql-Statements}: how many SQL statements Hibernate prepared for this request, authentication included
 * ({@link StatementCounter}). Off unless {@code kyodo.diagnostics.statement-count-header=true} (tests and benchmarks);
 * not part of the API contract.
 */
@Provider
public class StatementCountHeader implements ContainerResponseFilter {

    public static final String HEADER = "Kyodo-Sql-Statements";

    private volatile Boolean on;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (on == null) {
            on = org.eclipse.microprofile.config.ConfigProvider.getConfig()
                    .getOptionalValue("kyodo.diagnostics.statement-count-header", Boolean.class).orElse(false);
        }
        if (on) {
            int n = StatementCounter.current();
            if (n >= 0) {
                response.getHeaders().putSingle(HEADER, n);
            }
        }
    }
}
